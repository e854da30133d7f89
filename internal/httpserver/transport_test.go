package httpserver_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

const (
	jsonMedia = "application/json"
	gqlMedia  = "application/graphql-response+json"
)

// TestGraphQLOverHTTPStatus: the GraphQL-over-HTTP spec's status codes. application/json (the
// legacy media type) answers 200 for every well-formed request; application/graphql-response+json
// answers 4xx when the answer has no data, e.g. for parse and validation errors. Requests the
// server cannot read as GraphQL at all get 400 under both.
func TestGraphQLOverHTTPStatus(t *testing.T) {
	s := start(t, nil)
	tests := []struct {
		name      string
		params    map[string]any
		body      string // raw body instead of params
		json, gql int    // the status under each media type
		wantData  bool   // the answer has a data entry
	}{
		{name: "query", params: map[string]any{"query": "{ __typename }"}, json: 200, gql: 200, wantData: true},
		{name: "field error keeps data", params: map[string]any{"query": "{ partners { totalCount } }"}, json: 200, gql: 200, wantData: true},
		{name: "parse error", params: map[string]any{"query": "{"}, json: 200, gql: 400},
		{name: "validation error", params: map[string]any{"query": "{ nope }"}, json: 200, gql: 400},
		{name: "variable coercion error", params: map[string]any{"query": "query($id: ID!) { __typename }", "variables": map[string]any{"id": nil}}, json: 200, gql: 400},
		{name: "unknown operation name", params: map[string]any{"query": "query A { __typename }", "operationName": "B"}, json: 200, gql: 400},
		{name: "over a limit", params: map[string]any{"query": "{ " + strings.Repeat("__typename ", 30) + "}"}, json: 200, gql: 400},
		{name: "null parameters", body: `{"query":"{ __typename }","variables":null,"operationName":null,"extensions":null}`, json: 200, gql: 200, wantData: true},
		{name: "unknown extension", params: map[string]any{"query": "{ __typename }", "extensions": map[string]any{"some": "value"}}, json: 200, gql: 200, wantData: true},
		{name: "missing query", body: `{"qeury":"{ __typename }"}`, json: 400, gql: 400},
		{name: "query not a string", body: `{"query":{"obj":"ect"}}`, json: 400, gql: 400},
		{name: "operationName not a string", body: `{"query":"{ __typename }","operationName":0}`, json: 400, gql: 400},
		{name: "variables not an object", body: `{"query":"{ __typename }","variables":["array"]}`, json: 400, gql: 400},
		{name: "extensions not an object", body: `{"query":"{ __typename }","extensions":"string"}`, json: 400, gql: 400},
		{name: "malformed JSON", body: `{ "not a JSON`, json: 400, gql: 400},
		{name: "trailing data", body: `{"query":"{ __typename }"} {"query":"{ __typename }"}`, json: 400, gql: 400},
		{name: "empty body", body: ``, json: 400, gql: 400},
	}
	for _, tt := range tests {
		for media, want := range map[string]int{jsonMedia: tt.json, gqlMedia: tt.gql} {
			t.Run(tt.name+" as "+media, func(t *testing.T) {
				body := tt.body
				if tt.params != nil {
					b, _ := json.Marshal(tt.params)
					body = string(b)
				}
				r := send(t, s, newRequest(t, http.MethodPost, s.URL+"/query", strings.NewReader(body),
					map[string]string{"Content-Type": "application/json", "Accept": media}))
				if r.status != want {
					t.Errorf("status %d, want %d: %s", r.status, want, r.body)
				}
				if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, media) {
					t.Errorf("Content-Type %q, want %s", ct, media)
				}
				var top map[string]json.RawMessage
				if err := json.Unmarshal([]byte(r.body), &top); err != nil {
					t.Fatalf("body is not a JSON object: %s", r.body)
				}
				if _, has := top["data"]; has != tt.wantData {
					t.Errorf("data entry present %v, want %v: %s", has, tt.wantData, r.body)
				}
				if !tt.wantData {
					var errs []map[string]any
					json.Unmarshal(top["errors"], &errs)
					if len(errs) == 0 {
						t.Fatalf("no errors: %s", r.body)
					}
					if code := errs[0]["extensions"].(map[string]any)["code"]; code != "BAD_USER_INPUT" {
						t.Errorf("code %v, want BAD_USER_INPUT: %s", code, r.body)
					}
				}
				if tt.body != "" && len(tt.body) > 10 && strings.Contains(r.body, tt.body) {
					t.Errorf("the answer echoes the body back: %s", r.body)
				}
			})
		}
	}
}

// TestAcceptNegotiation: the response's media type follows Accept (quality values included);
// a client that accepts neither JSON type gets 406.
func TestAcceptNegotiation(t *testing.T) {
	s := start(t, nil)
	tests := []struct {
		accept string
		want   string // media type, or "" for 406
	}{
		{"", jsonMedia},
		{"*/*", jsonMedia},
		{"application/*", jsonMedia},
		{"application/json", jsonMedia},
		{"application/graphql-response+json", gqlMedia},
		{"application/graphql-response+json, application/json;q=0.9", gqlMedia},
		{"application/graphql-response+json;q=0.5, application/json", jsonMedia},
		{"application/json, application/graphql-response+json", jsonMedia},
		{"application/graphql-response+json, application/json", gqlMedia},
		{"application/graphql-response+json, */*;q=0.1", gqlMedia},
		{"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", jsonMedia}, // a browser
		{"application/json;q=0", ""},
		{"text/html", ""},
		{"application/graphql-response+json;q=0, text/html", ""},
	}
	for _, tt := range tests {
		for _, method := range []string{http.MethodPost, http.MethodGet} {
			h := map[string]string{"Accept": tt.accept}
			if tt.accept == "" {
				h = nil
			}
			res := gqlCall{method: method, params: map[string]any{"query": "{ __typename }"}, headers: h}.send(t, s)
			ct := res.Header.Get("Content-Type")
			switch {
			case tt.want == "" && res.Status != http.StatusNotAcceptable:
				t.Errorf("%s Accept %q = %d %s, want 406", method, tt.accept, res.Status, ct)
			case tt.want != "" && (res.Status != http.StatusOK || ct != tt.want+"; charset=utf-8"):
				t.Errorf("%s Accept %q = %d %s, want 200 %s; charset=utf-8", method, tt.accept, res.Status, ct, tt.want)
			}
		}
	}
}

// TestGETForQueriesOnly: GET runs queries (variables and extensions URL-encoded JSON), and a
// mutation over GET is refused with 405 and Allow: POST before anything runs.
func TestGETForQueriesOnly(t *testing.T) {
	s := startDemo(t, nil)
	res := gqlCall{method: http.MethodGet, params: map[string]any{
		"query":         "query Type($name: String!) { __type(name: $name) { name } }",
		"operationName": "Type",
		"variables":     map[string]any{"name": "Partner"},
	}}.send(t, s)
	if res.Status != http.StatusOK || !strings.Contains(string(res.Data), `"Partner"`) {
		t.Errorf("GET with variables = %d %s", res.Status, res.Raw)
	}
	for _, media := range []string{jsonMedia, gqlMedia} {
		mutation := `mutation { login(input: {email: "admin@vendor.test", password: "wrong password"}) { accessToken } }`
		res := gqlCall{method: http.MethodGet, params: map[string]any{"query": mutation}, headers: map[string]string{"Accept": media}}.send(t, s)
		if res.Status != http.StatusMethodNotAllowed || res.Header.Get("Allow") != "POST" || len(res.Errors) == 0 || res.Data != nil {
			t.Errorf("GET mutation as %s = %d Allow %q %s, want 405 with Allow: POST", media, res.Status, res.Header.Get("Allow"), res.Raw)
		}
		// Several operations in one document: the one operationName picks decides.
		doc := "query Q { __typename } " + strings.Replace(mutation, "mutation", "mutation M", 1)
		res = gqlCall{method: http.MethodGet, params: map[string]any{"query": doc, "operationName": "M"}, headers: map[string]string{"Accept": media}}.send(t, s)
		if res.Status != http.StatusMethodNotAllowed {
			t.Errorf("GET of mutation M in a document = %d %s, want 405", res.Status, res.Raw)
		}
		res = gqlCall{method: http.MethodGet, params: map[string]any{"query": doc, "operationName": "Q"}, headers: map[string]string{"Accept": media}}.send(t, s)
		if res.Status != http.StatusOK || len(res.Errors) > 0 {
			t.Errorf("GET of query Q in a document = %d %s, want 200", res.Status, res.Raw)
		}
	}
	// The refused GET did not run: the account has no failed sign-in to show for it.
	if failed := failedLogins(t, s, "admin@vendor.test"); failed != 0 {
		t.Errorf("the refused GET mutations ran: %d failed sign-ins recorded", failed)
	}
	if r := send(t, s, newRequest(t, http.MethodGet, s.URL+"/query", nil, nil)); r.status != http.StatusBadRequest {
		t.Errorf("GET without query = %d %s, want 400", r.status, r.body)
	}
	if r := send(t, s, newRequest(t, http.MethodGet, s.URL+"/query?query="+url.QueryEscape("{ __typename }")+"&variables=%7Bx", nil, nil)); r.status != http.StatusBadRequest {
		t.Errorf("GET with malformed variables = %d %s, want 400", r.status, r.body)
	}
}

// TestPOSTContentTypes: only JSON bodies are read; every content type an HTML form or a CORS
// "simple request" can send cross-site without a preflight gets 415 (CSRF).
func TestPOSTContentTypes(t *testing.T) {
	s := start(t, nil)
	body := `{"query":"{ __typename }"}`
	tests := []struct {
		contentType string
		want        int
	}{
		{"application/json", http.StatusOK},
		{"application/json; charset=utf-8", http.StatusOK},
		{"application/json; charset=UTF-8", http.StatusOK},
		{"", http.StatusUnsupportedMediaType},
		{"text/plain", http.StatusUnsupportedMediaType},
		{"text/plain;charset=UTF-8", http.StatusUnsupportedMediaType},
		{"application/x-www-form-urlencoded", http.StatusUnsupportedMediaType},
		{"multipart/form-data; boundary=x", http.StatusUnsupportedMediaType},
		{"application/graphql", http.StatusUnsupportedMediaType},
		{"application/json; charset=latin1", http.StatusUnsupportedMediaType},
		{"application/json; charset", http.StatusUnsupportedMediaType},
	}
	for _, tt := range tests {
		h := map[string]string{}
		if tt.contentType != "" {
			h["Content-Type"] = tt.contentType
		}
		res := s.Send(t, newRequest(t, http.MethodPost, s.URL+"/query", strings.NewReader(body), h))
		if res.Status != tt.want {
			t.Errorf("POST %q = %d %s, want %d", tt.contentType, res.Status, res.Raw, tt.want)
		}
		if tt.want != http.StatusOK && (len(res.Errors) == 0 || res.Errors[0].Code() != "BAD_USER_INPUT" || res.Data != nil) {
			t.Errorf("POST %q: %s, want a BAD_USER_INPUT error and no data", tt.contentType, res.Raw)
		}
	}
}

// TestOtherMethods: /query answers only GET, POST and OPTIONS.
func TestOtherMethods(t *testing.T) {
	s := start(t, nil)
	for _, method := range []string{http.MethodPut, http.MethodPatch, http.MethodDelete} {
		r := send(t, s, newRequest(t, method, s.URL+"/query", strings.NewReader(`{"query":"{ __typename }"}`),
			map[string]string{"Content-Type": "application/json"}))
		if r.status != http.StatusMethodNotAllowed || !strings.Contains(r.header.Get("Allow"), "POST") {
			t.Errorf("%s /query = %d Allow %q, want 405 with Allow", method, r.status, r.header.Get("Allow"))
		}
	}
	if r := send(t, s, newRequest(t, http.MethodOptions, s.URL+"/query", nil, nil)); r.status != http.StatusOK || !strings.Contains(r.header.Get("Allow"), "POST") {
		t.Errorf("OPTIONS /query = %d Allow %q", r.status, r.header.Get("Allow"))
	}
}

func TestQueryOverGET(t *testing.T) {
	s := start(t, nil)
	r := send(t, s, newRequest(t, "GET", s.URL+"/query?query="+url.QueryEscape("{ __typename }"), nil, nil))
	if r.status != http.StatusOK || !strings.Contains(r.body, `"__typename":"Query"`) {
		t.Fatalf("GET query = %d %s, want 200 with data", r.status, r.body)
	}
}

func TestMutationOverGETRefused(t *testing.T) {
	s := start(t, nil)
	if !regexp.MustCompile(`(?m)^(extend\s+)?type\s+Mutation\b`).MatchString(get(t, s, "/schema.graphql").body) {
		t.Skip("the schema has no Mutation type yet; nothing to send over GET")
	}
	// __typename is valid on any Mutation type, so only the transport can refuse this.
	r := send(t, s, newRequest(t, "GET", s.URL+"/query?query="+url.QueryEscape("mutation { __typename }"), nil, nil))
	if r.status == http.StatusOK || strings.Contains(r.body, `"__typename"`) {
		t.Fatalf("GET mutation = %d %s, want it refused", r.status, r.body)
	}
}

// TestPOSTNeedsJSON: an HTML form or a CORS "simple request" can POST text/plain, form-encoded or
// multipart bodies cross-site without a preflight, so only JSON is accepted (CSRF).
func TestPOSTNeedsJSON(t *testing.T) {
	s := start(t, nil)
	jsonBody := `{"query":"{ __typename }"}`
	tests := []struct {
		contentType, body string
		accepted          bool
	}{
		{"application/json", jsonBody, true},
		{"application/json; charset=utf-8", jsonBody, true},
		{"text/plain", jsonBody, false},
		{"text/plain;charset=UTF-8", jsonBody, false},
		{"application/x-www-form-urlencoded", "query=" + url.QueryEscape("{ __typename }"), false},
		{"multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"query\"\r\n\r\n{ __typename }\r\n--x--\r\n", false},
		{"", jsonBody, false},
	}
	for _, tt := range tests {
		t.Run(tt.contentType, func(t *testing.T) {
			h := map[string]string{}
			if tt.contentType != "" {
				h["Content-Type"] = tt.contentType
			}
			res := s.Send(t, newRequest(t, "POST", s.URL+"/query", strings.NewReader(tt.body), h))
			answered := res.Status == http.StatusOK && strings.Contains(string(res.Data), `"__typename":"Query"`)
			if answered != tt.accepted {
				t.Errorf("POST %q = %d %s; accepted %v, want %v", tt.contentType, res.Status, res.Raw, answered, tt.accepted)
			}
			if !tt.accepted && res.Status < 400 {
				t.Errorf("refused request answered %d, want a 4xx status", res.Status)
			}
		})
	}
}
