package database

import (
	"context"
	"database/sql"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
)

// ForUpdate, used as a query predicate, locks the selected rows until the transaction ends on
// PostgreSQL, so changes that decide on the same rows take turns and the database says who was
// first. SQLite needs no row lock: its transactions begin IMMEDIATE and so already run one writer
// at a time.
func ForUpdate(s *entsql.Selector) {
	if s.Dialect() == dialect.Postgres {
		s.ForUpdate()
	}
}

// Execer runs a statement: an ent client, or its transaction.
type Execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// LockKey makes transactions that name the same key take turns until the first one ends, for
// decisions that count rows before inserting one (there is no row yet to lock). PostgreSQL takes
// a transaction-scoped advisory lock on the key's hash; SQLite's transactions already run one
// writer at a time.
func LockKey(ctx context.Context, tx Execer, dialectName, key string) error {
	if dialectName != dialect.Postgres {
		return nil
	}
	_, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", key)
	return err
}
