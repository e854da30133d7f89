package httpserver

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"os"

	"github.com/99designs/gqlgen/graphql"
)

// uploadLimits bound a multipart request (the GraphQL multipart request spec,
// https://github.com/jaydenseric/graphql-multipart-request-spec): each file at most maxFileBytes,
// spooled to tmpDir as it arrives and removed when the request ends.
type uploadLimits struct {
	maxFileBytes int64
	tmpDir       string
}

// maxUploadRequestBytes is the body limit of a multipart request: one file at the limit plus the
// operation and map parts.
func (u uploadLimits) maxUploadRequestBytes() int64 { return u.maxFileBytes + MaxBodyBytes }

func isMultipart(r *http.Request) bool {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return err == nil && mt == "multipart/form-data"
}

// readMultipart reads a multipart request: the operations part, the map part, then the files,
// each streamed to a temporary file and refused with 413 the moment it passes the size limit,
// without reading the rest. internal/upload then sniffs, hashes and stores each file, enforcing
// the limit again. The returned cleanup removes the temporary files.
//
// A multipart body is what a plain HTML form can send across sites, so uploads require the
// Authorization header, which a form cannot set: no cookie alone can drive an upload (CSRF).
func (t graphQLHTTP) readMultipart(r *http.Request) (*graphql.RawParams, func(), *requestError) {
	var spooled []*os.File
	cleanup := func() {
		for _, f := range spooled {
			f.Close()
			os.Remove(f.Name())
		}
	}
	if t.uploads == nil {
		return nil, cleanup, unsupportedMedia("multipart/form-data is reserved for file uploads, which this endpoint does not take; send application/json")
	}
	if r.Header.Get("Authorization") == "" {
		// Answered like any other body a form can send cross-site (415), not as a sign-in problem.
		return nil, cleanup, unsupportedMedia("multipart/form-data is taken only for file uploads that carry the Authorization header; send application/json")
	}
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, cleanup, badRequest("the multipart body is malformed")
	}
	part, err := mr.NextPart()
	if err != nil || part.FormName() != "operations" {
		return nil, cleanup, t.partError(err, "the first part of a multipart request must be operations")
	}
	ops, err := io.ReadAll(io.LimitReader(part, MaxBodyBytes+1))
	if err != nil || int64(len(ops)) > MaxBodyBytes {
		return nil, cleanup, t.partError(err, "the operations part could not be read")
	}
	params, rerr := decodeParams(ops)
	if rerr != nil {
		return nil, cleanup, rerr
	}
	part, err = mr.NextPart()
	if err != nil || part.FormName() != "map" {
		return nil, cleanup, t.partError(err, "the second part of a multipart request must be map")
	}
	var fileMap map[string][]string
	if err := json.NewDecoder(io.LimitReader(part, MaxBodyBytes)).Decode(&fileMap); err != nil {
		return nil, cleanup, badRequest("the map part must be a JSON object of file keys to variable paths")
	}
	for {
		part, err = mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, cleanup, t.partError(err, "a file part could not be read")
		}
		key := part.FormName()
		paths, ok := fileMap[key]
		if !ok || len(paths) == 0 {
			return nil, cleanup, badRequest(fmt.Sprintf("the file part %q is not in the map", key))
		}
		delete(fileMap, key)
		f, err := os.CreateTemp(t.uploads.tmpDir, "upload-*")
		if err != nil {
			return nil, cleanup, &requestError{status: http.StatusInternalServerError, message: "the upload could not be received"}
		}
		spooled = append(spooled, f)
		n, err := io.Copy(f, io.LimitReader(part, t.uploads.maxFileBytes+1))
		if err != nil {
			return nil, cleanup, t.partError(err, "the file could not be read")
		}
		if n > t.uploads.maxFileBytes {
			return nil, cleanup, t.fileTooLarge()
		}
		for _, path := range paths {
			rs, err := os.Open(f.Name())
			if err != nil {
				return nil, cleanup, &requestError{status: http.StatusInternalServerError, message: "the upload could not be received"}
			}
			spooled = append(spooled, rs)
			if gerr := params.AddUpload(graphql.Upload{File: rs, Filename: part.FileName(), Size: n, ContentType: part.Header.Get("Content-Type")}, key, path); gerr != nil {
				return nil, cleanup, badRequest(gerr.Message)
			}
		}
	}
	for key := range fileMap {
		return nil, cleanup, badRequest(fmt.Sprintf("the map names the file %q, which the request does not carry", key))
	}
	return params, cleanup, nil
}

// partError tells a body over the request limit (413) from a malformed one (400).
func (t graphQLHTTP) partError(err error, message string) *requestError {
	if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
		return t.fileTooLarge()
	}
	return badRequest(message)
}

func (t graphQLHTTP) fileTooLarge() *requestError {
	return &requestError{status: http.StatusRequestEntityTooLarge,
		message: fmt.Sprintf("the file is larger than the limit of %d bytes", t.uploads.maxFileBytes),
		ext:     map[string]any{"limit": limitBodySize, "max": t.uploads.maxFileBytes}}
}
