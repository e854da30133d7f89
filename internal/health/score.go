// Package health computes a partner's health score: an explainable 0..100 figure from leading
// indicators, each shown with its raw value, normalised value, weight and contribution, and
// stored daily so trends show. The rules are in docs/tier-evaluation.md.
package health

import (
	"context"
	"math"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/auditevent"
	"github.com/partnerhub/partnerhub/ent/contentevent"
	"github.com/partnerhub/partnerhub/ent/deal"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/deal/status"
	"github.com/partnerhub/partnerhub/internal/health/healthspec"
	"github.com/partnerhub/partnerhub/internal/learning"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// Indicator is one leading indicator: its window and the raw value at which it counts in full.
type Indicator struct {
	Key        string
	WindowDays int
	Target     float64
}

// Indicators, in the order scores show them. Certifications are current ones (no window).
var Indicators = []Indicator{
	{Key: healthspec.RegistrationActivity, WindowDays: 90, Target: 6},
	{Key: healthspec.WinRate, WindowDays: 365, Target: 0.5},
	{Key: healthspec.PortalActivity, WindowDays: 30, Target: 3},
	{Key: healthspec.ContentEngagement, WindowDays: 30, Target: 20},
	{Key: healthspec.Certifications, WindowDays: 0, Target: 3},
}

// Score is a partner's health at one moment.
type Score struct {
	PartnerID string
	Day       string
	Score     float64
	Inputs    []healthspec.Input
}

// Raw are a partner's measured indicators; WinRate is nil when no deal was won or lost.
type Raw struct {
	Registrations   int
	WinRate         *float64
	ActivePeople    int
	ContentEvents   int
	CertifiedPeople int
}

// Measure counts a partner's indicators at now, as the viewer of ctx may read them.
func Measure(ctx context.Context, c *ent.Client, partnerID string, now time.Time) (Raw, error) {
	var r Raw
	var err error
	since := func(days int) time.Time { return now.AddDate(0, 0, -days) }
	if r.Registrations, err = c.Deal.Query().Where(deal.PartnerID(partnerID), deal.CreatedAtGT(since(90)), deal.CreatedAtLTE(now)).Count(ctx); err != nil {
		return r, err
	}
	closed := func(s status.Status) (int, error) {
		return c.Deal.Query().Where(deal.PartnerID(partnerID), deal.StatusEQ(s), deal.ClosedAtGT(since(365)), deal.ClosedAtLTE(now)).Count(ctx)
	}
	won, err := closed(status.Won)
	if err != nil {
		return r, err
	}
	lost, err := closed(status.Lost)
	if err != nil {
		return r, err
	}
	if won+lost > 0 {
		rate := float64(won) / float64(won+lost)
		r.WinRate = &rate
	}
	// Active people: signed in, or did something recorded in the audit trail, within 30 days.
	people := map[string]bool{}
	signedIn, err := c.User.Query().Where(user.PartnerID(partnerID), user.LastLoginAtGT(since(30)), user.LastLoginAtLTE(now)).IDs(ctx)
	if err != nil {
		return r, err
	}
	acted, err := c.AuditEvent.Query().Where(auditevent.ActorPartnerID(partnerID), auditevent.ActorTypeEQ(auditevent.ActorTypeUSER),
		auditevent.CreatedAtGT(since(30)), auditevent.CreatedAtLTE(now)).Unique(true).Select(auditevent.FieldActorID).Strings(ctx)
	if err != nil {
		return r, err
	}
	for _, id := range append(signedIn, acted...) {
		if id != "" {
			people[id] = true
		}
	}
	r.ActivePeople = len(people)
	if r.ContentEvents, err = c.ContentEvent.Query().Where(contentevent.PartnerID(partnerID), contentevent.CreatedAtGT(since(30)), contentevent.CreatedAtLTE(now)).Count(ctx); err != nil {
		return r, err
	}
	r.CertifiedPeople, err = learning.CertifiedPeople(ctx, c, partnerID, now)
	return r, err
}

// Compose turns raw indicators and weights into the score: each input normalised to
// min(1, raw / target), contributing weight × normalised / Σ weights × 100 points.
func Compose(r Raw, w Weights) (float64, []healthspec.Input) {
	f := func(n int) *float64 { v := float64(n); return &v }
	raws := map[string]*float64{
		healthspec.RegistrationActivity: f(r.Registrations),
		healthspec.WinRate:              r.WinRate,
		healthspec.PortalActivity:       f(r.ActivePeople),
		healthspec.ContentEngagement:    f(r.ContentEvents),
		healthspec.Certifications:       f(r.CertifiedPeople),
	}
	weights := map[string]int{
		healthspec.RegistrationActivity: w.RegistrationActivity,
		healthspec.WinRate:              w.WinRate,
		healthspec.PortalActivity:       w.PortalActivity,
		healthspec.ContentEngagement:    w.ContentEngagement,
		healthspec.Certifications:       w.Certifications,
	}
	total := 0
	for _, v := range weights {
		total += v
	}
	var score float64
	inputs := make([]healthspec.Input, 0, len(Indicators))
	for _, ind := range Indicators {
		in := healthspec.Input{Key: ind.Key, Raw: raws[ind.Key], Target: ind.Target, Weight: weights[ind.Key], WindowDays: ind.WindowDays}
		if in.Raw != nil {
			in.Normalised = math.Min(1, *in.Raw/ind.Target)
		}
		if total > 0 {
			in.Contribution = round2(float64(in.Weight) * in.Normalised / float64(total) * 100)
		}
		in.Normalised = round4(in.Normalised)
		score += in.Contribution
		inputs = append(inputs, in)
	}
	return round2(score), inputs
}

// Compute measures and scores a partner the viewer may see. The partner is read as the viewer
// (another organisation's answers NOT_FOUND); its indicators are counted over the whole
// organisation, whoever asks.
func Compute(ctx context.Context, c *ent.Client, partnerID string, now time.Time) (Score, error) {
	if _, err := c.Partner.Get(ctx, partnerID); err != nil {
		return Score{}, err
	}
	ctx = asProgram(ctx)
	w, err := LoadWeights(ctx, c)
	if err != nil {
		return Score{}, err
	}
	raw, err := Measure(ctx, c, partnerID, now)
	if err != nil {
		return Score{}, err
	}
	s, inputs := Compose(raw, w)
	return Score{PartnerID: partnerID, Day: Day(now), Score: s, Inputs: inputs}, nil
}

// Day is the UTC date a score is stored under.
func Day(t time.Time) string { return t.UTC().Format(time.DateOnly) }

func round2(x float64) float64 { return math.Round(x*100) / 100 }
func round4(x float64) float64 { return math.Round(x*10000) / 10000 }

// asProgram counts an organisation's indicators once the caller's read of the partner is checked.
func asProgram(ctx context.Context) context.Context {
	return viewer.SystemContext(ctx) // privacy escape: health figures count the whole organisation, after the caller's read of the partner
}
