package metrics_test

import (
	"context"
	"encoding/json"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/internal/metrics"
)

// Many dashboards opened at once wait for a computation slot instead of all holding their rows in
// memory together, and every one of them still gets the same figures.
func TestConcurrentComputationsBounded(t *testing.T) {
	w := newWorldOf(t, 200)
	req := metrics.Request{From: base.AddDate(0, -6, 0), To: base.AddDate(1, 0, 0), By: metrics.ByTier, Currency: "USD"}
	want, err := metrics.Compute(w.admin, w.client, req)
	if err != nil {
		t.Fatal(err)
	}
	wantJSON, _ := json.Marshal(want)

	callers := int(3 * metrics.MaxConcurrentComputations)
	var wg sync.WaitGroup
	errs := make(chan error, callers)
	for range callers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := metrics.Compute(w.admin, w.client, req)
			if err != nil {
				errs <- err
				return
			}
			if gotJSON, _ := json.Marshal(got); string(gotJSON) != string(wantJSON) {
				errs <- errors.New("a concurrent computation returned other figures")
			}
		}()
	}
	wg.Wait()
	for len(errs) > 0 {
		t.Error(<-errs)
	}
	if peak := metrics.PeakComputing(); peak > metrics.MaxConcurrentComputations || peak < 1 {
		t.Fatalf("at most %d computations may run at once; %d did", metrics.MaxConcurrentComputations, peak)
	}
}

// A request waiting for a slot gives up when its own deadline passes, rather than queue forever.
func TestWaitingComputationEndsWithItsDeadline(t *testing.T) {
	w := newWorldOf(t, 10)
	release, err := metrics.HoldAllSlots(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	ctx, cancel := context.WithTimeout(w.admin, 50*time.Millisecond)
	defer cancel()
	_, err = metrics.Compute(ctx, w.client, metrics.Request{From: base, To: base.AddDate(0, 1, 0)})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("waiting past the deadline: got %v, want context.DeadlineExceeded", err)
	}
}
