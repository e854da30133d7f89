package password

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"
)

// TestConcurrentHashesBounded: however many sign-ins arrive at once, the hashes running hold at
// most the memory budget, and a stored hash with a larger memory parameter runs alone.
func TestConcurrentHashesBounded(t *testing.T) {
	h, err := Hash("correct horse battery staple")
	if err != nil {
		t.Fatal(err)
	}
	legacy := legacyHash(t, "correct horse battery staple")
	peakHashing.Store(0)
	peakKiB.Store(0)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			VerifyContext(context.Background(), h, "wrong password")
			VerifyMissingContext(context.Background(), "wrong password")
			if i == 0 {
				VerifyContext(context.Background(), legacy, "wrong password")
			}
		}()
	}
	wg.Wait()
	if got := peakHashing.Load(); got != MaxConcurrentHashes {
		t.Errorf("%d password hashes ran at once; the budget (%d MiB, %d MiB each) allows %d",
			got, memoryBudgetKiB/1024, memoryKiB/1024, MaxConcurrentHashes)
	}
	if got := peakKiB.Load(); got > maxStoredKiB {
		t.Errorf("the running hashes held %d MiB at once; a 64 MiB stored hash must run alone", got/1024)
	}
	if got := hashing.Load(); got != 0 {
		t.Errorf("%d hashes still counted as running after all returned", got)
	}
}

// TestHashWaitEndsWithTheRequest: a check waiting for room in the budget gives up when its request's
// deadline passes, instead of queueing behind a flood.
func TestHashWaitEndsWithTheRequest(t *testing.T) {
	h, err := Hash("correct horse battery staple")
	if err != nil {
		t.Fatal(err)
	}
	// Take the whole budget, as a flood of sign-ins would.
	if err := budget.Acquire(context.Background(), memoryBudgetKiB); err != nil {
		t.Fatal(err)
	}
	defer budget.Release(memoryBudgetKiB)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if err := VerifyContext(ctx, h, "correct horse battery staple"); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("waiting past the deadline: got %v, want context.DeadlineExceeded", err)
	}
	if err := VerifyMissingContext(ctx, "x"); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("unknown account, waiting past the deadline: got %v, want context.DeadlineExceeded", err)
	}
}
