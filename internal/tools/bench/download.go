// The large download: a 50 MB file uploaded to a content item, then downloaded from GET /files/{id}
// by several clients at once while the server's resident memory is watched.

package bench

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"mime/multipart"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// The download step's shape and target. A server that streams the file holds a buffer per
// download; one that reads the file into memory grows by the file's size per client.
const (
	DownloadBytes       = 50_000_000 // under UPLOAD_MAX_BYTES' default of 50 MiB
	DownloadClients     = 4
	DownloadRounds      = 2
	MaxDownloadGrowthMB = 20
)

// Download is what the download step measured.
type Download struct {
	FileBytes   int64   `json:"file_bytes"`
	SHA256      string  `json:"sha256"`
	Clients     int     `json:"clients"`
	Downloads   int     `json:"downloads"`
	Matched     int     `json:"matched"` // downloads whose bytes and SHA-256 were the file's
	Seconds     float64 `json:"seconds"`
	MBps        float64 `json:"mb_per_s"`
	RSSBeforeMB float64 `json:"rss_before_mb"`
	PeakRSSMB   float64 `json:"peak_rss_mb"`
	// GrowthMB is the peak during the downloads over the resident set just before them.
	GrowthMB   float64 `json:"rss_growth_mb"`
	FirstError string  `json:"first_error,omitempty"`
}

// download (before the load) uploads a DownloadBytes file as a new content item's file on the measured server
// instance, then downloads it DownloadRounds times on each of DownloadClients concurrent clients
// with the admin's token, checking every copy's length and SHA-256, and reads the server's peak
// RSS over the downloads.
func (r *runner) download(ctx context.Context) error {
	if !r.opts.Download {
		return nil
	}
	e, token := r.server.direct, r.tokens[RoleAdmin][0]
	fileID, sum, err := uploadLargeFile(ctx, e.url, token, DownloadBytes)
	if err != nil {
		return fmt.Errorf("uploading the %d-byte file: %w", DownloadBytes, err)
	}
	// Settle the upload's garbage first, so the growth measured is the downloads'.
	time.Sleep(2 * time.Second)
	d := &Download{FileBytes: DownloadBytes, SHA256: sum, Clients: DownloadClients, Downloads: DownloadClients * DownloadRounds}
	d.RSSBeforeMB, _ = currentRSS(e.pid)
	resetPeakRSS(e.pid)
	c := newHTTPClient(DownloadClients)
	defer c.CloseIdleConnections()
	var mu sync.Mutex
	var wg sync.WaitGroup
	start := time.Now()
	for i := 0; i < DownloadClients; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := 0; round < DownloadRounds; round++ {
				n, got, err := fetchFile(ctx, c, e.url, token, fileID)
				mu.Lock()
				switch {
				case err != nil:
					if d.FirstError == "" {
						d.FirstError = err.Error()
					}
				case n != DownloadBytes || got != sum:
					if d.FirstError == "" {
						d.FirstError = fmt.Sprintf("received %d bytes with SHA-256 %s, want %d bytes with %s", n, got, DownloadBytes, sum)
					}
				default:
					d.Matched++
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	d.Seconds = time.Since(start).Seconds()
	d.PeakRSSMB, _ = peakRSS(e.pid)
	d.GrowthMB = round2(max(d.PeakRSSMB-d.RSSBeforeMB, 0))
	d.MBps = round2(float64(int64(d.Matched)*DownloadBytes) / 1e6 / d.Seconds)
	r.report.Download = d
	r.logf("downloads: %d of %d × %d MB matched in %.1fs (%.0f MB/s), server RSS %.1f → peak %.1f MB",
		d.Matched, d.Downloads, DownloadBytes/1_000_000, d.Seconds, d.MBps, d.RSSBeforeMB, d.PeakRSSMB)
	return nil
}

// downloadChecks are the download step's targets: every copy complete and intact, and the
// server's memory flat while the copies stream.
func downloadChecks(d *Download) []Check {
	if d == nil {
		return nil
	}
	var rep Report
	detail := ""
	if d.FirstError != "" {
		detail = "first problem: " + d.FirstError
	}
	rep.check(Check{Name: "50 MB downloads received whole (bytes and SHA-256 match)", Clients: d.Clients,
		Value: float64(d.Matched), Limit: float64(d.Downloads), Relation: "==", Detail: detail})
	rep.check(Check{Name: "server RSS growth during the 50 MB downloads in MB", Clients: d.Clients,
		Value: d.GrowthMB, Limit: MaxDownloadGrowthMB, Relation: "<",
		Detail: fmt.Sprintf("%.1f MB before, peak %.1f MB; %d MB file", d.RSSBeforeMB, d.PeakRSSMB, d.FileBytes/1_000_000)})
	return rep.Checks
}

// uploadLargeFile creates a draft content item with a generated plain-text file of size bytes
// (GraphQL multipart request), streaming the body, and returns the file's ID and SHA-256.
func uploadLargeFile(ctx context.Context, url, token string, size int64) (string, string, error) {
	const query = `mutation upload($input: CreateContentInput!) { createContent(input: $input) { content { id file { id size sha256 } } } }`
	ops, _ := json.Marshal(map[string]any{"query": query, "operationName": "upload", "variables": map[string]any{"input": map[string]any{
		"title": "Bench 50 MB download", "kind": "TECHNICAL_DOC", "file": nil}}})
	pr, pw := io.Pipe()
	mw := multipart.NewWriter(pw)
	h := sha256.New()
	go func() {
		err := func() error {
			if err := mw.WriteField("operations", string(ops)); err != nil {
				return err
			}
			if err := mw.WriteField("map", `{"0":["variables.input.file"]}`); err != nil {
				return err
			}
			part, err := mw.CreateFormFile("0", "bench-download.txt")
			if err != nil {
				return err
			}
			if _, err := io.Copy(io.MultiWriter(part, h), io.LimitReader(textStream(), size)); err != nil {
				return err
			}
			return mw.Close()
		}()
		pw.CloseWithError(err)
	}()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url+"/query", pr)
	if err != nil {
		return "", "", err
	}
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Authorization", "Bearer "+token)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", "", err
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	var out struct {
		Data struct {
			CreateContent struct {
				Content struct {
					File *struct {
						ID     string `json:"id"`
						Size   int64  `json:"size"`
						SHA256 string `json:"sha256"`
					} `json:"file"`
				} `json:"content"`
			} `json:"createContent"`
		} `json:"data"`
	}
	if err := json.Unmarshal(raw, &out); err != nil || res.StatusCode != http.StatusOK {
		return "", "", fmt.Errorf("HTTP %d: %.300s", res.StatusCode, raw)
	}
	f := out.Data.CreateContent.Content.File
	sum := hex.EncodeToString(h.Sum(nil))
	if f == nil {
		return "", "", fmt.Errorf("no file in the answer: %.300s", raw)
	}
	if f.Size != size || f.SHA256 != sum {
		return "", "", fmt.Errorf("the server stored %d bytes with SHA-256 %s, sent %d with %s", f.Size, f.SHA256, size, sum)
	}
	return f.ID, sum, nil
}

// fetchFile downloads a file with the token and returns its length and SHA-256.
func fetchFile(ctx context.Context, c *http.Client, url, token, id string) (int64, string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url+"/files/"+id, nil)
	if err != nil {
		return 0, "", err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	res, err := c.Do(req)
	if err != nil {
		return 0, "", err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		raw, _ := io.ReadAll(io.LimitReader(res.Body, 300))
		return 0, "", fmt.Errorf("GET /files/%s: HTTP %d: %s", id, res.StatusCode, raw)
	}
	h := sha256.New()
	n, err := io.Copy(h, res.Body)
	return n, hex.EncodeToString(h.Sum(nil)), err
}

// textStream is an endless plain-text body (lines of pseudo-random words), which the server's
// type sniffing accepts as text, and which does not compress to nothing.
func textStream() io.Reader { return &textReader{rng: rand.New(rand.NewPCG(50, 1))} }

type textReader struct {
	rng  *rand.Rand
	line []byte
}

var textWords = []string{"partner", "deal", "tier", "rebate", "playbook", "pipeline", "renewal", "quota", "margin", "channel"}

func (t *textReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		if len(t.line) == 0 {
			t.line = t.line[:0]
			for range 8 {
				t.line = append(t.line, textWords[t.rng.IntN(len(textWords))]...)
				t.line = strconv.AppendInt(t.line, int64(t.rng.IntN(1000)), 10)
				t.line = append(t.line, ' ')
			}
			t.line[len(t.line)-1] = '\n'
		}
		c := copy(p[n:], t.line)
		n += c
		t.line = t.line[c:]
	}
	return n, nil
}
