package metrics_test

import (
	"testing"

	"github.com/partnerhub/partnerhub/internal/metrics"
)

// BenchmarkCompute answers programMetrics over a generated world of a few thousand deals, as the
// bench's programMetrics op asks (TIER, USD, with product margin rates) and ungrouped.
func BenchmarkCompute(b *testing.B) {
	w := newWorldOf(b, 6000)
	if _, err := metrics.SetMarginRate(w.admin, w.client, "", 3500); err != nil {
		b.Fatal(err)
	}
	if _, err := metrics.SetMarginRate(w.admin, w.client, "Cloud Suite", 6000); err != nil {
		b.Fatal(err)
	}
	from, to := base.AddDate(0, -6, 0), base.AddDate(1, 6, 0)
	for _, by := range []metrics.GroupBy{metrics.ByTier, metrics.None} {
		b.Run(string(by)+"/USD", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := metrics.Compute(w.admin, w.client, metrics.Request{From: from, To: to, By: by, Currency: "USD"}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
