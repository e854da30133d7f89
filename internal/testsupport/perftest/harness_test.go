package perftest

import (
	"context"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/internal/config"
	"github.com/partnerhub/partnerhub/internal/database"
	"github.com/partnerhub/partnerhub/internal/password"
	"github.com/partnerhub/partnerhub/internal/seed"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
	"github.com/partnerhub/partnerhub/internal/testsupport/sqlcount"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
	"github.com/partnerhub/partnerhub/internal/tools/bench"
)

// env is a running server over the demo data plus a generated dataset, whose ent client counts
// the statements it sends.
type env struct {
	*apitest.Server
	Driver  *sqlcount.Driver
	Dataset *bench.Dataset
}

// start migrates a fresh database, seeds the demo data, adds shape's rows and serves it all.
func start(t testing.TB, db database.DB, shape bench.Shape) *env {
	t.Helper()
	ctx := context.Background()
	drv := sqlcount.Wrap(db.Driver())
	client := ent.NewClient(ent.Driver(drv))
	cfg, err := config.Load(func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	if _, err := seed.Demo(ctx, client, cfg.DemoPassword); err != nil {
		t.Fatalf("seeding: %v", err)
	}
	hash, err := password.Hash(cfg.DemoPassword)
	if err != nil {
		t.Fatal(err)
	}
	ds, err := bench.Generate(ctx, db, shape, hash)
	if err != nil {
		t.Fatalf("generating data: %v", err)
	}
	return &env{Server: apitest.Start(t, cfg, db, client), Driver: drv, Dataset: ds}
}

// count runs one request and returns the statements it issued, failing on GraphQL errors.
func (e *env) count(t testing.TB, token, query string, vars map[string]any) []sqlcount.Statement {
	t.Helper()
	var res apitest.Response
	stmts := e.Driver.Measure(func() { res = e.Query(t, token, query, vars) })
	if len(res.Errors) > 0 {
		t.Fatalf("unexpected errors: %s", res.Raw)
	}
	kept := stmts[:0]
	for _, s := range stmts {
		if !strings.HasPrefix(strings.ReplaceAll(s.Query, "`", `"`), authRead) {
			kept = append(kept, s)
		}
	}
	return kept
}

// authRead starts the authentication's read of the viewer's user row, which runs only when this
// instance's copy is older than authcache.TTL: count leaves it out, so that a count does not depend
// on how long ago the same token was last seen.
const authRead = `SELECT "users"."id", "users"."status", "users"."role", "users"."partner_id" FROM "users" WHERE "users"."id" = `

func openDB(t testing.TB) database.DB { t.Helper(); return testdb.Open(t) }

// rngFor is a deterministic random source per name.
func rngFor(name string) *rand.Rand {
	var h uint64 = 14695981039346656037
	for i := 0; i < len(name); i++ {
		h = (h ^ uint64(name[i])) * 1099511628211
	}
	return rand.New(rand.NewPCG(h, 1))
}
