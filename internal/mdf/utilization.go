package mdf

import (
	"context"
	"sort"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/mdfallocation"
	"github.com/partnerhub/partnerhub/ent/partner"
)

// Utilization is how much of a group's allocated funds, in one currency, was paid out.
type Utilization struct {
	Key, Label, Currency string
	Allocated, Paid      int64
	// Share is Paid / Allocated; nil when nothing was allocated.
	Share *float64
}

// UtilizationOf sums, per partner or per tier (the partner's tier today) and currency, the
// allocations whose period starts in [from, to) that the viewer may read: allocated and accrued
// against paid out, from their ledgers.
func UtilizationOf(ctx context.Context, client *ent.Client, from, to time.Time, byTier bool) ([]Utilization, error) {
	allocations, err := client.MdfAllocation.Query().
		Where(mdfallocation.PeriodStartGTE(from), mdfallocation.PeriodStartLT(to)).All(ctx)
	if err != nil || len(allocations) == 0 {
		return []Utilization{}, err
	}
	ids := make([]string, len(allocations))
	partnerIDs := map[string]bool{}
	for i, a := range allocations {
		ids[i] = a.ID
		partnerIDs[a.PartnerID] = true
	}
	balances, err := Balances(ctx, client, ids...)
	if err != nil {
		return nil, err
	}
	pids := make([]string, 0, len(partnerIDs))
	for id := range partnerIDs {
		pids = append(pids, id)
	}
	partners, err := client.Partner.Query().Where(partner.IDIn(pids...)).WithTier().All(ctx)
	if err != nil {
		return nil, err
	}
	group := map[string][2]string{} // partner → key, label
	for _, p := range partners {
		switch {
		case !byTier:
			group[p.ID] = [2]string{p.ID, p.Name}
		case p.Edges.Tier != nil:
			group[p.ID] = [2]string{p.Edges.Tier.ID, p.Edges.Tier.Name}
		default:
			group[p.ID] = [2]string{"", "No tier"}
		}
	}
	type key struct{ group, currency string }
	sums := map[key]*Utilization{}
	for _, a := range allocations {
		g, ok := group[a.PartnerID]
		if !ok {
			continue // a partner the viewer may not read
		}
		k := key{g[0], a.Currency}
		u := sums[k]
		if u == nil {
			u = &Utilization{Key: g[0], Label: g[1], Currency: a.Currency}
			sums[k] = u
		}
		b := balances[a.ID]
		u.Allocated += b.Amount
		u.Paid += b.Paid
	}
	out := make([]Utilization, 0, len(sums))
	for _, u := range sums {
		if u.Allocated > 0 {
			share := float64(u.Paid) / float64(u.Allocated)
			u.Share = &share
		}
		out = append(out, *u)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Label != out[j].Label {
			return out[i].Label < out[j].Label
		}
		return out[i].Currency < out[j].Currency
	})
	return out, nil
}
