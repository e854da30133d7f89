package database_test

import (
	"bytes"
	"context"
	"io/fs"
	"regexp"
	"strings"
	"testing"

	"ariga.io/atlas/sql/postgres"
	atlas "ariga.io/atlas/sql/schema"
	entschema "entgo.io/ent/dialect/sql/schema"

	"github.com/partnerhub/partnerhub/ent/migrate"
	"github.com/partnerhub/partnerhub/ent/migrate/migrations"
	"github.com/partnerhub/partnerhub/internal/database"
	"github.com/partnerhub/partnerhub/internal/normalize"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
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
	if err := migrate.NewSchema(db.Driver()).WriteTo(ctx, &buf, entschema.WithDiffHook(asWritten)); err != nil {
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

var (
	castToText  = regexp.MustCompile(`::text\b`)
	wrappedName = regexp.MustCompile(`\((\w+)\)`)
)

// asWritten spells PostgreSQL's partial-index predicates as the schema writes them. PostgreSQL
// stores `status <> 'REJECTED'` as `((status)::text <> 'REJECTED'::text)`; the migration generator
// normalises both sides on a dev database, this comparison does not, and would call it drift.
func asWritten(next entschema.Differ) entschema.Differ {
	return entschema.DiffFunc(func(current, desired *atlas.Schema) ([]atlas.Change, error) {
		for _, t := range current.Tables {
			for _, idx := range t.Indexes {
				for _, a := range idx.Attrs {
					if p, ok := a.(*postgres.IndexPredicate); ok {
						p.P = wrappedName.ReplaceAllString(castToText.ReplaceAllString(p.P, ""), "$1")
					}
				}
			}
		}
		return next.Diff(current, desired)
	})
}

// Accounts that exist when the match-keys migration runs get the keys the application would
// have given them, so the similar-name check finds them after an upgrade too.
func TestMatchKeysBackfill(t *testing.T) {
	if !testdb.Postgres() {
		t.Skip("SQLite compares match keys in Go and never reads the column")
	}
	ctx := context.Background()
	db := testdb.OpenEmpty(t)
	const before = "20261126105846_init"
	body, err := fs.ReadFile(migrations.FS, "postgres/"+before+".up.sql")
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		string(body),
		`CREATE TABLE partnerhub_migrations (version VARCHAR(255) PRIMARY KEY, applied_at TIMESTAMP NOT NULL)`,
		`INSERT INTO partnerhub_migrations VALUES ('` + before + `', now())`,
		`INSERT INTO accounts (id, created_at, updated_at, name, name_key, domain, owner_kind, industry, country) VALUES
			('acc_1', now(), now(), 'Acme Industries', 'acme industries', 'acme.example', 'UNOWNED', '', ''),
			('acc_2', now(), now(), 'Øresund AB', 'øresund', 'oresund.example', 'UNOWNED', '', ''),
			('acc_3', now(), now(), '3M', '3m', '3m.example', 'UNOWNED', '', '')`,
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := database.Migrate(ctx, db); err != nil {
		t.Fatal(err)
	}
	rows, err := db.QueryContext(ctx, `SELECT name_key, match_keys::text FROM accounts`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var key, stored string
		if err := rows.Scan(&key, &stored); err != nil {
			t.Fatal(err)
		}
		var want string // PostgreSQL prints a tsvector's lexemes sorted
		if err := db.QueryRowContext(ctx, `SELECT $1::tsvector::text`, normalize.Lexemes(normalize.MatchKeys(key), " ")).Scan(&want); err != nil {
			t.Fatal(err)
		}
		if stored != want {
			t.Errorf("%q: migrated match keys %s, the application gives %s", key, stored, want)
		}
		n++
	}
	if n != 3 {
		t.Fatalf("%d accounts after migrating, want 3", n)
	}
}
