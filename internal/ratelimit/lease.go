package ratelimit

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// maxLease bounds the slice of a budget one instance leases at a time.
const maxLease = 50

// LeaseSize is how many requests of a budget of limit an instance leases with one write: a tenth
// of the budget, at least 1 and at most maxLease. A budget of 10 or less is counted per request.
func LeaseSize(limit int) int { return max(1, min(limit/10, maxLease)) }

// lease is one instance's state of one key's budget in one window.
type lease struct {
	mu     sync.Mutex
	window int64 // unix seconds of the window the lease belongs to
	// left is what this instance may still admit without asking the database.
	left int
	// counted is the budget's count in the database after this instance's last lease, at most the
	// budget: what every instance had leased by then.
	counted int
	// spent: the database's count reached the budget, so no lease in this window can get more.
	spent bool
	// resetAt is when the window ends, as the database's bucket says.
	resetAt time.Time
}

// Take counts one request against key's budget of limit per window.
//
// The request is admitted from this instance's lease of the budget; only when the lease is used
// up does the instance write, leasing the next slice. Leases are counted in the database before
// anything is admitted from them, so all instances together never admit more than the budget in a
// window. The price is the other way round: a slice leased by one instance and not used there is
// not available on another, so with N instances a caller may be refused up to
// (N-1) × (LeaseSize(limit) - 1) requests before its budget is spent. Once the database's count
// reaches the budget, every instance that learns so refuses without writing until the window ends.
//
// Remaining is exact on one instance; across instances it is what this instance last learnt.
func (l *Limiter) Take(ctx context.Context, key string, limit int) (Decision, error) {
	now := l.now()
	start := now.Truncate(Window).Unix()
	ls := l.leaseOf(key)
	ls.mu.Lock()
	defer ls.mu.Unlock()
	if ls.window != start {
		ls.window, ls.left, ls.counted, ls.spent = start, 0, 0, false
	}
	if ls.left == 0 && !ls.spent {
		size := LeaseSize(limit)
		var count int
		var windowStart int64
		if err := l.db.QueryRowContext(ctx, l.upsert, key, start, size).Scan(&count, &windowStart); err != nil {
			return Decision{}, fmt.Errorf("counting request for rate limit: %w", err)
		}
		l.maybePrune(ctx, start)
		// The slice granted is what was left of the budget before this lease, at most its size.
		ls.left = max(0, min(size, limit-(count-size)))
		ls.counted = min(count, limit)
		ls.spent = count >= limit
		// An instance whose clock runs ahead may have opened the window already.
		ls.resetAt = time.Unix(windowStart, 0).Add(Window)
	}
	allowed := ls.left > 0
	if allowed {
		ls.left--
	}
	return Decision{
		Allowed:   allowed,
		Limit:     limit,
		Remaining: max(0, limit-ls.counted+ls.left),
		Reset:     max(0, ls.resetAt.Sub(now)),
	}, nil
}

func (l *Limiter) leaseOf(key string) *lease {
	l.mu.Lock()
	defer l.mu.Unlock()
	ls := l.leases[key]
	if ls == nil {
		ls = &lease{}
		l.leases[key] = ls
	}
	return ls
}

// dropLeasesBefore forgets the leases of windows before start: callers who went quiet.
func (l *Limiter) dropLeasesBefore(start int64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for key, ls := range l.leases {
		if !ls.mu.TryLock() {
			continue // in use: not quiet
		}
		if ls.window < start {
			delete(l.leases, key)
		}
		ls.mu.Unlock()
	}
	for key, at := range l.unspent {
		if at.Unix() < start-int64(SpentMemo/time.Second) {
			delete(l.unspent, key)
		}
	}
}
