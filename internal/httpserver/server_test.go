package httpserver_test

import (
	"html"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

var assetRef = regexp.MustCompile(`(?i)\b(?:src|href)\s*=\s*["']([^"']*)["']`)

func TestPlayground(t *testing.T) {
	s := start(t, nil)
	for _, page := range []string{"/playground", "/playground/"} {
		t.Run(page, func(t *testing.T) {
			r := get(t, s, page)
			if r.status != http.StatusOK {
				t.Fatalf("GET %s = %d", page, r.status)
			}
			if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
				t.Errorf("Content-Type = %q, want text/html", ct)
			}
			// The playground must work offline and load no third-party code.
			if m := regexp.MustCompile(`(?i)(https?:)?//[a-z0-9.-]+\.[a-z]{2,}`).FindString(r.body); m != "" {
				t.Errorf("page references an external URL %q", m)
			}
			base, err := url.Parse(s.URL + page)
			if err != nil {
				t.Fatal(err)
			}
			var scripts, styles int
			for _, m := range assetRef.FindAllStringSubmatch(r.body, -1) {
				ref := html.UnescapeString(m[1])
				if strings.HasPrefix(ref, "data:") {
					continue
				}
				u, err := base.Parse(ref)
				if err != nil {
					t.Errorf("bad reference %q: %v", ref, err)
					continue
				}
				if u.Host != base.Host || !strings.HasPrefix(u.Path, "/playground/assets/") {
					t.Errorf("reference %q resolves to %s, outside /playground/assets/", ref, u)
					continue
				}
				a := get(t, s, u.RequestURI())
				if a.status != http.StatusOK || a.body == "" {
					t.Errorf("GET %s (referenced as %q) = %d, %d bytes", u.RequestURI(), ref, a.status, len(a.body))
				}
				switch {
				case strings.HasSuffix(u.Path, ".js"):
					scripts++
				case strings.HasSuffix(u.Path, ".css"):
					styles++
				}
			}
			if scripts == 0 || styles == 0 {
				t.Errorf("found %d scripts and %d stylesheets in the page; the IDE cannot load:\n%s", scripts, styles, r.body)
			}
		})
	}
}

func TestSchemaSDL(t *testing.T) {
	s := start(t, nil)
	r := get(t, s, "/schema.graphql")
	if r.status != http.StatusOK {
		t.Fatalf("GET /schema.graphql = %d", r.status)
	}
	for _, want := range []string{"type Query", "partners("} {
		if !strings.Contains(r.body, want) {
			t.Errorf("/schema.graphql lacks %q", want)
		}
	}
}
