package httpserver_test

import (
	"io"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/partnerhub/partnerhub/internal/httpserver"
)

var generatedRequestID = regexp.MustCompile(`^[A-Za-z0-9._-]{8,64}$`)

func TestRequestIDOnEveryResponse(t *testing.T) {
	s := start(t, nil)
	oversized := `{"query":"{ __typename }","pad":"` + strings.Repeat("x", httpserver.MaxBodyBytes) + `"}`
	requests := []struct {
		name string
		req  func() *http.Request
	}{
		{"healthz", func() *http.Request { return newRequest(t, "GET", s.URL+"/healthz", nil, nil) }},
		{"readyz", func() *http.Request { return newRequest(t, "GET", s.URL+"/readyz", nil, nil) }},
		{"metrics", func() *http.Request { return newRequest(t, "GET", s.URL+"/metrics", nil, nil) }},
		{"playground", func() *http.Request { return newRequest(t, "GET", s.URL+"/playground", nil, nil) }},
		{"schema", func() *http.Request { return newRequest(t, "GET", s.URL+"/schema.graphql", nil, nil) }},
		{"unknown path", func() *http.Request { return newRequest(t, "GET", s.URL+"/no-such-page", nil, nil) }},
		{"query", func() *http.Request {
			return newRequest(t, "POST", s.URL+"/query", strings.NewReader(`{"query":"{ __typename }"}`),
				map[string]string{"Content-Type": "application/json"})
		}},
		{"refused transport", func() *http.Request {
			return newRequest(t, "POST", s.URL+"/query", strings.NewReader(`{"query":"{ __typename }"}`),
				map[string]string{"Content-Type": "text/plain"})
		}},
		{"body too large", func() *http.Request {
			return newRequest(t, "POST", s.URL+"/query", strings.NewReader(oversized),
				map[string]string{"Content-Type": "application/json"})
		}},
	}
	seen := map[string]string{}
	for _, rq := range requests {
		r := send(t, s, rq.req())
		id := r.header.Get("X-Request-ID")
		if !generatedRequestID.MatchString(id) {
			t.Errorf("%s: X-Request-ID = %q", rq.name, id)
			continue
		}
		if other, dup := seen[id]; dup {
			t.Errorf("%s and %s got the same request ID %q", other, rq.name, id)
		}
		seen[id] = rq.name
	}
}

func TestRequestIDFromCaller(t *testing.T) {
	s := start(t, nil)
	tests := []struct {
		name, sent string
		echoed     bool
	}{
		{"proxy's id", "req-01HX.abc_DEF-123", true},
		{"uuid", "4f9a1c2e-7b3d-4e8f-9a0b-1c2d3e4f5a6b", true},
		{"64 characters", strings.Repeat("a", 64), true},
		{"too long", strings.Repeat("a", 65), false},
		{"too short", "abc1234", false},
		{"spaces", "abc def ghi jkl", false},
		{"tab", "abcdefgh\tlevel=ERROR", false},
		{"log injection", `abcdefgh" level=ERROR msg="forged`, false},
		{"html", "<script>alert(1)</script>", false},
		{"non-ascii", "abcdefgh\u00e9\u00e9", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := send(t, s, newRequest(t, "GET", s.URL+"/healthz", nil, map[string]string{"X-Request-ID": tt.sent}))
			got := r.header.Get("X-Request-ID")
			if tt.echoed {
				if got != tt.sent {
					t.Errorf("X-Request-ID = %q, want the caller's %q echoed", got, tt.sent)
				}
				return
			}
			if got == tt.sent || strings.Contains(got, tt.sent) || !generatedRequestID.MatchString(got) {
				t.Errorf("malicious X-Request-ID %q answered with %q, want a fresh well-formed ID", tt.sent, got)
			}
		})
	}
}

// paddedQuery is a valid GraphQL JSON body of exactly n bytes.
func paddedQuery(t *testing.T, n int) string {
	t.Helper()
	prefix, suffix := `{"query":"{ __typename }","variables":{"pad":"`, `"}}`
	pad := n - len(prefix) - len(suffix)
	if pad < 0 {
		t.Fatalf("cannot build a %d-byte body", n)
	}
	return prefix + strings.Repeat("x", pad) + suffix
}

func TestBodyLimit(t *testing.T) {
	s := start(t, nil)
	tests := []struct {
		name       string
		size       int
		wantStatus int
	}{
		{"at the limit", httpserver.MaxBodyBytes, http.StatusOK},
		{"one byte over", httpserver.MaxBodyBytes + 1, http.StatusRequestEntityTooLarge},
		{"far over", 8 * httpserver.MaxBodyBytes, http.StatusRequestEntityTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := s.Send(t, newRequest(t, "POST", s.URL+"/query", strings.NewReader(paddedQuery(t, tt.size)),
				map[string]string{"Content-Type": "application/json"}))
			if res.Status != tt.wantStatus {
				t.Errorf("POST %d bytes = %d %.200s, want %d", tt.size, res.Status, res.Raw, tt.wantStatus)
			}
		})
	}
}

// TestBodyLimitWithoutContentLength: a chunked body declares no length up front, so the limit
// must hold while the body is read, too.
func TestBodyLimitWithoutContentLength(t *testing.T) {
	s := start(t, nil)
	// io.MultiReader hides the length, so the client sends Transfer-Encoding: chunked.
	body := io.MultiReader(strings.NewReader(paddedQuery(t, 2*httpserver.MaxBodyBytes)))
	req := newRequest(t, "POST", s.URL+"/query", body, map[string]string{"Content-Type": "application/json"})
	if req.ContentLength != 0 && req.ContentLength != -1 {
		t.Fatalf("request declares length %d; want it unknown", req.ContentLength)
	}
	res := s.Send(t, req)
	if res.Status == http.StatusOK && len(res.Errors) == 0 {
		t.Fatalf("oversized chunked body answered 200 without errors: %.200s", res.Raw)
	}
	if res.Status == http.StatusInternalServerError || slices.Contains(res.Codes(), "INTERNAL") {
		knownBug(t, "an oversized chunked body is answered %d INTERNAL instead of 413: withBodyLimit only checks "+
			"Content-Length, and the transport's read error then panics in entgql.Transactioner", res.Status)
	}
	if res.Status != http.StatusRequestEntityTooLarge {
		t.Errorf("oversized chunked body = %d %.300s, want 413", res.Status, res.Raw)
	}
}

func TestCORS(t *testing.T) {
	s := start(t, map[string]string{"CORS_ORIGINS": "http://portal.example, https://admin.example"})
	tests := []struct {
		origin  string
		allowed bool
	}{
		{"http://portal.example", true},
		{"https://admin.example", true},
		{"http://evil.example", false},
		{"https://portal.example", false}, // another scheme is another origin
		{"http://portal.example.evil.example", false},
	}
	for _, tt := range tests {
		t.Run(tt.origin, func(t *testing.T) {
			preflight := send(t, s, newRequest(t, http.MethodOptions, s.URL+"/query", nil, map[string]string{
				"Origin":                         tt.origin,
				"Access-Control-Request-Method":  "POST",
				"Access-Control-Request-Headers": "authorization, content-type",
			}))
			acao := preflight.header.Get("Access-Control-Allow-Origin")
			if tt.allowed {
				if acao != tt.origin {
					t.Errorf("preflight: Access-Control-Allow-Origin = %q, want %q", acao, tt.origin)
				}
				if preflight.status >= 300 {
					t.Errorf("preflight status = %d, want 2xx", preflight.status)
				}
			} else if acao != "" {
				t.Errorf("preflight from a foreign origin: Access-Control-Allow-Origin = %q, want none", acao)
			}

			res := s.Send(t, newRequest(t, "POST", s.URL+"/query", strings.NewReader(`{"query":"{ __typename }"}`),
				map[string]string{"Origin": tt.origin, "Content-Type": "application/json"}))
			acao = res.Header.Get("Access-Control-Allow-Origin")
			if tt.allowed {
				if acao != tt.origin {
					t.Errorf("POST: Access-Control-Allow-Origin = %q, want %q", acao, tt.origin)
				}
				// The portal shows the request ID to users reporting a problem.
				if exposed := res.Header.Get("Access-Control-Expose-Headers"); !strings.Contains(strings.ToLower(exposed), "x-request-id") {
					t.Errorf("Access-Control-Expose-Headers = %q, want X-Request-ID in it", exposed)
				}
			} else if acao != "" {
				t.Errorf("POST from a foreign origin: Access-Control-Allow-Origin = %q, want none", acao)
			}
		})
	}
}

// TestCORSWithoutOrigins: with no CORS_ORIGINS the API is same-origin only (the portal is served
// from the same origin), so no other site's script may read its answers.
func TestCORSWithoutOrigins(t *testing.T) {
	s := start(t, nil)
	preflight := send(t, s, newRequest(t, http.MethodOptions, s.URL+"/query", nil, map[string]string{
		"Origin":                         "http://evil.example",
		"Access-Control-Request-Method":  "POST",
		"Access-Control-Request-Headers": "authorization, content-type",
	}))
	acao := preflight.header.Get("Access-Control-Allow-Origin")
	if acao == "*" {
		knownBug(t, "with CORS_ORIGINS unset rs/cors allows every origin (Access-Control-Allow-Origin: *)")
	}
	if acao != "" {
		t.Errorf("preflight from a foreign origin without CORS_ORIGINS: Access-Control-Allow-Origin = %q, want none", acao)
	}
}
