package bench

import (
	"strings"
	"testing"
)

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

// The PostGraphile targets pair each PostGraphile phase with the server phase of the same op,
// clients and credentials: 1.5× its throughput and a lower p99, with many users and with one key
// judged apart.
func TestPostGraphileTargetsPairPhasesByCredentials(t *testing.T) {
	phases := []Phase{
		{Op: "dealsList", Endpoint: "server", Concurrency: 10, RPS: 600, P99ms: 40},
		{Op: "dealsList", Endpoint: "baseline", Concurrency: 10, RPS: 900, P99ms: 20},
		{Op: "dealsList", Endpoint: "postgraphile", Concurrency: 10, RPS: 300, P99ms: 50},
		{Op: "dealsList", Endpoint: "server", Concurrency: 10, OneKey: true, RPS: 400, P99ms: 60},
		{Op: "dealsList", Endpoint: "postgraphile", Concurrency: 10, OneKey: true, RPS: 300, P99ms: 50},
		{Op: "viewer", Endpoint: "server", Concurrency: 10, RPS: 5000, P99ms: 1}, // no PostGraphile phase
	}
	checks := postGraphileChecks(phases)
	if len(checks) != 4 {
		t.Fatalf("%d checks, want 4 (throughput and p99, many users and one key): %+v", len(checks), checks)
	}
	for _, tt := range []struct {
		i     int
		value float64
		limit float64
		met   bool
	}{
		{0, 2, MinPostGraphileRatio, true}, // 600 vs 300 req/s
		{1, 40, 50, true},                  // p99 40 < 50 ms
		{2, 1.33, MinPostGraphileRatio, false},
		{3, 60, 50, false},
	} {
		if c := checks[tt.i]; c.Value != tt.value || c.Limit != tt.limit || c.Met != tt.met {
			t.Errorf("check %d: %s, want %v against %v, met=%v", tt.i, c, tt.value, tt.limit, tt.met)
		}
	}
	if checks[2].Op != "dealsList" || checks[2].Clients != 10 || !strings.Contains(checks[2].Name, "one API key") {
		t.Errorf("the one-key check does not say what it measured: %s", checks[2])
	}
	// Both throughput checks name the baseline's own ratio to PostGraphile: the ceiling of the
	// server's statements (900 vs 300 req/s).
	for _, i := range []int{0, 2} {
		if !strings.Contains(checks[i].Detail, "raw-SQL baseline 900 req/s = 3.00× PostGraphile") {
			t.Errorf("check %d does not give the baseline's ratio to PostGraphile: %s", i, checks[i])
		}
	}
	// A p99 equal to PostGraphile's is not lower.
	if c := postGraphileChecks([]Phase{
		{Op: "node", Endpoint: "server", Concurrency: 50, RPS: 2000, P99ms: 5},
		{Op: "node", Endpoint: "postgraphile", Concurrency: 50, RPS: 1000, P99ms: 5},
	}); len(c) != 2 || c[1].Met {
		t.Errorf("equal p99 passed: %+v", c)
	}
	// Without PostGraphile phases (node missing), no check.
	if c := postGraphileChecks(phases[:2]); len(c) != 0 {
		t.Errorf("checks without PostGraphile: %+v", c)
	}
}

// contentEngagement is held to the aggregates' ratio, not the lists' 0.4; the content lists to the
// lists' targets.
func TestContentOpsTargets(t *testing.T) {
	op, _ := OpByName("contentEngagement")
	if c, ok := throughputCheck(op, &Phase{Ratio: 0.79}); !ok || c.Limit != 0.8 {
		t.Errorf("contentEngagement: %+v, %v; want ≥ 0.8 of its baseline", c, ok)
	}
	for _, name := range []string{"contentsList", "contentsVendorList"} {
		op, _ := OpByName(name)
		if c, ok := throughputCheck(op, &Phase{Ratio: 0.5}); !ok || c.Limit != MinListRatio || !op.List || op.PageVar != "first" {
			t.Errorf("%s: %+v, %v; want a list at ≥ %.2f of its baseline, probed at two page sizes", name, c, ok, MinListRatio)
		}
	}
}
