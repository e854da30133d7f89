package bench

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// The download targets: every copy intact, and the server's resident set growing by less than
// MaxDownloadGrowthMB while the copies stream. A server that holds the file in memory per
// download (4 × 50 MB) misses; a streaming one passes; a truncated copy fails however flat the
// memory.
func TestDownloadChecks(t *testing.T) {
	for _, tt := range []struct {
		name                 string
		matched              int
		before, peak         float64
		wantIntact, wantFlat bool
	}{
		{"streamed", 8, 60, 66, true, true},
		{"buffered per download", 8, 60, 262, true, false},
		{"one copy short", 7, 60, 61, false, true},
		{"just under the target", 8, 60, 79.9, true, true},
		{"at the target", 8, 60, 80, true, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := &Download{FileBytes: DownloadBytes, Clients: 4, Downloads: 8, Matched: tt.matched,
				RSSBeforeMB: tt.before, PeakRSSMB: tt.peak, GrowthMB: round2(tt.peak - tt.before)}
			checks := downloadChecks(d)
			if len(checks) != 2 {
				t.Fatalf("%d checks, want 2: %+v", len(checks), checks)
			}
			if checks[0].Met != tt.wantIntact || checks[1].Met != tt.wantFlat {
				t.Errorf("intact %v, flat %v; want %v, %v: %+v", checks[0].Met, checks[1].Met, tt.wantIntact, tt.wantFlat, checks)
			}
		})
	}
	if c := downloadChecks(nil); c != nil {
		t.Errorf("a run without the download step got checks: %+v", c)
	}
}

// The printed report carries the download's figures and its targets; the JSON has them under
// "download".
func TestPrintShowsTheDownload(t *testing.T) {
	rep := &Report{Machine: map[string]any{}, Dataset: map[string]any{}, Settings: map[string]any{},
		Download: &Download{FileBytes: DownloadBytes, Clients: 4, Downloads: 8, Matched: 8, Seconds: 2, MBps: 200,
			RSSBeforeMB: 60, PeakRSSMB: 65.5, GrowthMB: 5.5}}
	rep.Checks = downloadChecks(rep.Download)
	var out strings.Builder
	rep.Print(&out)
	for _, want := range []string{"50 MB download (GET /files/{id}), 4 clients × 2: 8 of 8 intact", "peak 65.5 MB (+5.5 MB, target < 20 MB)",
		"[ok  ] server RSS growth during the 50 MB downloads in MB · 4 clients: 5.50 < 20"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the report lacks %q:\n%s", want, out.String())
		}
	}
}

// The uploaded file is plain text (the server's sniffing accepts it) of the exact size, and
// fetchFile measures what a server sends: its length and SHA-256.
func TestLargeFileIsTextAndFetchMeasuresIt(t *testing.T) {
	body, err := io.ReadAll(io.LimitReader(textStream(), 1<<20))
	if err != nil || len(body) != 1<<20 {
		t.Fatalf("%d bytes, %v", len(body), err)
	}
	if ct := http.DetectContentType(body); !strings.HasPrefix(ct, "text/plain") {
		t.Errorf("sniffed as %s, want text/plain", ct)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer tok" || r.URL.Path != "/files/fil_1" {
			http.NotFound(w, r)
			return
		}
		w.Write(body)
	}))
	defer srv.Close()
	sum := sha256.Sum256(body)
	n, got, err := fetchFile(t.Context(), srv.Client(), srv.URL, "tok", "fil_1")
	if err != nil || n != int64(len(body)) || got != hex.EncodeToString(sum[:]) {
		t.Errorf("fetched %d bytes, %s, %v; want %d, %x", n, got, err, len(body), sum)
	}
	if _, _, err := fetchFile(t.Context(), srv.Client(), srv.URL, "other", "fil_1"); err == nil {
		t.Error("a 404 was taken for a download")
	}
}
