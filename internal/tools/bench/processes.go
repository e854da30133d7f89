// The processes of a run: the real server and the raw-SQL baseline, each started twice (direct and
// behind the counting proxy), their readiness, and the sign-ins the load uses.

package bench

import (
	"context"
	crand "crypto/rand"
	"database/sql"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"time"
)

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
	need := 3*serverPoolConns + countedBaselinePoolConns
	if r.opts.PostGraphileDir != "" && r.comparesPostGraphile() {
		need += PostGraphilePoolConns
	}
	if free < need {
		r.logf("warning: PostgreSQL has %d connections free, the server, baseline and PostGraphile instances may open %d", free, need)
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
	// request is still counted against its user's budget in the database (in leased slices of 50).
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
	return r.start(bin, args, env, name, false)
}

// spawnGroup is spawn for a process that may start children of its own (Node): it gets a process
// group, and the clean-up signals the whole group.
func (r *runner) spawnGroup(bin string, args, env []string, name string) (int, string, error) {
	return r.start(bin, args, env, name, true)
}

func (r *runner) start(bin string, args, env []string, name string, group bool) (int, string, error) {
	stamp := r.report.Started.UTC().Format("20060102T150405Z")
	logFile, err := os.Create(filepath.Join(r.opts.OutDir, stamp+"."+name+".log"))
	if err != nil {
		return 0, "", err
	}
	r.logs = append(r.logs, logFile.Name())
	cmd := exec.Command(bin, args...)
	cmd.Env = env
	cmd.Stdout, cmd.Stderr = logFile, logFile
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM, Setpgid: group}
	if err := cmd.Start(); err != nil {
		logFile.Close()
		return 0, "", err
	}
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	signal := func(sig syscall.Signal) {
		if group {
			syscall.Kill(-cmd.Process.Pid, sig)
			return
		}
		cmd.Process.Signal(sig)
	}
	r.cleanup = append(r.cleanup, func() {
		signal(syscall.SIGTERM)
		select {
		case <-done:
		case <-time.After(25 * time.Second):
			signal(syscall.SIGKILL)
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
// report shows (each login hashes with argon2id's 19 MiB); checkTokens makes sure the counted one
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

const createAPIKeyMutation = `mutation createApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { secret }
}`

// createAPIKey creates the read-only API key the one-key phases send from every client, as a
// partner developer's script does: it signs in as the first admin and asks the server for a key.
// The bench's raised RATE_LIMIT_API_KEY keeps the key's budget from refusing the load; every
// request is still counted against it.
func (r *runner) createAPIKey(ctx context.Context) error {
	if !r.comparesPostGraphile() {
		return nil
	}
	admin := r.tokens[RoleAdmin]
	if len(admin) == 0 {
		return fmt.Errorf("no admin signed in to create the API key")
	}
	body, _ := json.Marshal(map[string]any{"query": createAPIKeyMutation, "operationName": "createApiKey",
		"variables": map[string]any{"input": map[string]any{"name": "bench one-key load", "scope": "READ"}}})
	raw, err := send(ctx, newHTTPClient(1), r.server.direct.url, admin[0], body)
	if err != nil {
		return err
	}
	var out struct {
		Data struct {
			CreateAPIKey struct {
				Secret string `json:"secret"`
			} `json:"createApiKey"`
		} `json:"data"`
	}
	if err := json.Unmarshal(raw, &out); err != nil || out.Data.CreateAPIKey.Secret == "" {
		return fmt.Errorf("createApiKey returned no secret: %.300s", raw)
	}
	r.apiKey = out.Data.CreateAPIKey.Secret
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
