// Command exportsoak shows that a CSV export streams (`make bench-export`, part of `make bench`):
// it starts the server binary on an embedded database of its own, adds -rows generated audit
// events to the demo data, then exports the audit log twice as the admin, once filtered to about a
// sixth of it and once whole, resetting the server's peak RSS (VmHWM) before each. It prints both
// peaks, the rows and the rate, and exits 1 when the whole export's peak passes the small one's by
// more than -max-growth-mb: memory that grew with the rows would be a list built in memory.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/internal/database"
	"github.com/partnerhub/partnerhub/internal/tools/bench"
)

func main() {
	bin := flag.String("server", "bin/partnerhub", "server binary")
	rows := flag.Int("rows", 100_000, "generated audit events")
	maxGrowth := flag.Float64("max-growth-mb", 20, "how much more the whole export's peak RSS may be than the small one's")
	flag.Parse()
	if err := run(*bin, *rows, *maxGrowth); err != nil {
		fmt.Fprintln(os.Stderr, "exportsoak:", err)
		os.Exit(1)
	}
}

type server struct {
	cmd  *exec.Cmd
	base string
}

func start(bin, dir string) (*server, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), "PORT="+strconv.Itoa(port), "DATA_DIR="+dir, "LOG_LEVEL=error", "RATE_LIMIT_USER=1000000")
	logFile, err := os.OpenFile(filepath.Join(dir, "server.log"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return nil, err
	}
	cmd.Stdout, cmd.Stderr = logFile, logFile
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s := &server{cmd: cmd, base: "http://127.0.0.1:" + strconv.Itoa(port)}
	if err := waitReady(s.base, 180*time.Second); err != nil {
		s.stop()
		return nil, err
	}
	return s, nil
}

func (s *server) stop() { _ = s.cmd.Process.Kill(); _ = s.cmd.Wait() }

func run(bin string, rows int, maxGrowth float64) error {
	dir, err := os.MkdirTemp("", "exportsoak")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)

	// The first start migrates and seeds the demo; the generated rows go in while it is stopped.
	s, err := start(bin, dir)
	if err != nil {
		return err
	}
	s.stop()
	ctx := context.Background()
	db, err := database.OpenSQLite(ctx, filepath.Join(dir, "partnerhub.db"))
	if err != nil {
		return err
	}
	shape := bench.Shape{Admins: 1, Managers: 2, Partners: 20, UsersPerPartner: 2, AuditEvents: rows}
	if _, err := bench.Generate(ctx, db, shape, ""); err != nil {
		db.Close()
		return fmt.Errorf("generating %d audit events: %w", rows, err)
	}
	db.Close()

	s, err = start(bin, dir)
	if err != nil {
		return err
	}
	defer s.stop()
	token, err := signIn(s.base, "admin@vendor.test", "partnerhub-demo")
	if err != nil {
		return err
	}
	fields := "createdAt,actorType,actor.name,action,entityType,entityID,requestID,ip,partner.name"
	small, err := s.export(token, url.Values{"fields": {fields}, "where": {`{"action": "login"}`}})
	if err != nil {
		return err
	}
	whole, err := s.export(token, url.Values{"fields": {fields}})
	if err != nil {
		return err
	}
	fmt.Printf("CSV export of the audit log (%d generated events besides the demo's), one page of %d rows at a time:\n", rows, 100)
	for _, r := range []result{small, whole} {
		fmt.Printf("  %7d rows, %6.1f MB in %5.1fs (%6.0f rows/s): server peak RSS %.1f MB (%.1f MB before)\n",
			r.rows, float64(r.bytes)/1e6, r.took.Seconds(), float64(r.rows)/r.took.Seconds(), r.peakMB, r.beforeMB)
	}
	growth := whole.peakMB - small.peakMB
	fmt.Printf("peak RSS for %.1f× the rows: %+.1f MB (limit %+.0f MB)\n", float64(whole.rows)/float64(small.rows), growth, maxGrowth)
	if whole.rows < rows {
		return fmt.Errorf("the whole export has %d rows, fewer than the %d generated", whole.rows, rows)
	}
	if growth > maxGrowth {
		return fmt.Errorf("memory grew with the export: %+.1f MB over %+.0f MB", growth, maxGrowth)
	}
	return nil
}

type result struct {
	rows             int
	bytes            int64
	took             time.Duration
	peakMB, beforeMB float64
}

// export downloads one export, counting its rows as they stream in, and reads the server's peak
// RSS over it.
func (s *server) export(token string, params url.Values) (result, error) {
	pid := s.cmd.Process.Pid
	if err := os.WriteFile(fmt.Sprintf("/proc/%d/clear_refs", pid), []byte("5"), 0); err != nil {
		return result{}, fmt.Errorf("resetting the peak RSS: %w", err)
	}
	before, _ := peakRSSMB(pid)
	req, _ := http.NewRequest(http.MethodGet, s.base+"/export/auditEvents?"+params.Encode(), nil)
	req.Header.Set("Authorization", "Bearer "+token)
	t0 := time.Now()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return result{}, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return result{}, fmt.Errorf("export answered %d", resp.StatusCode)
	}
	r := result{beforeMB: before}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		r.rows++
		r.bytes += int64(len(sc.Bytes()) + 1)
	}
	if err := sc.Err(); err != nil {
		return result{}, fmt.Errorf("reading the export: %w", err)
	}
	r.rows-- // the header
	r.took = time.Since(t0)
	r.peakMB, err = peakRSSMB(pid)
	return r, err
}

func signIn(base, email, password string) (string, error) {
	const login = `mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { accessToken } }`
	body, _ := json.Marshal(map[string]any{"query": login, "variables": map[string]any{"e": email, "p": password}})
	resp, err := http.Post(base+"/query", "application/json", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct {
		Data struct{ Login struct{ AccessToken string } }
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || out.Data.Login.AccessToken == "" {
		return "", fmt.Errorf("signing in: no access token (status %d)", resp.StatusCode)
	}
	return out.Data.Login.AccessToken, nil
}

func peakRSSMB(pid int) (float64, error) {
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(status), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmHWM:" {
			kb, err := strconv.ParseFloat(f[1], 64)
			return kb / 1024, err
		}
	}
	return 0, fmt.Errorf("no VmHWM in /proc/%d/status", pid)
}

func waitReady(base string, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		if resp, err := http.Get(base + "/readyz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	return fmt.Errorf("the server was not ready within %s", limit)
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
