// Package database opens PartnerHub's database (embedded SQLite or PostgreSQL) and applies its
// versioned migrations.
package database

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"github.com/lib/pq"    // PostgreSQL driver, also registered as "postgres".
	_ "modernc.org/sqlite" // pure-Go SQLite driver, registered as "sqlite".
)

// DB is an open database with the ent dialect that speaks to it.
type DB struct {
	*sql.DB
	Dialect string
}

// Driver returns an ent driver over the same connection pool.
func (db DB) Driver() *entsql.Driver { return entsql.OpenDB(db.Dialect, db.DB) }

// Open connects to PostgreSQL when databaseURL is a postgres URL, and otherwise to the embedded
// SQLite file under dataDir.
func Open(ctx context.Context, databaseURL, dataDir string) (DB, error) {
	if databaseURL == "" {
		if err := os.MkdirAll(dataDir, 0o750); err != nil {
			return DB{}, fmt.Errorf("creating DATA_DIR: %w", err)
		}
		return OpenSQLite(ctx, filepath.Join(dataDir, "partnerhub.db"))
	}
	u, err := url.Parse(databaseURL)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		return DB{}, fmt.Errorf("DATABASE_URL must be a postgres:// URL")
	}
	return OpenPostgres(ctx, databaseURL)
}

// OpenSQLite opens (creating if needed) a SQLite database file.
func OpenSQLite(ctx context.Context, path string) (DB, error) {
	// Foreign keys are off by default in SQLite; WAL lets readers run beside a writer; the busy
	// timeout makes writers queue instead of failing; immediate transactions take the write lock at
	// BEGIN so two writers never deadlock upgrading a read lock.
	q := url.Values{}
	for _, p := range []string{"foreign_keys(1)", "journal_mode(WAL)", "busy_timeout(10000)", "synchronous(NORMAL)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	q.Set("_time_format", "sqlite")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return DB{}, err
	}
	return ping(ctx, DB{DB: db, Dialect: dialect.SQLite})
}

// OpenPostgres opens a PostgreSQL pool through lib/pq.
func OpenPostgres(ctx context.Context, databaseURL string) (DB, error) {
	connector, err := pq.NewConnector(WithoutJIT(databaseURL))
	if err != nil {
		return DB{}, redact(err)
	}
	db := sql.OpenDB(preparingConnector{connector})
	db.SetMaxOpenConns(25)
	db.SetMaxIdleConns(25)
	db.SetConnMaxIdleTime(5 * time.Minute)
	return ping(ctx, DB{DB: db, Dialect: dialect.Postgres})
}

func ping(ctx context.Context, db DB) (DB, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return DB{}, fmt.Errorf("connecting to %s: %w", db.Dialect, redact(err))
	}
	return db, nil
}

// redact keeps connection passwords out of logs.
func redact(err error) error {
	msg := err.Error()
	if i := strings.Index(msg, "password="); i >= 0 {
		return fmt.Errorf("%s", msg[:i]+"password=…")
	}
	return err
}

// WithoutJIT turns PostgreSQL's JIT compilation off for the connections of a postgres:// URL that
// does not set it. The API's statements are short OLTP queries; the planner's cost estimate of a
// few (a check with an EXISTS subplan over many rows) crosses jit_above_cost,
// and compiling them then costs ~30 ms, far more than running them.
func WithoutJIT(databaseURL string) string {
	u, err := url.Parse(databaseURL)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		return databaseURL
	}
	q := u.Query()
	if q.Has("jit") {
		return databaseURL
	}
	q.Set("jit", "off")
	u.RawQuery = q.Encode()
	return u.String()
}
