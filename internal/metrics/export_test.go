package metrics

import "context"

// PeakComputing is the most computations that ever ran at once in this test binary.
func PeakComputing() int64 { return peakComputing.Load() }

// HoldAllSlots takes every computation slot until the returned function is called.
func HoldAllSlots(ctx context.Context) (release func(), err error) {
	if err := computeSlots.Acquire(ctx, MaxConcurrentComputations); err != nil {
		return nil, err
	}
	return func() { computeSlots.Release(MaxConcurrentComputations) }, nil
}
