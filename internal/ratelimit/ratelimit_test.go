package ratelimit_test

import (
	"context"
	"database/sql"
	"sync"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/internal/ratelimit"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
)

type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

func TestWindow(t *testing.T) {
	db := testdb.Open(t)
	c := &clock{now: time.Date(2026, 1, 5, 10, 0, 15, 0, time.UTC)}
	l := ratelimit.New(db.DB, db.Dialect).WithClock(c.Now)
	ctx := context.Background()
	for i, want := range []struct {
		allowed   bool
		remaining int
	}{{true, 1}, {true, 0}, {false, 0}} {
		d, err := l.Take(ctx, "user:u1", 2)
		if err != nil {
			t.Fatal(err)
		}
		if d.Allowed != want.allowed || d.Remaining != want.remaining || d.Limit != 2 || d.Reset != 45*time.Second {
			t.Errorf("request %d: %+v, want allowed=%v remaining=%d reset 45s", i+1, d, want.allowed, want.remaining)
		}
	}
	if d, _ := l.Take(ctx, "user:u2", 2); !d.Allowed || d.Remaining != 1 {
		t.Errorf("another caller shares the budget: %+v", d)
	}
	c.Add(time.Minute)
	if d, _ := l.Take(ctx, "user:u1", 2); !d.Allowed || d.Remaining != 1 {
		t.Errorf("next window: %+v, want a fresh budget", d)
	}
}

// TestConcurrentTakes: requests racing on one bucket are each counted once; the database, not a
// process, decides which are over budget.
func TestConcurrentTakes(t *testing.T) {
	db := testdb.Open(t)
	c := &clock{now: time.Date(2026, 1, 5, 10, 0, 15, 0, time.UTC)}
	l := ratelimit.New(db.DB, db.Dialect).WithClock(c.Now)
	const limit, callers = 10, 40
	var wg sync.WaitGroup
	var mu sync.Mutex
	allowed := 0
	for range callers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d, err := l.Take(context.Background(), "key:k1", limit)
			if err != nil {
				t.Error(err)
				return
			}
			if d.Allowed {
				mu.Lock()
				allowed++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if allowed != limit {
		t.Fatalf("%d of %d racing requests allowed with a budget of %d", allowed, callers, limit)
	}
}

// bucketCount is the count the database holds for key: every lease adds its size to it.
func bucketCount(t *testing.T, db *sql.DB, key string) int {
	t.Helper()
	var n int
	if err := db.QueryRow("SELECT count FROM rate_limit_buckets WHERE id = '" + key + "'").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestLeasesWriteOncePerSlice: a budget of 300 is leased 30 at a time, so 300 requests write 10
// times; the headers count down exactly; once the budget is spent, refusals write nothing.
func TestLeasesWriteOncePerSlice(t *testing.T) {
	db := testdb.Open(t)
	c := &clock{now: time.Date(2026, 1, 5, 10, 0, 15, 0, time.UTC)}
	l := ratelimit.New(db.DB, db.Dialect).WithClock(c.Now)
	ctx := context.Background()
	const limit = 300
	if size := ratelimit.LeaseSize(limit); size != 30 {
		t.Fatalf("lease of a 300 budget: %d, want 30", size)
	}
	for i := 1; i <= limit; i++ {
		d, err := l.Take(ctx, "key:k1", limit)
		if err != nil {
			t.Fatal(err)
		}
		if !d.Allowed || d.Remaining != limit-i {
			t.Fatalf("request %d: %+v, want allowed with %d remaining", i, d, limit-i)
		}
		if want := (i + 29) / 30 * 30; bucketCount(t, db.DB, "key:k1") != want {
			t.Fatalf("after %d requests the database counts %d, want %d (one lease of 30 per 30 requests)",
				i, bucketCount(t, db.DB, "key:k1"), want)
		}
	}
	for range 5 {
		if d, _ := l.Take(ctx, "key:k1", limit); d.Allowed || d.Remaining != 0 {
			t.Fatalf("over budget: %+v", d)
		}
	}
	if n := bucketCount(t, db.DB, "key:k1"); n != limit {
		t.Fatalf("refusals wrote: the database counts %d, want %d", n, limit)
	}
	c.Add(time.Minute)
	if d, _ := l.Take(ctx, "key:k1", limit); !d.Allowed || d.Remaining != limit-1 {
		t.Fatalf("next window: %+v, want a fresh budget", d)
	}
}

// TestLeasesAcrossInstances: instances leasing from one budget at once never admit more than the
// budget between them, and refuse at most (N-1) × (lease - 1) of it (slices leased elsewhere).
func TestLeasesAcrossInstances(t *testing.T) {
	db := testdb.Open(t)
	c := &clock{now: time.Date(2026, 1, 5, 10, 0, 15, 0, time.UTC)}
	const limit, instances, perInstance = 100, 3, 80
	var wg sync.WaitGroup
	var mu sync.Mutex
	allowed := 0
	for range instances {
		l := ratelimit.New(db.DB, db.Dialect).WithClock(c.Now)
		for range perInstance {
			wg.Add(1)
			go func() {
				defer wg.Done()
				d, err := l.Take(context.Background(), "user:u1", limit)
				if err != nil {
					t.Error(err)
					return
				}
				if d.Allowed {
					mu.Lock()
					allowed++
					mu.Unlock()
				}
			}()
		}
	}
	wg.Wait()
	least := limit - (instances-1)*(ratelimit.LeaseSize(limit)-1)
	if allowed > limit || allowed < least {
		t.Fatalf("%d instances admitted %d of a budget of %d, want between %d and %d", instances, allowed, limit, least, limit)
	}
}

// TestSpentMemo: a budget found not spent is not read again for SpentMemo, unless this instance
// reserves against it; another instance's attempts show from the next read on.
func TestSpentMemo(t *testing.T) {
	db := testdb.Open(t)
	c := &clock{now: time.Date(2026, 1, 5, 10, 0, 15, 0, time.UTC)}
	here := ratelimit.New(db.DB, db.Dialect).WithClock(c.Now)
	there := ratelimit.New(db.DB, db.Dialect).WithClock(c.Now)
	ctx := context.Background()
	const max, window = 2, time.Hour
	spent := func(l *ratelimit.Limiter) bool {
		t.Helper()
		s, _, err := l.Spent(ctx, "rollback:u1", max, window, c.Now())
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	if spent(here) {
		t.Fatal("a fresh budget is spent")
	}
	for range max {
		if _, _, err := there.Reserve(ctx, "rollback:u1", max, window, c.Now()); err != nil {
			t.Fatal(err)
		}
	}
	if spent(here) {
		t.Fatal("within the memo, the other instance's attempts should not have been read yet")
	}
	c.Add(ratelimit.SpentMemo)
	if !spent(here) {
		t.Fatal("after the memo, the budget spent on the other instance must show")
	}

	// This instance's own attempts show at once.
	if spent(here) != true {
		t.Fatal("spent stays spent")
	}
	if s, _, _ := here.Spent(ctx, "rollback:u2", 1, window, c.Now()); s {
		t.Fatal("a fresh budget is spent")
	}
	if _, _, err := here.Reserve(ctx, "rollback:u2", max, window, c.Now()); err != nil {
		t.Fatal(err)
	}
	if spent2, _, _ := here.Spent(ctx, "rollback:u2", 1, window, c.Now()); !spent2 {
		t.Fatal("an attempt reserved on this instance must show at once")
	}
}
