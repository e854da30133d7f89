package database_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/partnerhub/partnerhub/internal/database"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
)

// Statements with arguments, reads and writes, run as statements prepared once per connection and
// planned for their arguments at every execution; the number kept per connection is bounded; a
// statement the server stopped accepting is prepared afresh.
func TestPostgresPreparesStatementsPlannedForTheirArguments(t *testing.T) {
	if !testdb.Postgres() {
		t.Skip("statement preparation is the PostgreSQL driver's")
	}
	ctx := context.Background()
	dsn, drop := testdb.NewSchema(t)
	defer drop()
	db, err := database.OpenPostgres(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1) // one session, whose prepared statements pg_prepared_statements lists
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := db.ExecContext(ctx, q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	prepared := func(like string) (n int) {
		t.Helper()
		if err := db.QueryRowContext(ctx, `SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE $1`, like).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}

	exec(`CREATE TABLE docs (id int PRIMARY KEY, doc jsonb NOT NULL)`)
	for i := range 3 {
		exec(`INSERT INTO docs (id, doc) VALUES ($1, $2)`, i, []byte(`{"n": 1}`))
	}
	var doc string
	if err := db.QueryRowContext(ctx, `SELECT doc::text FROM docs WHERE id = $1`, 2).Scan(&doc); err != nil || doc != `{"n": 1}` {
		t.Fatalf("read back %q, %v", doc, err)
	}
	if n := prepared(`INSERT INTO docs%`); n != 1 {
		t.Errorf("%d prepared inserts after three, want 1", n)
	}
	for range 2 {
		if err := db.QueryRowContext(ctx, `SELECT doc::text FROM docs WHERE id = $1`, 1).Scan(&doc); err != nil {
			t.Fatal(err)
		}
	}
	if n := prepared(`SELECT doc%`); n != 1 {
		t.Errorf("%d prepared reads after three, want 1", n)
	}
	// A generic plan would be chosen blind to the arguments; every execution must be planned for its own.
	var mode string
	if err := db.QueryRowContext(ctx, `SELECT current_setting('plan_cache_mode')`).Scan(&mode); err != nil || mode != "force_custom_plan" {
		t.Errorf("plan_cache_mode %q (%v), want force_custom_plan", mode, err)
	}
	var generic, custom int64
	if err := db.QueryRowContext(ctx, `SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement LIKE $1`, `SELECT doc%`).Scan(&generic, &custom); err != nil {
		t.Fatal(err)
	}
	if generic != 0 || custom != 3 {
		t.Errorf("the prepared read ran with %d generic and %d custom plans, want 0 and 3", generic, custom)
	}

	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO docs (id, doc) VALUES ($1, $2)`, 10, []byte(`{}`)); err != nil {
		t.Fatal(err)
	}
	tx.Rollback()
	var count int
	db.QueryRowContext(ctx, `SELECT count(*) FROM docs`).Scan(&count)
	if count != 3 {
		t.Errorf("%d rows after a rolled-back insert, want 3", count)
	}

	for i := range 300 {
		exec(fmt.Sprintf(`UPDATE docs SET doc = $1 WHERE id = %d`, i), []byte(`{}`))
	}
	if n := prepared(`UPDATE docs%`); n > 256 {
		t.Errorf("%d prepared updates kept on one connection, want at most 256", n)
	}

	returning := `INSERT INTO docs (id, doc) VALUES ($1, $2) RETURNING *`
	insert := func(id int) error {
		rows, err := db.QueryContext(ctx, returning, id, []byte(`{}`))
		if err != nil {
			return err
		}
		return rows.Close()
	}
	if err := insert(20); err != nil {
		t.Fatal(err)
	}
	exec(`ALTER TABLE docs ADD COLUMN note text`)
	if err := insert(21); err == nil {
		t.Log("the server replanned the changed statement itself")
	}
	if err := insert(22); err != nil {
		t.Fatalf("insert after the table changed: %v", err)
	}
}
