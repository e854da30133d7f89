package playground

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

// newMux mounts the handler the way callers are told to.
func newMux() *http.ServeMux {
	h := Handler("/query", "PartnerHub")
	mux := http.NewServeMux()
	mux.Handle("/playground", h)
	mux.Handle("/playground/", h)
	return mux
}

func get(t *testing.T, h http.Handler, target string) *http.Response {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	return rec.Result()
}

func readBody(t *testing.T, res *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

var refAttr = regexp.MustCompile(`(?i)\b(?:src|href)\s*=\s*["']?([^"'\s>]+)`)

func TestPageAndAssets(t *testing.T) {
	mux := newMux()
	// Both mount points must produce links that resolve to real assets.
	for _, pagePath := range []string{"/playground", "/playground/"} {
		t.Run(pagePath, func(t *testing.T) {
			res := get(t, mux, pagePath)
			body := readBody(t, res)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("status = %d, want 200", res.StatusCode)
			}
			if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
				t.Errorf("Content-Type = %q, want text/html", ct)
			}
			if cc := res.Header.Get("Cache-Control"); cc != "no-cache" {
				t.Errorf("Cache-Control = %q, want no-cache", cc)
			}
			if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self';") {
				t.Errorf("Content-Security-Policy = %q, want script-src 'self'", csp)
			}
			for _, want := range []string{`data-endpoint="/query"`, "<title>PartnerHub</title>"} {
				if !strings.Contains(body, want) {
					t.Errorf("page lacks %s", want)
				}
			}

			refs := refAttr.FindAllStringSubmatch(body, -1)
			if len(refs) == 0 {
				t.Fatal("page references no assets")
			}
			seen := map[string]bool{}
			base, _ := url.Parse(pagePath)
			for _, m := range refs {
				ref := m[1]
				if strings.HasPrefix(ref, "data:") {
					continue // inline, nothing to fetch
				}
				if strings.Contains(ref, "http://") || strings.Contains(ref, "https://") || strings.HasPrefix(ref, "//") {
					t.Errorf("page references external URL %q", ref)
					continue
				}
				u, err := base.Parse(ref)
				if err != nil {
					t.Fatalf("bad reference %q: %v", ref, err)
				}
				seen[u.Path] = true
				res := get(t, mux, u.RequestURI())
				body := readBody(t, res)
				if res.StatusCode != http.StatusOK || body == "" {
					t.Errorf("%s: status %d, %d bytes", u, res.StatusCode, len(body))
					continue
				}
				ct := res.Header.Get("Content-Type")
				switch {
				case strings.HasSuffix(u.Path, ".js") && !strings.HasPrefix(ct, "text/javascript"),
					strings.HasSuffix(u.Path, ".css") && !strings.HasPrefix(ct, "text/css"):
					t.Errorf("%s: Content-Type = %q", u, ct)
				}
				if cc := res.Header.Get("Cache-Control"); !strings.Contains(cc, "max-age=31536000") {
					t.Errorf("%s: Cache-Control = %q, want long max-age", u, cc)
				}
			}
			for _, name := range append(append([]string{}, styles...), scripts...) {
				if !seen["/playground/assets/"+name] {
					t.Errorf("page does not reference %s", name)
				}
			}
		})
	}
}

func TestUnknownAsset(t *testing.T) {
	for _, p := range []string{"/playground/assets/nope.js", "/playground/assets/", "/playground/assets/SOURCES.txt"} {
		if res := get(t, newMux(), p); res.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: status = %d, want 404", p, res.StatusCode)
		}
	}
}

func TestMethodNotAllowed(t *testing.T) {
	rec := httptest.NewRecorder()
	newMux().ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/playground", nil))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST: status = %d, want 405", rec.Code)
	}
}

// The bundles must not fetch anything from a CDN at run time (fonts in
// particular); a stray URL in CSS would be loaded by the browser.
func TestAssetsHaveNoExternalLoads(t *testing.T) {
	cdn := regexp.MustCompile(`(?i)url\(\s*["']?(?:https?:)?//|@import|fonts\.googleapis|fonts\.gstatic`)
	for name, a := range assets {
		if loc := cdn.FindIndex(a.body); loc != nil {
			t.Errorf("%s loads an external resource: %q", name, a.body[loc[0]:min(loc[1]+60, len(a.body))])
		}
	}
}

// Endpoint and title are caller-supplied; they must not be able to inject markup.
func TestEscaping(t *testing.T) {
	h := Handler(`/q"><script>x()</script>`, "<b>T</b>")
	body := readBody(t, get(t, h, "/playground"))
	if strings.Contains(body, "<script>x()") || strings.Contains(body, "<b>") {
		t.Errorf("unescaped input in page:\n%s", body)
	}
}
