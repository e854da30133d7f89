package portal_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/partnerhub/partnerhub/internal/portal"
)

const indexHTML = `<!doctype html><html><head><script type="module" src="/assets/index-AbC123.js"></script>` +
	`<link rel="stylesheet" href="/assets/index-XyZ789.css"></head><body><div id="root"></div></body></html>`

var appJS = strings.Repeat("console.log('partnerhub');\n", 100)

func testFS() fs.FS {
	return fstest.MapFS{
		"index.html":              {Data: []byte(indexHTML)},
		"favicon.svg":             {Data: []byte(`<svg xmlns="http://www.w3.org/2000/svg"></svg>`)},
		"assets/index-AbC123.js":  {Data: []byte(appJS)},
		"assets/index-XyZ789.css": {Data: []byte("body{margin:0}")},
	}
}

type answer struct {
	status int
	header http.Header
	body   string
}

func do(t *testing.T, h http.Handler, method, target string, header map[string]string) answer {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	body := rec.Body.Bytes()
	if rec.Header().Get("Content-Encoding") == "gzip" {
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			t.Fatalf("%s %s: bad gzip: %v", method, target, err)
		}
		body, _ = io.ReadAll(zr)
	}
	return answer{rec.Code, rec.Header(), string(body)}
}

func TestIndexAndClientRoutes(t *testing.T) {
	h := portal.New(testFS())
	for _, target := range []string{"/", "/index.html", "/partners", "/partners/prt_01ABC", "/tiers?x=1", "/deals/new/"} {
		a := do(t, h, http.MethodGet, target, nil)
		if a.status != http.StatusOK || a.body != indexHTML {
			t.Errorf("GET %s = %d %.40q; want index.html", target, a.status, a.body)
			continue
		}
		if got := a.header.Get("Cache-Control"); got != "no-cache" {
			t.Errorf("GET %s: Cache-Control = %q; want no-cache", target, got)
		}
		if got := a.header.Get("Content-Type"); got != "text/html; charset=utf-8" {
			t.Errorf("GET %s: Content-Type = %q", target, got)
		}
		if csp := a.header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") || !strings.Contains(csp, "frame-ancestors 'none'") {
			t.Errorf("GET %s: Content-Security-Policy = %q", target, csp)
		}
	}
}

func TestHashedAssetsAreImmutable(t *testing.T) {
	h := portal.New(testFS())
	a := do(t, h, http.MethodGet, "/assets/index-AbC123.js", nil)
	if a.status != http.StatusOK || a.body != appJS {
		t.Fatalf("GET asset = %d", a.status)
	}
	if got := a.header.Get("Cache-Control"); got != "public, max-age=31536000, immutable" {
		t.Errorf("asset Cache-Control = %q", got)
	}
	if got := a.header.Get("Content-Type"); got != "text/javascript; charset=utf-8" {
		t.Errorf("asset Content-Type = %q", got)
	}
	if a.header.Get("Content-Encoding") != "" {
		t.Errorf("asset compressed for a client that did not ask")
	}
	css := do(t, h, http.MethodGet, "/assets/index-XyZ789.css", nil)
	if got := css.header.Get("Content-Type"); got != "text/css; charset=utf-8" {
		t.Errorf("css Content-Type = %q", got)
	}
	// Files outside assets/ have no hash in their names: cached briefly.
	icon := do(t, h, http.MethodGet, "/favicon.svg", nil)
	if icon.status != http.StatusOK || icon.header.Get("Cache-Control") != "public, max-age=3600" {
		t.Errorf("favicon = %d, Cache-Control %q", icon.status, icon.header.Get("Cache-Control"))
	}
}

func TestGzip(t *testing.T) {
	h := portal.New(testFS())
	a := do(t, h, http.MethodGet, "/assets/index-AbC123.js", map[string]string{"Accept-Encoding": "br, gzip"})
	if a.header.Get("Content-Encoding") != "gzip" || a.body != appJS {
		t.Errorf("gzip: Content-Encoding %q, body ok %v", a.header.Get("Content-Encoding"), a.body == appJS)
	}
	if !strings.Contains(a.header.Get("Vary"), "Accept-Encoding") {
		t.Errorf("gzip: Vary = %q", a.header.Get("Vary"))
	}
	refused := do(t, h, http.MethodGet, "/assets/index-AbC123.js", map[string]string{"Accept-Encoding": "gzip;q=0"})
	if refused.header.Get("Content-Encoding") != "" {
		t.Errorf("gzip;q=0 still compressed")
	}
}

func TestConditionalAndHead(t *testing.T) {
	h := portal.New(testFS())
	first := do(t, h, http.MethodGet, "/assets/index-AbC123.js", nil)
	etag := first.header.Get("ETag")
	if etag == "" {
		t.Fatal("no ETag")
	}
	again := do(t, h, http.MethodGet, "/assets/index-AbC123.js", map[string]string{"If-None-Match": etag})
	if again.status != http.StatusNotModified || again.body != "" {
		t.Errorf("If-None-Match = %d with %d bytes; want 304 and none", again.status, len(again.body))
	}
	head := do(t, h, http.MethodHead, "/", nil)
	if head.status != http.StatusOK || head.body != "" || head.header.Get("Content-Length") != strconv.Itoa(len(indexHTML)) {
		t.Errorf("HEAD / = %d, %d bytes, Content-Length %q", head.status, len(head.body), head.header.Get("Content-Length"))
	}
}

func TestNotFoundAndReserved(t *testing.T) {
	h := portal.New(testFS())
	for _, target := range []string{
		"/assets/index-OLD000.js", // an old build's chunk: never answered with HTML
		"/robots.txt",
		"/query", "/query/anything", "/playground/x", "/schema.graphql", "/healthz", "/readyz", "/metrics",
		"/files/fil_01ABC", "/files",
	} {
		a := do(t, h, http.MethodGet, target, nil)
		if a.status != http.StatusNotFound {
			t.Errorf("GET %s = %d; want 404", target, a.status)
		}
		if strings.Contains(a.body, "<div id=\"root\">") {
			t.Errorf("GET %s served the app", target)
		}
	}
	for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodDelete} {
		a := do(t, h, method, "/partners", nil)
		if a.status != http.StatusMethodNotAllowed || a.header.Get("Allow") != "GET, HEAD" {
			t.Errorf("%s /partners = %d, Allow %q", method, a.status, a.header.Get("Allow"))
		}
	}
	// Dot segments cannot escape into a reserved path or out of the build.
	if a := do(t, h, http.MethodGet, "/x/../query", nil); a.status != http.StatusNotFound {
		t.Errorf("GET /x/../query = %d", a.status)
	}
}

func TestNewRefusesBuildWithoutIndex(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("New accepted a build without index.html")
		}
	}()
	portal.New(fstest.MapFS{"assets/a.js": {Data: []byte("x")}})
}

var assetRef = regexp.MustCompile(`(?:src|href)="(/assets/[^"]+)"`)

// The committed build (make frontend) is what the binary embeds: an index.html whose hashed
// assets are all there.
func TestEmbeddedBuild(t *testing.T) {
	h := portal.Handler()
	index := do(t, h, http.MethodGet, "/", nil)
	if index.status != http.StatusOK || !strings.Contains(index.body, `<div id="root">`) {
		t.Fatalf("embedded index.html = %d %.80q", index.status, index.body)
	}
	refs := assetRef.FindAllStringSubmatch(index.body, -1)
	if len(refs) == 0 {
		t.Fatal("embedded index.html references no /assets/ files")
	}
	for _, m := range refs {
		a := do(t, h, http.MethodGet, m[1], nil)
		if a.status != http.StatusOK || a.header.Get("Cache-Control") != "public, max-age=31536000, immutable" {
			t.Errorf("GET %s = %d, Cache-Control %q", m[1], a.status, a.header.Get("Cache-Control"))
		}
	}
}
