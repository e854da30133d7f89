// Command signinsoak floods a fresh server with concurrent anonymous sign-ins, as an attacker with
// many addresses would, and shows that memory stays bounded and other requests keep answering
// (`make soak`). It starts the server binary on an embedded database of its own, lifts the
// per-address budget and trusts X-Forwarded-For from loopback so that every request counts as a new
// client, sends wrong-password sign-ins for unknown and real addresses from -clients goroutines for
// -duration, and meanwhile measures a signed-in query. It prints the server's peak RSS (VmHWM) and
// the probe's latencies, and exits 1 when the peak passes -max-rss-mb or the probe's p95 passes
// -max-probe.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

const login = `mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { accessToken } }`

func main() {
	bin := flag.String("server", "bin/partnerhub", "server binary")
	clients := flag.Int("clients", 48, "concurrent sign-in clients")
	duration := flag.Duration("duration", 20*time.Second, "how long to flood")
	maxRSS := flag.Float64("max-rss-mb", 150, "peak RSS target in MB")
	maxProbe := flag.Duration("max-probe", 2*time.Second, "p95 target of the signed-in probe")
	flag.Parse()
	if err := soak(*bin, *clients, *duration, *maxRSS, *maxProbe); err != nil {
		fmt.Fprintln(os.Stderr, "signinsoak:", err)
		os.Exit(1)
	}
}

func soak(bin string, clients int, duration time.Duration, maxRSS float64, maxProbe time.Duration) error {
	dir, err := os.MkdirTemp("", "signinsoak")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	port, err := freePort()
	if err != nil {
		return err
	}
	base := "http://127.0.0.1:" + strconv.Itoa(port)
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), "PORT="+strconv.Itoa(port), "DATA_DIR="+dir, "LOG_LEVEL=error",
		"RATE_LIMIT_ANONYMOUS=1000000", "TRUSTED_PROXIES=127.0.0.1/32")
	logFile, err := os.Create(filepath.Join(dir, "server.log"))
	if err != nil {
		return err
	}
	cmd.Stdout, cmd.Stderr = logFile, logFile
	if err := cmd.Start(); err != nil {
		return err
	}
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	if err := waitReady(base, 120*time.Second); err != nil {
		return err
	}
	startRSS, _ := peakRSSMB(cmd.Process.Pid)
	token, err := signIn(base, "admin@vendor.test", "partnerhub-demo", "192.0.2.1")
	if err != nil {
		return fmt.Errorf("signing in the probe: %w", err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), duration)
	defer cancel()
	var sent, limited, failed atomic.Int64
	var wg sync.WaitGroup
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ctx.Err() == nil; i++ {
				email := fmt.Sprintf("nobody-%d-%d@example.test", c, i)
				if i%3 == 0 {
					email = "sales@acme-reseller.test" // real accounts cost the same
				}
				status, err := post(ctx, base, "", randomIP(), login, map[string]any{"e": email, "p": "wrong password"})
				switch {
				case err != nil && ctx.Err() == nil:
					failed.Add(1)
				case status == http.StatusTooManyRequests:
					limited.Add(1)
				}
				sent.Add(1)
			}
		}()
	}
	var probes []time.Duration
	for ctx.Err() == nil {
		t0 := time.Now()
		status, err := post(context.Background(), base, token, "192.0.2.1", `{ viewer { email } }`, nil)
		if err != nil || status != http.StatusOK {
			return fmt.Errorf("the signed-in probe failed during the flood: status %d, %v", status, err)
		}
		probes = append(probes, time.Since(t0))
		time.Sleep(100 * time.Millisecond)
	}
	wg.Wait()
	peak, err := peakRSSMB(cmd.Process.Pid)
	if err != nil {
		return err
	}
	slices.Sort(probes)
	p50, p95 := probes[len(probes)/2], probes[len(probes)*95/100]
	fmt.Printf("sign-in flood: %d clients for %s, %d requests (%d refused with 429, %d transport errors)\n",
		clients, duration, sent.Load(), limited.Load(), failed.Load())
	fmt.Printf("server peak RSS: %.1f MB (%.1f MB after start-up; target %.0f MB)\n", peak, startRSS, maxRSS)
	fmt.Printf("signed-in probe during the flood: %d requests, p50 %s, p95 %s (target %s)\n", len(probes), p50.Round(time.Millisecond), p95.Round(time.Millisecond), maxProbe)
	var problems []string
	if peak > maxRSS {
		problems = append(problems, fmt.Sprintf("peak RSS %.1f MB over %.0f MB", peak, maxRSS))
	}
	if p95 > maxProbe {
		problems = append(problems, fmt.Sprintf("probe p95 %s over %s", p95, maxProbe))
	}
	if len(problems) > 0 {
		return fmt.Errorf("%s", strings.Join(problems, "; "))
	}
	return nil
}

func post(ctx context.Context, base, token, ip, query string, vars map[string]any) (int, error) {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/query", bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Forwarded-For", ip)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var out struct {
		Errors []struct{ Message string }
	}
	_ = json.NewDecoder(resp.Body).Decode(&out)
	if token != "" && len(out.Errors) > 0 {
		return resp.StatusCode, fmt.Errorf("%s", out.Errors[0].Message)
	}
	return resp.StatusCode, nil
}

func signIn(base, email, password, ip string) (string, error) {
	body, _ := json.Marshal(map[string]any{"query": login, "variables": map[string]any{"e": email, "p": password}})
	req, _ := http.NewRequest(http.MethodPost, base+"/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Forwarded-For", ip)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct {
		Data struct{ Login struct{ AccessToken string } }
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || out.Data.Login.AccessToken == "" {
		return "", fmt.Errorf("no access token (status %d)", resp.StatusCode)
	}
	return out.Data.Login.AccessToken, nil
}

// randomIP is a documentation-range address (RFC 5737), never a real client.
func randomIP() string { return fmt.Sprintf("198.51.100.%d", rand.IntN(254)+1) }

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
