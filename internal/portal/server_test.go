package portal_test

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/partnerhub/partnerhub/internal/config"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
)

// The server mounts the portal at "/" without shadowing any of its own endpoints.
func TestServedByTheServer(t *testing.T) {
	cfg, err := config.Load(func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	db := testdb.Open(t)
	s := apitest.Start(t, cfg, db, testdb.ClientOf(t, db))

	get := func(method, path, body string) (int, http.Header, string) {
		t.Helper()
		req, err := http.NewRequest(method, s.URL+path, strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		if body != "" {
			req.Header.Set("Content-Type", "application/json")
		}
		res, err := s.HTTP.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, res.Header, string(b)
	}

	for _, path := range []string{"/", "/partners/prt_01ABC", "/signin"} {
		status, h, body := get(http.MethodGet, path, "")
		if status != http.StatusOK || !strings.Contains(body, `<div id="root">`) || h.Get("Cache-Control") != "no-cache" {
			t.Errorf("GET %s = %d, Cache-Control %q; want the portal", path, status, h.Get("Cache-Control"))
		}
		if h.Get("X-Request-ID") == "" {
			t.Errorf("GET %s: no X-Request-ID", path)
		}
	}
	checks := []struct {
		method, path, body string
		status             int
		contains           string
	}{
		{http.MethodGet, "/healthz", "", http.StatusOK, "ok"},
		{http.MethodGet, "/readyz", "", http.StatusOK, "ready"},
		{http.MethodGet, "/schema.graphql", "", http.StatusOK, "type Query"},
		{http.MethodGet, "/playground", "", http.StatusOK, "GraphiQL"},
		{http.MethodGet, "/metrics", "", http.StatusOK, "# HELP"},
		{http.MethodPost, "/query", `{"query":"{ __typename }"}`, http.StatusOK, `"Query"`},
		{http.MethodGet, "/files/fil_01ABC", "", http.StatusNotFound, ""},
		{http.MethodPost, "/healthz", "", http.StatusMethodNotAllowed, ""},
	}
	for _, c := range checks {
		status, _, body := get(c.method, c.path, c.body)
		if status != c.status || !strings.Contains(body, c.contains) {
			t.Errorf("%s %s = %d %.60q; want %d containing %q", c.method, c.path, status, body, c.status, c.contains)
		}
		if strings.Contains(body, `<div id="root">`) {
			t.Errorf("%s %s answered with the portal", c.method, c.path)
		}
	}
}
