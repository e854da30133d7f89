package graph_test

import (
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent/mdfledgerentry"
	"github.com/partnerhub/partnerhub/ent/tier"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

// TestCoopAccrualAPI, as clients see it: ADMIN sets Gold's co-op rate through updateTier; Acme's
// sales rep reports a deal won and Acme's allocation grows by the rate's share (the ledger sums to
// the balance the API shows); pam reopens the deal and the share is taken back.
func TestCoopAccrualAPI(t *testing.T) {
	s := apitest.New(t)
	admin, sales, pamToken := s.Login(t, vendorAdmin), s.Login(t, acmeSales), s.Login(t, pam)
	// The demo's Gold (2%) and Platinum (3%) partners' deals won in the seeded quarters show co-op.
	if n := s.Client.MdfLedgerEntry.Query().Where(mdfledgerentry.KindEQ(mdfledgerentry.KindACCRUED), mdfledgerentry.DealIDNEQ("")).CountX(sysCtx()); n == 0 {
		t.Error("the demo has no co-op ACCRUED entries")
	}
	gold := s.Client.Tier.Query().Where(tier.Name("Gold")).OnlyX(sysCtx())
	var updated struct {
		UpdateTier struct{ Tier struct{ CoopAccrualBps int } }
	}
	s.Query(t, admin, `mutation($id: ID!) { updateTier(input: {id: $id, coopAccrualBps: 250}) { tier { coopAccrualBps } } }`,
		map[string]any{"id": gold.ID}).Decode(t, &updated)
	if updated.UpdateTier.Tier.CoopAccrualBps != 250 {
		t.Fatalf("updateTier: %+v", updated)
	}
	if res := s.Query(t, admin, `mutation($id: ID!) { updateTier(input: {id: $id, coopAccrualBps: 10001}) { tier { id } } }`,
		map[string]any{"id": gold.ID}); firstCode(res) != "BAD_USER_INPUT" {
		t.Fatalf("a rate over 100%%: %s", res.Raw)
	}
	allocation := acmeAllocation(t, s)
	before := balanceOf(t, s, admin, allocation)
	d := register(t, s, sales, registerInput("Co-op Co", freshDomain("coop")))
	mustMutate(t, s, pamToken, "approveDeal", map[string]any{"id": d.ID})
	mustMutate(t, s, sales, "closeDeal", map[string]any{"id": d.ID, "outcome": "WON",
		"closeDate": time.Now().UTC().Format(time.DateOnly), "closedAmount": 1_000_000})
	if got := balanceOf(t, s, admin, allocation); got.Amount != before.Amount+25_000 || got.Remaining != before.Remaining+25_000 {
		t.Fatalf("after winning: %+v, before %+v; want 25000 more (2.5%% of 1000000)", got, before)
	}
	ledgerMatches(t, s, allocation)
	mustMutate(t, s, pamToken, "reopenDeal", map[string]any{"id": d.ID, "note": "the order was cancelled"})
	if got := balanceOf(t, s, admin, allocation); got != before {
		t.Fatalf("after reopening: %+v, want %+v", got, before)
	}
	ledgerMatches(t, s, allocation)
	if n := s.Client.MdfLedgerEntry.Query().Where(mdfledgerentry.DealID(d.ID), mdfledgerentry.KindEQ(mdfledgerentry.KindACCRUED)).CountX(sysCtx()); n != 2 {
		t.Fatalf("%d ACCRUED entries for the deal, want the accrual and its reversal", n)
	}
}
