package bench

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
)

// ScaleOps are the operations whose latency must not grow with the data: the first page, the deep
// page by cursor, node by ID and a registration. The deals page runs with edges only, with
// pageInfo and with totalCount, which is exact and so grows with the rows it counts
// (docs/ids-and-pagination.md has the figures).
var ScaleOps = []string{"partnersList", "usersList", "usersPage200", "dealsEdges", "dealsPageInfo", "dealsList", "dealsPage200", "node", "registerDeal"}

// MaxScaleP50Ratio is how much slower (p50) an operation may be at the larger scale.
const MaxScaleP50Ratio = 1.5

// ReadReport reads a results file, or the newest results file in a directory.
func ReadReport(path string) (*Report, error) {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		files, err := filepath.Glob(filepath.Join(path, "*.json"))
		if err != nil || len(files) == 0 {
			return nil, fmt.Errorf("no results in %s", path)
		}
		sort.Strings(files) // timestamped names
		path = files[len(files)-1]
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var r Report
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &r, nil
}

// CompareScales checks the server's p50 of each ScaleOps operation and client count measured in
// both runs (large's within MaxScaleP50Ratio of small's), and the memory target at the larger
// scale.
func CompareScales(small, large *Report) []Check {
	p50 := func(r *Report) map[string]float64 {
		m := map[string]float64{}
		for _, p := range r.Phases {
			if p.Endpoint == "server" {
				m[fmt.Sprintf("%s/%d", p.Op, p.Concurrency)] = p.P50ms
			}
		}
		return m
	}
	before, after := p50(small), p50(large)
	var checks []Check
	for _, op := range ScaleOps {
		for _, clients := range []int{10, 50, 100} {
			k := fmt.Sprintf("%s/%d", op, clients)
			b, okB := before[k]
			a, okA := after[k]
			if !okB || !okA || b <= 0 {
				continue
			}
			c := Check{Name: "p50 at the larger scale vs 1×", Op: op, Clients: clients, Value: a / b, Limit: MaxScaleP50Ratio,
				Relation: "<=", Detail: fmt.Sprintf("%.2f vs %.2f ms", a, b)}
			c.Met = c.Value <= c.Limit
			checks = append(checks, c)
		}
	}
	peak := 0.0
	for _, p := range large.Phases {
		if p.Endpoint == "server" && p.PeakRSSMB > peak {
			peak = p.PeakRSSMB
		}
	}
	c := Check{Name: "server peak RSS in MB at the larger scale", Value: peak, Limit: MaxPeakRSSMB, Relation: "<"}
	c.Met = c.Value < c.Limit
	return append(checks, c)
}

// PrintScaleChecks writes the comparison.
func PrintScaleChecks(w io.Writer, small, large *Report, checks []Check) {
	fmt.Fprintf(w, "scale %v (%v) vs scale %v (%v)\n", small.Settings["scale"], small.Dataset["summary"],
		large.Settings["scale"], large.Dataset["summary"])
	missed := 0
	for _, c := range checks {
		mark := "ok  "
		if !c.Met {
			mark = "MISS"
			missed++
		}
		fmt.Fprintf(w, "  [%s] %s\n", mark, c)
	}
	if missed == 0 {
		fmt.Fprintln(w, "every scale target met")
	} else {
		fmt.Fprintf(w, "%d scale target(s) missed\n", missed)
	}
}
