// Measuring: the answers compared, the statement-count probes, the load rounds, and what each
// process cost (allocations, CPU, peak RSS).

package bench

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"
)

// compareAnswers sends each read operation to both endpoints (the direct instances, which the load
// measures) and requires the same data.
func (r *runner) compareAnswers(ctx context.Context) error {
	c := newHTTPClient(1)
	for _, op := range r.ops {
		if op.Mutation {
			continue
		}
		rng := rand.New(rand.NewPCG(3, 4))
		for i := 0; i < 3; i++ {
			body := newRequest(op, op.Vars(rng, r.fx))
			var answers [2]any
			for j, e := range []endpoint{r.server.direct, r.base.direct} {
				raw, err := send(ctx, c, e.url, r.tokens[op.Role][0], body)
				if err != nil {
					return fmt.Errorf("%s on the %s: %w", op.Name, e.name, err)
				}
				if err := json.Unmarshal(raw, &answers[j]); err != nil {
					return fmt.Errorf("%s on the %s: %w", op.Name, e.name, err)
				}
			}
			if !reflect.DeepEqual(answers[0], answers[1]) {
				a, _ := json.Marshal(answers[0])
				b, _ := json.Marshal(answers[1])
				r.report.Problems = append(r.report.Problems, fmt.Sprintf(
					"%s: the baseline's answer differs from the server's:\n    server:   %.400s\n    baseline: %.400s", op.Name, a, b))
				break
			}
		}
	}
	return nil
}

// probe counts the statements of single requests, sent one at a time, for every operation on both
// endpoints' counted instances; list operations are probed at page sizes 5 and 50. Each request
// is counted alone and the median taken, so that an occasional background statement (a clean-up
// some request triggers) does not blur the count.
func (r *runner) probe(ctx context.Context) error {
	c := newHTTPClient(1)
	for _, op := range r.ops {
		sizes := []int{0}
		if op.List && op.PageVar != "" {
			sizes = []int{5, 50}
		}
		token := r.tokens[op.Role][0]
		for _, size := range sizes {
			for _, e := range []endpoint{r.server.counted, r.base.counted} {
				rng := rand.New(rand.NewPCG(5, 6))
				n := r.opts.ProbeRequests
				lat := make([]time.Duration, 0, n)
				counts := make([]float64, 0, n)
				r.proxy.Record()
				for i := 0; i < n; i++ {
					vars := op.Vars(rng, r.fx)
					if size > 0 {
						vars[op.PageVar] = size
					}
					before := r.proxy.Statements()
					t0 := time.Now()
					if _, err := send(ctx, c, e.url, token, newRequest(op, vars)); err != nil {
						r.proxy.StopRecording()
						return fmt.Errorf("%s on the %s: %w", op.Name, e, err)
					}
					lat = append(lat, time.Since(t0))
					counts = append(counts, float64(r.proxy.Statements()-before))
				}
				sqls := r.proxy.StopRecording()
				sortDurations(lat)
				sort.Float64s(counts)
				r.report.Probes = append(r.report.Probes, Probe{Op: op.Name, Endpoint: e.name, PageSize: size,
					Requests: n, Statements: counts[len(counts)/2], P50ms: msOf(lat[len(lat)/2]), SQL: sqls})
			}
		}
	}
	return nil
}

// measurement accumulates one endpoint's numbers over the rounds of one operation and client
// count.
type measurement struct {
	res                    loadResult
	elapsed                time.Duration
	mallocs                uint64
	cpu, loadgenCPU, dbCPU float64
	busy, total            float64
}

// measure runs one round of load against e and adds what it saw to m.
func (r *runner) measure(ctx context.Context, m *measurement, e endpoint, c *http.Client, tokens []string, b *bodies, clients int, d time.Duration, seed uint64) error {
	m0, err := e.mallocs(ctx)
	if err != nil {
		return err
	}
	cpu0, _ := cpuSeconds(e.pid)
	self0, _ := cpuSeconds(os.Getpid())
	busy0, total0 := machineCPU()
	db0 := processCPU("postgres")
	res := runLoad(ctx, c, e.url, tokens, b, clients, d, seed)
	busy1, total1 := machineCPU()
	m.dbCPU += cpuDelta(db0, processCPU("postgres"))
	self1, _ := cpuSeconds(os.Getpid())
	cpu1, _ := cpuSeconds(e.pid)
	m1, err := e.mallocs(ctx)
	if err != nil {
		return err
	}
	m.mallocs += m1 - m0
	m.cpu += cpu1 - cpu0
	m.loadgenCPU += self1 - self0
	m.busy += busy1 - busy0
	m.total += total1 - total0
	m.elapsed += res.elapsed
	m.res.requests += res.requests
	m.res.errors += res.errors
	if m.res.firstErr == "" {
		m.res.firstErr = res.firstErr
	}
	m.res.latencies = append(m.res.latencies, res.latencies...)
	return nil
}

// Rounds splits each measurement into alternating slices (server, baseline, server, …), so that
// load from other processes on the machine falls on both sides alike.
const Rounds = 3

// CountedBurst is how long the load of each phase is sent again to the counted instances, to count
// its statements. What concurrency changes in the count (a retried transaction, a clean-up some
// request triggers) shows within a second; the rate through the proxy does not matter.
const CountedBurst = time.Second

// load runs every operation at every client count against the server and the baseline, and
// against PostGraphile for the ops that have its shape; then those ops again with every client
// sending one API key, against the server and PostGraphile.
func (r *runner) load(ctx context.Context) error {
	startPeak, _ := peakRSS(r.server.direct.pid)
	r.report.StartupPeakRSSMB = startPeak
	for oi, op := range r.ops {
		for _, clients := range r.opts.Clients {
			seed := uint64(oi*1000 + clients)
			b := newBodies(op, r.fx, seed)
			sides := []side{{r.server, r.tokens[op.Role], b}, {r.base, r.tokens[op.Role], b}}
			if pg, ok := r.postGraphileSide(op, seed); ok {
				sides = append(sides, pg)
			}
			phases, err := r.loadPhase(ctx, op, clients, seed, sides, false)
			if err != nil {
				return err
			}
			r.report.Phases = append(r.report.Phases, phases...)
		}
		if op.PostGraphile == "" || r.apiKey == "" {
			continue
		}
		// One key, every client: a partner developer's script, the common case. No baseline: it
		// would only repeat the many-user ratio.
		for _, clients := range r.opts.Clients {
			seed := uint64(oi*1000 + clients + 500)
			sides := []side{{r.server, []string{r.apiKey}, newBodies(op, r.fx, seed)}}
			if pg, ok := r.postGraphileSide(op, seed); ok {
				sides = append(sides, pg)
			}
			phases, err := r.loadPhase(ctx, op, clients, seed, sides, true)
			if err != nil {
				return err
			}
			r.report.Phases = append(r.report.Phases, phases...)
		}
	}
	return nil
}

// side is one endpoint of a load phase and what it is sent.
type side struct {
	inst   instances
	tokens []string
	bodies *bodies
}

// postGraphileSide is PostGraphile's side of op's phases, when it runs and op has its shape. It
// needs no token: PostGraphile runs as the database owner.
func (r *runner) postGraphileSide(op Op, seed uint64) (side, bool) {
	if op.PostGraphile == "" || r.pg.direct.url == "" {
		return side{}, false
	}
	return side{inst: r.pg, bodies: newBodies(postGraphileOp(op), r.fx, seed)}, true
}

// loadPhase measures one operation at one client count: the direct instances of every side in
// alternating rounds, then a counted burst on each side that has a counted instance, for its
// statements. sides[0] is the server; the ratios are its throughput over the others'.
func (r *runner) loadPhase(ctx context.Context, op Op, clients int, seed uint64, sides []side, oneKey bool) ([]Phase, error) {
	clientsOf := make([]*http.Client, len(sides))
	for i, s := range sides {
		clientsOf[i] = newHTTPClient(clients)
		defer clientsOf[i].CloseIdleConnections()
		r.warmUp(ctx, s.inst.direct, clientsOf[i], op, s.tokens, s.bodies, clients, seed+1)
		resetPeakRSS(s.inst.direct.pid)
	}
	ms := make([]measurement, len(sides))
	for round := 0; round < Rounds; round++ {
		for i, s := range sides {
			if err := r.measure(ctx, &ms[i], s.inst.direct, clientsOf[i], s.tokens, s.bodies, clients, r.opts.Duration/Rounds, seed+2+uint64(round)); err != nil {
				return nil, err
			}
		}
	}
	phases := make([]Phase, len(sides))
	for i, s := range sides {
		phases[i] = r.phaseOf(op, s.inst.direct, clients, &ms[i])
		phases[i].OneKey = oneKey
	}
	for i, s := range sides {
		if s.inst.counted.url != "" {
			r.countUnderLoad(ctx, &phases[i], s.inst.counted, op, s.tokens, s.bodies, seed+2+Rounds)
		}
		p := phases[i]
		who := ""
		if oneKey {
			who = " (one API key)"
		}
		r.logf("%-14s %-12s %3d clients%s: %7.0f req/s  p50 %6.2f ms  p99 %6.2f ms  %.2f SQL/req  %.0f allocs/req  %.2f CPU ms/req  %.1f MB",
			op.Name, s.inst.direct.name, clients, who, p.RPS, p.P50ms, p.P99ms, p.StatementsPerRequest, p.AllocsPerRequest, p.CPUmsPerRequest, p.PeakRSSMB)
	}
	for i := 1; i < len(phases); i++ {
		if phases[i].RPS <= 0 {
			continue
		}
		switch phases[i].Endpoint {
		case "baseline":
			phases[0].Ratio = phases[0].RPS / phases[i].RPS
			phases[i].Ratio = 1
		case "postgraphile":
			phases[0].VsPostGraphile = phases[0].RPS / phases[i].RPS
		}
	}
	return phases, nil
}

// warmUp sends unmeasured load to e, so that its pools, caches and heap are in their working state.
func (r *runner) warmUp(ctx context.Context, e endpoint, c *http.Client, op Op, tokens []string, b *bodies, clients int, seed uint64) {
	if r.opts.Warmup <= 0 {
		return
	}
	warm := runLoad(ctx, c, e.url, tokens, b, clients, r.opts.Warmup, seed)
	if warm.errors > 0 {
		r.report.Problems = append(r.report.Problems, fmt.Sprintf("%s on the %s (warm-up, %d clients): %d errors, first: %s",
			op.Name, e.name, clients, warm.errors, warm.firstErr))
	}
}

// phaseOf turns what the rounds against e measured into its phase of the report.
func (r *runner) phaseOf(op Op, e endpoint, clients int, m *measurement) Phase {
	sortDurations(m.res.latencies)
	peak, _ := peakRSS(e.pid)
	p := Phase{Op: op.Name, Endpoint: e.name, Concurrency: clients, Requests: m.res.requests, Errors: m.res.errors,
		FirstError: m.res.firstErr, Seconds: m.elapsed.Seconds(), P50ms: msOf(m.res.quantile(0.5)), P99ms: msOf(m.res.quantile(0.99)),
		PeakRSSMB: peak}
	if n := float64(m.res.requests); n > 0 {
		p.RPS = float64(m.res.requests-m.res.errors) / m.elapsed.Seconds()
		p.AllocsPerRequest = float64(m.mallocs) / n
		p.CPUmsPerRequest = 1000 * m.cpu / n
		p.LoadgenCPUmsPerRequest = 1000 * m.loadgenCPU / n
		p.DatabaseCPUmsPerRequest = 1000 * m.dbCPU / n
	}
	if m.total > 0 {
		p.MachineBusyPct = 100 * m.busy / m.total
	}
	if m.res.errors > 0 {
		r.report.Problems = append(r.report.Problems, fmt.Sprintf("%s on the %s (%d clients): %d of %d requests failed, first: %s",
			op.Name, e.name, clients, m.res.errors, m.res.requests, m.res.firstErr))
	}
	return p
}

// countUnderLoad sends the phase's load (operation, clients) to the counted instance e for
// CountedBurst and sets the phase's statements per request from what the proxy saw.
func (r *runner) countUnderLoad(ctx context.Context, p *Phase, e endpoint, op Op, tokens []string, b *bodies, seed uint64) {
	c := newHTTPClient(p.Concurrency)
	defer c.CloseIdleConnections()
	s0 := r.proxy.Statements()
	res := runLoad(ctx, c, e.url, tokens, b, p.Concurrency, CountedBurst, seed)
	statements := r.proxy.Statements() - s0
	p.CountedRequests = res.requests
	if res.requests > 0 {
		p.StatementsPerRequest = float64(statements) / float64(res.requests)
		p.CountedRPS = float64(res.requests-res.errors) / res.elapsed.Seconds()
	}
	if res.errors > 0 {
		r.report.Problems = append(r.report.Problems, fmt.Sprintf("%s on the %s (statement count, %d clients): %d of %d requests failed, first: %s",
			op.Name, e, p.Concurrency, res.errors, res.requests, res.firstErr))
	}
}

func msOf(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func sortDurations(d []time.Duration) {
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
}

// promMallocs reads go_memstats_mallocs_total from a Prometheus text endpoint.
func promMallocs(ctx context.Context, url string) (uint64, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	sc := bufio.NewScanner(res.Body)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "go_memstats_mallocs_total ") {
			v, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimPrefix(line, "go_memstats_mallocs_total ")), 64)
			return uint64(v), err
		}
	}
	return 0, errors.New("no go_memstats_mallocs_total on " + url)
}

func baselineMallocs(ctx context.Context, url string) (uint64, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	var out struct {
		Mallocs uint64 `json:"mallocs"`
	}
	return out.Mallocs, json.NewDecoder(res.Body).Decode(&out)
}

// peakRSS reads a process's peak resident set size (VmHWM) in MB.
func peakRSS(pid int) (float64, error) { return statusMB(pid, "VmHWM") }

// currentRSS reads a process's resident set size (VmRSS) in MB.
func currentRSS(pid int) (float64, error) { return statusMB(pid, "VmRSS") }

// statusMB reads a size in kB from a process's /proc status, in MB.
func statusMB(pid int, field string) (float64, error) {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if strings.HasPrefix(line, field+":") {
			f := strings.Fields(line)
			if len(f) >= 2 {
				kb, err := strconv.ParseFloat(f[1], 64)
				return kb / 1024, err
			}
		}
	}
	return 0, errors.New("no " + field)
}

// resetPeakRSS sets a child process's VmHWM back to its current RSS, so the next reading is the
// peak of the phase alone.
func resetPeakRSS(pid int) error {
	return os.WriteFile(fmt.Sprintf("/proc/%d/clear_refs", pid), []byte("5"), 0)
}

// machineCPU reads the machine's busy and total CPU time (in ticks) from /proc/stat.
func machineCPU() (busy, total float64) {
	raw, err := os.ReadFile("/proc/stat")
	if err != nil {
		return 0, 0
	}
	line, _, _ := strings.Cut(string(raw), "\n")
	f := strings.Fields(line)
	if len(f) < 5 || f[0] != "cpu" {
		return 0, 0
	}
	for i, v := range f[1:] {
		x, _ := strconv.ParseFloat(v, 64)
		total += x
		if i != 3 && i != 4 { // idle, iowait
			busy += x
		}
	}
	return busy, total
}

// processCPU reads the CPU seconds of every process with the given command name, by PID.
func processCPU(comm string) map[int]float64 {
	out := map[int]float64{}
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return out
	}
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		raw, err := os.ReadFile("/proc/" + e.Name() + "/stat")
		if err != nil {
			continue
		}
		s := string(raw)
		open, close := strings.IndexByte(s, '('), strings.LastIndexByte(s, ')')
		if open < 0 || close < open || s[open+1:close] != comm {
			continue
		}
		if v, err := cpuSeconds(pid); err == nil {
			out[pid] = v
		}
	}
	return out
}

// cpuDelta sums the CPU the processes used between two readings (processes born in between
// count from zero).
func cpuDelta(before, after map[int]float64) float64 {
	var d float64
	for pid, v := range after {
		d += v - before[pid]
	}
	return d
}

// cpuSeconds reads a process's user+system CPU time.
func cpuSeconds(pid int) (float64, error) {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, err
	}
	s := string(raw)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return 0, errors.New("bad stat")
	}
	f := strings.Fields(s[i+1:])
	if len(f) < 13 {
		return 0, errors.New("bad stat")
	}
	utime, _ := strconv.ParseFloat(f[11], 64)
	stime, _ := strconv.ParseFloat(f[12], 64)
	return (utime + stime) / 100, nil // USER_HZ is 100 on Linux
}
