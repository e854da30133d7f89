package graph_test

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

// storedFiles lists the files under the server's data directory: what uploads left on disk.
func storedFiles(t *testing.T, s *apitest.Server) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(filepath.Join(s.Config.DataDir, "files"), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			out = append(out, p)
		}
		return nil
	})
	return out
}

// library counts what the library holds: items, file rows and files on disk.
type library struct{ items, rows, onDisk int }

func countLibrary(t *testing.T, s *apitest.Server) library {
	t.Helper()
	return library{s.Client.Content.Query().CountX(sysCtx()), len(allFiles(t, s)), len(storedFiles(t, s))}
}

// expectNothingLeft checks that since before, uploads added exactly files files (rows and on disk)
// and items items: a refused upload leaves no item, no file row and no file on disk.
func expectNothingLeft(t *testing.T, s *apitest.Server, before library, items, files int) {
	t.Helper()
	want := library{before.items + items, before.rows + files, before.onDisk + files}
	if got := countLibrary(t, s); got != want {
		t.Errorf("the library holds %+v, want %+v", got, want)
	}
}

func TestUploadsThatFailLeaveNothing(t *testing.T) {
	s := apitest.NewWithEnv(t, map[string]string{"UPLOAD_MAX_BYTES": "65536"})
	admin := s.Login(t, vendorAdmin)
	before := countLibrary(t, s)
	input := func() map[string]any { return map[string]any{"title": "Battlecard", "kind": "PLAYBOOK"} }

	t.Run("too large", func(t *testing.T) {
		big := append(samplePDF("big"), bytes.Repeat([]byte("x"), 200_000)...)
		_, res := createContent(t, s, admin, input(), "big.pdf", big)
		if res.Status != http.StatusRequestEntityTooLarge || res.Errors[0].Code() != "BAD_USER_INPUT" {
			t.Fatalf("oversized upload: %d %s", res.Status, res.Raw)
		}
		expectNothingLeft(t, s, before, 0, 0)
	})
	t.Run("disguised type", func(t *testing.T) {
		for name, body := range map[string][]byte{
			"deck.pdf":  []byte("<!DOCTYPE html><html><script>alert(document.cookie)</script></html>"),
			"sheet.png": {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0},
			"notes.md":  []byte("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"),
		} {
			_, res := createContent(t, s, admin, input(), name, body)
			if e := res.ExpectCode(t, "BAD_USER_INPUT"); e.Extensions["field"] != "file" {
				t.Errorf("%s: %s", name, res.Raw)
			}
		}
		expectNothingLeft(t, s, before, 0, 0)
	})
	t.Run("aborted", func(t *testing.T) {
		req := s.UploadRequest(t, admin, `mutation($input: CreateContentInput!) { createContent(input: $input) { content { id } } }`,
			map[string]any{"input": map[string]any{"title": "Cut off", "kind": "PLAYBOOK", "file": nil}}, "variables.input.file", "cut.pdf",
			bytes.NewReader(append(samplePDF("cut"), bytes.Repeat([]byte("y"), 30_000)...)))
		body, _ := io.ReadAll(req.Body)
		conn, err := net.Dial("tcp", strings.TrimPrefix(s.URL, "http://"))
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(conn, "POST /query HTTP/1.1\r\nHost: x\r\nAuthorization: %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n",
			req.Header.Get("Authorization"), req.Header.Get("Content-Type"), len(body))
		conn.Write(body[:len(body)-10_000]) // the client goes away part-way through the file
		conn.Close()
		time.Sleep(300 * time.Millisecond)
		expectNothingLeft(t, s, before, 0, 0)
	})
	t.Run("a failed mutation removes its stored file", func(t *testing.T) {
		in := input()
		in["externalUrl"] = "javascript:alert(1)" // checked after the file arrived
		_, res := createContent(t, s, admin, in, "ok.pdf", samplePDF("ok"))
		res.ExpectCode(t, "BAD_USER_INPUT")
		expectNothingLeft(t, s, before, 0, 0)
	})
	t.Run("partners may not upload", func(t *testing.T) {
		_, res := createContent(t, s, s.Login(t, acmeAdmin), input(), "ok.pdf", samplePDF("ok"))
		res.ExpectCode(t, "FORBIDDEN")
		expectNothingLeft(t, s, before, 0, 0)
	})
	t.Run("without a credential", func(t *testing.T) {
		_, res := createContent(t, s, "", input(), "ok.pdf", samplePDF("ok"))
		if res.Status != http.StatusUnsupportedMediaType {
			t.Fatalf("anonymous upload: %d %s", res.Status, res.Raw)
		}
		expectNothingLeft(t, s, before, 0, 0)
	})
}

func TestReplacingAFileKeepsTheOldOne(t *testing.T) {
	s := apitest.New(t)
	admin := s.Login(t, vendorAdmin)
	before := countLibrary(t, s)
	c := mustCreateContent(t, s, admin, map[string]any{"title": "Price list", "kind": "PRICE_LIST"}, "prices.pdf", samplePDF("v1"))
	update := func(name string, file []byte) contentJSON {
		t.Helper()
		res := s.Upload(t, admin, `mutation($input: UpdateContentInput!) { updateContent(input: $input) { content { `+contentFields+` } } }`,
			map[string]any{"input": map[string]any{"id": c.ID, "file": nil}}, "variables.input.file", name, bytes.NewReader(file))
		var out struct{ UpdateContent struct{ Content contentJSON } }
		res.Decode(t, &out)
		return out.UpdateContent.Content
	}
	// The same bytes again (a retried upload) change nothing and leave no second copy.
	if same := update("prices-again.pdf", samplePDF("v1")); same.Version != 1 || same.File.ID != c.File.ID {
		t.Fatalf("re-uploading the same file: %+v", same)
	}
	expectNothingLeft(t, s, before, 1, 1)
	v2 := update("prices-v2.png", samplePNG(t))
	if v2.Version != 2 || v2.File.ID == c.File.ID || v2.File.MediaType != "image/png" {
		t.Fatalf("replacing the file: %+v", v2)
	}
	expectNothingLeft(t, s, before, 1, 2)
	// The previous version stays readable for the record.
	if res, body := download(t, s, admin, "/files/"+c.File.ID, nil); res.StatusCode != http.StatusOK || !bytes.Equal(body, samplePDF("v1")) {
		t.Fatalf("the previous version: %d", res.StatusCode)
	}
}

func TestDownloadHeadersRangesAndLinks(t *testing.T) {
	s := apitest.New(t)
	admin, gold := s.Login(t, vendorAdmin), s.Login(t, acmeAdmin)
	pdf := append(samplePDF("headers"), bytes.Repeat([]byte("z"), 5000)...)
	c := mustCreateContent(t, s, admin, map[string]any{"title": "Rules of engagement", "kind": "RULES_OF_ENGAGEMENT"}, `roe "2026".pdf`, pdf)
	publishContent(t, s, admin, c.ID, nil)
	path := "/files/" + c.File.ID

	res, body := download(t, s, gold, path, nil)
	for header, want := range map[string]string{
		"Content-Type":            "application/pdf",
		"Content-Disposition":     `attachment; filename="roe 2026.pdf"`,
		"X-Content-Type-Options":  "nosniff",
		"Content-Security-Policy": "default-src 'none'; sandbox",
		"Etag":                    `"` + c.File.Sha256 + `"`,
		"Accept-Ranges":           "bytes",
	} {
		if got := res.Header.Get(header); got != want {
			t.Errorf("%s = %q, want %q", header, got, want)
		}
	}
	if res.StatusCode != http.StatusOK || !bytes.Equal(body, pdf) {
		t.Fatalf("download: %d, %d bytes", res.StatusCode, len(body))
	}
	res, body = download(t, s, gold, path, map[string]string{"Range": "bytes=100-199"})
	if res.StatusCode != http.StatusPartialContent || !bytes.Equal(body, pdf[100:200]) ||
		res.Header.Get("Content-Range") != fmt.Sprintf("bytes 100-199/%d", len(pdf)) {
		t.Fatalf("range: %d %q", res.StatusCode, res.Header.Get("Content-Range"))
	}
	if res, _ := download(t, s, gold, path, map[string]string{"If-None-Match": `"` + c.File.Sha256 + `"`}); res.StatusCode != http.StatusNotModified {
		t.Fatalf("If-None-Match: %d, want 304", res.StatusCode)
	}

	// Signed links: good for the file they name, refused when altered, absent for API keys.
	var node struct{ Node *contentJSON }
	s.Query(t, gold, `query($id: ID!) { node(id: $id) { ... on Content { `+contentFields+` } } }`, map[string]any{"id": c.ID}).Decode(t, &node)
	link := *node.Node.File.DownloadURL
	if res, _ := download(t, s, "", link, nil); res.StatusCode != http.StatusOK {
		t.Fatalf("signed link: %d", res.StatusCode)
	}
	u, _ := url.Parse(link)
	q := u.Query()
	q.Set("exp", fmt.Sprint(time.Now().Add(time.Hour).Unix()))
	if res, _ := download(t, s, "", u.Path+"?"+q.Encode(), nil); res.StatusCode != http.StatusUnauthorized {
		t.Fatalf("a link with its expiry pushed back: %d, want 401", res.StatusCode)
	}
	if res, _ := download(t, s, "", path, nil); res.StatusCode != http.StatusUnauthorized {
		t.Fatalf("no credential: %d, want 401", res.StatusCode)
	}
	// Once the item is archived the same link finds nothing: the link carries who, not what.
	s.Query(t, admin, `mutation($id: ID!) { archiveContent(input: {id: $id}) { content { id } } }`, map[string]any{"id": c.ID}).Decode(t, &struct{}{})
	if res, _ := download(t, s, "", link, nil); res.StatusCode != http.StatusNotFound {
		t.Fatalf("link to an archived item: %d, want 404", res.StatusCode)
	}
}
