// Package authcache keeps what authentication read about a credential (a user's status, role and
// organisation; an API key and its creator) for a few seconds, so that a signed-in request does not
// read the database before it does anything else.
//
// Staleness is bounded twice over. A write through this instance's ent client that could change a
// viewer (a user's status, role or organisation; a key's revocation, expiry, scope or secret)
// empties the instance's caches at once, through a hook. Another instance learns of it when its
// entry expires: within TTL, so disabling a user or revoking a key takes effect on every instance
// within TTL.
package authcache

import (
	"context"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"entgo.io/ent"
)

// TTL is how long an entry is used before it is read again.
const TTL = 2 * time.Second

// maxEntries bounds a cache: past it, a write first drops the expired entries, and if none
// expired, all of them.
const maxEntries = 10_000

// Invalidator is one instance's signal that a viewer may have changed: its hooks bump a
// generation, and every cache made from it forgets what it read before.
type Invalidator struct{ generation atomic.Uint64 }

// Hook invalidates after a mutation that deletes rows or sets or clears one of fields.
func (inv *Invalidator) Hook(fields ...string) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			v, err := next.Mutate(ctx, m)
			if touches(m, fields) {
				inv.Bump()
			}
			return v, err
		})
	}
}

// Bump makes every cache of inv forget what it holds.
func (inv *Invalidator) Bump() { inv.generation.Add(1) }

func touches(m ent.Mutation, fields []string) bool {
	if m.Op().Is(ent.OpDelete | ent.OpDeleteOne) {
		return true
	}
	for _, f := range m.Fields() {
		if slices.Contains(fields, f) {
			return true
		}
	}
	for _, f := range m.ClearedFields() {
		if slices.Contains(fields, f) {
			return true
		}
	}
	return false
}

// Cache holds values of type V per key for TTL, until its invalidator fires.
type Cache[V any] struct {
	inv     *Invalidator
	now     func() time.Time
	mu      sync.Mutex
	entries map[string]entry[V]
}

type entry[V any] struct {
	value      V
	until      time.Time
	generation uint64
}

// New returns an empty cache reading time from now.
func New[V any](inv *Invalidator, now func() time.Time) *Cache[V] {
	return &Cache[V]{inv: inv, now: now, entries: map[string]entry[V]{}}
}

// Get returns key's value if it was put less than TTL ago and nothing invalidated it since.
func (c *Cache[V]) Get(key string) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[key]
	if !ok || e.generation != c.inv.generation.Load() || !c.now().Before(e.until) {
		var zero V
		return zero, false
	}
	return e.value, true
}

// Put keeps value for key. generation is the invalidator's generation read before the value was
// read from the database: a value read across an invalidation is not kept past it.
func (c *Cache[V]) Put(key string, value V, generation uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.now()
	if len(c.entries) >= maxEntries {
		for k, e := range c.entries {
			if !now.Before(e.until) {
				delete(c.entries, k)
			}
		}
		if len(c.entries) >= maxEntries {
			clear(c.entries)
		}
	}
	c.entries[key] = entry[V]{value: value, until: now.Add(TTL), generation: generation}
}

// Replace changes key's value if it holds one, keeping when and at which generation it was read:
// for a change this instance made to bookkeeping fields, which must not extend the entry's life.
func (c *Cache[V]) Replace(key string, value V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.entries[key]; ok {
		e.value = value
		c.entries[key] = e
	}
}

// Generation is the invalidator's current generation, to pass to Put.
func (c *Cache[V]) Generation() uint64 { return c.inv.generation.Load() }
