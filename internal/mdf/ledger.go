// Package mdf holds the rules of marketing development funds (docs/mdf.md): allocations, fund
// requests, claims with proof of performance, and the ledger every balance is summed from. Who may
// do what is the entities' privacy policies (ent/schema/rule/mdf.go), not this package.
package mdf

import (
	"context"
	"fmt"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/mdfallocation"
	"github.com/partnerhub/partnerhub/ent/mdfledgerentry"
	"github.com/partnerhub/partnerhub/internal/database"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// Balance is where an allocation's funds are, summed from its ledger. Amount is everything
// allocated or accrued; the other buckets split it: Remaining + Committed + Claimed + Paid + Expired
// = Amount.
type Balance struct {
	// Amount allocated and accrued.
	Amount int64
	// Committed to approved requests and not yet claimed or released.
	Committed int64
	// Claimed by approved claims and not yet paid.
	Claimed int64
	// Paid out.
	Paid int64
	// Expired unused after the period.
	Expired int64
	// Remaining is what new requests may still be approved for.
	Remaining int64
}

// add books one entry into the balance: each kind moves funds from one bucket to another.
func (b *Balance) add(kind mdfledgerentry.Kind, amount int64) {
	switch kind {
	case mdfledgerentry.KindALLOCATED, mdfledgerentry.KindACCRUED:
		b.Amount += amount
		b.Remaining += amount
	case mdfledgerentry.KindCOMMITTED:
		b.Remaining -= amount
		b.Committed += amount
	case mdfledgerentry.KindRELEASED:
		b.Committed -= amount
		b.Remaining += amount
	case mdfledgerentry.KindCLAIMED:
		b.Committed -= amount
		b.Claimed += amount
	case mdfledgerentry.KindPAID:
		b.Claimed -= amount
		b.Paid += amount
	case mdfledgerentry.KindEXPIRED:
		b.Remaining -= amount
		b.Expired += amount
	}
}

// Negative reports the first bucket below zero, or "": the ledger never lets one go there.
func (b Balance) Negative() string {
	for name, v := range map[string]int64{"remaining": b.Remaining, "committed": b.Committed, "claimed": b.Claimed, "paid": b.Paid, "expired": b.Expired} {
		if v < 0 {
			return name
		}
	}
	return ""
}

// Balances sums the ledgers of the allocations, in one query, under the viewer's read rules.
func Balances(ctx context.Context, client *ent.Client, allocationIDs ...string) (map[string]Balance, error) {
	var rows []struct {
		AllocationID string              `json:"allocation_id"`
		Kind         mdfledgerentry.Kind `json:"kind"`
		Sum          int64               `json:"sum"`
	}
	err := client.MdfLedgerEntry.Query().Where(mdfledgerentry.AllocationIDIn(allocationIDs...)).
		GroupBy(mdfledgerentry.FieldAllocationID, mdfledgerentry.FieldKind).
		Aggregate(ent.As(ent.Sum(mdfledgerentry.FieldAmount), "sum")).Scan(ctx, &rows)
	if err != nil {
		return nil, fmt.Errorf("mdf: balances: %w", err)
	}
	out := make(map[string]Balance, len(allocationIDs))
	for _, r := range rows {
		b := out[r.AllocationID]
		b.add(r.Kind, r.Sum)
		out[r.AllocationID] = b
	}
	return out, nil
}

// BalanceOf is one allocation's balance.
func BalanceOf(ctx context.Context, client *ent.Client, allocationID string) (Balance, error) {
	m, err := Balances(ctx, client, allocationID)
	return m[allocationID], err
}

// RequestCommitted is what an approved request still holds committed: COMMITTED less RELEASED and
// CLAIMED entries of the request.
func RequestCommitted(ctx context.Context, client *ent.Client, requestID string) (int64, error) {
	var rows []struct {
		Kind mdfledgerentry.Kind `json:"kind"`
		Sum  int64               `json:"sum"`
	}
	err := client.MdfLedgerEntry.Query().Where(mdfledgerentry.RequestID(requestID)).
		GroupBy(mdfledgerentry.FieldKind).Aggregate(ent.As(ent.Sum(mdfledgerentry.FieldAmount), "sum")).Scan(ctx, &rows)
	if err != nil {
		return 0, fmt.Errorf("mdf: request ledger: %w", err)
	}
	var b Balance
	for _, r := range rows {
		b.add(r.Kind, r.Sum)
	}
	return b.Committed, nil
}

// lockAllocation takes the allocation's row lock (PostgreSQL; SQLite's immediate transactions
// already run one writer at a time) and reads its balance after it, so every decision that moves
// its funds sees the entries of the decision before it: this is what keeps the ledger from ever
// being overspent, however many approvals race, on however many server instances.
func lockAllocation(ctx context.Context, client *ent.Client, id string) (*ent.MdfAllocation, Balance, error) {
	a, err := client.MdfAllocation.Query().Where(mdfallocation.ID(id), database.ForUpdate).Only(ctx)
	if err != nil {
		if ent.IsNotFound(err) {
			return nil, Balance{}, notFound()
		}
		return nil, Balance{}, err
	}
	b, err := BalanceOf(ctx, client, id)
	return a, b, err
}

// book appends a ledger entry as the viewer.
func book(ctx context.Context, client *ent.Client, a *ent.MdfAllocation, kind mdfledgerentry.Kind, amount int64, requestID, claimID, note string) error {
	if amount == 0 {
		return nil
	}
	c := client.MdfLedgerEntry.Create().SetAllocationID(a.ID).SetPartnerID(a.PartnerID).SetKind(kind).
		SetAmount(amount).SetCurrency(a.Currency).SetNote(note)
	if v := viewer.FromContext(ctx); v != nil && v.UserID != "" {
		c.SetActorID(v.UserID)
	}
	if requestID != "" {
		c.SetRequestID(requestID)
	}
	if claimID != "" {
		c.SetClaimID(claimID)
	}
	if err := c.Exec(ctx); err != nil {
		return fmt.Errorf("mdf: booking %s: %w", kind, err)
	}
	return nil
}

// Paid is what was paid to one partner in one currency.
type Paid struct {
	PartnerID string
	Currency  string
	Amount    int64
}

// PaidByPartner sums the PAID ledger entries booked in [from, to), per partner and currency, under
// the viewer's read rules (utilization per partner). Program analytics sums the same entries by
// day in the database itself (internal/metrics, cost input mdf_paid). Currencies are never added
// together.
func PaidByPartner(ctx context.Context, client *ent.Client, from, to time.Time) ([]Paid, error) {
	var rows []struct {
		PartnerID string `json:"partner_id"`
		Currency  string `json:"currency"`
		Sum       int64  `json:"sum"`
	}
	err := client.MdfLedgerEntry.Query().
		Where(mdfledgerentry.KindEQ(mdfledgerentry.KindPAID), mdfledgerentry.CreatedAtGTE(from), mdfledgerentry.CreatedAtLT(to)).
		GroupBy(mdfledgerentry.FieldPartnerID, mdfledgerentry.FieldCurrency).
		Aggregate(ent.As(ent.Sum(mdfledgerentry.FieldAmount), "sum")).Scan(ctx, &rows)
	if err != nil {
		return nil, fmt.Errorf("mdf: paid by partner: %w", err)
	}
	out := make([]Paid, len(rows))
	for i, r := range rows {
		out[i] = Paid{PartnerID: r.PartnerID, Currency: r.Currency, Amount: r.Sum}
	}
	return out, nil
}
