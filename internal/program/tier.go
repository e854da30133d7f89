// Package program holds the partner program's configuration rules: tiers and partner records.
package program

import (
	"context"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/money"
)

// CreateTierInput is a new tier; amounts are minor units of Currency.
type CreateTierInput struct {
	Name                     string
	Rank                     int
	Description              *string
	Currency                 *string
	MinRevenueT12m           *int64
	MinWonDeals              *int
	MinCertifiedPeople       *int
	MinApprovedRegistrations *int
	RequiresManualCheck      *bool
	WindowDays               *int
	DiscountBps              *int
	RebateBps                *int
	CoopAccrualBps           *int
	MdfQuarterlyAllowance    *int64
	DealProtectionDays       *int
	Benefits                 []string
}

// UpdateTierInput changes the fields that are set.
type UpdateTierInput struct {
	ID                       string
	Name                     *string
	Rank                     *int
	Description              *string
	Currency                 *string
	MinRevenueT12m           *int64
	MinWonDeals              *int
	MinCertifiedPeople       *int
	MinApprovedRegistrations *int
	RequiresManualCheck      *bool
	WindowDays               *int
	DiscountBps              *int
	RebateBps                *int
	CoopAccrualBps           *int
	MdfQuarterlyAllowance    *int64
	DealProtectionDays       *int
	Benefits                 []string
}

// CreateTier adds a tier to the program. Ranks and names are unique: two tiers of one rank would
// make "the next tier" ambiguous.
func CreateTier(ctx context.Context, client *ent.Client, in CreateTierInput) (*ent.Tier, error) {
	currency, err := currencyOrNil(in.Currency)
	if err != nil {
		return nil, err
	}
	if err := uniqueTier(ctx, client, "", &in.Name, &in.Rank); err != nil {
		return nil, err
	}
	return client.Tier.Create().
		SetName(in.Name).
		SetRank(in.Rank).
		SetNillableDescription(in.Description).
		SetNillableCurrency(currency).
		SetNillableMinRevenueT12m(in.MinRevenueT12m).
		SetNillableMinWonDeals(in.MinWonDeals).
		SetNillableMinCertifiedPeople(in.MinCertifiedPeople).
		SetNillableMinApprovedRegistrations(in.MinApprovedRegistrations).
		SetNillableRequiresManualCheck(in.RequiresManualCheck).
		SetNillableWindowDays(in.WindowDays).
		SetNillableDiscountBps(in.DiscountBps).
		SetNillableRebateBps(in.RebateBps).
		SetNillableCoopAccrualBps(in.CoopAccrualBps).
		SetNillableMdfQuarterlyAllowance(in.MdfQuarterlyAllowance).
		SetNillableDealProtectionDays(in.DealProtectionDays).
		SetBenefits(in.Benefits).
		Save(ctx)
}

// UpdateTier changes a tier.
func UpdateTier(ctx context.Context, client *ent.Client, in UpdateTierInput) (*ent.Tier, error) {
	currency, err := currencyOrNil(in.Currency)
	if err != nil {
		return nil, err
	}
	if err := uniqueTier(ctx, client, in.ID, in.Name, in.Rank); err != nil {
		return nil, err
	}
	upd := client.Tier.UpdateOneID(in.ID).
		SetNillableName(in.Name).
		SetNillableRank(in.Rank).
		SetNillableDescription(in.Description).
		SetNillableCurrency(currency).
		SetNillableMinRevenueT12m(in.MinRevenueT12m).
		SetNillableMinWonDeals(in.MinWonDeals).
		SetNillableMinCertifiedPeople(in.MinCertifiedPeople).
		SetNillableMinApprovedRegistrations(in.MinApprovedRegistrations).
		SetNillableRequiresManualCheck(in.RequiresManualCheck).
		SetNillableWindowDays(in.WindowDays).
		SetNillableDiscountBps(in.DiscountBps).
		SetNillableRebateBps(in.RebateBps).
		SetNillableCoopAccrualBps(in.CoopAccrualBps).
		SetNillableMdfQuarterlyAllowance(in.MdfQuarterlyAllowance).
		SetNillableDealProtectionDays(in.DealProtectionDays)
	if in.Benefits != nil {
		upd.SetBenefits(in.Benefits)
	}
	return upd.Save(ctx)
}

// uniqueTier answers a taken name or rank with a CONFLICT naming the field, rather than letting the
// unique index fail the transaction with a bare constraint error.
func uniqueTier(ctx context.Context, client *ent.Client, id string, name *string, rank *int) error {
	tiers, err := client.Tier.Query().All(ctx)
	if err != nil {
		return err
	}
	for _, t := range tiers {
		if t.ID == id {
			continue
		}
		if name != nil && t.Name == *name {
			return &apperr.Error{Code: apperr.Conflict, Field: "name", Message: "a tier named " + t.Name + " exists already"}
		}
		if rank != nil && t.Rank == *rank {
			return &apperr.Error{Code: apperr.Conflict, Field: "rank", Message: "tier " + t.Name + " has this rank already"}
		}
	}
	return nil
}

func currencyOrNil(code *string) (*string, error) {
	if code == nil {
		return nil, nil
	}
	c, ok := money.Currency(*code)
	if !ok {
		return nil, apperr.BadInput("currency", "%q is not a supported ISO-4217 currency", *code)
	}
	return &c, nil
}
