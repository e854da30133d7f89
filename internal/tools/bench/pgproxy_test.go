package bench

import (
	"database/sql"
	"testing"

	_ "github.com/lib/pq"

	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
)

// The proxy counts each statement once, whichever protocol the driver speaks: simple queries
// (no arguments, BEGIN, COMMIT), extended ones (with arguments, prepared statements), and counts
// the job queue's statements apart.
func TestPGProxyCountsStatements(t *testing.T) {
	if !testdb.Postgres() {
		t.Skip("needs PostgreSQL (TEST_DATABASE_URL)")
	}
	upstream, err := upstreamAddr(testdb.PostgresURL())
	if err != nil {
		t.Fatal(err)
	}
	p, err := StartPGProxy(upstream)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	url, err := proxyURL(testdb.PostgresURL(), p)
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("postgres", url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if err := db.Ping(); err != nil {
		t.Fatal(err)
	}

	steps := []struct {
		name string
		want int64
		run  func() error
	}{
		{"simple query", 1, func() error { var n int; return db.QueryRow("SELECT 1").Scan(&n) }},
		{"query with arguments", 1, func() error { var n int; return db.QueryRow("SELECT $1::int", 7).Scan(&n) }},
		{"transaction", 3, func() error {
			tx, err := db.Begin()
			if err != nil {
				return err
			}
			if _, err := tx.Exec("SELECT $1::text", "x"); err != nil {
				return err
			}
			return tx.Commit()
		}},
		{"prepared statement run twice", 2, func() error {
			st, err := db.Prepare("SELECT $1::int + 1")
			if err != nil {
				return err
			}
			defer st.Close()
			var n int
			if err := st.QueryRow(1).Scan(&n); err != nil {
				return err
			}
			return st.QueryRow(2).Scan(&n)
		}},
	}
	for _, s := range steps {
		before := p.Statements()
		if err := s.run(); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if got := p.Statements() - before; got != s.want {
			t.Errorf("%s: counted %d statements, want %d", s.name, got, s.want)
		}
	}

	before, bg := p.Statements(), p.Background()
	var n int
	if err := db.QueryRow("SELECT 1 AS river_job_probe").Scan(&n); err != nil {
		t.Fatal(err)
	}
	if p.Statements() != before || p.Background() != bg+1 {
		t.Errorf("a job-queue statement counted as a request's (statements %d→%d, background %d→%d)", before, p.Statements(), bg, p.Background())
	}
}
