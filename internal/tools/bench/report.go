package bench

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"
)

// Phase is one timed run: one operation, one endpoint, one concurrency. Its throughput, latency,
// allocations, CPU and RSS are those of the endpoint's instance connected straight to PostgreSQL;
// its statements are counted on the instance behind the counting proxy.
type Phase struct {
	Op          string  `json:"op"`
	Endpoint    string  `json:"endpoint"` // server or baseline
	Concurrency int     `json:"concurrency"`
	Requests    int     `json:"requests"`
	Errors      int     `json:"errors"`
	FirstError  string  `json:"firstError,omitempty"`
	Seconds     float64 `json:"seconds"`
	RPS         float64 `json:"rps"`
	P50ms       float64 `json:"p50_ms"`
	P99ms       float64 `json:"p99_ms"`
	// StatementsPerRequest is counted at the database wire, by the proxy, over a burst of the same
	// load (operation, concurrency) sent to the endpoint's counted instance after the measured run
	// (River's background statements excluded). The measured run itself bypasses the proxy.
	StatementsPerRequest float64 `json:"statements_per_request"`
	// CountedRequests is how many requests that burst sent, and CountedRPS their rate through the
	// proxy (indicative only: one short, unwarmed run).
	CountedRequests  int     `json:"counted_requests"`
	CountedRPS       float64 `json:"counted_rps"`
	AllocsPerRequest float64 `json:"allocs_per_request"`
	// CPUmsPerRequest is the endpoint process's user+system CPU time per request.
	CPUmsPerRequest float64 `json:"cpu_ms_per_request"`
	// LoadgenCPUmsPerRequest is the load generator's own CPU time per request (it shares the
	// machine), and MachineBusyPct how busy all cores were during the phase.
	LoadgenCPUmsPerRequest float64 `json:"loadgen_cpu_ms_per_request"`
	MachineBusyPct         float64 `json:"machine_busy_pct"`
	// DatabaseCPUmsPerRequest is the PostgreSQL processes' CPU time per request.
	DatabaseCPUmsPerRequest float64 `json:"database_cpu_ms_per_request"`
	// PeakRSSMB is the endpoint process's peak resident set during this phase (VmHWM, reset
	// before the phase).
	PeakRSSMB float64 `json:"peak_rss_mb"`
	// Ratio is this endpoint's throughput over the baseline's at the same concurrency.
	Ratio float64 `json:"ratio_to_baseline"`
	// OneKey marks the phases in which every client sent the same API key (a script's load);
	// otherwise each client is a different signed-in user. PostGraphile's phases carry the mark of
	// the server phase they were measured with, though it is sent no credentials.
	OneKey bool `json:"one_api_key,omitempty"`
	// VsPostGraphile is the server's throughput over PostGraphile's in the same phase (server rows
	// only; 0 when PostGraphile was not measured).
	VsPostGraphile float64 `json:"ratio_to_postgraphile,omitempty"`
}

// credentials names what a phase's clients sent, for the table.
func (p Phase) credentials() string {
	who := "users"
	if p.OneKey {
		who = "1 key"
	}
	if p.Endpoint == "postgraphile" { // measured beside the server's phase, sent no credentials
		return "none (" + who + ")"
	}
	return who
}

// Probe is the statement count of one request, measured alone (no concurrent load): the median
// over Requests requests.
type Probe struct {
	Op         string       `json:"op"`
	Endpoint   string       `json:"endpoint"`
	PageSize   int          `json:"page_size,omitempty"`
	Requests   int          `json:"requests"`
	Statements float64      `json:"statements_per_request"`
	P50ms      float64      `json:"p50_ms"`
	SQL        []QueryCount `json:"sql,omitempty"`
}

// Check is one target with its measured value.
type Check struct {
	Name     string  `json:"name"`
	Op       string  `json:"op,omitempty"`
	Clients  int     `json:"clients,omitempty"`
	Value    float64 `json:"value"`
	Limit    float64 `json:"limit"`
	Relation string  `json:"relation"` // ">=", "<=", "<", "=="
	Met      bool    `json:"met"`
	Detail   string  `json:"detail,omitempty"`
}

// Report is everything a run measured; it is written as JSON for comparison between commits.
type Report struct {
	Started  time.Time      `json:"started"`
	Finished time.Time      `json:"finished"`
	Machine  map[string]any `json:"machine"`
	Settings map[string]any `json:"settings"`
	Dataset  map[string]any `json:"dataset"`
	// StartupPeakRSSMB is the server's peak RSS from its start until the first phase (migrations,
	// logins: each login hashes with argon2id's 19 MiB).
	StartupPeakRSSMB float64 `json:"startup_peak_rss_mb"`
	// Download is the large-download step's measurement (nil when it did not run).
	Download *Download `json:"download,omitempty"`
	Probes   []Probe   `json:"probes"`
	Phases   []Phase   `json:"phases"`
	Checks   []Check   `json:"checks"`
	Problems []string  `json:"problems,omitempty"`
	OK       bool      `json:"ok"`
}

func (r *Report) check(c Check) {
	switch c.Relation {
	case ">=":
		c.Met = c.Value >= c.Limit
	case "<=":
		c.Met = c.Value <= c.Limit
	case "<":
		c.Met = c.Value < c.Limit
	case "==":
		c.Met = c.Value == c.Limit
	}
	r.Checks = append(r.Checks, c)
}

// Failed lists the checks that missed and the problems met on the way.
func (r *Report) Failed() []string {
	out := append([]string(nil), r.Problems...)
	for _, c := range r.Checks {
		if !c.Met {
			out = append(out, c.String())
		}
	}
	return out
}

func (c Check) String() string {
	s := c.Name
	if c.Op != "" {
		s += " · " + c.Op
	}
	if c.Clients > 0 {
		s += fmt.Sprintf(" · %d clients", c.Clients)
	}
	s += fmt.Sprintf(": %s %s %s", num(c.Value), c.Relation, num(c.Limit))
	if c.Detail != "" {
		s += " (" + c.Detail + ")"
	}
	return s
}

func num(v float64) string {
	if v == float64(int64(v)) {
		return fmt.Sprintf("%d", int64(v))
	}
	return fmt.Sprintf("%.2f", v)
}

// Print writes the human-readable table and the targets.
func (r *Report) Print(w io.Writer) {
	fmt.Fprintf(w, "\nPartnerHub benchmark · %s · %v cores · load %v → %v\n",
		r.Started.Format(time.RFC3339), r.Machine["cpus"], r.Machine["loadavg_start"], r.Machine["loadavg_end"])
	fmt.Fprintf(w, "dataset: %v\n", r.Dataset["summary"])
	r.printConnections(w)
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	// The column appears when PostGraphile was measured: a run without node says why instead.
	vsPG := r.measuredPostGraphile()
	header := "operation\tendpoint\tclients\tauth\treq/s\tp50 ms\tp99 ms\tSQL/req\tallocs/req\tCPU ms/req\tpeak RSS MB\tvs baseline\t"
	if vsPG {
		header += "vs PostGraphile\t"
	}
	fmt.Fprintln(tw, header+"errors\tbusy%\t")
	for _, p := range r.Phases {
		ratio, sql, allocs := "", "-", "-"
		if p.Endpoint == "server" && p.Ratio > 0 {
			ratio = fmt.Sprintf("%.0f%%", 100*p.Ratio)
		}
		if p.CountedRequests > 0 || p.StatementsPerRequest > 0 {
			sql = fmt.Sprintf("%.2f", p.StatementsPerRequest)
		}
		if p.Endpoint != "postgraphile" { // a Node process: no Go allocation count
			allocs = fmt.Sprintf("%.0f", p.AllocsPerRequest)
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%.0f\t%.2f\t%.2f\t%s\t%s\t%.2f\t%.1f\t%s\t",
			p.Op, p.Endpoint, p.Concurrency, p.credentials(), p.RPS, p.P50ms, p.P99ms, sql,
			allocs, p.CPUmsPerRequest, p.PeakRSSMB, ratio)
		if vsPG {
			vs := ""
			if p.VsPostGraphile > 0 {
				vs = fmt.Sprintf("%.2f×", p.VsPostGraphile)
			}
			fmt.Fprintf(tw, "%s\t", vs)
		}
		fmt.Fprintf(tw, "%d\t%.0f\t\n", p.Errors, p.MachineBusyPct)
	}
	tw.Flush()
	if pg, ok := r.Settings["postgraphile"].(string); ok {
		fmt.Fprintf(w, "PostGraphile reference: %s\n", pg)
	} else if vsPG {
		fmt.Fprintf(w, "PostGraphile %s reference: one Node process, its default pool of %d connections, no authentication (it connects as the database owner); vs PostGraphile = server req/s ÷ PostGraphile req/s\n",
			PostGraphileVersion, PostGraphilePoolConns)
	}
	fmt.Fprintln(w, "\nSQL statements per request, one request at a time (server / baseline, counted instances):")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, p := range r.Probes {
		size := ""
		if p.PageSize > 0 {
			size = fmt.Sprintf("page %d", p.PageSize)
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%.2f\tp50 %.2f ms\t\n", p.Op, size, p.Endpoint, p.Statements, p.P50ms)
	}
	tw.Flush()
	fmt.Fprintf(w, "\nserver peak RSS at start-up (migrations, logins): %.1f MB\n", r.StartupPeakRSSMB)
	if d := r.Download; d != nil {
		fmt.Fprintf(w, "\n%d MB download (GET /files/{id}), %d clients × %d: %d of %d intact in %.1fs (%.0f MB/s); server RSS %.1f MB before, peak %.1f MB (+%.1f MB, target < %d MB)\n",
			d.FileBytes/1_000_000, d.Clients, d.Downloads/max(d.Clients, 1), d.Matched, d.Downloads, d.Seconds, d.MBps,
			d.RSSBeforeMB, d.PeakRSSMB, d.GrowthMB, MaxDownloadGrowthMB)
	}
	fmt.Fprintln(w, "\nTargets:")
	for _, c := range r.Checks {
		mark := "ok  "
		if !c.Met {
			mark = "MISS"
		}
		fmt.Fprintf(w, "  [%s] %s\n", mark, c)
	}
	for _, p := range r.Problems {
		fmt.Fprintf(w, "  [FAIL] %s\n", p)
	}
	if r.OK {
		fmt.Fprintln(w, "\nall targets met")
	} else {
		fmt.Fprintf(w, "\n%d target(s) missed or problem(s) found\n", len(r.Failed()))
	}
}

// measuredPostGraphile reports whether any phase compared the server with PostGraphile.
func (r *Report) measuredPostGraphile() bool {
	for _, p := range r.Phases {
		if p.Endpoint == "postgraphile" {
			return true
		}
	}
	return false
}

// printConnections says which instances the columns were measured on (reports of runs before the
// counted instances existed do not say, and measured everything through the proxy).
func (r *Report) printConnections(w io.Writer) {
	if r.Settings["throughput_connection"] != "direct" {
		return
	}
	fmt.Fprintln(w, "req/s, latency, allocs, CPU, RSS, busy%: server and baseline connected directly to PostgreSQL")
	fmt.Fprintf(w, "SQL/req: second instances of both behind the statement-counting proxy, %vs of the same load after each phase\n",
		r.Settings["counted_burst_s"])
}

// Write saves the report as dir/<timestamp>.json and returns the path.
func (r *Report) Write(dir string) (string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	path := filepath.Join(dir, r.Started.UTC().Format("20060102T150405Z")+".json")
	raw, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return "", err
	}
	return path, os.WriteFile(path, append(raw, '\n'), 0o644)
}

func readLoadavg() string {
	raw, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(raw))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}
