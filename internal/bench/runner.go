package bench

import (
	"bufio"
	"context"
	crand "crypto/rand"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	_ "github.com/partnerhub/partnerhub/ent/runtime" // privacy policies and hooks, for the demo seed.
	"github.com/partnerhub/partnerhub/internal/config"
	"github.com/partnerhub/partnerhub/internal/database"
	"github.com/partnerhub/partnerhub/internal/password"
	"github.com/partnerhub/partnerhub/internal/seed"
)

// Options configure a run.
type Options struct {
	// ServerBin is the real server binary (make build → bin/partnerhub).
	ServerBin string
	// SelfBin is the load generator's own binary, started again as the baseline process.
	SelfBin string
	// DatabaseURL names the benchmark database; it is dropped and created afresh.
	DatabaseURL string
	OutDir      string
	Duration    time.Duration // measured time per operation, endpoint and concurrency
	Warmup      time.Duration
	Clients     []int
	Ops         []string // empty: all
	Shape       Shape
	// ServerEnv are extra KEY=VALUE settings for the server process (experiments, e.g. GOGC=200).
	ServerEnv []string
	// ReuseDatabase skips dropping and generating: the database of an earlier run is used as is
	// (for quick iterations; `make bench` always starts afresh).
	ReuseDatabase bool
	// ProbeRequests is how many requests, one at a time, each statement-count probe sends.
	ProbeRequests int
	Log           io.Writer
}

// DefaultOptions are what `make bench` runs.
func DefaultOptions() Options {
	return Options{
		ServerBin:     "bin/partnerhub",
		DatabaseURL:   "postgres://postgres@127.0.0.1:5432/partnerhub_bench?sslmode=disable",
		OutDir:        "bench-results",
		Duration:      5 * time.Second,
		Warmup:        time.Second,
		Clients:       []int{10, 50},
		Shape:         BenchShape,
		ProbeRequests: 20,
		Log:           os.Stderr,
	}
}

// Thresholds of the targets (the README's "Performance" section).
const (
	MinListRatio      = 0.40
	MaxDeepPageFactor = 1.5
	MaxPeakRSSMB      = 150
	RSSClients        = 50
)

type runner struct {
	opts    Options
	report  *Report
	fx      *Fixtures
	proxy   *PGProxy
	server  instances
	base    instances
	tokens  map[string][]string // by role, one per concurrent client
	ops     []Op
	logf    func(format string, args ...any)
	cleanup []func()
	logs    []string // the child processes' log files
}

// Run performs the whole benchmark and returns its report; the error is for a run that could not
// measure at all (missed targets are in the report).
func Run(ctx context.Context, opts Options) (*Report, error) {
	r := &runner{opts: opts, tokens: map[string][]string{}}
	r.logf = func(format string, args ...any) { fmt.Fprintf(opts.Log, "bench: "+format+"\n", args...) }
	defer func() {
		for i := len(r.cleanup) - 1; i >= 0; i-- {
			r.cleanup[i]()
		}
	}()
	r.report = &Report{
		Started: time.Now(),
		Machine: map[string]any{
			"cpus": runtime.NumCPU(), "go": runtime.Version(), "os": runtime.GOOS + "/" + runtime.GOARCH,
			"loadavg_start": readLoadavg(),
		},
		Settings: map[string]any{
			"duration_s": opts.Duration.Seconds(), "warmup_s": opts.Warmup.Seconds(), "clients": opts.Clients,
			"probe_requests": opts.ProbeRequests, "database": "postgres",
			"throughput_connection": "direct", "statements_connection": "counting proxy",
			"counted_burst_s": CountedBurst.Seconds(),
		},
	}
	for _, op := range Ops {
		if len(opts.Ops) == 0 || contains(opts.Ops, op.Name) {
			r.ops = append(r.ops, op)
		}
	}
	if len(r.ops) == 0 {
		return nil, fmt.Errorf("no operation selected")
	}
	steps := []struct {
		name string
		fn   func(context.Context) error
	}{
		{"preparing the database", r.prepareDatabase},
		{"starting the server and the baseline, each direct and counted, and the statement counter", r.startProcesses},
		{"signing in", r.signIn},
		{"checking the tokens on both server instances", r.checkTokens},
		{"comparing answers", r.compareAnswers},
		{"counting statements per request", r.probe},
		{"running the load", r.load},
	}
	for _, s := range steps {
		r.logf("%s", s.name)
		if err := s.fn(ctx); err != nil {
			return nil, fmt.Errorf("%s: %w", s.name, err)
		}
	}
	r.evaluate()
	r.report.Finished = time.Now()
	r.report.Machine["loadavg_end"] = readLoadavg()
	r.report.OK = len(r.report.Failed()) == 0
	if r.report.OK {
		// The processes' logs are for finding out what went wrong; a clean run does not keep them.
		r.cleanup = append([]func(){func() {
			for _, l := range r.logs {
				os.Remove(l)
			}
		}}, r.cleanup...)
	}
	return r.report, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func parsePGURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		return nil, ErrNotPostgres
	}
	return u, nil
}

// prepareDatabase drops and creates the benchmark database, migrates it, seeds the demo data (as
// the server does on an empty development database) and adds the generated rows.
func (r *runner) prepareDatabase(ctx context.Context) error {
	u, err := parsePGURL(r.opts.DatabaseURL)
	if err != nil {
		return err
	}
	name := strings.TrimPrefix(u.Path, "/")
	if name == "" || strings.ContainsAny(name, `"/ `) {
		return fmt.Errorf("database URL %q names no usable database", r.opts.DatabaseURL)
	}
	if r.opts.ReuseDatabase {
		return r.describeDataset(ctx, 0)
	}
	admin := *u
	admin.Path = "/postgres"
	adb, err := sql.Open("postgres", admin.String())
	if err != nil {
		return err
	}
	defer adb.Close()
	if _, err := adb.ExecContext(ctx, `DROP DATABASE IF EXISTS "`+name+`" WITH (FORCE)`); err != nil {
		return err
	}
	if _, err := adb.ExecContext(ctx, `CREATE DATABASE "`+name+`"`); err != nil {
		return err
	}
	db, err := database.OpenPostgres(ctx, r.opts.DatabaseURL)
	if err != nil {
		return err
	}
	defer db.Close()
	if _, err := database.Migrate(ctx, db); err != nil {
		return err
	}
	pw := demoPassword()
	client := ent.NewClient(ent.Driver(db.Driver()))
	if _, err := seed.Demo(ctx, client, pw); err != nil {
		return fmt.Errorf("demo seed: %w", err)
	}
	hash, err := password.Hash(pw) // once, for every generated user
	if err != nil {
		return err
	}
	ds, err := Generate(ctx, db, r.opts.Shape, hash)
	if err != nil {
		return err
	}
	return r.describeDataset(ctx, ds.Took)
}

// describeDataset counts the rows of the benchmark database and loads the fixtures.
func (r *runner) describeDataset(ctx context.Context, took time.Duration) error {
	db, err := database.OpenPostgres(ctx, r.opts.DatabaseURL)
	if err != nil {
		return err
	}
	defer db.Close()
	counts := map[string]int{}
	for _, t := range []string{"tiers", "partners", "users", "audit_events", "accounts", "deals", "deal_events", "deal_conflicts"} {
		n, err := count(ctx, db.DB, "SELECT COUNT(*) FROM "+t)
		if err != nil {
			return err
		}
		counts[t] = n
	}
	how := fmt.Sprintf("generated in %.1fs", took.Seconds())
	if took == 0 {
		how = "reused"
	}
	r.report.Dataset = map[string]any{
		"rows": counts, "generated_in_s": took.Seconds(),
		"summary": fmt.Sprintf("%d tiers, %d partners, %d users, %d audit events, %d accounts, %d deals, %d deal events, %d conflicts (%s)",
			counts["tiers"], counts["partners"], counts["users"], counts["audit_events"], counts["accounts"], counts["deals"],
			counts["deal_events"], counts["deal_conflicts"], how),
	}
	r.logf("dataset: %s", r.report.Dataset["summary"])
	r.fx, err = LoadFixtures(ctx, db.DB)
	return err
}

// LoadFixtures reads the operations' fixtures from a database the generator filled.
func LoadFixtures(ctx context.Context, db *sql.DB) (*Fixtures, error) {
	fx := &Fixtures{}
	var err error
	if fx.PartnerIDs, err = queryIDs(ctx, db, `SELECT id FROM partners WHERE slug LIKE 'bench-partner-%' ORDER BY id`); err != nil {
		return nil, err
	}
	if fx.UserIDs, err = queryIDs(ctx, db, `SELECT id FROM users WHERE email LIKE '%@partner%.example' ORDER BY id`); err != nil {
		return nil, err
	}
	if len(fx.PartnerIDs) == 0 {
		return nil, errors.New("no generated partners")
	}
	// The cursor after page 199 of 50 users ordered by ID, as the server would have returned it.
	var id string
	if err := db.QueryRowContext(ctx, `SELECT id FROM users ORDER BY id OFFSET 9949 LIMIT 1`).Scan(&id); err != nil {
		return nil, fmt.Errorf("users list has no page 200 of 50: %w", err)
	}
	fx.UsersPage200 = cursor(id)
	if fx.DealIDs, err = queryIDs(ctx, db, `SELECT id FROM deals WHERE customer_domain LIKE 'customer%.example' ORDER BY id`); err != nil {
		return nil, err
	}
	if len(fx.DealIDs) == 0 {
		return nil, errors.New("no generated deals")
	}
	if err := db.QueryRowContext(ctx, `SELECT id FROM deals ORDER BY id OFFSET 9949 LIMIT 1`).Scan(&id); err != nil {
		return nil, fmt.Errorf("deals list has no page 200 of 50: %w", err)
	}
	fx.DealsPage200 = cursor(id)
	// Generated customers someone holds, as the similar-name check defines it (an active
	// registration, or DIRECT: internal/deal/conflict.go). Ordered by a hash of the ID, the sample
	// is random but the same on every run over one database.
	if fx.AccountNames, err = queryIDs(ctx, db, `SELECT name FROM accounts WHERE domain LIKE 'customer%.example'
		AND (owner_kind = 'DIRECT' OR EXISTS (SELECT 1 FROM deals WHERE deals.account_id = accounts.id
			AND (deals.status = 'SUBMITTED' OR (deals.status = 'APPROVED'
				AND (deals.protection_expires_at IS NULL OR deals.protection_expires_at > now())))))
		ORDER BY md5(id) LIMIT 500`); err != nil {
		return nil, err
	}
	fx.Logins = map[string][]string{}
	for role, query := range map[string]string{
		RoleAdmin:        `SELECT email FROM users WHERE role = 'ADMIN' AND status = 'ACTIVE' ORDER BY email LIKE '%.test' DESC, email`,
		RolePartnerSales: `SELECT email FROM users WHERE role = 'PARTNER_SALES' AND status = 'ACTIVE' ORDER BY email LIKE '%.test' DESC, email LIMIT 200`,
	} {
		if fx.Logins[role], err = queryIDs(ctx, db, query); err != nil {
			return nil, err
		}
	}
	return fx, nil
}

func queryIDs(ctx context.Context, db *sql.DB, query string) ([]string, error) {
	rows, err := db.QueryContext(ctx, query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

func demoPassword() string {
	if pw := os.Getenv("DEMO_PASSWORD"); pw != "" {
		return pw
	}
	return config.DevDemoPassword
}

func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// startProcesses starts the statement-counting proxy and two instances each of the real server
// and the baseline: one connected straight to PostgreSQL, whose throughput the load measures, and
// one connected through the proxy, whose statements are counted. Measured through the proxy, the
// extra hop on every statement cost write-heavy operations a quarter of their throughput
// (registerDeal ~310 vs ~400 req/s on two cores), a handicap production never has.
func (r *runner) startProcesses(ctx context.Context) error {
	upstream, err := upstreamAddr(r.opts.DatabaseURL)
	if err != nil {
		return err
	}
	r.proxy, err = StartPGProxy(upstream)
	if err != nil {
		return err
	}
	r.cleanup = append(r.cleanup, func() { r.proxy.Close() })
	countedURL, err := proxyURL(r.opts.DatabaseURL, r.proxy)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(r.opts.OutDir, 0o755); err != nil {
		return err
	}
	r.report.Settings["server_env"] = r.opts.ServerEnv
	r.checkConnections(ctx)
	// The instances share the database (jobs and rate limits live there) and must accept each
	// other's tokens: the load signs in on one and the probes send the tokens to the other.
	secret := crand.Text()
	if r.server.direct, err = r.startServer("direct", r.opts.DatabaseURL, secret); err != nil {
		return err
	}
	// The first server migrates the job queue before the others start: River's migrations are not
	// under the advisory lock that serialises PartnerHub's, and two servers migrating a fresh
	// database at once collide (duplicate pg_type on River's version 007).
	if err := waitReady(ctx, r.server.direct); err != nil {
		return err
	}
	if r.server.counted, err = r.startServer("counted", countedURL, secret); err != nil {
		return err
	}
	if r.base.direct, err = r.startBaseline("direct", r.opts.DatabaseURL, serverPoolConns); err != nil {
		return err
	}
	if r.base.counted, err = r.startBaseline("counted", countedURL, countedBaselinePoolConns); err != nil {
		return err
	}
	for _, e := range []endpoint{r.server.counted, r.base.direct, r.base.counted} {
		if err := waitReady(ctx, e); err != nil {
			return err
		}
	}
	return nil
}

// Connection pools. The four processes share PostgreSQL's max_connections (100 by default), and each
// keeps its pool open, idle, while the others run: the direct instances during the counted bursts,
// the counted ones during the load. The counted baseline only counts statements, and waiting for
// a pooled connection changes no count, so its pool is smaller.
const (
	serverPoolConns          = 25 // internal/database.OpenPostgres; the direct baseline matches it
	countedBaselinePoolConns = 10
)

// checkConnections warns when PostgreSQL cannot hold all four pools besides the connections
// already open; the run would then fail with "too many clients" under load.
func (r *runner) checkConnections(ctx context.Context) {
	db, err := sql.Open("postgres", r.opts.DatabaseURL)
	if err != nil {
		return
	}
	defer db.Close()
	var free int
	if err := db.QueryRowContext(ctx, `SELECT current_setting('max_connections')::int
		- current_setting('superuser_reserved_connections')::int
		- (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend')`).Scan(&free); err != nil {
		return
	}
	if need := 3*serverPoolConns + countedBaselinePoolConns; free < need {
		r.logf("warning: PostgreSQL has %d connections free, the server and baseline instances may open %d", free, need)
	}
}

// startServer starts one instance of the real server on dbURL.
func (r *runner) startServer(via, dbURL, jwtSecret string) (endpoint, error) {
	port, err := freePort()
	if err != nil {
		return endpoint{}, err
	}
	dataDir, err := os.MkdirTemp("", "partnerhub-bench-")
	if err != nil {
		return endpoint{}, err
	}
	r.cleanup = append(r.cleanup, func() { os.RemoveAll(dataDir) })
	// The rate limits are raised so that the benchmark measures the work, not the refusals; every
	// request is still counted against its user's budget in the database.
	env := append(os.Environ(), "DATABASE_URL="+dbURL, "APP_ENV=development", "PORT="+strconv.Itoa(port),
		"DATA_DIR="+dataDir, "DEMO_PASSWORD="+demoPassword(), "JWT_SECRET="+jwtSecret,
		"RATE_LIMIT_USER=1000000000", "RATE_LIMIT_ANONYMOUS=1000000000", "RATE_LIMIT_API_KEY=1000000000")
	env = append(env, r.opts.ServerEnv...)
	e := endpoint{name: "server", via: via, url: fmt.Sprintf("http://127.0.0.1:%d", port)}
	if e.pid, e.log, err = r.spawn(r.opts.ServerBin, nil, env, "server."+via); err != nil {
		return endpoint{}, err
	}
	e.mallocs = func(ctx context.Context) (uint64, error) { return promMallocs(ctx, e.url+"/metrics") }
	return e, nil
}

// startBaseline starts one instance of the baseline (this binary again) on dbURL.
func (r *runner) startBaseline(via, dbURL string, poolConns int) (endpoint, error) {
	port, err := freePort()
	if err != nil {
		return endpoint{}, err
	}
	self := r.opts.SelfBin
	if self == "" {
		if self, err = os.Executable(); err != nil {
			return endpoint{}, err
		}
	}
	e := endpoint{name: "baseline", via: via, url: fmt.Sprintf("http://127.0.0.1:%d", port)}
	args := []string{"baseline", "-listen", fmt.Sprintf("127.0.0.1:%d", port), "-database", dbURL,
		"-max-conns", strconv.Itoa(poolConns)}
	if e.pid, e.log, err = r.spawn(self, args, os.Environ(), "baseline."+via); err != nil {
		return endpoint{}, err
	}
	e.mallocs = func(ctx context.Context) (uint64, error) { return baselineMallocs(ctx, e.url+"/debug/stats") }
	return e, nil
}

// spawn starts a child process that dies with us, logging to <run>.<name>.log in the output
// directory, and returns its PID and log file.
func (r *runner) spawn(bin string, args, env []string, name string) (int, string, error) {
	stamp := r.report.Started.UTC().Format("20060102T150405Z")
	logFile, err := os.Create(filepath.Join(r.opts.OutDir, stamp+"."+name+".log"))
	if err != nil {
		return 0, "", err
	}
	r.logs = append(r.logs, logFile.Name())
	cmd := exec.Command(bin, args...)
	cmd.Env = env
	cmd.Stdout, cmd.Stderr = logFile, logFile
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM}
	if err := cmd.Start(); err != nil {
		logFile.Close()
		return 0, "", err
	}
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	r.cleanup = append(r.cleanup, func() {
		cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-done:
		case <-time.After(25 * time.Second):
			cmd.Process.Kill()
			<-done
		}
		logFile.Close()
	})
	return cmd.Process.Pid, logFile.Name(), nil
}

// waitReady waits for e's /readyz to answer 200.
func waitReady(ctx context.Context, e endpoint) error {
	if err := pollReady(ctx, e.url+"/readyz", 60*time.Second); err != nil {
		return fmt.Errorf("the %s did not become ready (see %s): %w", e, e.log, err)
	}
	return nil
}

func pollReady(ctx context.Context, url string, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	var last error
	for time.Now().Before(deadline) {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		res, err := http.DefaultClient.Do(req)
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return nil
			}
			err = fmt.Errorf("HTTP %d", res.StatusCode)
		}
		last = err
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
	return last
}

const loginMutation = `mutation login($email: String!, $password: String!) {
  login(input: {email: $email, password: $password}) { accessToken }
}`

// signIn gets access tokens through the real login mutation: for each role the operations run as,
// one user per concurrent client. It signs in on the direct server, whose start-up peak RSS the
// report shows (each login hashes with argon2id's 64 MiB); checkTokens makes sure the counted one
// accepts the tokens too.
func (r *runner) signIn(ctx context.Context) error {
	c := newHTTPClient(1)
	clients := 1
	for _, n := range r.opts.Clients {
		clients = max(clients, n)
	}
	for _, op := range r.ops {
		if op.Role == "" || r.tokens[op.Role] != nil {
			continue
		}
		emails := r.fx.Logins[op.Role]
		if len(emails) == 0 {
			return fmt.Errorf("no user to sign in as %s", op.Role)
		}
		for _, email := range emails[:min(clients, len(emails))] {
			token, err := login(ctx, c, r.server.direct.url, email)
			if err != nil {
				return err
			}
			r.tokens[op.Role] = append(r.tokens[op.Role], token)
		}
	}
	return nil
}

const viewerQuery = `query viewer { viewer { id } }`

// checkTokens sends every token to both server instances: a token one of them refused would turn
// the load, the probes or the counted bursts into a stream of 401s.
func (r *runner) checkTokens(ctx context.Context) error {
	c := newHTTPClient(1)
	body, _ := json.Marshal(map[string]any{"query": viewerQuery, "operationName": "viewer"})
	for role, tokens := range r.tokens {
		for i, token := range tokens {
			for _, e := range []endpoint{r.server.direct, r.server.counted} {
				if _, err := send(ctx, c, e.url, token, body); err != nil {
					return fmt.Errorf("the %s refused token %d of %s: %w", e, i, role, err)
				}
			}
		}
	}
	return nil
}

func login(ctx context.Context, c *http.Client, url, email string) (string, error) {
	body, _ := json.Marshal(map[string]any{"query": loginMutation, "operationName": "login",
		"variables": map[string]any{"email": email, "password": demoPassword()}})
	raw, err := send(ctx, c, url, "", body)
	if err != nil {
		return "", fmt.Errorf("login as %s: %w", email, err)
	}
	var out struct {
		Data struct {
			Login struct {
				AccessToken string `json:"accessToken"`
			} `json:"login"`
		} `json:"data"`
	}
	if err := json.Unmarshal(raw, &out); err != nil || out.Data.Login.AccessToken == "" {
		return "", fmt.Errorf("login as %s returned no token: %.300s", email, raw)
	}
	return out.Data.Login.AccessToken, nil
}

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

// load runs every operation at every client count against the server and the baseline.
func (r *runner) load(ctx context.Context) error {
	startPeak, _ := peakRSS(r.server.direct.pid)
	r.report.StartupPeakRSSMB = startPeak
	for oi, op := range r.ops {
		for _, clients := range r.opts.Clients {
			phases, err := r.loadPhase(ctx, op, clients, uint64(oi*1000+clients))
			if err != nil {
				return err
			}
			r.report.Phases = append(r.report.Phases, phases...)
		}
	}
	return nil
}

// loadPhase measures one operation at one client count: the direct instances of the server and
// the baseline in alternating rounds, then a counted burst on each side for its statements.
func (r *runner) loadPhase(ctx context.Context, op Op, clients int, seed uint64) ([]Phase, error) {
	tokens := r.tokens[op.Role]
	b := newBodies(op, r.fx, seed)
	sides := []instances{r.server, r.base}
	clientsOf := make([]*http.Client, len(sides))
	for i, side := range sides {
		clientsOf[i] = newHTTPClient(clients)
		defer clientsOf[i].CloseIdleConnections()
		r.warmUp(ctx, side.direct, clientsOf[i], op, tokens, b, clients, seed+1)
		resetPeakRSS(side.direct.pid)
	}
	ms := make([]measurement, len(sides))
	for round := 0; round < Rounds; round++ {
		for i, side := range sides {
			if err := r.measure(ctx, &ms[i], side.direct, clientsOf[i], tokens, b, clients, r.opts.Duration/Rounds, seed+2+uint64(round)); err != nil {
				return nil, err
			}
		}
	}
	phases := make([]Phase, len(sides))
	for i, side := range sides {
		phases[i] = r.phaseOf(op, side.direct, clients, &ms[i])
	}
	for i, side := range sides {
		r.countUnderLoad(ctx, &phases[i], side.counted, op, tokens, b, seed+2+Rounds)
		p := phases[i]
		r.logf("%-14s %-8s %3d clients: %7.0f req/s  p50 %6.2f ms  p99 %6.2f ms  %.2f SQL/req  %.0f allocs/req  %.2f CPU ms/req  %.1f MB",
			op.Name, side.direct.name, clients, p.RPS, p.P50ms, p.P99ms, p.StatementsPerRequest, p.AllocsPerRequest, p.CPUmsPerRequest, p.PeakRSSMB)
	}
	if phases[1].RPS > 0 {
		phases[0].Ratio = phases[0].RPS / phases[1].RPS
		phases[1].Ratio = 1
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

// evaluate turns the measurements into the targets of the README's "Performance" section.
func (r *runner) evaluate() {
	rep := r.report
	phase := func(op, endpoint string, clients int) *Phase {
		for i := range rep.Phases {
			p := &rep.Phases[i]
			if p.Op == op && p.Endpoint == endpoint && p.Concurrency == clients {
				return p
			}
		}
		return nil
	}
	probe := func(op string, size int) *Probe {
		for i := range rep.Probes {
			p := &rep.Probes[i]
			if p.Op == op && p.Endpoint == "server" && p.PageSize == size {
				return p
			}
		}
		return nil
	}
	for _, op := range r.ops {
		// Statements per request: within budget, and the same at page 5 and page 50.
		if op.List && op.PageVar != "" {
			small, large := probe(op.Name, 5), probe(op.Name, 50)
			if small != nil && large != nil {
				rep.check(Check{Name: "SQL statements independent of page size (page 50 vs page 5)", Op: op.Name,
					Value: large.Statements, Limit: small.Statements, Relation: "=="})
				rep.check(Check{Name: "SQL statements per request within budget (one per nesting level + totalCount)", Op: op.Name,
					Value: large.Statements, Limit: float64(op.MaxStatements), Relation: "<="})
			}
		} else if p := probe(op.Name, 0); p != nil && op.MaxStatements > 0 {
			rep.check(Check{Name: "SQL statements per request within budget (one per nesting level)", Op: op.Name,
				Value: p.Statements, Limit: float64(op.MaxStatements), Relation: "<="})
		}
		for _, clients := range r.opts.Clients {
			s := phase(op.Name, "server", clients)
			if s == nil {
				continue
			}
			if op.List {
				rep.check(Check{Name: "list throughput vs raw-SQL baseline", Op: op.Name, Clients: clients,
					Value: round2(s.Ratio), Limit: MinListRatio, Relation: ">=",
					Detail: fmt.Sprintf("%.0f vs %.0f req/s", s.RPS, s.RPS/max(s.Ratio, 1e-9))})
			}
			if op.DeepOf != "" {
				if first := phase(op.DeepOf, "server", clients); first != nil && first.P50ms > 0 {
					rep.check(Check{Name: "deep page p50 latency vs first page (×)", Op: op.Name, Clients: clients,
						Value: round2(s.P50ms / first.P50ms), Limit: MaxDeepPageFactor, Relation: "<=",
						Detail: fmt.Sprintf("p50 %.2f ms vs %s %.2f ms", s.P50ms, op.DeepOf, first.P50ms)})
				}
			}
			if op.MinRPS > 0 {
				rep.check(Check{Name: "throughput floor (req/s)", Op: op.Name, Clients: clients,
					Value: round2(s.RPS), Limit: op.MinRPS, Relation: ">="})
			}
		}
	}
	var peak float64
	var at string
	for _, p := range rep.Phases { // the direct server's: the counted one idles during the phases
		if p.Endpoint == "server" && p.Concurrency == RSSClients && p.PeakRSSMB > peak {
			peak, at = p.PeakRSSMB, p.Op
		}
	}
	if contains(intsToStrings(r.opts.Clients), strconv.Itoa(RSSClients)) {
		rep.check(Check{Name: "server peak RSS in MB", Clients: RSSClients, Value: round2(peak), Limit: MaxPeakRSSMB,
			Relation: "<", Detail: "highest during " + at})
	} else {
		rep.Problems = append(rep.Problems, fmt.Sprintf("the RSS target needs a run with %d clients", RSSClients))
	}
}

func intsToStrings(xs []int) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = strconv.Itoa(x)
	}
	return out
}

func round2(v float64) float64 { return float64(int64(v*100+0.5)) / 100 }

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
func peakRSS(pid int) (float64, error) {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			f := strings.Fields(line)
			if len(f) >= 2 {
				kb, err := strconv.ParseFloat(f[1], 64)
				return kb / 1024, err
			}
		}
	}
	return 0, errors.New("no VmHWM")
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
