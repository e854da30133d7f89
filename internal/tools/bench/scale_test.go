package bench

import "testing"

func TestCompareScales(t *testing.T) {
	phase := func(op string, clients int, p50, rss float64) Phase {
		return Phase{Op: op, Endpoint: "server", Concurrency: clients, P50ms: p50, PeakRSSMB: rss}
	}
	small := &Report{Phases: []Phase{phase("dealsList", 10, 10, 120), phase("node", 10, 2, 120),
		{Op: "dealsList", Endpoint: "baseline", Concurrency: 10, P50ms: 1}}}
	large := &Report{Phases: []Phase{phase("dealsList", 10, 14, 140), phase("node", 10, 3.2, 149),
		{Op: "dealsList", Endpoint: "baseline", Concurrency: 10, P50ms: 100}}}
	checks := CompareScales(small, large)
	if len(checks) != 3 {
		t.Fatalf("checks: %+v", checks)
	}
	if c := checks[1]; c.Op != "node" || c.Met || c.Value != 1.6 {
		t.Errorf("node 2 → 3.2 ms must miss 1.5×: %+v", c)
	}
	if c := checks[0]; c.Op != "dealsList" || !c.Met || c.Value != 1.4 {
		t.Errorf("dealsList 10 → 14 ms (the baseline's 100 ms ignored) must pass: %+v", c)
	}
	if c := checks[2]; !c.Met || c.Value != 149 {
		t.Errorf("peak RSS 149 MB at the larger scale: %+v", c)
	}
}
