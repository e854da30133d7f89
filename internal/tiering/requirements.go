// Package tiering evaluates partners against the tiers of the program: what each requirement
// measures, whether it is met, which tier a partner qualifies for, and the tier changes that
// follow (proposed upgrades, downgrades after a grace period). Progress and what-if answers come
// from the same Evaluate as the daily evaluation. The rules are in docs/tier-evaluation.md.
package tiering

import (
	"slices"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/internal/tiering/tierspec"
)

// WonDeal is a won registration as the requirements count it.
type WonDeal struct {
	ClosedAt time.Time
	Amount   int64 // minor units of Currency: the closed amount, else the registered one
	Currency string
	Sourced  bool
}

// Facts are what a partner has achieved, as recorded.
type Facts struct {
	Won             []WonDeal
	Approved        []time.Time // when each approved registration was approved
	CertifiedPeople int
	Checks          map[string]bool // tier ID → manual check confirmed
}

// Extra are hypothetical further achievements (what-if), counted inside every window. Extra won
// deals count as won deals; extra revenue counts as partner-sourced won revenue in Currency (the
// currency of the tiers it applies to).
type Extra struct {
	WonDeals              int
	WonRevenue            int64
	Currency              string
	ApprovedRegistrations int
	CertifiedPeople       int
}

// Evaluate measures the facts against every tier at now, lowest rank first. It is the one place
// requirements are judged: evaluations, progress and what-if all call it.
func Evaluate(tiers []*ent.Tier, f Facts, extra Extra, now time.Time) []tierspec.Tier {
	sorted := slices.Clone(tiers)
	slices.SortFunc(sorted, func(a, b *ent.Tier) int { return a.Rank - b.Rank })
	out := make([]tierspec.Tier, 0, len(sorted))
	for _, t := range sorted {
		from := now.AddDate(0, 0, -t.WindowDays)
		inWindow := func(at time.Time) bool { return at.After(from) && !at.After(now) }
		var wonDeals, revenue int64
		for _, d := range f.Won {
			if !inWindow(d.ClosedAt) {
				continue
			}
			wonDeals++
			// Amounts are never summed across currencies: a deal in another currency than the
			// tier's counts as a won deal but not towards its revenue.
			if d.Sourced && d.Currency == t.Currency {
				revenue += d.Amount
			}
		}
		var approved int64
		for _, at := range f.Approved {
			if inWindow(at) {
				approved++
			}
		}
		wonDeals += int64(extra.WonDeals)
		if extra.Currency == "" || extra.Currency == t.Currency {
			revenue += extra.WonRevenue
		}
		approved += int64(extra.ApprovedRegistrations)
		certified := int64(f.CertifiedPeople + extra.CertifiedPeople)

		reqs := []tierspec.Requirement{
			req(tierspec.WonRevenue, revenue, t.MinRevenueT12m, t.Currency, t.WindowDays),
			req(tierspec.WonDeals, wonDeals, int64(t.MinWonDeals), "", t.WindowDays),
			req(tierspec.ApprovedRegistrations, approved, int64(t.MinApprovedRegistrations), "", t.WindowDays),
			req(tierspec.CertifiedPeople, certified, int64(t.MinCertifiedPeople), "", 0),
		}
		if t.RequiresManualCheck {
			var done int64
			if f.Checks[t.ID] {
				done = 1
			}
			reqs = append(reqs, req(tierspec.ManualCheck, done, 1, "", 0))
		}
		qualified := true
		for _, r := range reqs {
			qualified = qualified && r.Met
		}
		out = append(out, tierspec.Tier{TierID: t.ID, Name: t.Name, Rank: t.Rank, Qualified: qualified, Requirements: reqs})
	}
	return out
}

func req(key string, measured, threshold int64, currency string, window int) tierspec.Requirement {
	return tierspec.Requirement{Key: key, Measured: measured, Threshold: threshold, Met: measured >= threshold,
		Currency: currency, WindowDays: window}
}

// Qualifying is the highest tier all of whose requirements are met, or nil.
func Qualifying(results []tierspec.Tier) *tierspec.Tier {
	for i := len(results) - 1; i >= 0; i-- {
		if results[i].Qualified {
			return &results[i]
		}
	}
	return nil
}

// Next is the lowest tier ranked above the current one (rank -1: none held), or nil at the top.
func Next(results []tierspec.Tier, currentRank int) *tierspec.Tier {
	for i := range results {
		if results[i].Rank > currentRank {
			return &results[i]
		}
	}
	return nil
}
