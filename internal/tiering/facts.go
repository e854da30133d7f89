package tiering

import (
	"context"
	"slices"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/deal"
	"github.com/partnerhub/partnerhub/internal/deal/status"
	"github.com/partnerhub/partnerhub/internal/learning"
)

// decidedApproved are the statuses of a registration that was approved at decided_at (a won, lost,
// expired or withdrawn registration went through approval first when it has a decision date).
var decidedApproved = []status.Status{status.Approved, status.Won, status.Lost, status.Expired, status.Withdrawn}

// LoadFacts reads a partner's recorded facts over the longest window of the tiers, as the viewer of
// ctx may read them.
func LoadFacts(ctx context.Context, client *ent.Client, p *ent.Partner, tiers []*ent.Tier, now time.Time) (Facts, error) {
	window := 1
	for _, t := range tiers {
		window = max(window, t.WindowDays)
	}
	from := now.AddDate(0, 0, -window)
	won, err := client.Deal.Query().
		Where(deal.PartnerID(p.ID), deal.StatusEQ(status.Won), deal.ClosedAtGT(from), deal.ClosedAtLTE(now)).
		Select(deal.FieldClosedAt, deal.FieldAmount, deal.FieldClosedAmount, deal.FieldCurrency, deal.FieldSource).All(ctx)
	if err != nil {
		return Facts{}, err
	}
	f := Facts{Checks: map[string]bool{}}
	for _, d := range won {
		amount := d.Amount
		if d.ClosedAmount != nil {
			amount = *d.ClosedAmount
		}
		f.Won = append(f.Won, WonDeal{ClosedAt: *d.ClosedAt, Amount: amount, Currency: d.Currency, Sourced: d.Source == deal.SourceSOURCED})
	}
	approved, err := client.Deal.Query().
		Where(deal.PartnerID(p.ID), deal.StatusIn(decidedApproved...), deal.DecidedAtGT(from), deal.DecidedAtLTE(now)).
		Select(deal.FieldDecidedAt).All(ctx)
	if err != nil {
		return Facts{}, err
	}
	for _, d := range approved {
		f.Approved = append(f.Approved, *d.DecidedAt)
	}
	if f.CertifiedPeople, err = learning.CertifiedPeople(ctx, client, p.ID, now); err != nil {
		return Facts{}, err
	}
	for _, id := range p.TierChecks {
		f.Checks[id] = true
	}
	return f, nil
}

// Tiers are the program's tiers, lowest rank first.
func Tiers(ctx context.Context, client *ent.Client) ([]*ent.Tier, error) {
	tiers, err := client.Tier.Query().All(ctx)
	slices.SortFunc(tiers, func(a, b *ent.Tier) int { return a.Rank - b.Rank })
	return tiers, err
}
