// Package sqlcount wraps an ent driver to count and record the SQL statements it sends, so tests
// can assert that a request issues a fixed number of statements (no N+1) and capture the exact SQL
// an operation runs (for EXPLAIN). It is a test and benchmark tool; production never wraps its driver.
package sqlcount

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"sync"

	"entgo.io/ent/dialect"
)

// Statement is one statement the driver sent, with its arguments.
type Statement struct {
	Query string
	Args  []any
	// InTx tells whether it ran inside a transaction.
	InTx bool
}

// String shows the statement on one line, for failure messages.
func (s Statement) String() string {
	return fmt.Sprintf("%s %v", s.Query, s.Args)
}

// Driver is a dialect.Driver that counts and records every Exec and Query, inside transactions too.
type Driver struct {
	dialect.Driver

	mu         sync.Mutex
	statements []Statement
	txs        int
}

// Wrap returns a counting driver over d.
func Wrap(d dialect.Driver) *Driver { return &Driver{Driver: d} }

func (d *Driver) record(query string, args any, inTx bool) {
	var list []any
	switch a := args.(type) {
	case []any:
		list = append(list, a...)
	case nil:
	default:
		list = []any{a}
	}
	d.mu.Lock()
	d.statements = append(d.statements, Statement{Query: query, Args: list, InTx: inTx})
	d.mu.Unlock()
}

// Count returns how many statements ran since the last Reset.
func (d *Driver) Count() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.statements)
}

// Transactions returns how many transactions began since the last Reset.
func (d *Driver) Transactions() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.txs
}

// Statements returns a copy of the statements that ran since the last Reset.
func (d *Driver) Statements() []Statement {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]Statement(nil), d.statements...)
}

// Reset forgets what ran so far.
func (d *Driver) Reset() {
	d.mu.Lock()
	d.statements, d.txs = nil, 0
	d.mu.Unlock()
}

// Measure resets the counter, runs fn and returns the statements fn caused.
func (d *Driver) Measure(fn func()) []Statement {
	d.Reset()
	fn()
	return d.Statements()
}

// Exec counts and runs a statement.
func (d *Driver) Exec(ctx context.Context, query string, args, v any) error {
	d.record(query, args, false)
	return d.Driver.Exec(ctx, query, args, v)
}

// Query counts and runs a query.
func (d *Driver) Query(ctx context.Context, query string, args, v any) error {
	d.record(query, args, false)
	return d.Driver.Query(ctx, query, args, v)
}

// ExecContext is used by generated code for raw statements (sql.ExecQuerier).
func (d *Driver) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	drv, ok := d.Driver.(interface {
		ExecContext(context.Context, string, ...any) (sql.Result, error)
	})
	if !ok {
		return nil, fmt.Errorf("sqlcount: Driver.ExecContext is not supported")
	}
	d.record(query, args, false)
	return drv.ExecContext(ctx, query, args...)
}

// QueryContext is used by generated code for raw queries.
func (d *Driver) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	drv, ok := d.Driver.(interface {
		QueryContext(context.Context, string, ...any) (*sql.Rows, error)
	})
	if !ok {
		return nil, fmt.Errorf("sqlcount: Driver.QueryContext is not supported")
	}
	d.record(query, args, false)
	return drv.QueryContext(ctx, query, args...)
}

// Tx starts a counted transaction.
func (d *Driver) Tx(ctx context.Context) (dialect.Tx, error) {
	tx, err := d.Driver.Tx(ctx)
	if err != nil {
		return nil, err
	}
	d.mu.Lock()
	d.txs++
	d.mu.Unlock()
	return &countedTx{Tx: tx, d: d}, nil
}

// BeginTx starts a counted transaction with options (ent's client.BeginTx needs it).
func (d *Driver) BeginTx(ctx context.Context, opts *sql.TxOptions) (dialect.Tx, error) {
	drv, ok := d.Driver.(interface {
		BeginTx(context.Context, *sql.TxOptions) (dialect.Tx, error)
	})
	if !ok {
		return nil, fmt.Errorf("sqlcount: Driver.BeginTx is not supported")
	}
	tx, err := drv.BeginTx(ctx, opts)
	if err != nil {
		return nil, err
	}
	d.mu.Lock()
	d.txs++
	d.mu.Unlock()
	return &countedTx{Tx: tx, d: d}, nil
}

type countedTx struct {
	dialect.Tx
	d *Driver
}

func (t *countedTx) Exec(ctx context.Context, query string, args, v any) error {
	t.d.record(query, args, true)
	return t.Tx.Exec(ctx, query, args, v)
}

func (t *countedTx) Query(ctx context.Context, query string, args, v any) error {
	t.d.record(query, args, true)
	return t.Tx.Query(ctx, query, args, v)
}

func (t *countedTx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	tx, ok := t.Tx.(interface {
		ExecContext(context.Context, string, ...any) (sql.Result, error)
	})
	if !ok {
		return nil, fmt.Errorf("sqlcount: Tx.ExecContext is not supported")
	}
	t.d.record(query, args, true)
	return tx.ExecContext(ctx, query, args...)
}

func (t *countedTx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	tx, ok := t.Tx.(interface {
		QueryContext(context.Context, string, ...any) (*sql.Rows, error)
	})
	if !ok {
		return nil, fmt.Errorf("sqlcount: Tx.QueryContext is not supported")
	}
	t.d.record(query, args, true)
	return tx.QueryContext(ctx, query, args...)
}

// Tables lists the tables a statement reads or writes, from its FROM, JOIN, INTO and UPDATE
// clauses: enough to tell the statements of an operation apart in failure messages.
func Tables(query string) []string {
	fields := strings.Fields(query)
	var out []string
	seen := map[string]bool{}
	for i := 0; i+1 < len(fields); i++ {
		switch strings.ToUpper(fields[i]) {
		case "FROM", "JOIN", "INTO", "UPDATE":
			name := strings.Trim(fields[i+1], "\"`(),;")
			if j := strings.LastIndex(name, "."); j >= 0 {
				name = strings.Trim(name[j+1:], "\"`")
			}
			if name != "" && !strings.HasPrefix(strings.ToUpper(name), "SELECT") && !seen[name] {
				seen[name] = true
				out = append(out, name)
			}
		}
	}
	return out
}
