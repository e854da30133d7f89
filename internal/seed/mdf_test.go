package seed_test

import (
	"context"
	"testing"
	"time"

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
