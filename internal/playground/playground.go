// Package playground serves a GraphiQL IDE whose scripts, styles and fonts
// are all embedded in the binary, so it works without internet access and
// never loads code from a third-party CDN.
package playground

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"time"
)

// The vendor files are byte-for-byte copies of npm releases; see
// assets/SOURCES.txt for where each one comes from.
//
//go:embed assets/*.js assets/*.css
var assetFS embed.FS

//go:embed index.html
var indexHTML string

var page = template.Must(template.New("index.html").Parse(indexHTML))

// Order matters: GraphiQL's UMD bundle reads the React and ReactDOM globals,
// and playground.js needs all three.
var (
	styles  = []string{"graphiql-3.9.0.min.css", "playground.css"}
	scripts = []string{
		"react-18.3.1.production.min.js",
		"react-dom-18.3.1.production.min.js",
		"graphiql-3.9.0.min.js",
		"playground.js",
	}
)

// csp allows nothing but our own files. style-src needs 'unsafe-inline'
// because GraphiQL's dialogs (react-remove-scroll) inject <style> elements;
// img-src and font-src need data: because GraphiQL's CSS inlines its fonts
// and icons as data: URIs.
const csp = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"connect-src 'self'; img-src 'self' data:; font-src 'self' data:; " +
	"base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// Set explicitly rather than via mime.TypeByExtension, whose answer for .js
// depends on the host's /etc/mime.types (or Windows registry).
var contentTypes = map[string]string{
	".js":  "text/javascript; charset=utf-8",
	".css": "text/css; charset=utf-8",
}

type asset struct {
	body        []byte
	contentType string
	hash        string // of body; busts caches when a file changes
}

var assets = loadAssets()

func loadAssets() map[string]asset {
	files, err := fs.Glob(assetFS, "assets/*")
	if err != nil {
		panic(err)
	}
	m := make(map[string]asset, len(files))
	for _, f := range files {
		body, err := assetFS.ReadFile(f)
		if err != nil {
			panic(err)
		}
		sum := sha256.Sum256(body)
		m[path.Base(f)] = asset{body, contentTypes[path.Ext(f)], hex.EncodeToString(sum[:6])}
	}
	return m
}

// Handler serves the GraphiQL page and its assets. Mount it at both "/x" and
// "/x/": the page is served at "/x" (and "/x/"), assets at "/x/assets/<file>".
// It works out URLs relative to the request path, so it needs no prefix and
// keeps working behind a proxy that strips one.
//
// endpoint is the GraphQL URL the IDE queries. It must be same-origin (e.g.
// "/query"): the page's CSP only lets it connect to 'self', and it sends
// cookies with credentials: 'same-origin'.
func Handler(endpoint, title string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
			return
		}
		dir, file := path.Split(r.URL.Path)
		if path.Base(dir) == "assets" {
			serveAsset(w, r, file)
			return
		}
		// From "/x" the assets are at "x/assets/..."; from "/x/" at "assets/...".
		base := "assets/"
		if file != "" {
			base = file + "/assets/"
		}
		servePage(w, base, endpoint, title)
	})
}

func serveAsset(w http.ResponseWriter, r *http.Request, name string) {
	a, ok := assets[name]
	if !ok {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", a.contentType)
	h.Set("X-Content-Type-Options", "nosniff")
	// The page links every asset with ?v=<hash>, so a changed file gets a new
	// URL and browsers may cache each one for good.
	h.Set("Cache-Control", "public, max-age=31536000, immutable")
	h.Set("ETag", `"`+a.hash+`"`)
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(a.body))
}

func servePage(w http.ResponseWriter, base, endpoint, title string) {
	url := func(name string) string { return base + name + "?v=" + assets[name].hash }
	data := struct {
		Title, Endpoint string
		Styles, Scripts []string
	}{Title: title, Endpoint: endpoint}
	for _, s := range styles {
		data.Styles = append(data.Styles, url(s))
	}
	for _, s := range scripts {
		data.Scripts = append(data.Scripts, url(s))
	}

	var buf bytes.Buffer
	if err := page.Execute(&buf, data); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	// Revalidate every time so a deploy's new asset hashes are picked up.
	h.Set("Cache-Control", "no-cache")
	h.Set("Content-Security-Policy", csp)
	w.Write(buf.Bytes())
}
