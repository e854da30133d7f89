package deal_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/hook"
	"github.com/partnerhub/partnerhub/ent/mdfledgerentry"
	"github.com/partnerhub/partnerhub/ent/mdfrequest"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/tier"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/deal"
	"github.com/partnerhub/partnerhub/internal/deal/status"
	"github.com/partnerhub/partnerhub/internal/mdf"
)

// coopEnv gives Acme's tier (Gold) a 2% co-op rate and Acme a USD allocation of 100,000 for the
// quarter holding now.
func coopEnv(t *testing.T) (*env, *ent.MdfAllocation) {
	t.Helper()
	e := newEnv(t)
	e.client.Tier.Update().Where(tier.Name("Gold")).SetCoopAccrualBps(200).ExecX(sys())
	t.Cleanup(func() { ledgerBalances(t, e) })
	return e, e.allocateQuarter(t, e.now)
}

// allocateQuarter gives Acme 100,000 USD for the quarter holding day.
func (e *env) allocateQuarter(t *testing.T, day time.Time) *ent.MdfAllocation {
	t.Helper()
	admin := e.as(t, "admin@vendor.test")
	start, end := mdf.Quarter(day)
	var a *ent.MdfAllocation
	if err := e.tx(admin, func(c *ent.Client) (err error) {
		a, err = mdf.CreateAllocation(admin, c, mdf.AllocationInput{PartnerID: e.acmeID(t), Amount: 100_000, Currency: "USD",
			PeriodStart: start.Format(time.DateOnly), PeriodEnd: end.Format(time.DateOnly)})
		return err
	}); err != nil {
		t.Fatal(err)
	}
	return a
}

func (e *env) acmeID(t *testing.T) string {
	t.Helper()
	return e.client.Partner.Query().Where(partner.Slug("acme-reseller")).OnlyX(sys()).ID
}

// closeWon reports d won for amount as Acme's sales rep (partners close their own deals).
func (e *env) closeWon(t *testing.T, d *ent.Deal, amount int64) error {
	t.Helper()
	sales := e.as(t, "sales@acme-reseller.test")
	return e.tx(sales, func(c *ent.Client) error {
		_, err := deal.Close(sales, c, deal.CloseInput{ID: d.ID, Won: true, CloseDate: e.now.Format(time.DateOnly), ClosedAmount: &amount}, e.now)
		return err
	})
}

// accrued is the net ACCRUED of a deal and its entries.
func (e *env) accrued(d *ent.Deal) (int64, []*ent.MdfLedgerEntry) {
	entries := e.client.MdfLedgerEntry.Query().Where(mdfledgerentry.DealID(d.ID), mdfledgerentry.KindEQ(mdfledgerentry.KindACCRUED)).
		Order(ent.Asc(mdfledgerentry.FieldCreatedAt), ent.Asc(mdfledgerentry.FieldID)).AllX(sys())
	var net int64
	for _, x := range entries {
		net += x.Amount
	}
	return net, entries
}

// ledgerBalances: every allocation's buckets add up to what was allocated and accrued.
func ledgerBalances(t *testing.T, e *env) {
	t.Helper()
	for _, a := range e.client.MdfAllocation.Query().AllX(sys()) {
		b, err := mdf.BalanceOf(sys(), e.client, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		in := e.client.MdfLedgerEntry.Query().Where(mdfledgerentry.AllocationID(a.ID),
			mdfledgerentry.KindIn(mdfledgerentry.KindALLOCATED, mdfledgerentry.KindACCRUED)).Aggregate(ent.Sum(mdfledgerentry.FieldAmount)).IntX(sys())
		if int64(in) != b.Amount || b.Remaining+b.Committed+b.Claimed+b.Paid+b.Expired != b.Amount {
			t.Errorf("allocation %s: %d allocated and accrued, balance %+v", a.ID, in, b)
		}
	}
}

// TestCoopAccrualFollowsTheOutcome: a won deal accrues 2% of its closed amount (rounded) once;
// reopening reverses it; winning again accrues again; the balance follows each step.
func TestCoopAccrualFollowsTheOutcome(t *testing.T) {
	e, a := coopEnv(t)
	d := e.inState(t, status.Approved)
	if err := e.closeWon(t, d, 1_234_575); err != nil {
		t.Fatal(err)
	}
	net, entries := e.accrued(d)
	if net != 24_692 || len(entries) != 1 || entries[0].AllocationID != a.ID || entries[0].ActorID == "" {
		t.Fatalf("after winning: net %d, entries %+v; want one entry of 24692 (2%% of 1234575, rounded)", net, entries)
	}
	if b, _ := mdf.BalanceOf(sys(), e.client, a.ID); b.Amount != 124_692 || b.Remaining != 124_692 {
		t.Fatalf("balance after winning: %+v", b)
	}
	if _, err := e.reopen(t, "pam@vendor.test", d.ID, "the PO was cancelled"); err != nil {
		t.Fatal(err)
	}
	if net, entries = e.accrued(d); net != 0 || len(entries) != 2 || entries[1].Amount != -24_692 {
		t.Fatalf("after reopening: net %d, entries %+v", net, entries)
	}
	if b, _ := mdf.BalanceOf(sys(), e.client, a.ID); b.Amount != 100_000 || b.Remaining != 100_000 {
		t.Fatalf("balance after reopening: %+v", b)
	}
	if err := e.closeWon(t, d, 500_000); err != nil {
		t.Fatal(err)
	}
	if net, entries = e.accrued(d); net != 10_000 || len(entries) != 3 {
		t.Fatalf("won again: net %d, %d entries", net, len(entries))
	}
	// A lost deal accrues nothing, and reopening it reverses nothing.
	lost := e.inState(t, status.Lost)
	if _, err := e.reopen(t, "pam@vendor.test", lost.ID, "recorded by mistake"); err != nil {
		t.Fatal(err)
	}
	if net, entries := e.accrued(lost); net != 0 || len(entries) != 0 {
		t.Fatalf("a lost deal: %+v", entries)
	}
}

// TestCoopAccrualNeedsAnAllocation: no allocation whose period holds the close date, none in the
// deal's currency, or a tier without co-op: the deal is won, nothing is booked, no error.
func TestCoopAccrualNeedsAnAllocation(t *testing.T) {
	e := newEnv(t)
	t.Cleanup(func() { ledgerBalances(t, e) })
	e.client.Tier.Update().Where(tier.Name("Gold")).SetCoopAccrualBps(200).ExecX(sys())
	_, end := mdf.Quarter(e.now)
	e.allocateQuarter(t, end.AddDate(0, 0, 1)) // next quarter only
	none := func(what string, d *ent.Deal) {
		t.Helper()
		if net, entries := e.accrued(d); net != 0 || len(entries) != 0 {
			t.Fatalf("%s: %+v", what, entries)
		}
	}
	today := e.inState(t, status.Approved)
	if err := e.closeWon(t, today, 1_000_000); err != nil {
		t.Fatalf("won without an allocation for today: %v", err)
	}
	none("closed outside every allocation's period", today)

	e.allocateQuarter(t, e.now)
	sales, pam := e.as(t, "sales@acme-reseller.test"), e.as(t, "pam@vendor.test")
	in := input("Euro Co", "euro-co.example")
	in.Currency = "EUR"
	eur := e.mustRegister(t, sales, in)
	if err := e.tx(pam, func(c *ent.Client) error {
		_, err := deal.Approve(pam, c, deal.ApproveInput{ID: eur.ID}, e.now)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if err := e.closeWon(t, eur, 1_000_000); err != nil {
		t.Fatalf("a EUR deal without a EUR allocation: %v", err)
	}
	none("a EUR deal with only USD allocations", eur)

	e.client.Tier.Update().Where(tier.Name("Gold")).SetCoopAccrualBps(0).ExecX(sys())
	plain := e.inState(t, status.Approved)
	if err := e.closeWon(t, plain, 1_000_000); err != nil {
		t.Fatal(err)
	}
	none("a tier without co-op", plain)
}

// TestCoopAccrualIsPartOfClosing: when booking the accrual fails, the deal is not won either.
func TestCoopAccrualIsPartOfClosing(t *testing.T) {
	e, _ := coopEnv(t)
	d := e.inState(t, status.Approved)
	before := len(e.events(d))
	e.client.MdfLedgerEntry.Use(func(next ent.Mutator) ent.Mutator {
		return hook.MdfLedgerEntryFunc(func(ctx context.Context, m *ent.MdfLedgerEntryMutation) (ent.Value, error) {
			return nil, errors.New("ledger unavailable")
		})
	})
	if err := e.closeWon(t, d, 1_000_000); err == nil {
		t.Fatal("closing succeeded although its accrual failed")
	}
	if got := e.client.Deal.GetX(sys(), d.ID); got.Status != status.Approved || got.ClosedAmount != nil || len(e.events(d)) != before {
		t.Fatalf("a failed accrual left the deal %s with amount %v", got.Status, got.ClosedAmount)
	}
}

// TestCoopReversalOfSpentFunds: the accrual was committed to a request before the deal was
// reopened; the reversal still books in full, remaining goes below zero, and no request is
// approved until later funds cover it.
func TestCoopReversalOfSpentFunds(t *testing.T) {
	e, a := coopEnv(t)
	d := e.inState(t, status.Approved)
	if err := e.closeWon(t, d, 1_000_000); err != nil { // accrues 20,000
		t.Fatal(err)
	}
	acme, pam := e.as(t, "admin@acme-reseller.test"), e.as(t, "pam@vendor.test")
	request := func(amount int64) *ent.MdfRequest {
		t.Helper()
		var r *ent.MdfRequest
		if err := e.tx(acme, func(c *ent.Client) (err error) {
			kind, title, day := mdfrequest.ActivityTypeEVENT, "Roadshow", e.now.Format(time.DateOnly)
			r, err = mdf.CreateRequest(acme, c, mdf.Config{}, mdf.RequestInput{AllocationID: a.ID, ActivityType: &kind, Title: &title,
				StartDate: &day, EndDate: &day, RequestedAmount: &amount}, e.now)
			return err
		}); err != nil {
			t.Fatal(err)
		}
		return r
	}
	approve := func(r *ent.MdfRequest, amount int64) error {
		return e.tx(pam, func(c *ent.Client) error {
			_, _, err := mdf.ApproveRequest(pam, c, mdf.DecisionInput{ID: r.ID, ApprovedAmount: amount}, e.now)
			return err
		})
	}
	if err := approve(request(115_000), 115_000); err != nil { // all but 5,000 of 120,000
		t.Fatal(err)
	}
	if _, err := e.reopen(t, "pam@vendor.test", d.ID, "the customer returned the goods"); err != nil {
		t.Fatalf("reversing committed co-op funds: %v", err)
	}
	b, _ := mdf.BalanceOf(sys(), e.client, a.ID)
	if b.Amount != 100_000 || b.Remaining != -15_000 || b.Committed != 115_000 {
		t.Fatalf("after the reversal: %+v", b)
	}
	if err := approve(request(1_000), 1_000); codeOf(err) != apperr.Conflict {
		t.Fatalf("approving while the allocation owes reversed co-op funds: %v, want CONFLICT", err)
	}
}
