package mdf

import (
	"context"
	"fmt"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/mdfallocation"
	"github.com/partnerhub/partnerhub/ent/mdfledgerentry"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// Accrue books a won deal's co-op funds (docs/mdf.md): when the partner's tier accrues a share of
// won deals (coop_accrual_bps) and the partner has an allocation in the deal's currency whose
// period holds the close date, that share of the closed amount is ACCRUED to it, once per deal.
// Without such a tier or allocation nothing is booked and nothing fails: co-op is a benefit, not a
// condition of winning. It runs in the transaction that marks the deal won, so a failure leaves
// the deal as it was.
func Accrue(ctx context.Context, client *ent.Client, d *ent.Deal) error {
	if d.ClosedAmount == nil || d.ClosedAt == nil || *d.ClosedAmount <= 0 {
		return nil
	}
	t, err := client.Partner.Query().Where(partner.ID(d.PartnerID)).QueryTier().Only(ctx)
	if ent.IsNotFound(err) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("mdf: co-op tier: %w", err)
	}
	if t.CoopAccrualBps <= 0 {
		return nil
	}
	day := d.ClosedAt.UTC().Truncate(24 * time.Hour)
	found, err := client.MdfAllocation.Query().Where(mdfallocation.PartnerID(d.PartnerID), mdfallocation.Currency(d.Currency),
		mdfallocation.PeriodStartLTE(day), mdfallocation.PeriodEndGTE(day)).Order(ent.Asc(mdfallocation.FieldPeriodStart)).First(ctx)
	if ent.IsNotFound(err) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("mdf: co-op allocation: %w", err)
	}
	amount := share(*d.ClosedAmount, t.CoopAccrualBps)
	if amount <= 0 {
		return nil
	}
	a, _, err := lockAllocation(ctx, client, found.ID)
	if err != nil {
		return err
	}
	// Once per deal: after the lock, a deal already holding its accrual (won twice without a
	// reopen in between cannot happen, but a retry could) books nothing more.
	net, err := accruedFor(ctx, client, d.ID)
	if err != nil {
		return err
	}
	if net[a.ID] != 0 {
		return nil
	}
	return bookDeal(ctx, client, a, amount, d.ID,
		fmt.Sprintf("co-op: %s of deal %s won (%s)", bpsText(t.CoopAccrualBps), d.ID, formatMinor(*d.ClosedAmount, d.Currency)))
}

// ReverseAccrual takes back what a deal accrued when it is no longer won (reopenDeal): one
// negative ACCRUED entry per allocation the deal accrued to, for the whole net amount, under the
// allocation's lock. If the funds were committed or spent meanwhile, remaining goes below zero:
// the promise was made on a deal that is no longer won, so the vendor's books must show all of it
// taken back, and the allocation approves nothing more until later funds cover the shortfall
// (docs/mdf.md, "Co-op accrual").
func ReverseAccrual(ctx context.Context, client *ent.Client, dealID, why string) error {
	net, err := accruedFor(ctx, client, dealID)
	if err != nil {
		return err
	}
	for allocationID, amount := range net {
		if amount <= 0 {
			continue
		}
		a, _, err := lockAllocation(ctx, client, allocationID)
		if err != nil {
			return err
		}
		// Read again under the lock: a reversal racing this one has booked by now.
		again, err := accruedFor(ctx, client, dealID)
		if err != nil {
			return err
		}
		if again[allocationID] <= 0 {
			continue
		}
		if err := bookDeal(ctx, client, a, -again[allocationID], dealID, truncate("co-op reversed: deal "+dealID+" reopened: "+why, 500)); err != nil {
			return err
		}
	}
	return nil
}

// accruedFor is the net ACCRUED of a deal per allocation, under the viewer's read rules.
func accruedFor(ctx context.Context, client *ent.Client, dealID string) (map[string]int64, error) {
	var rows []struct {
		AllocationID string `json:"allocation_id"`
		Sum          int64  `json:"sum"`
	}
	err := client.MdfLedgerEntry.Query().Where(mdfledgerentry.DealID(dealID), mdfledgerentry.KindEQ(mdfledgerentry.KindACCRUED)).
		GroupBy(mdfledgerentry.FieldAllocationID).Aggregate(ent.As(ent.Sum(mdfledgerentry.FieldAmount), "sum")).Scan(ctx, &rows)
	if err != nil {
		return nil, fmt.Errorf("mdf: a deal's co-op: %w", err)
	}
	out := make(map[string]int64, len(rows))
	for _, r := range rows {
		out[r.AllocationID] = r.Sum
	}
	return out, nil
}

// share is round(amount × bps / 10000), half away from zero, without overflowing for any amount
// the API accepts.
func share(amount int64, bps int) int64 {
	b := int64(bps)
	return amount/10000*b + (amount%10000*b+5000)/10000
}

func bpsText(bps int) string { return fmt.Sprintf("%d.%02d%%", bps/100, bps%100) }

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n])
}

// bookDeal appends a deal's ACCRUED entry (or its reversal) as the viewer.
func bookDeal(ctx context.Context, client *ent.Client, a *ent.MdfAllocation, amount int64, dealID, note string) error {
	c := client.MdfLedgerEntry.Create().SetAllocationID(a.ID).SetPartnerID(a.PartnerID).SetKind(mdfledgerentry.KindACCRUED).
		SetAmount(amount).SetCurrency(a.Currency).SetDealID(dealID).SetNote(truncate(note, 500))
	if v := viewer.FromContext(ctx); v != nil && v.UserID != "" {
		c.SetActorID(v.UserID)
	}
	if err := c.Exec(ctx); err != nil {
		return fmt.Errorf("mdf: booking co-op: %w", err)
	}
	return nil
}
