package deal_test

import (
	"context"
	"sync"
	"testing"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/dealconflict"
	"github.com/partnerhub/partnerhub/internal/apperr"

	entdeal "github.com/partnerhub/partnerhub/ent/deal"
)

const racers = 50

// race starts fn for every context at the same instant and waits for all.
func race(ctxs []context.Context, fn func(i int, ctx context.Context)) {
	var start, done sync.WaitGroup
	start.Add(1)
	for i, ctx := range ctxs {
		done.Add(1)
		go func() {
			defer done.Done()
			start.Wait()
			fn(i, ctx)
		}()
	}
	start.Done()
	done.Wait()
}

// TestFirstRegistrationWinsUnderConcurrency: 50 partners register the same new customer at the
// same instant. Exactly one registration is first (no SAME_DOMAIN conflict), and every other one
// is flagged against that one — decided by the database's lock on the account row.
func TestFirstRegistrationWinsUnderConcurrency(t *testing.T) {
	e := newEnv(t)
	ctxs := e.competitors(t, racers)
	errs := make([]error, racers)
	race(ctxs, func(i int, ctx context.Context) {
		_, errs[i] = e.register(ctx, input("Contested Corp", "contested.example"))
	})
	for i, err := range errs {
		if err != nil {
			t.Fatalf("racer %d: %v", i, err)
		}
	}
	deals := e.client.Deal.Query().Where(entdeal.CustomerDomain("contested.example")).AllX(sys())
	if len(deals) != racers {
		t.Fatalf("%d deals saved, want %d", len(deals), racers)
	}
	accounts := e.client.Account.Query().CountX(sys())
	var firsts []*ent.Deal
	for _, d := range deals {
		n := e.client.DealConflict.Query().Where(dealconflict.DealID(d.ID), dealconflict.KindEQ(dealconflict.KindSAME_DOMAIN)).CountX(sys())
		if n == 0 {
			firsts = append(firsts, d)
		}
	}
	if len(firsts) != 1 || accounts != 1 {
		t.Fatalf("%d firsts and %d accounts, want exactly 1 and 1", len(firsts), accounts)
	}
	// Every later registration names the first one (and only the earlier ones) as what it collides with.
	flaggedAgainstFirst := e.client.DealConflict.Query().
		Where(dealconflict.KindEQ(dealconflict.KindSAME_DOMAIN), dealconflict.ConflictingDealID(firsts[0].ID)).CountX(sys())
	if flaggedAgainstFirst != racers-1 {
		t.Errorf("%d registrations flagged against the first, want %d", flaggedAgainstFirst, racers-1)
	}
	t.Logf("%d concurrent registrations: 1 first (%s), %d flagged against it", racers, firsts[0].ID, flaggedAgainstFirst)
}

// TestOwnDuplicatesUnderConcurrency: 50 simultaneous registrations of one customer by one partner
// save exactly one; the others are CONFLICT.
func TestOwnDuplicatesUnderConcurrency(t *testing.T) {
	e := newEnv(t)
	ctx := e.as(t, "sales@acme-reseller.test")
	ctxs := make([]context.Context, racers)
	for i := range ctxs {
		ctxs[i] = ctx
	}
	errs := make([]error, racers)
	race(ctxs, func(i int, ctx context.Context) {
		_, errs[i] = e.register(ctx, input("Doubled Corp", "doubled.example"))
	})
	ok, conflicts := 0, 0
	for _, err := range errs {
		switch {
		case err == nil:
			ok++
		case codeOf(err) == apperr.Conflict:
			conflicts++
		default:
			t.Errorf("unexpected error: %v", err)
		}
	}
	if ok != 1 || conflicts != racers-1 {
		t.Fatalf("%d saved, %d CONFLICT; want 1 and %d", ok, conflicts, racers-1)
	}
	if n := e.client.Deal.Query().CountX(sys()); n != 1 {
		t.Fatalf("%d deals saved, want 1", n)
	}
}

// TestIdempotentRetriesUnderConcurrency: the same submission retried 20 times at once with one key
// creates one deal, and every retry gets that deal back.
func TestIdempotentRetriesUnderConcurrency(t *testing.T) {
	e := newEnv(t)
	ctx := e.as(t, "sales@acme-reseller.test")
	in := input("Retried Corp", "retried.example")
	in.IdempotencyKey = "same-key-for-all"
	ctxs := make([]context.Context, 20)
	for i := range ctxs {
		ctxs[i] = ctx
	}
	ids := make([]string, len(ctxs))
	errs := make([]error, len(ctxs))
	race(ctxs, func(i int, ctx context.Context) {
		d, err := e.register(ctx, in)
		errs[i] = err
		if d != nil {
			ids[i] = d.ID
		}
	})
	for i, err := range errs {
		if err != nil {
			t.Fatalf("retry %d: %v", i, err)
		}
		if ids[i] != ids[0] {
			t.Fatalf("retry %d got deal %s, retry 0 got %s", i, ids[i], ids[0])
		}
	}
	if n := e.client.Deal.Query().CountX(sys()); n != 1 {
		t.Fatalf("%d deals, want 1", n)
	}
}
