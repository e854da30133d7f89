package database

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"time"

	"entgo.io/ent/dialect"

	"github.com/partnerhub/partnerhub/ent/migrate/migrations"
)

// migrationLockKey serialises migrations across PostgreSQL instances that start at the same time.
const migrationLockKey = 727_468_101

// Migrate applies every embedded migration the database has not seen yet, each in its own
// transaction, and returns how many it applied. Running it again is a no-op.
func Migrate(ctx context.Context, db DB) (int, error) {
	files, err := migrationFiles(db.Dialect)
	if err != nil {
		return 0, err
	}
	unlock, err := LockMigrations(ctx, db)
	if err != nil {
		return 0, err
	}
	defer unlock()
	conn, err := db.Conn(ctx)
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS partnerhub_migrations (
		version VARCHAR(255) PRIMARY KEY, applied_at TIMESTAMP NOT NULL)`); err != nil {
		return 0, fmt.Errorf("creating migration table: %w", err)
	}
	done, err := appliedVersions(ctx, conn)
	if err != nil {
		return 0, err
	}
	applied := 0
	for _, f := range files {
		if done[f.version] {
			continue
		}
		if err := applyOne(ctx, conn, db.Dialect, f); err != nil {
			return applied, err
		}
		applied++
	}
	return applied, nil
}

// Pending tells how many embedded migrations the database still lacks (readiness depends on zero).
func Pending(ctx context.Context, db DB) (int, error) {
	files, err := migrationFiles(db.Dialect)
	if err != nil {
		return 0, err
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	done, err := appliedVersions(ctx, conn)
	if err != nil {
		return len(files), err
	}
	n := 0
	for _, f := range files {
		if !done[f.version] {
			n++
		}
	}
	return n, nil
}

type migrationFile struct {
	version string
	body    string
}

func migrationFiles(dialectName string) ([]migrationFile, error) {
	dir := "sqlite"
	if dialectName == dialect.Postgres {
		dir = "postgres"
	}
	names, err := fs.Glob(migrations.FS, dir+"/*.up.sql")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	files := make([]migrationFile, 0, len(names))
	for _, name := range names {
		body, err := fs.ReadFile(migrations.FS, name)
		if err != nil {
			return nil, err
		}
		files = append(files, migrationFile{version: strings.TrimSuffix(path.Base(name), ".up.sql"), body: string(body)})
	}
	return files, nil
}

func appliedVersions(ctx context.Context, conn *sql.Conn) (map[string]bool, error) {
	rows, err := conn.QueryContext(ctx, "SELECT version FROM partnerhub_migrations")
	if err != nil {
		return nil, fmt.Errorf("reading applied migrations: %w", err)
	}
	defer rows.Close()
	done := map[string]bool{}
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		done[v] = true
	}
	return done, rows.Err()
}

func applyOne(ctx context.Context, conn *sql.Conn, dialectName string, f migrationFile) error {
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, f.body); err != nil {
		return fmt.Errorf("migration %s: %w", f.version, err)
	}
	insert := "INSERT INTO partnerhub_migrations (version, applied_at) VALUES (?, ?)"
	if dialectName == dialect.Postgres {
		insert = "INSERT INTO partnerhub_migrations (version, applied_at) VALUES ($1, $2)"
	}
	if _, err := tx.ExecContext(ctx, insert, f.version, time.Now().UTC()); err != nil {
		return fmt.Errorf("recording migration %s: %w", f.version, err)
	}
	return tx.Commit()
}

// LockMigrations holds the migration lock of a PostgreSQL database until unlock is called, for
// schema changes made by other code (the job queue's own migrations), so that instances starting
// together take turns there too. SQLite runs one writer at a time and needs no lock.
func LockMigrations(ctx context.Context, db DB) (unlock func(), err error) {
	if db.Dialect != dialect.Postgres {
		return func() {}, nil
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock($1)", migrationLockKey); err != nil {
		conn.Close()
		return nil, fmt.Errorf("locking migrations: %w", err)
	}
	return func() {
		conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", migrationLockKey)
		conn.Close()
	}, nil
}
