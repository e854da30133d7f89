package tiering

import (
	"context"
	"slices"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/money"
)

// SetCheck confirms (passed) or withdraws a tier's manual check for a partner, as the caller: the
// partner's privacy rules let its channel manager or ADMIN change it.
func SetCheck(ctx context.Context, c *ent.Client, partnerID, tierID string, passed bool) (*ent.Partner, error) {
	p, err := c.Partner.Get(ctx, partnerID)
	if err != nil {
		return nil, err
	}
	t, err := c.Tier.Get(ctx, tierID)
	if err != nil {
		return nil, err
	}
	if !t.RequiresManualCheck {
		return nil, apperr.BadInput("tierId", "%s has no manual check", t.Name)
	}
	checks := slices.DeleteFunc(slices.Clone(p.TierChecks), func(id string) bool { return id == tierID })
	if passed {
		checks = append(checks, tierID)
	}
	slices.Sort(checks)
	return c.Partner.UpdateOneID(partnerID).SetTierChecks(checks).Save(ctx)
}

// ExtraOf validates what-if input: no negative extras, a known currency.
func ExtraOf(wonDeals int, wonRevenue int64, currency string, approved, certified int) (Extra, error) {
	for field, v := range map[string]int64{"wonDeals": int64(wonDeals), "wonRevenue": wonRevenue,
		"approvedRegistrations": int64(approved), "certifiedPeople": int64(certified)} {
		if v < 0 {
			return Extra{}, apperr.BadInput(field, "must not be negative")
		}
	}
	if currency != "" {
		c, ok := money.Currency(currency)
		if !ok {
			return Extra{}, apperr.BadInput("currency", "%q is not a supported ISO-4217 currency", currency)
		}
		currency = c
	}
	return Extra{WonDeals: wonDeals, WonRevenue: wonRevenue, Currency: currency, ApprovedRegistrations: approved, CertifiedPeople: certified}, nil
}
