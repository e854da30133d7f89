package apitest

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"testing"
)

// Upload sends a mutation with one file as a GraphQL multipart request: the file goes to the
// variable at path (e.g. "variables.input.file").
func (s *Server) Upload(t testing.TB, token, query string, vars map[string]any, path, fileName string, file io.Reader) Response {
	t.Helper()
	return s.Send(t, s.UploadRequest(t, token, query, vars, path, fileName, file))
}

// UploadRequest builds the multipart request Upload sends.
func (s *Server) UploadRequest(t testing.TB, token, query string, vars map[string]any, path, fileName string, file io.Reader) *http.Request {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	ops, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	mw.WriteField("operations", string(ops))
	fileMap, _ := json.Marshal(map[string][]string{"0": {path}})
	mw.WriteField("map", string(fileMap))
	fw, err := mw.CreateFormFile("0", fileName)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(fw, file); err != nil {
		t.Fatal(err)
	}
	mw.Close()
	hr, err := http.NewRequest(http.MethodPost, s.URL+"/query", &body)
	if err != nil {
		t.Fatal(err)
	}
	hr.Header.Set("Content-Type", mw.FormDataContentType())
	if token != "" {
		hr.Header.Set("Authorization", "Bearer "+token)
	}
	return hr
}
