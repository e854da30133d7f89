package authcache_test

import (
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/internal/authcache"
)

func TestEntriesExpireAndInvalidate(t *testing.T) {
	now := time.Date(2026, 1, 5, 10, 0, 0, 0, time.UTC)
	inv := &authcache.Invalidator{}
	c := authcache.New[string](inv, func() time.Time { return now })

	c.Put("u1", "ADMIN", c.Generation())
	if v, ok := c.Get("u1"); !ok || v != "ADMIN" {
		t.Fatalf("fresh entry: %q %v", v, ok)
	}
	now = now.Add(authcache.TTL)
	if _, ok := c.Get("u1"); ok {
		t.Fatal("an entry is used after its TTL")
	}

	// A value read before an invalidation is not kept past it, even if put afterwards.
	before := c.Generation()
	inv.Bump()
	c.Put("u1", "stale", before)
	if _, ok := c.Get("u1"); ok {
		t.Fatal("a value read before an invalidation was kept")
	}
	c.Put("u2", "PARTNER_ADMIN", c.Generation())
	inv.Bump()
	if _, ok := c.Get("u2"); ok {
		t.Fatal("an invalidation left an entry")
	}
}

// Replacing a value (bookkeeping this instance wrote) does not make a stale entry live longer.
func TestReplaceKeepsTheEntrysAge(t *testing.T) {
	now := time.Date(2026, 1, 5, 10, 0, 0, 0, time.UTC)
	c := authcache.New[string](&authcache.Invalidator{}, func() time.Time { return now })
	c.Put("k", "read", c.Generation())
	now = now.Add(authcache.TTL - time.Millisecond)
	c.Replace("k", "touched")
	if v, ok := c.Get("k"); !ok || v != "touched" {
		t.Fatalf("replaced entry: %q %v", v, ok)
	}
	now = now.Add(time.Millisecond)
	if _, ok := c.Get("k"); ok {
		t.Fatal("a replaced entry outlived the TTL of its read")
	}
	c.Replace("absent", "x")
	if _, ok := c.Get("absent"); ok {
		t.Fatal("Replace added an entry")
	}
}
