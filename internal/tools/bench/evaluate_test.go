package bench

import "testing"

// registerDeal's target is a ratio to its baseline in the same run, not a rate: the same build on
// a busier machine (265 vs 240 req/s) passes, and a server slower than 0.9× its baseline fails
// however fast both are.
func TestRegisterDealTargetIsARatioToItsBaseline(t *testing.T) {
	op, ok := OpByName("registerDeal")
	if !ok {
		t.Fatal("no registerDeal op")
	}
	for _, tt := range []struct {
		name         string
		server, base float64
		met          bool
	}{
		{"fast machine", 555, 535, true},
		{"busy machine", 265, 240, true},
		{"slower than its baseline", 450, 535, false},
		{"at 0.9×", 90, 100, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rep := &Report{}
			c, ok := throughputCheck(op, &Phase{Op: op.Name, Endpoint: "server", Concurrency: 10, RPS: tt.server, Ratio: tt.server / tt.base})
			if !ok {
				t.Fatal("registerDeal has no throughput target")
			}
			rep.check(c)
			if got := rep.Checks[0]; got.Met != tt.met || got.Limit != MinRegisterDealRatio {
				t.Errorf("%.0f vs %.0f req/s: %+v, want met=%v against %.2f", tt.server, tt.base, got, tt.met, MinRegisterDealRatio)
			}
		})
	}
	// The list targets stay as they were.
	list, _ := OpByName("dealsList")
	if c, ok := throughputCheck(list, &Phase{Ratio: 0.5}); !ok || c.Limit != MinListRatio {
		t.Errorf("dealsList target: %+v, %v; want ≥ %.2f of its baseline", c, ok, MinListRatio)
	}
	// An op without a target gets no check.
	if _, ok := throughputCheck(Op{Name: "viewer"}, &Phase{Ratio: 0.1}); ok {
		t.Error("an op with neither List nor MinRatio got a throughput check")
	}
}
