package tiering

import (
	"context"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/internal/tiering/tierspec"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// Standing is a partner measured against every tier now, with hypothetical extras (none for
// progress): the answer of tierProgress and tierWhatIf.
type Standing struct {
	Partner    *ent.Partner
	Tiers      []tierspec.Tier
	Current    *tierspec.Tier // nil: no tier held
	Qualifying *tierspec.Tier // nil: no tier qualifies
	Next       *tierspec.Tier // the tier above the current one; nil at the top
}

// StandingOf measures a partner the viewer may see. The partner is read as the viewer, so another
// organisation's ID answers NOT_FOUND; its figures are then counted as the program counts them,
// over the whole organisation, whoever asks (a sales rep sees only its own registrations, but its
// organisation's progress counts all of them).
func StandingOf(ctx context.Context, client *ent.Client, partnerID string, extra Extra, now time.Time) (*Standing, error) {
	if _, err := client.Partner.Get(ctx, partnerID); err != nil {
		return nil, err
	}
	ctx = asProgram(ctx)
	p, err := client.Partner.Get(ctx, partnerID)
	if err != nil {
		return nil, err
	}
	tiers, err := Tiers(ctx, client)
	if err != nil {
		return nil, err
	}
	facts, err := LoadFacts(ctx, client, p, tiers, now)
	if err != nil {
		return nil, err
	}
	results := Evaluate(tiers, facts, extra, now)
	s := &Standing{Partner: p, Tiers: results, Qualifying: Qualifying(results)}
	rank := -1
	for i := range results {
		if results[i].TierID == p.TierID {
			s.Current, rank = &results[i], results[i].Rank
		}
	}
	s.Next = Next(results, rank)
	return s, nil
}

// EvaluateOnDemand runs the evaluation of every active partner, or of one, for a vendor user who
// asked (evaluateTiers): the same run as the daily job, recorded as triggered by them.
func (e Evaluator) EvaluateOnDemand(ctx context.Context, partnerID string, now time.Time) ([]Outcome, error) {
	v := viewer.FromContext(ctx)
	by := ""
	if v != nil {
		by = v.UserID
	}
	if partnerID != "" {
		if _, err := e.Client.Partner.Get(ctx, partnerID); err != nil {
			return nil, err
		}
	}
	ctx = asProgram(ctx)
	if partnerID == "" {
		return e.EvaluateAll(ctx, now, by)
	}
	o, err := e.EvaluatePartner(ctx, partnerID, now, by)
	return []Outcome{o}, err
}

// asProgram acts for the program's evaluation once the caller's right to ask is checked: tier
// requirements count an organisation's facts whoever looks at them, and an evaluation applies the
// program's rules, not the asker's permissions.
func asProgram(ctx context.Context) context.Context {
	return viewer.SystemContext(ctx) // privacy escape: tier figures count the whole organisation, after the caller's read of the partner
}
