package tiering

import (
	"context"
	"errors"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/internal/apperr"
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
	if extra.WonRevenue > 0 && extra.Currency == "" {
		extra.Currency = nextCurrency(tiers, p.TierID)
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

// nextCurrency is the currency of the tier above the held one (tiers lowest rank first), or of the
// top tier: the currency a what-if's revenue is given in unless it says.
func nextCurrency(tiers []*ent.Tier, held string) string {
	passed := held == ""
	for _, t := range tiers {
		if passed {
			return t.Currency
		}
		passed = t.ID == held
	}
	if len(tiers) == 0 {
		return ""
	}
	return tiers[len(tiers)-1].Currency
}

// EvaluateOnDemand runs the evaluation of every active partner, or of one, for a vendor user who
// asked (evaluateTiers): the same steps as the daily job, recorded as triggered by them, inside the
// caller's transaction c. All or nothing: when a concurrent run got to a partner first, the whole
// request answers CONFLICT and changes nothing.
func (e Evaluator) EvaluateOnDemand(ctx context.Context, c *ent.Client, partnerID string, now time.Time) ([]Outcome, error) {
	v := viewer.FromContext(ctx)
	by := ""
	if v != nil {
		by = v.UserID
	}
	ids := []string{partnerID}
	if partnerID != "" {
		if _, err := c.Partner.Get(ctx, partnerID); err != nil {
			return nil, err
		}
	}
	ctx = asProgram(ctx)
	if partnerID == "" {
		var err error
		if ids, err = c.Partner.Query().Where(partner.StatusEQ(partner.StatusACTIVE)).Order(ent.Asc(partner.FieldID)).IDs(ctx); err != nil {
			return nil, err
		}
	}
	out := make([]Outcome, 0, len(ids))
	for _, id := range ids {
		o, err := e.evaluate(ctx, c, id, now, by)
		if errors.Is(err, errConcurrent) || ent.IsConstraintError(err) {
			return nil, apperr.New(apperr.Conflict, "another evaluation changed this partner meanwhile; evaluate again")
		}
		if err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, nil
}

// asProgram acts for the program's evaluation once the caller's right to ask is checked: tier
// requirements count an organisation's facts whoever looks at them, and an evaluation applies the
// program's rules, not the asker's permissions.
func asProgram(ctx context.Context) context.Context {
	return viewer.SystemContext(ctx) // privacy escape: tier figures count the whole organisation, after the caller's read of the partner
}
