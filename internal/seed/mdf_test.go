package seed_test

import (
	"context"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent/deal"
	"github.com/partnerhub/partnerhub/ent/mdfclaim"
	"github.com/partnerhub/partnerhub/ent/mdfrequest"
	"github.com/partnerhub/partnerhub/internal/mdf"
	"github.com/partnerhub/partnerhub/internal/seed"
	"github.com/partnerhub/partnerhub/internal/storage"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
	"github.com/partnerhub/partnerhub/internal/upload"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// TestDemoMDF: the demo has requests and claims in every status, its ledgers balance, and seeding
// twice adds nothing.
func TestDemoMDF(t *testing.T) {
	client := testdb.Client(t)
	ctx := viewer.NewContext(context.Background(), viewer.System())
	if _, err := seed.Program(ctx, client, "test-password"); err != nil {
		t.Fatal(err)
	}
	store, _ := storage.NewLocal(t.TempDir())
	rc := &upload.Receiver{Store: store}
	for range 2 {
		if err := seed.MDF(ctx, client, rc, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	for _, s := range []mdfrequest.Status{mdfrequest.StatusSUBMITTED, mdfrequest.StatusAPPROVED, mdfrequest.StatusREJECTED, mdfrequest.StatusCANCELLED, mdfrequest.StatusCOMPLETED} {
		if n := client.MdfRequest.Query().Where(mdfrequest.StatusEQ(s)).CountX(ctx); n == 0 {
			t.Errorf("no demo request is %s", s)
		}
	}
	for _, s := range []mdfclaim.Status{mdfclaim.StatusSUBMITTED, mdfclaim.StatusCHANGES_REQUESTED, mdfclaim.StatusAPPROVED, mdfclaim.StatusREJECTED, mdfclaim.StatusPAID} {
		if n := client.MdfClaim.Query().Where(mdfclaim.StatusEQ(s)).CountX(ctx); n == 0 {
			t.Errorf("no demo claim is %s", s)
		}
	}
	ids := client.MdfAllocation.Query().IDsX(ctx)
	balances, err := mdf.Balances(ctx, client, ids...)
	if err != nil {
		t.Fatal(err)
	}
	for id, b := range balances {
		if f := b.Negative(); f != "" || b.Remaining+b.Committed+b.Claimed+b.Paid+b.Expired != b.Amount {
			t.Errorf("allocation %s does not balance: %+v", id, b)
		}
	}
	if len(ids) < 4 {
		t.Errorf("%d demo allocations, want the previous and current quarter of several partners", len(ids))
	}
}

// TestDemoDealsSourcedByMDF: some demo registrations name the funded activity that sourced them,
// always one of their own partner's approved or completed requests.
func TestDemoDealsSourcedByMDF(t *testing.T) {
	client := testdb.Client(t)
	ctx := viewer.NewContext(context.Background(), viewer.System())
	if _, err := seed.Demo(ctx, client, "test-password"); err != nil {
		t.Fatal(err)
	}
	store, _ := storage.NewLocal(t.TempDir())
	if err := seed.MDF(ctx, client, &upload.Receiver{Store: store}, time.Now()); err != nil {
		t.Fatal(err)
	}
	linked := client.Deal.Query().Where(deal.MdfRequestIDNotNil()).WithMdfRequest().AllX(ctx)
	if len(linked) < 2 {
		t.Fatalf("%d demo deals name an MDF activity", len(linked))
	}
	for _, d := range linked {
		r := d.Edges.MdfRequest
		if r.PartnerID != d.PartnerID || (r.Status != mdfrequest.StatusAPPROVED && r.Status != mdfrequest.StatusCOMPLETED) {
			t.Errorf("deal %s names request %s of partner %s in status %s", d.ID, r.ID, r.PartnerID, r.Status)
		}
	}
}
