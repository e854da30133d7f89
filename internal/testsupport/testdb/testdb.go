// Package testdb gives each test a fresh, migrated database: a SQLite file in the test's temporary
// folder, or, when TEST_DATABASE_URL is set, a schema of its own on that PostgreSQL server, so
// tests never see each other's rows and the same suite runs on both databases.
package testdb

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/partnerhub/partnerhub/ent"
	_ "github.com/partnerhub/partnerhub/ent/runtime" // privacy policies and hooks run only when this is imported.
	"github.com/partnerhub/partnerhub/internal/database"
)

// Postgres reports whether tests run against PostgreSQL.
func Postgres() bool { return PostgresURL() != "" }

// PostgresURL is the server tests use, or "" for SQLite.
func PostgresURL() string { return os.Getenv("TEST_DATABASE_URL") }

// Open returns a fresh database with every migration applied; it is dropped when the test ends.
func Open(t testing.TB) database.DB {
	t.Helper()
	db := OpenEmpty(t)
	if _, err := database.Migrate(context.Background(), db); err != nil {
		t.Fatalf("migrating test database: %v", err)
	}
	return db
}

// OpenEmpty returns a fresh database with no tables at all.
func OpenEmpty(t testing.TB) database.DB {
	t.Helper()
	ctx := context.Background()
	if !Postgres() {
		db, err := database.OpenSQLite(ctx, filepath.Join(t.TempDir(), "test.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	}
	dsn, drop := NewSchema(t)
	db, err := database.OpenPostgres(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close(); drop() })
	return db
}

// NewSchema creates an empty PostgreSQL schema and returns a URL whose connections use it, and a
// function that drops it. Two server processes given the same URL share one database, as in
// production behind a load balancer.
func NewSchema(t testing.TB) (dsn string, drop func()) {
	t.Helper()
	admin, err := sql.Open("postgres", PostgresURL())
	if err != nil {
		t.Fatal(err)
	}
	b := make([]byte, 8)
	rand.Read(b)
	name := "t_" + hex.EncodeToString(b)
	if _, err := admin.Exec("CREATE SCHEMA " + name); err != nil {
		admin.Close()
		t.Fatalf("creating test schema: %v", err)
	}
	u, err := url.Parse(PostgresURL())
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", name)
	u.RawQuery = q.Encode()
	return u.String(), func() {
		admin.Exec("DROP SCHEMA " + name + " CASCADE")
		admin.Close()
	}
}

// Client returns an ent client over a fresh database.
func Client(t testing.TB) *ent.Client {
	t.Helper()
	return ClientOf(t, Open(t))
}

// ClientOf returns an ent client over db.
func ClientOf(t testing.TB, db database.DB) *ent.Client {
	t.Helper()
	return ent.NewClient(ent.Driver(db.Driver()))
}
