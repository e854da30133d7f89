package bench

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	_ "github.com/partnerhub/partnerhub/ent/runtime" // privacy policies and hooks, for the demo seed.
	"github.com/partnerhub/partnerhub/internal/config"
	"github.com/partnerhub/partnerhub/internal/database"
	"github.com/partnerhub/partnerhub/internal/password"
	"github.com/partnerhub/partnerhub/internal/seed"
	"github.com/partnerhub/partnerhub/internal/storage"
	"github.com/partnerhub/partnerhub/internal/upload"
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
	// Scale is how many times BenchShape the Shape is (recorded with the results).
	Scale int
	// ServerEnv are extra KEY=VALUE settings for the server process (experiments, e.g. GOGC=200).
	ServerEnv []string
	// ReuseDatabase skips dropping and generating: the database of an earlier run is used as is
	// (for quick iterations; `make bench` always starts afresh).
	ReuseDatabase bool
	// ProbeRequests is how many requests, one at a time, each statement-count probe sends.
	ProbeRequests int
	// PostGraphileDir is where PostGraphile is installed (postgraphile.go); empty: no PostGraphile
	// reference.
	PostGraphileDir string
	// Download runs the large-download step (download.go) before the load.
	Download bool
	Log      io.Writer
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
		Scale:         1,
		ProbeRequests: 20,
		// Its own folder, so that its graphql module does not meet the frontend's.
		PostGraphileDir: "bench-tools/postgraphile",
		Download:        true,
		Log:             os.Stderr,
	}
}

type runner struct {
	opts    Options
	report  *Report
	fx      *Fixtures
	proxy   *PGProxy
	server  instances
	base    instances
	pg      instances           // PostGraphile, the reference; no URL when it is not running
	tokens  map[string][]string // by role, one per concurrent client
	apiKey  string              // the one key every client sends in the one-key phases
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
			"counted_burst_s": CountedBurst.Seconds(), "scale": opts.Scale,
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
		{"creating an API key for the one-key load", r.createAPIKey},
		{"installing and starting PostGraphile (reference)", r.startPostGraphile},
		{"comparing answers", r.compareAnswers},
		{"waiting for the servers' start-up jobs", r.waitForJobs},
		{"comparing PostGraphile's rows", r.comparePostGraphile},
		{"counting statements per request", r.probe},
		// Before the load, while the server's heap is small: a server that buffered the file could
		// otherwise hide a copy in memory the load left resident.
		{"downloading a 50 MB file concurrently while watching the server's memory", r.download},
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

// prepareDatabase drops and creates the benchmark database, migrates it, seeds the demo data,
// content, marketing funds and health trend (as the server does on an empty development database)
// and adds the generated rows.
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
	if err := seedLikeTheServer(ctx, client); err != nil {
		return err
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

// seedLikeTheServer adds the demo content library, marketing funds and health trend, as a
// development server does on its first start. Left to the server, they would be seeded over the
// generated partners by the first instance while the bench waits for it to become ready, which
// took longer than the readiness timeout on a loaded machine; seeded here, before the generated
// rows, every instance finds them and starts at once. The files go to a directory of their own:
// no benchmarked operation downloads them.
func seedLikeTheServer(ctx context.Context, client *ent.Client) error {
	dir, err := os.MkdirTemp("", "partnerhub-bench-seed-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	store, err := storage.NewLocal(dir)
	if err != nil {
		return err
	}
	now := time.Now()
	if err := seed.Content(ctx, client, &upload.Receiver{Store: store}, now); err != nil {
		return fmt.Errorf("demo content: %w", err)
	}
	if err := seed.MDF(ctx, client, &upload.Receiver{Store: store}, now); err != nil {
		return fmt.Errorf("demo marketing funds: %w", err)
	}
	if err := seed.Health(ctx, client, now); err != nil {
		return fmt.Errorf("demo health trend: %w", err)
	}
	return nil
}

// describeDataset counts the rows of the benchmark database and loads the fixtures.
func (r *runner) describeDataset(ctx context.Context, took time.Duration) error {
	db, err := database.OpenPostgres(ctx, r.opts.DatabaseURL)
	if err != nil {
		return err
	}
	defer db.Close()
	counts := map[string]int{}
	for _, t := range []string{"tiers", "partners", "users", "audit_events", "accounts", "deals", "deal_events", "deal_conflicts", "contents", "content_events"} {
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
		"summary": fmt.Sprintf("%d tiers, %d partners, %d users, %d audit events, %d accounts, %d deals, %d deal events, %d conflicts, %d content items, %d content views and downloads (%s)",
			counts["tiers"], counts["partners"], counts["users"], counts["audit_events"], counts["accounts"], counts["deals"],
			counts["deal_events"], counts["deal_conflicts"], counts["contents"], counts["content_events"], how),
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
