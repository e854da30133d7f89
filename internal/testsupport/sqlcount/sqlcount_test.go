package sqlcount_test

import (
	"context"
	"testing"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/internal/seed"
	"github.com/partnerhub/partnerhub/internal/testsupport/sqlcount"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// The counter sees one statement per row when edges are loaded row by row (an N+1), and a fixed
// number when they are loaded eagerly; statements inside transactions count too.
func TestCountsStatements(t *testing.T) {
	db := testdb.Open(t)
	drv := sqlcount.Wrap(db.Driver())
	client := ent.NewClient(ent.Driver(drv))
	ctx := viewer.NewContext(context.Background(), viewer.System())
	if _, err := seed.Demo(ctx, client, "partnerhub-demo"); err != nil {
		t.Fatal(err)
	}

	var partners []*ent.Partner
	stmts := drv.Measure(func() {
		var err error
		if partners, err = client.Partner.Query().All(ctx); err != nil {
			t.Fatal(err)
		}
		for _, p := range partners {
			if _, err := p.QueryTier().Only(ctx); err != nil && !ent.IsNotFound(err) {
				t.Fatal(err)
			}
		}
	})
	if len(partners) < 2 || len(stmts) != 1+len(partners) {
		t.Errorf("row-by-row loading of %d partners: counted %d statements, want %d", len(partners), len(stmts), 1+len(partners))
	}

	stmts = drv.Measure(func() {
		if _, err := client.Partner.Query().WithTier().All(ctx); err != nil {
			t.Fatal(err)
		}
	})
	if len(stmts) != 2 {
		t.Errorf("eager loading: counted %d statements, want 2: %v", len(stmts), stmts)
	}
	if got := sqlcount.Tables(stmts[1].Query); len(got) != 1 || got[0] != "tiers" {
		t.Errorf("Tables(%q) = %v, want [tiers]", stmts[1].Query, got)
	}

	stmts = drv.Measure(func() {
		tx, err := client.Tx(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback()
		if _, err := tx.Tier.Query().Count(ctx); err != nil {
			t.Fatal(err)
		}
		if err := tx.Commit(); err != nil {
			t.Fatal(err)
		}
	})
	if len(stmts) != 1 || !stmts[0].InTx || drv.Transactions() != 1 {
		t.Errorf("in a transaction: counted %v and %d transactions, want one statement in one transaction", stmts, drv.Transactions())
	}
}
