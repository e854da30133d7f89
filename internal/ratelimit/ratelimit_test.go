package ratelimit_test

import (
	"context"
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
