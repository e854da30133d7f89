package password

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"
)

// TestConcurrentHashesBounded: however many sign-ins arrive at once, at most MaxConcurrentHashes
// password hashes run, so their memory stays within the budget. hashing counts the hashes in
// flight and peakHashing the most that ran at once.
func TestConcurrentHashesBounded(t *testing.T) {
	h, err := Hash("correct horse battery staple")
	if err != nil {
		t.Fatal(err)
	}
	peakHashing.Store(0)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			VerifyContext(context.Background(), h, "wrong password")
			VerifyMissingContext(context.Background(), "wrong password")
		}()
	}
	wg.Wait()
	if got := peakHashing.Load(); got > MaxConcurrentHashes {
		t.Errorf("%d password hashes ran at once; at most %d may (memory budget %d MiB, %d MiB each)",
			got, MaxConcurrentHashes, memoryBudgetKiB/1024, memoryKiB/1024)
	}
	if got := hashing.Load(); got != 0 {
		t.Errorf("%d hashes still counted as running after all returned", got)
	}
}

// TestHashWaitEndsWithTheRequest: a check waiting for a free slot gives up when its request's
// deadline passes, instead of queueing behind a flood.
func TestHashWaitEndsWithTheRequest(t *testing.T) {
	h, err := Hash("correct horse battery staple")
	if err != nil {
		t.Fatal(err)
	}
	// Take every slot, as a flood of sign-ins would.
	for range MaxConcurrentHashes {
		slots <- struct{}{}
	}
	defer func() {
		for range MaxConcurrentHashes {
			<-slots
		}
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if err := VerifyContext(ctx, h, "correct horse battery staple"); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("waiting past the deadline: got %v, want context.DeadlineExceeded", err)
	}
	if err := VerifyMissingContext(ctx, "x"); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("unknown account, waiting past the deadline: got %v, want context.DeadlineExceeded", err)
	}
}
