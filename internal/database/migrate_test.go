package database_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/partnerhub/partnerhub/ent/migrate"
	"github.com/partnerhub/partnerhub/internal/database"
	"github.com/partnerhub/partnerhub/internal/testdb"
)

func TestMigrateAppliesOnceAndIsIdempotent(t *testing.T) {
	ctx := context.Background()
	db := testdb.OpenEmpty(t)
	if n, err := database.Pending(ctx, db); err == nil || n == 0 {
		t.Fatalf("empty database: Pending = %d, %v; want all pending and an error (no migration table)", n, err)
	}
	n, err := database.Migrate(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no migration applied to an empty database")
	}
	again, err := database.Migrate(ctx, db)
	if err != nil || again != 0 {
		t.Fatalf("second Migrate applied %d (err %v), want 0", again, err)
	}
	if p, err := database.Pending(ctx, db); err != nil || p != 0 {
		t.Fatalf("Pending after Migrate = %d, %v", p, err)
	}
}

// TestSchemaMatchesMigrations fails when the ent schema changed without a new migration
// (run `make migration NAME=…`), or a migration file was edited by hand out of step with it.
func TestSchemaMatchesMigrations(t *testing.T) {
	ctx := context.Background()
	db := testdb.Open(t)
	var buf bytes.Buffer
	if err := migrate.NewSchema(db.Driver()).WriteTo(ctx, &buf); err != nil {
		t.Fatal(err)
	}
	var drift []string
	for _, line := range strings.Split(buf.String(), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line == "BEGIN;" || line == "COMMIT;" || strings.HasPrefix(line, "--") {
			continue
		}
		drift = append(drift, line)
	}
	if len(drift) > 0 {
		t.Fatalf("ent schema and migrations disagree; run `make migration NAME=...`. Missing statements:\n%s", strings.Join(drift, "\n"))
	}
}
