package httpserver_test

import (
	"net/http"
	"testing"

	"github.com/partnerhub/partnerhub/internal/database"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
)

func TestHealthz(t *testing.T) {
	s := start(t, nil)
	r := get(t, s, "/healthz")
	if r.status != http.StatusOK {
		t.Fatalf("GET /healthz = %d %s, want 200", r.status, r.body)
	}
	if got := decodeJSON(t, r)["status"]; got != "ok" {
		t.Errorf("status = %v, want ok", got)
	}
}

func TestReadyz(t *testing.T) {
	tests := []struct {
		name       string
		db         func(t *testing.T) database.DB
		afterStart func(t *testing.T, db database.DB)
		wantStatus int
		wantBody   string
	}{
		{
			name:       "migrated database",
			db:         func(t *testing.T) database.DB { return testdb.Open(t) },
			wantStatus: http.StatusOK,
			wantBody:   "ready",
		},
		{
			name: "database unreachable",
			db:   func(t *testing.T) database.DB { return testdb.Open(t) },
			// The pool the server uses goes away under it, as when the database server is down.
			afterStart: func(t *testing.T, db database.DB) { db.Close() },
			wantStatus: http.StatusServiceUnavailable,
			wantBody:   "unavailable",
		},
		{
			name:       "no migration applied",
			db:         func(t *testing.T) database.DB { return testdb.OpenEmpty(t) },
			wantStatus: http.StatusServiceUnavailable,
			wantBody:   "unavailable",
		},
		{
			// A new release started against a database that lacks its newest migration.
			name: "newest migration pending",
			db: func(t *testing.T) database.DB {
				db := testdb.Open(t)
				var newest string
				if err := db.QueryRow("SELECT MAX(version) FROM partnerhub_migrations").Scan(&newest); err != nil {
					t.Fatal(err)
				}
				if _, err := db.Exec("DELETE FROM partnerhub_migrations WHERE version = '" + newest + "'"); err != nil {
					t.Fatal(err)
				}
				return db
			},
			wantStatus: http.StatusServiceUnavailable,
			wantBody:   "unavailable",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := tt.db(t)
			s := startOn(t, db, nil)
			if tt.afterStart != nil {
				tt.afterStart(t, db)
			}
			r := get(t, s, "/readyz")
			if r.status != tt.wantStatus {
				t.Fatalf("GET /readyz = %d %s, want %d", r.status, r.body, tt.wantStatus)
			}
			if got := decodeJSON(t, r)["status"]; got != tt.wantBody {
				t.Errorf("status = %v, want %s", got, tt.wantBody)
			}
			// The process itself is still alive, whatever the database says.
			if r := get(t, s, "/healthz"); r.status != http.StatusOK {
				t.Errorf("GET /healthz = %d, want 200 even when not ready", r.status)
			}
		})
	}
}
