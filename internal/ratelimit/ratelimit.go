// Package ratelimit keeps request budgets per API key, per user and per anonymous address. The
// counts live in the database (table rate_limit_buckets), so N instances behind a load balancer
// share one budget. An instance does not write per request: it leases a slice of a budget (a
// tenth, at most 50 requests) with one atomic upsert that both counts the slice and returns the
// count, and admits requests from its lease in memory until the lease is used up (lease.go).
//
// The window is fixed (one minute, aligned to the clock): simple to reason about and to explain in
// response headers. A client can spend up to twice its budget across a window boundary; the
// budgets are sized with that in mind.
package ratelimit

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"entgo.io/ent/dialect"
)

// Window is the length of one budget period.
const Window = time.Minute

// Decision is the outcome of counting one request.
type Decision struct {
	Allowed   bool
	Limit     int
	Remaining int
	// Reset is how long until the window ends and the budget refills.
	Reset time.Duration
}

// Limiter counts requests in the database.
type Limiter struct {
	db      *sql.DB
	upsert  string
	reserve string
	clear   string
	peek    string
	prune   string
	now     func() time.Time
	// lastPrune is this instance's last clean-up of old buckets (unix seconds).
	lastPrune atomic.Int64
	// leases are this instance's unspent slices of the current window's budgets, per key.
	mu     sync.Mutex
	leases map[string]*lease
	// unspent remembers when Spent last found a key's budget not spent (see Spent).
	unspent map[string]time.Time
}

// SpentMemo is how long Spent trusts its last "not spent" for a key, unless this instance counts
// an attempt against the key meanwhile.
const SpentMemo = 2 * time.Second

// New returns a limiter over db, whose dialect is ent's name for it.
func New(db *sql.DB, dialectName string) *Limiter {
	l := &Limiter{db: db, now: time.Now, leases: map[string]*lease{}, unspent: map[string]time.Time{}}
	// The window only moves forward, even if instances' clocks disagree by a little.
	switch dialectName {
	case dialect.Postgres:
		l.upsert = `INSERT INTO rate_limit_buckets (id, window_start, count) VALUES ($1, $2, $3)
ON CONFLICT (id) DO UPDATE SET
  count = CASE WHEN rate_limit_buckets.window_start >= excluded.window_start THEN rate_limit_buckets.count + excluded.count ELSE excluded.count END,
  window_start = GREATEST(rate_limit_buckets.window_start, excluded.window_start)
RETURNING count, window_start`
		l.reserve = `INSERT INTO rate_limit_buckets (id, window_start, count) VALUES ($1, $2, 1)
ON CONFLICT (id) DO UPDATE SET
  count = CASE WHEN rate_limit_buckets.window_start > $3 THEN LEAST(rate_limit_buckets.count + 1, $4 + 1) ELSE 1 END,
  window_start = CASE WHEN rate_limit_buckets.window_start > $3 AND rate_limit_buckets.count + 1 <> $4 THEN rate_limit_buckets.window_start ELSE $2 END
RETURNING count, window_start`
		l.clear = "DELETE FROM rate_limit_buckets WHERE id = $1"
		l.peek = "SELECT count, window_start FROM rate_limit_buckets WHERE id = $1"
		l.prune = "DELETE FROM rate_limit_buckets WHERE window_start < $1"
	default:
		l.upsert = `INSERT INTO rate_limit_buckets (id, window_start, count) VALUES (?, ?, ?)
ON CONFLICT (id) DO UPDATE SET
  count = CASE WHEN rate_limit_buckets.window_start >= excluded.window_start THEN rate_limit_buckets.count + excluded.count ELSE excluded.count END,
  window_start = MAX(rate_limit_buckets.window_start, excluded.window_start)
RETURNING count, window_start`
		l.reserve = `INSERT INTO rate_limit_buckets (id, window_start, count) VALUES (?1, ?2, 1)
ON CONFLICT (id) DO UPDATE SET
  count = CASE WHEN rate_limit_buckets.window_start > ?3 THEN MIN(rate_limit_buckets.count + 1, ?4 + 1) ELSE 1 END,
  window_start = CASE WHEN rate_limit_buckets.window_start > ?3 AND rate_limit_buckets.count + 1 <> ?4 THEN rate_limit_buckets.window_start ELSE ?2 END
RETURNING count, window_start`
		l.clear = "DELETE FROM rate_limit_buckets WHERE id = ?"
		l.peek = "SELECT count, window_start FROM rate_limit_buckets WHERE id = ?"
		l.prune = "DELETE FROM rate_limit_buckets WHERE window_start < ?"
	}
	return l
}

// WithClock returns a copy of l reading time from now (tests of window turns).
func (l *Limiter) WithClock(now func() time.Time) *Limiter {
	return &Limiter{db: l.db, upsert: l.upsert, reserve: l.reserve, clear: l.clear, peek: l.peek, prune: l.prune, now: now,
		leases: map[string]*lease{}, unspent: map[string]time.Time{}}
}

// Reserve counts one attempt (a sign-in) against key: at most max attempts within window of the
// first, and once the max-th is made, none for window after it. It reports whether this attempt
// may go ahead and, if not, when the next one may. The count is one atomic statement, so
// simultaneous attempts on any number of instances never get more than max through. Clear
// forgets the key (a successful sign-in).
func (l *Limiter) Reserve(ctx context.Context, key string, max int, window time.Duration, now time.Time) (bool, time.Time, error) {
	l.forgetUnspent(key)
	var count int
	var start int64
	at := now.Unix()
	if err := l.db.QueryRowContext(ctx, l.reserve, key, at, at-int64(window/time.Second), max).Scan(&count, &start); err != nil {
		return false, time.Time{}, fmt.Errorf("counting attempt: %w", err)
	}
	if count <= max {
		return true, time.Time{}, nil
	}
	return false, time.Unix(start, 0).Add(window), nil
}

// Spent reports, without counting anything, whether key's Reserve budget of max within window is
// used up, and until when. A budget found not spent is taken as not spent for SpentMemo without
// reading again, unless this instance reserves against key meanwhile: attempts reserved on
// another instance in those seconds are still counted, and refuse from the next read on.
func (l *Limiter) Spent(ctx context.Context, key string, max int, window time.Duration, now time.Time) (bool, time.Time, error) {
	l.mu.Lock()
	at, ok := l.unspent[key]
	l.mu.Unlock()
	if ok && now.Sub(at) >= 0 && now.Sub(at) < SpentMemo {
		return false, time.Time{}, nil
	}
	spent, until, err := l.spent(ctx, key, max, window, now)
	if err == nil && !spent {
		l.mu.Lock()
		l.unspent[key] = now
		l.mu.Unlock()
	}
	return spent, until, err
}

func (l *Limiter) forgetUnspent(key string) {
	l.mu.Lock()
	delete(l.unspent, key)
	l.mu.Unlock()
}

func (l *Limiter) spent(ctx context.Context, key string, max int, window time.Duration, now time.Time) (bool, time.Time, error) {
	var count int
	var start int64
	err := l.db.QueryRowContext(ctx, l.peek, key).Scan(&count, &start)
	if errors.Is(err, sql.ErrNoRows) {
		return false, time.Time{}, nil
	}
	if err != nil {
		return false, time.Time{}, fmt.Errorf("reading attempts: %w", err)
	}
	until := time.Unix(start, 0).Add(window)
	if count >= max && until.After(now) {
		return true, until, nil
	}
	return false, time.Time{}, nil
}

// Clear forgets the attempts counted against key.
func (l *Limiter) Clear(ctx context.Context, key string) error {
	l.forgetUnspent(key)
	if _, err := l.db.ExecContext(ctx, l.clear, key); err != nil {
		return fmt.Errorf("clearing attempts: %w", err)
	}
	return nil
}

// maybePrune deletes buckets of callers who went quiet, at most every ten minutes per instance.
func (l *Limiter) maybePrune(ctx context.Context, start int64) {
	last := l.lastPrune.Load()
	if start-last < 600 || !l.lastPrune.CompareAndSwap(last, start) {
		return
	}
	l.dropLeasesBefore(start)
	if _, err := l.db.ExecContext(ctx, l.prune, start-3600); err != nil {
		slog.WarnContext(ctx, "pruning rate limit buckets", "error", err)
	}
}
