package httpserver_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/partnerhub/partnerhub/ent/auditevent"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// TestMetricsProtectedInProduction: in production /metrics answers only a bearer of
// METRICS_TOKEN; without the setting it is not served at all. Development keeps it open.
func TestMetricsProtectedInProduction(t *testing.T) {
	withToken := map[string]string{"METRICS_TOKEN": "a-metrics-token-for-the-scraper"}
	for k, v := range productionEnv {
		withToken[k] = v
	}
	for _, c := range []struct {
		name   string
		env    map[string]string
		header string
		status int
	}{
		{"production without a token set", productionEnv, "", http.StatusForbidden},
		{"production without a token set, a bearer sent", productionEnv, "Bearer anything", http.StatusForbidden},
		{"no credential", withToken, "", http.StatusUnauthorized},
		{"wrong token", withToken, "Bearer a-metrics-token-for-the-scrapeR", http.StatusUnauthorized},
		{"another scheme", withToken, "Basic a-metrics-token-for-the-scraper", http.StatusUnauthorized},
		{"the token", withToken, "Bearer a-metrics-token-for-the-scraper", http.StatusOK},
		{"development", nil, "", http.StatusOK},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := start(t, c.env)
			r := send(t, s, newRequest(t, http.MethodGet, s.URL+"/metrics", nil, map[string]string{"Authorization": c.header}))
			if r.status != c.status {
				t.Fatalf("GET /metrics = %d %.80q, want %d", r.status, r.body, c.status)
			}
			if leaked := strings.Contains(r.body, "# HELP"); leaked != (c.status == http.StatusOK) {
				t.Errorf("series in the answer: %v, want %v", leaked, c.status == http.StatusOK)
			}
		})
	}
}

// TestClientAddressBehindTrustedProxies: with TRUSTED_PROXIES set, the client address is the
// rightmost X-Forwarded-For entry that is not a trusted proxy, for rate limits and audit events
// alike; entries a client adds to the left are ignored. From an untrusted peer, X-Forwarded-For
// is ignored.
func TestClientAddressBehindTrustedProxies(t *testing.T) {
	// The test client connects from 127.0.0.1: here that is the load balancer.
	s := startDemo(t, map[string]string{"TRUSTED_PROXIES": "127.0.0.1/32, 10.0.0.0/8", "RATE_LIMIT_ANONYMOUS": "2"})
	query := func(xff string) *http.Response {
		t.Helper()
		req := newRequest(t, http.MethodPost, s.URL+"/query", strings.NewReader(`{"query":"{ __typename }"}`),
			map[string]string{"Content-Type": "application/json", "X-Forwarded-For": xff})
		res, err := s.HTTP.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res
	}
	// Two clients behind the balancer have a budget each; a second internal hop (10.1.2.3) is skipped.
	for _, xff := range []string{"203.0.113.7", "203.0.113.7, 10.1.2.3", "203.0.113.8", "203.0.113.8"} {
		if res := query(xff); res.StatusCode != http.StatusOK {
			t.Fatalf("X-Forwarded-For %q: %d, want 200 within its own budget", xff, res.StatusCode)
		}
	}
	// A client cannot buy a fresh budget by writing addresses of its own to the left.
	if res := query("198.51.100.99, 203.0.113.7"); res.StatusCode != http.StatusTooManyRequests {
		t.Errorf("spoofed entry left of 203.0.113.7: %d, want 429 (203.0.113.7's budget is spent)", res.StatusCode)
	}

	// Audit events record the client's address, not the balancer's.
	body := `{"query":"mutation { login(input: {email: \"pam@vendor.test\", password: \"` + s.Config.DemoPassword + `\"}) { accessToken } }"}`
	req := newRequest(t, http.MethodPost, s.URL+"/query", strings.NewReader(body),
		map[string]string{"Content-Type": "application/json", "X-Forwarded-For": "192.0.2.44"})
	if res := s.Send(t, req); len(res.Errors) > 0 {
		t.Fatalf("login: %s", res.Raw)
	}
	ev, err := s.Client.AuditEvent.Query().Where(auditevent.Action("login")).Only(viewer.SystemContext(context.Background()))
	if err != nil {
		t.Fatal(err)
	}
	if ev.IP != "192.0.2.44" {
		t.Errorf("audit event IP %q, want 192.0.2.44", ev.IP)
	}
}

// TestForwardedForIgnoredWithoutTrustedProxies: without TRUSTED_PROXIES nobody may name the
// client address, so spoofed X-Forwarded-For headers share the connection's budget.
func TestForwardedForIgnoredWithoutTrustedProxies(t *testing.T) {
	s := start(t, map[string]string{"RATE_LIMIT_ANONYMOUS": "2"})
	statuses := []int{}
	for _, xff := range []string{"203.0.113.1", "203.0.113.2", "203.0.113.3"} {
		req := newRequest(t, http.MethodPost, s.URL+"/query", strings.NewReader(`{"query":"{ __typename }"}`),
			map[string]string{"Content-Type": "application/json", "X-Forwarded-For": xff})
		statuses = append(statuses, send(t, s, req).status)
	}
	if statuses[2] != http.StatusTooManyRequests {
		t.Errorf("statuses %v: a spoofed X-Forwarded-For bought a fresh budget", statuses)
	}
}
