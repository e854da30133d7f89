package httpserver

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/requestid"
)

// Media types of GraphQL-over-HTTP.
const (
	mediaJSON            = "application/json"
	mediaGraphQLResponse = "application/graphql-response+json"
)

// graphQLHTTP is the GraphQL-over-HTTP transport of /query (https://graphql.github.io/graphql-over-http/),
// in place of gqlgen's GET and POST transports, which answer 422 for invalid documents, read JSON
// arrays and form bodies loosely, echo a malformed body back, and let request errors reach
// entgql.Transactioner without an operation (a panic). It:
//
//   - negotiates the response's media type from Accept: application/graphql-response+json when
//     the client prefers it, application/json otherwise (also for */* or no Accept), 406 when the
//     client accepts neither;
//   - accepts POST only with a JSON body (Content-Type application/json, UTF-8), answering 415 to
//     any other content type, so that a plain HTML form or a CORS "simple request" cannot drive
//     the API (CSRF); multipart/form-data is reserved for file uploads;
//   - refuses a JSON array (batching) and anything but one JSON object with 400;
//   - accepts GET for queries, and answers 405 with Allow: POST when GET asks for a mutation;
//   - uses the spec's status codes: with application/json, 200 for every well-formed request;
//     with application/graphql-response+json, 200 when the answer has data and a 4xx (5xx for
//     INTERNAL) when it has none, e.g. for parse or validation errors.
type graphQLHTTP struct {
	// maxBodyBytes is withBodyLimit's limit, named in the 413 answer.
	maxBodyBytes int64
	// uploads are the limits of multipart requests (uploads.go); nil refuses them.
	uploads *uploadLimits
}

var _ graphql.Transport = graphQLHTTP{}

// Supports takes every request the Options transport did not (it is added first).
func (graphQLHTTP) Supports(*http.Request) bool { return true }

// requestError is a refusal decided by the transport, before gqlgen sees the request.
type requestError struct {
	status  int
	message string
	ext     map[string]any
}

func (t graphQLHTTP) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Add("Vary", "Accept")
	media, ok := negotiate(r.Header.Values("Accept"))
	if !ok {
		writeRequestError(w, mediaJSON, requestError{status: http.StatusNotAcceptable,
			message: "the Accept header allows neither application/graphql-response+json nor application/json"})
		return
	}
	start := graphql.Now()
	var params *graphql.RawParams
	var rerr *requestError
	switch r.Method {
	case http.MethodGet:
		params, rerr = readGET(r)
	case http.MethodPost:
		if isMultipart(r) {
			var cleanup func()
			params, cleanup, rerr = t.readMultipart(r)
			defer cleanup()
		} else {
			params, rerr = t.readPOST(r)
		}
	default:
		w.Header().Set("Allow", "GET, POST, OPTIONS")
		rerr = &requestError{status: http.StatusMethodNotAllowed,
			message: fmt.Sprintf("%s is not allowed: send POST with a JSON body, or GET for queries", r.Method)}
	}
	if rerr != nil {
		writeRequestError(w, media, *rerr)
		return
	}
	params.Headers = r.Header
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}

	ctx := r.Context()
	oc, errs := exec.CreateOperationContext(ctx, params)
	if errs != nil {
		resp := exec.DispatchError(graphql.WithOperationContext(ctx, oc), errs)
		writeResponse(w, media, resp)
		return
	}
	if r.Method == http.MethodGet && oc.Operation.Operation != ast.Query {
		w.Header().Set("Allow", "POST")
		writeRequestError(w, media, requestError{status: http.StatusMethodNotAllowed,
			message: fmt.Sprintf("a %s cannot be sent with GET; use POST", oc.Operation.Operation)})
		return
	}
	responses, ctx := exec.DispatchOperation(ctx, oc)
	resp := responses(ctx)
	if resp == nil {
		// The request's time limit ran out before the operation produced an answer.
		resp = &graphql.Response{Errors: gqlerror.List{timeoutError(ctx)}}
	}
	writeResponse(w, media, resp)
}

// timeoutError is what a request that ran out of time gets when no resolver reported it.
func timeoutError(ctx context.Context) *gqlerror.Error {
	message := "the request was cancelled"
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		message = "the request took longer than the server's time limit and was cancelled"
	}
	return &gqlerror.Error{Message: message, Extensions: map[string]any{
		"code": string(apperr.Internal), "requestId": requestid.FromContext(ctx)}}
}

// readGET reads the parameters from the URL query string.
func readGET(r *http.Request) (*graphql.RawParams, *requestError) {
	q, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return nil, badRequest("the URL query string is malformed")
	}
	p := &graphql.RawParams{Query: q.Get("query"), OperationName: q.Get("operationName")}
	for name, dst := range map[string]*map[string]any{"variables": &p.Variables, "extensions": &p.Extensions} {
		raw := q.Get(name)
		if raw == "" {
			continue
		}
		m, rerr := decodeObject(name, json.RawMessage(raw))
		if rerr != nil {
			return nil, rerr
		}
		*dst = m
	}
	if p.Query == "" && p.Extensions["persistedQuery"] == nil {
		return nil, badRequest("the query parameter is missing")
	}
	return p, nil
}

// readPOST reads the parameters from a JSON body.
func (t graphQLHTTP) readPOST(r *http.Request) (*graphql.RawParams, *requestError) {
	ct := r.Header.Get("Content-Type")
	mediaType, typeParams, err := mime.ParseMediaType(ct)
	switch {
	case ct == "":
		return nil, unsupportedMedia("a POST needs Content-Type: application/json")
	case err != nil:
		return nil, unsupportedMedia("the Content-Type header is malformed; send application/json")
	case mediaType == "multipart/form-data":
		return nil, unsupportedMedia("multipart/form-data is reserved for file uploads, which this endpoint does not take; send application/json")
	case mediaType != mediaJSON:
		return nil, unsupportedMedia(fmt.Sprintf("%s is not accepted; send application/json", mediaType))
	case typeParams["charset"] != "" && !strings.EqualFold(typeParams["charset"], "utf-8"):
		return nil, unsupportedMedia("the body must be UTF-8 encoded")
	}

	body, err := io.ReadAll(r.Body)
	if err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			return nil, &requestError{status: http.StatusRequestEntityTooLarge,
				message: fmt.Sprintf("the request body is larger than %d bytes", t.maxBodyBytes),
				ext:     map[string]any{"limit": limitBodySize, "max": t.maxBodyBytes}}
		}
		return nil, badRequest("the request body could not be read")
	}
	return decodeParams(body)
}

// decodeParams reads the request parameters from a JSON object: a POST body, or the operations
// part of a multipart request.
func decodeParams(body []byte) (*graphql.RawParams, *requestError) {
	trimmed := bytes.TrimLeft(body, " \t\r\n")
	switch {
	case len(trimmed) == 0:
		return nil, badRequest("the request body is empty; send a JSON object with a query")
	case trimmed[0] == '[':
		return nil, &requestError{status: http.StatusBadRequest,
			message: "batched requests (a JSON array) are not supported; send one operation per request",
			ext:     map[string]any{"limit": limitBatching}}
	}
	var fields map[string]json.RawMessage
	if err := strictDecode(body, &fields); err != nil || fields == nil {
		return nil, badRequest("the request body is not a JSON object")
	}

	p := &graphql.RawParams{}
	if raw, ok := present(fields["query"]); ok {
		if err := json.Unmarshal(raw, &p.Query); err != nil {
			return nil, badRequest("query must be a string")
		}
	}
	if raw, ok := present(fields["operationName"]); ok {
		if err := json.Unmarshal(raw, &p.OperationName); err != nil {
			return nil, badRequest("operationName must be a string")
		}
	}
	var rerr *requestError
	if p.Variables, rerr = decodeObject("variables", fields["variables"]); rerr != nil {
		return nil, rerr
	}
	if p.Extensions, rerr = decodeObject("extensions", fields["extensions"]); rerr != nil {
		return nil, rerr
	}
	if p.Query == "" && p.Extensions["persistedQuery"] == nil {
		return nil, badRequest("query is missing: send {\"query\": \"…\"}")
	}
	return p, nil
}

// present reports whether a parameter was given and is not null.
func present(raw json.RawMessage) (json.RawMessage, bool) {
	raw = bytes.TrimSpace(raw)
	return raw, len(raw) > 0 && !bytes.Equal(raw, []byte("null"))
}

// decodeObject decodes a variables or extensions parameter: a JSON object, or null.
func decodeObject(name string, raw json.RawMessage) (map[string]any, *requestError) {
	raw, ok := present(raw)
	if !ok {
		return nil, nil
	}
	var m map[string]any
	if raw[0] != '{' || strictDecode(raw, &m) != nil {
		return nil, badRequest(name + " must be a JSON object")
	}
	return m, nil
}

// strictDecode decodes exactly one JSON value, with numbers kept exact.
func strictDecode(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("data after the JSON value")
	}
	return nil
}

func badRequest(message string) *requestError {
	return &requestError{status: http.StatusBadRequest, message: message}
}

func unsupportedMedia(message string) *requestError {
	return &requestError{status: http.StatusUnsupportedMediaType, message: message,
		ext: map[string]any{"limit": limitContentType}}
}

// negotiate picks the response media type from the Accept headers: the one with the higher
// quality, application/json on a tie unless application/graphql-response+json is named
// explicitly first. ok is false when the client accepts neither.
func negotiate(accept []string) (media string, ok bool) {
	if len(accept) == 0 {
		return mediaJSON, true
	}
	type grade struct {
		q           float64
		specificity int // 0 none, 1 */*, 2 application/*, 3 exact
		order       int
	}
	var gJSON, gGQL grade
	order := 0
	for _, header := range accept {
		for part := range strings.SplitSeq(header, ",") {
			part = strings.TrimSpace(part)
			if part == "" {
				continue
			}
			mt, params, err := mime.ParseMediaType(part)
			if err != nil {
				continue
			}
			order++
			q := 1.0
			if s, ok := params["q"]; ok {
				if v, err := strconv.ParseFloat(s, 64); err == nil && v >= 0 && v <= 1 {
					q = v
				}
			}
			for media, g := range map[string]*grade{mediaJSON: &gJSON, mediaGraphQLResponse: &gGQL} {
				spec := 0
				switch mt {
				case media:
					spec = 3
				case "application/*":
					spec = 2
				case "*/*":
					spec = 1
				}
				// The most specific range that matches decides the quality (RFC 9110, 12.5.1).
				if spec > g.specificity {
					*g = grade{q: q, specificity: spec, order: order}
				}
			}
		}
	}
	if order == 0 {
		return mediaJSON, true // an empty Accept header says nothing
	}
	jsonOK := gJSON.specificity > 0 && gJSON.q > 0
	gqlOK := gGQL.specificity > 0 && gGQL.q > 0
	switch {
	case gqlOK && (!jsonOK || gGQL.q > gJSON.q ||
		(gGQL.q == gJSON.q && gGQL.specificity == 3 && (gJSON.specificity < 3 || gGQL.order < gJSON.order))):
		return mediaGraphQLResponse, true
	case jsonOK:
		return mediaJSON, true
	}
	return "", false
}

// body is a GraphQL response as the spec writes it: no data entry when the request failed before
// execution (gqlgen's Response would write "data": null).
type body struct {
	Errors     gqlerror.List   `json:"errors,omitempty"`
	Data       json.RawMessage `json:"data,omitempty"`
	Extensions map[string]any  `json:"extensions,omitempty"`
}

func writeResponse(w http.ResponseWriter, media string, resp *graphql.Response) {
	status := http.StatusOK
	if media == mediaGraphQLResponse && len(resp.Data) == 0 {
		status = statusForErrors(resp.Errors)
	}
	writeBody(w, media, status, body{Errors: resp.Errors, Data: resp.Data, Extensions: resp.Extensions})
}

func writeRequestError(w http.ResponseWriter, media string, e requestError) {
	ext := map[string]any{"code": string(apperr.BadUserInput)}
	for k, v := range e.ext {
		ext[k] = v
	}
	writeBody(w, media, e.status, body{Errors: gqlerror.List{{Message: e.message, Extensions: ext}}})
}

func writeBody(w http.ResponseWriter, media string, status int, b body) {
	out, err := encodeBody(b)
	if err != nil {
		// Only a resolver's unencodable value gets here; its details stay in the server.
		status = http.StatusInternalServerError
		out = []byte(`{"errors":[{"message":"the answer could not be encoded","extensions":{"code":"INTERNAL"}}]}`)
	}
	w.Header().Set("Content-Type", media+"; charset=utf-8")
	// The answer is not escaped for HTML (<, > and & are written as they are): no browser may
	// take it for anything but JSON.
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(out)
}

// encodeBody writes b as json.Marshal does, without escaping for HTML, and with data, which
// gqlgen has written as JSON already, copied as it is: json.Marshal would scan and compact every
// byte of it again, a twentieth of the server's CPU on a page of 50 deals (pprof on make bench's
// dealsEdges).
func encodeBody(b body) ([]byte, error) {
	var out bytes.Buffer
	out.Grow(len(b.Data) + 32)
	out.WriteByte('{')
	field := func(name string, raw []byte) {
		if out.Len() > 1 {
			out.WriteByte(',')
		}
		out.WriteString(`"` + name + `":`)
		out.Write(raw)
	}
	if len(b.Errors) > 0 {
		errs, err := marshalUnescaped(b.Errors)
		if err != nil {
			return nil, err
		}
		field("errors", errs)
	}
	if len(b.Data) > 0 {
		field("data", b.Data)
	}
	if len(b.Extensions) > 0 {
		ext, err := marshalUnescaped(b.Extensions)
		if err != nil {
			return nil, err
		}
		field("extensions", ext)
	}
	out.WriteByte('}')
	return out.Bytes(), nil
}

// marshalUnescaped is json.Marshal without the escaping of <, > and &, like data.
func marshalUnescaped(v any) ([]byte, error) {
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(out.Bytes(), []byte("\n")), nil
}

// statusForErrors is the status of an application/graphql-response+json answer without data: the
// first error's code decides.
func statusForErrors(errs gqlerror.List) int {
	if len(errs) == 0 {
		return http.StatusInternalServerError
	}
	code, _ := errs[0].Extensions["code"].(string)
	switch apperr.Code(code) {
	case apperr.Unauthenticated:
		return http.StatusUnauthorized
	case apperr.Forbidden:
		return http.StatusForbidden
	case apperr.Conflict:
		return http.StatusConflict
	case apperr.RateLimited:
		return http.StatusTooManyRequests
	case apperr.Internal:
		return http.StatusInternalServerError
	}
	return http.StatusBadRequest
}
