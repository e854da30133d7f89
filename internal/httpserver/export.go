package httpserver

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"log/slog"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/partnerhub/partnerhub/graph"
	"github.com/partnerhub/partnerhub/internal/requestid"
)

// exportPageSize is how many rows one page of an export reads: the API's page cap, so an export
// asks exactly what a client paging through the list would.
var exportPageSize = graph.MaxPageSize

// maxExportColumns bounds one export's columns.
const maxExportColumns = 60

// csvExport streams any list of the API as CSV: GET /export/{list}?fields=title,partner.name
// &where={json}&orderBy={json}. It pages through the list with the caller's own GraphQL queries,
// on the same endpoint and with the same privacy, limits and audit as the caller's requests, and
// writes each page as it arrives: memory stays one page whatever the list's length.
type csvExport struct {
	api    http.Handler
	schema *ast.Schema
}

func newCSVExport(api http.Handler) (csvExport, error) {
	schema, err := gqlparser.LoadSchema(&ast.Source{Name: "schema.graphql", Input: graph.SDL()})
	if err != nil {
		return csvExport{}, fmt.Errorf("reading the schema for exports: %w", err)
	}
	return csvExport{api: api, schema: schema}, nil
}

func (e csvExport) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	list := r.PathValue("list")
	q := r.URL.Query()
	query, err := e.query(list, q.Get("fields"))
	if err != nil {
		exportError(w, http.StatusBadRequest, "BAD_USER_INPUT", err.Error())
		return
	}
	vars := map[string]any{"first": exportPageSize}
	for _, name := range []string{"where", "orderBy"} {
		if raw := q.Get(name); raw != "" {
			var v any
			if err := json.Unmarshal([]byte(raw), &v); err != nil {
				exportError(w, http.StatusBadRequest, "BAD_USER_INPUT", name+" is not JSON")
				return
			}
			vars[name] = v
		}
	}
	paths := columns(q.Get("fields"))

	var out *csv.Writer
	for page := 0; ; page++ {
		res, err := e.page(r, query, vars)
		if err != nil {
			if out == nil {
				exportError(w, err.status, err.code, err.message)
				return
			}
			// The header is sent: a truncated transfer is the only way left to say the file is
			// incomplete, rather than end it as if it were whole.
			slog.ErrorContext(r.Context(), "export failed part-way", "list", list, "page", page, "error", err.message)
			panic(http.ErrAbortHandler)
		}
		if out == nil {
			name := fmt.Sprintf("%s-%s.csv", list, time.Now().UTC().Format(time.DateOnly))
			w.Header().Set("Content-Type", "text/csv; charset=utf-8")
			w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
			out = csv.NewWriter(w)
			out.Write(paths)
		}
		for _, edge := range res.Edges {
			row := make([]string, len(paths))
			for i, p := range paths {
				row[i] = cell(lookup(edge.Node, p))
			}
			out.Write(row)
		}
		out.Flush()
		if f, ok := w.(http.Flusher); ok {
			f.Flush()
		}
		if !res.PageInfo.HasNextPage || res.PageInfo.EndCursor == "" {
			return
		}
		vars["after"] = res.PageInfo.EndCursor
	}
}

type exportFailure struct {
	status        int
	code, message string
}

type connectionPage struct {
	Edges []struct {
		Node map[string]any `json:"node"`
	} `json:"edges"`
	PageInfo struct {
		HasNextPage bool   `json:"hasNextPage"`
		EndCursor   string `json:"endCursor"`
	} `json:"pageInfo"`
}

// page runs one page's query on the API with the caller's request context (viewer, request ID)
// and headers, as a request of its own.
func (e csvExport) page(r *http.Request, query string, vars map[string]any) (*connectionPage, *exportFailure) {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequestWithContext(r.Context(), http.MethodPost, "/query", bytes.NewReader(body))
	req.Header = r.Header.Clone()
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	rec := &bufferedResponse{header: http.Header{}, status: http.StatusOK}
	e.api.ServeHTTP(rec, req)
	var res struct {
		Data   map[string]connectionPage `json:"data"`
		Errors []struct {
			Message    string         `json:"message"`
			Extensions map[string]any `json:"extensions"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(rec.body.Bytes(), &res); err != nil {
		return nil, &exportFailure{http.StatusInternalServerError, "INTERNAL", "the list could not be read; request ID " + requestid.FromContext(r.Context())}
	}
	if len(res.Errors) > 0 {
		code, _ := res.Errors[0].Extensions["code"].(string)
		status := map[string]int{"UNAUTHENTICATED": http.StatusUnauthorized, "FORBIDDEN": http.StatusForbidden,
			"BAD_USER_INPUT": http.StatusBadRequest, "GRAPHQL_VALIDATION_FAILED": http.StatusBadRequest,
			"RATE_LIMITED": http.StatusTooManyRequests}[code]
		if status == 0 {
			status = http.StatusInternalServerError
		}
		return nil, &exportFailure{status, code, res.Errors[0].Message}
	}
	for _, p := range res.Data {
		return &p, nil
	}
	return nil, &exportFailure{http.StatusInternalServerError, "INTERNAL", "the list answered nothing"}
}

// query builds the GraphQL query of one page of list with the given columns, checking both
// against the schema: list must be a connection of the Query type, and each column a path of
// single (not list) fields of its node ending in a scalar or an enum.
func (e csvExport) query(list, fields string) (string, error) {
	def := e.schema.Query.Fields.ForName(list)
	if def == nil {
		return "", fmt.Errorf("%q is not a list of the API", list)
	}
	conn := e.schema.Types[def.Type.Name()]
	if conn == nil || conn.Fields.ForName("edges") == nil || conn.Fields.ForName("pageInfo") == nil || def.Arguments.ForName("after") == nil {
		return "", fmt.Errorf("%q is not a paged list (a connection)", list)
	}
	edges := conn.Fields.ForName("edges")
	nodeField := e.schema.Types[edges.Type.Name()].Fields.ForName("node")
	if nodeField == nil {
		return "", fmt.Errorf("%q has no nodes", list)
	}
	paths := columns(fields)
	if len(paths) == 0 {
		return "", fmt.Errorf("name the columns: fields=title,partner.name")
	}
	if len(paths) > maxExportColumns {
		return "", fmt.Errorf("at most %d columns", maxExportColumns)
	}
	selection := map[string]any{}
	for _, p := range paths {
		typ := e.schema.Types[nodeField.Type.Name()]
		sel := selection
		segs := strings.Split(p, ".")
		for i, seg := range segs {
			f := typ.Fields.ForName(seg)
			if f == nil || f.Type.Elem != nil || len(f.Arguments) > 0 && f.Arguments.ForName("first") != nil {
				return "", fmt.Errorf("%q is not a column of %s", p, list)
			}
			next := e.schema.Types[f.Type.Name()]
			leaf := next.Kind == ast.Scalar || next.Kind == ast.Enum
			if leaf != (i == len(segs)-1) {
				return "", fmt.Errorf("%q is not a column of %s: a column ends at a value", p, list)
			}
			if leaf {
				sel[seg] = nil
				break
			}
			child, _ := sel[seg].(map[string]any)
			if child == nil {
				child = map[string]any{}
				sel[seg] = child
			}
			sel, typ = child, next
		}
	}
	var args, params []string
	params = append(params, "$first: Int", "$after: Cursor")
	args = append(args, "first: $first", "after: $after")
	for _, name := range []string{"where", "orderBy"} {
		if a := def.Arguments.ForName(name); a != nil {
			params = append(params, "$"+name+": "+a.Type.String())
			args = append(args, name+": $"+name)
		}
	}
	return fmt.Sprintf("query Export(%s) { %s(%s) { pageInfo { hasNextPage endCursor } edges { node %s } } }",
		strings.Join(params, ", "), list, strings.Join(args, ", "), selectionSet(selection)), nil
}

func selectionSet(sel map[string]any) string {
	var b strings.Builder
	b.WriteString("{")
	for name, child := range sel {
		b.WriteString(" " + name)
		if m, ok := child.(map[string]any); ok {
			b.WriteString(" " + selectionSet(m))
		}
	}
	b.WriteString(" }")
	return b.String()
}

func columns(fields string) []string {
	var out []string
	seen := map[string]bool{}
	for _, f := range strings.Split(fields, ",") {
		if f = strings.TrimSpace(f); f != "" && !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}

func lookup(node map[string]any, path string) any {
	var v any = node
	for _, seg := range strings.Split(path, ".") {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[seg]
	}
	return v
}

// cell writes a value as spreadsheet software should read it. A text cell that starts like a
// formula is prefixed with an apostrophe: a customer name such as =HYPERLINK(…) must not run when a
// channel manager opens the export (CSV injection).
func cell(v any) string {
	var s string
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		s = x
	case json.Number:
		return x.String()
	case float64:
		return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%f", x), "0"), ".")
	case bool:
		return fmt.Sprint(x)
	default:
		b, _ := json.Marshal(x)
		s = string(b)
	}
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func exportError(w http.ResponseWriter, status int, code, message string) {
	writeJSON(w, status, map[string]any{"errors": []map[string]any{{"message": message, "extensions": map[string]any{"code": code}}}})
}

// bufferedResponse keeps one page's answer in memory: a page is at most exportPageSize rows.
type bufferedResponse struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (b *bufferedResponse) Header() http.Header         { return b.header }
func (b *bufferedResponse) WriteHeader(status int)      { b.status = status }
func (b *bufferedResponse) Write(p []byte) (int, error) { return b.body.Write(p) }
