package mdf

import (
	"context"
	"fmt"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/mdfallocation"
	"github.com/partnerhub/partnerhub/ent/mdfledgerentry"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/money"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// maxAmount bounds every amount (minor units) so sums over a ledger cannot overflow.
const maxAmount = 1_000_000_000_000

// AllocationInput is what createMdfAllocation takes.
type AllocationInput struct {
	PartnerID   string
	PeriodStart string // YYYY-MM-DD
	PeriodEnd   string // YYYY-MM-DD, the last day
	Amount      int64
	Currency    string
}

// CreateAllocation gives a partner funds for a period: the allocation and its ALLOCATED entry.
// A partner has one allocation per period.
func CreateAllocation(ctx context.Context, client *ent.Client, in AllocationInput) (*ent.MdfAllocation, error) {
	start, err := date("periodStart", in.PeriodStart)
	if err != nil {
		return nil, err
	}
	end, err := date("periodEnd", in.PeriodEnd)
	if err != nil {
		return nil, err
	}
	if end.Before(start) {
		return nil, apperr.BadInput("periodEnd", "the period ends before it starts")
	}
	if end.Sub(start) > 366*24*time.Hour {
		return nil, apperr.BadInput("periodEnd", "a period lasts at most a year")
	}
	if in.Amount <= 0 || in.Amount > maxAmount {
		return nil, apperr.BadInput("amount", "the amount must be positive, in minor units of the currency")
	}
	cur, ok := money.Currency(in.Currency)
	if !ok {
		return nil, apperr.BadInput("currency", "%q is not an ISO-4217 currency", in.Currency)
	}
	p, err := client.Partner.Query().Where(partner.ID(in.PartnerID)).Only(ctx)
	if err != nil {
		if ent.IsNotFound(err) {
			return nil, apperr.BadInput("partnerId", "no such partner")
		}
		return nil, err
	}
	return allocate(ctx, client, p.ID, start, end, in.Amount, cur, mdfallocation.SourceMANUAL)
}

func allocate(ctx context.Context, client *ent.Client, partnerID string, start, end time.Time, amount int64, cur string, source mdfallocation.Source) (*ent.MdfAllocation, error) {
	exists, err := client.MdfAllocation.Query().Where(mdfallocation.PartnerID(partnerID),
		mdfallocation.PeriodStart(start), mdfallocation.PeriodEnd(end)).Exist(ctx)
	if err != nil {
		return nil, err
	}
	if exists {
		return nil, apperr.New(apperr.Conflict, "the partner already has an allocation for %s to %s", start.Format(time.DateOnly), end.Format(time.DateOnly))
	}
	c := client.MdfAllocation.Create().SetPartnerID(partnerID).SetPeriodStart(start).SetPeriodEnd(end).
		SetCurrency(cur).SetSource(source)
	if v := viewer.FromContext(ctx); v != nil && v.UserID != "" {
		c.SetCreatedByID(v.UserID)
	}
	a, err := c.Save(ctx)
	if ent.IsConstraintError(err) {
		// Two admins allocating the same period at once: the unique index decided.
		return nil, apperr.New(apperr.Conflict, "the partner already has an allocation for %s to %s", start.Format(time.DateOnly), end.Format(time.DateOnly))
	}
	if err != nil {
		return nil, fmt.Errorf("mdf: allocating: %w", err)
	}
	if err := book(ctx, client, a, mdfledgerentry.KindALLOCATED, amount, "", "", ""); err != nil {
		return nil, err
	}
	return a, nil
}

// date parses a YYYY-MM-DD date as midnight UTC.
func date(field, s string) (time.Time, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, apperr.BadInput(field, "give a date as YYYY-MM-DD")
	}
	return t.UTC(), nil
}

func notFound() error { return apperr.NotFoundError() }

// Quarter is the calendar quarter holding day: its first and last days, at midnight UTC.
func Quarter(day time.Time) (start, end time.Time) {
	day = day.UTC()
	first := time.Month((int(day.Month())-1)/3*3 + 1)
	start = time.Date(day.Year(), first, 1, 0, 0, 0, 0, time.UTC)
	return start, start.AddDate(0, 3, -1)
}

// AllocateQuarter gives every ACTIVE partner whose tier has a quarterly MDF allowance that
// allowance for the quarter holding day, in the tier's currency. It is idempotent: a partner that
// already has an allocation for the quarter is left as it is, so running it twice allocates once.
// It returns the allocations it made.
func AllocateQuarter(ctx context.Context, client *ent.Client, day time.Time) ([]*ent.MdfAllocation, error) {
	start, end := Quarter(day)
	partners, err := client.Partner.Query().Where(partner.StatusEQ(partner.StatusACTIVE), partner.HasTier()).
		WithTier().Order(partner.ByName()).All(ctx)
	if err != nil {
		return nil, err
	}
	var out []*ent.MdfAllocation
	for _, p := range partners {
		t := p.Edges.Tier
		if t == nil || t.MdfQuarterlyAllowance <= 0 {
			continue
		}
		a, err := allocate(ctx, client, p.ID, start, end, t.MdfQuarterlyAllowance, t.Currency, mdfallocation.SourceTIER_ALLOWANCE)
		if e, ok := apperr.As(err); ok && e.Code == apperr.Conflict {
			continue // allocated already
		}
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}
