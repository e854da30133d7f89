// Package portal serves the partner portal, the single-page app built from frontend/ into dist/
// (`make frontend`), embedded in the binary. The build is committed, so `go build` works on a clone
// without Node.js; `make test` checks that it matches its sources.
//
// Files under assets/ carry a content hash in their names and are cached for a year; index.html is
// revalidated on every load, so a deploy's new asset names are picked up at once. Any other path
// that is not a file (a client-side route such as /partners/prt_…) gets index.html, except the
// server's own endpoints and paths that name a file, which get a plain 404.
package portal

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"net/http"
	"path"
	"strconv"
	"strings"
)

//go:embed all:dist
var distFS embed.FS

// Reserved are the server's own paths: never answered with the SPA, so a typo in an API URL gets
// a 404 rather than a 200 HTML page.
var Reserved = []string{"/query", "/playground", "/schema.graphql", "/healthz", "/readyz", "/metrics", "/files"}

// CSP allows only the portal's own scripts, styles, fonts and API. style-src needs 'unsafe-inline'
// for the style attributes React and the chart library set.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
	"font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

const (
	cacheImmutable  = "public, max-age=31536000, immutable"
	cacheRevalidate = "no-cache"
	cacheShort      = "public, max-age=3600"
)

var contentTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".svg":         "image/svg+xml",
	".json":        "application/json",
	".webmanifest": "application/manifest+json",
	".txt":         "text/plain; charset=utf-8",
	".woff2":       "font/woff2",
	".png":         "image/png",
	".ico":         "image/x-icon",
}

type file struct {
	body, gzipped []byte
	contentType   string
	etag          string
	cache         string
}

// Handler serves the embedded build.
func Handler() http.Handler {
	sub, err := fs.Sub(distFS, "dist")
	if err != nil {
		panic(err)
	}
	return New(sub)
}

// New serves a built portal from fsys (tests pass their own). It panics if fsys has no index.html.
func New(fsys fs.FS) http.Handler {
	files := map[string]*file{}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		files["/"+p] = load(p, body)
		return nil
	})
	if err != nil {
		panic(err)
	}
	index, ok := files["/index.html"]
	if !ok {
		panic("portal: the build has no index.html (run make frontend)")
	}
	return &handler{files: files, index: index}
}

func load(p string, body []byte) *file {
	sum := sha256.Sum256(body)
	f := &file{
		body:        body,
		contentType: contentTypes[path.Ext(p)],
		etag:        `"` + hex.EncodeToString(sum[:12]) + `"`,
		cache:       cacheShort,
	}
	if f.contentType == "" {
		f.contentType = http.DetectContentType(body)
	}
	switch {
	case p == "index.html":
		f.cache = cacheRevalidate
	case strings.HasPrefix(p, "assets/"):
		f.cache = cacheImmutable
	}
	if compressible(f.contentType) && len(body) > 512 {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		zw.Write(body)
		zw.Close()
		if buf.Len() < len(body) {
			f.gzipped = buf.Bytes()
		}
	}
	return f
}

func compressible(ct string) bool {
	return strings.HasPrefix(ct, "text/") || strings.HasPrefix(ct, "application/json") ||
		strings.HasPrefix(ct, "image/svg") || strings.HasPrefix(ct, "application/manifest")
}

type handler struct {
	files map[string]*file
	index *file
}

// IsReserved reports whether p belongs to one of the server's own endpoints.
func IsReserved(p string) bool {
	for _, r := range Reserved {
		if p == r || strings.HasPrefix(p, r+"/") {
			return true
		}
	}
	return false
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
		return
	}
	p := path.Clean("/" + r.URL.Path)
	if IsReserved(p) {
		http.NotFound(w, r)
		return
	}
	f, ok := h.files[p]
	if !ok {
		// A missing file (an old asset after a deploy, a mistyped favicon) is a 404, not the app:
		// a script tag that receives HTML fails in confusing ways. Anything else is a route.
		if strings.HasPrefix(p, "/assets/") || path.Ext(p) != "" {
			http.NotFound(w, r)
			return
		}
		f = h.index
	}
	h.serve(w, r, f)
}

func (h *handler) serve(w http.ResponseWriter, r *http.Request, f *file) {
	hdr := w.Header()
	hdr.Set("Content-Type", f.contentType)
	hdr.Set("Cache-Control", f.cache)
	hdr.Set("ETag", f.etag)
	hdr.Set("X-Content-Type-Options", "nosniff")
	if f == h.index {
		hdr.Set("Content-Security-Policy", CSP)
		hdr.Set("Referrer-Policy", "same-origin")
		hdr.Set("X-Frame-Options", "DENY")
	}
	if f.gzipped != nil {
		hdr.Add("Vary", "Accept-Encoding")
	}
	if match := r.Header.Get("If-None-Match"); match != "" && etagMatches(match, f.etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body := f.body
	if f.gzipped != nil && acceptsGzip(r) {
		hdr.Set("Content-Encoding", "gzip")
		body = f.gzipped
	}
	hdr.Set("Content-Length", strconv.Itoa(len(body)))
	if r.Method == http.MethodHead {
		w.WriteHeader(http.StatusOK)
		return
	}
	w.Write(body)
}

func etagMatches(header, etag string) bool {
	for _, part := range strings.Split(header, ",") {
		part = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(part), "W/"))
		if part == etag || part == "*" {
			return true
		}
	}
	return false
}

// acceptsGzip reads Accept-Encoding, honouring an explicit "gzip;q=0" refusal.
func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), "gzip") {
			continue
		}
		if v, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			q, err := strconv.ParseFloat(v, 64)
			return err == nil && q > 0
		}
		return true
	}
	return false
}
