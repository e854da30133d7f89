package graph_test

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"io"
	"net/http"
	"testing"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/tier"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

// samplePDF is a small but real PDF document.
func samplePDF(title string) []byte {
	return fmt.Appendf(nil, "%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n%% %s\ntrailer << /Root 1 0 R >>\n%%%%EOF\n", title)
}

func samplePNG(t *testing.T) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewRGBA(image.Rect(0, 0, 4, 4))); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

const contentFields = `id title kind status stale version minTier { name } partnerTypes reviewBy file { id name mediaType size sha256 downloadUrl }`

type contentJSON struct {
	ID, Title, Kind, Status string
	Stale                   bool
	Version                 int
	MinTier                 *struct{ Name string }
	PartnerTypes            []string
	ReviewBy                *string
	File                    *struct {
		ID, Name, MediaType, Sha256 string
		Size                        int
		DownloadURL                 *string
	}
}

// createContent uploads a file with a new item as token and returns the item.
func createContent(t *testing.T, s *apitest.Server, token string, input map[string]any, name string, file []byte) (contentJSON, apitest.Response) {
	t.Helper()
	input["file"] = nil
	res := s.Upload(t, token, `mutation($input: CreateContentInput!) { createContent(input: $input) { content { `+contentFields+` } } }`,
		map[string]any{"input": input}, "variables.input.file", name, bytes.NewReader(file))
	var out struct{ CreateContent struct{ Content contentJSON } }
	if len(res.Errors) == 0 {
		res.Decode(t, &out)
	}
	return out.CreateContent.Content, res
}

func mustCreateContent(t *testing.T, s *apitest.Server, token string, input map[string]any, name string, file []byte) contentJSON {
	t.Helper()
	c, res := createContent(t, s, token, input, name, file)
	if len(res.Errors) > 0 {
		t.Fatalf("createContent: %s", res.Raw)
	}
	return c
}

func publishContent(t *testing.T, s *apitest.Server, token, id string, extra map[string]any) contentJSON {
	t.Helper()
	input := map[string]any{"id": id}
	for k, v := range extra {
		input[k] = v
	}
	var out struct{ PublishContent struct{ Content contentJSON } }
	s.Query(t, token, `mutation($input: PublishContentInput!) { publishContent(input: $input) { content { `+contentFields+` } } }`,
		map[string]any{"input": input}).Decode(t, &out)
	return out.PublishContent.Content
}

func tierIDNamed(t *testing.T, s *apitest.Server, name string) string {
	t.Helper()
	return s.Client.Tier.Query().Where(tier.Name(name)).OnlyX(sysCtx()).ID
}

// download GETs a file path with a bearer token ("" for none) and optional headers.
func download(t *testing.T, s *apitest.Server, token, path string, header map[string]string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, s.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	res, err := s.HTTP.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return res, body
}

func contentIDs(t *testing.T, s *apitest.Server, token string, args string) map[string]bool {
	t.Helper()
	var out struct {
		Contents struct {
			TotalCount int
			Edges      []struct{ Node struct{ ID string } }
		}
	}
	s.Query(t, token, `{ contents(first: 100`+args+`) { totalCount edges { node { id } } } }`, nil).Decode(t, &out)
	ids := map[string]bool{}
	for _, e := range out.Contents.Edges {
		ids[e.Node.ID] = true
	}
	if out.Contents.TotalCount != len(ids) {
		t.Fatalf("totalCount %d counts other rows than the %d edges", out.Contents.TotalCount, len(ids))
	}
	return ids
}

func allFiles(t *testing.T, s *apitest.Server) []*ent.File {
	t.Helper()
	return s.Client.File.Query().AllX(sysCtx())
}
