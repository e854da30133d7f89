package httpserver_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/internal/config"
	"github.com/partnerhub/partnerhub/internal/httpserver"
	"github.com/partnerhub/partnerhub/internal/seed"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
)

// productionEnv is a production configuration a test server can start with.
var productionEnv = map[string]string{"APP_ENV": "production", "JWT_SECRET": strings.Repeat("production-secret-", 3)}

// startDemo serves a fresh database with the demo data, in the configuration env describes.
func startDemo(t *testing.T, env map[string]string) *apitest.Server {
	t.Helper()
	cfg, err := config.Load(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	return startDemoConfig(t, cfg)
}

func startDemoConfig(t *testing.T, cfg config.Config) *apitest.Server {
	t.Helper()
	db := testdb.Open(t)
	client := testdb.ClientOf(t, db)
	if _, err := seed.Demo(context.Background(), client, cfg.DemoPassword); err != nil {
		t.Fatalf("seeding: %v", err)
	}
	return apitest.Start(t, cfg, db, client)
}

// signIn returns an access token of a demo user.
func signIn(t *testing.T, s *apitest.Server, email string) string {
	t.Helper()
	res := s.Query(t, "", `mutation($email: String!, $password: String!) {
		login(input: {email: $email, password: $password}) { accessToken } }`,
		map[string]any{"email": email, "password": s.Config.DemoPassword})
	var out struct{ Login struct{ AccessToken string } }
	res.Decode(t, &out)
	if out.Login.AccessToken == "" {
		t.Fatalf("login as %s: no access token: %s", email, res.Raw)
	}
	return out.Login.AccessToken
}

// gqlCall is one GraphQL-over-HTTP request: the parameters go into a JSON body (POST) or the URL
// (GET), with the given headers (Content-Type application/json for POST unless set).
type gqlCall struct {
	method  string
	params  map[string]any
	headers map[string]string
	token   string
}

func (c gqlCall) send(t *testing.T, s *apitest.Server) apitest.Response {
	t.Helper()
	method := c.method
	if method == "" {
		method = http.MethodPost
	}
	var req *http.Request
	if method == http.MethodGet {
		q := url.Values{}
		for k, v := range c.params {
			if str, ok := v.(string); ok {
				q.Set(k, str)
				continue
			}
			b, _ := json.Marshal(v)
			q.Set(k, string(b))
		}
		req = newRequest(t, method, s.URL+"/query?"+q.Encode(), nil, nil)
	} else {
		body, _ := json.Marshal(c.params)
		req = newRequest(t, method, s.URL+"/query", bytes.NewReader(body), map[string]string{"Content-Type": "application/json"})
	}
	for k, v := range c.headers {
		req.Header.Set(k, v)
	}
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	return s.Send(t, req)
}

// limitOf returns extensions.limit of the first error that names a limit, or "".
func limitOf(res apitest.Response) string {
	for _, e := range res.Errors {
		if l, ok := e.Extensions["limit"].(string); ok {
			return l
		}
	}
	return ""
}

// nested builds { viewer { partner { manager { partner … { id } } } } } with depth levels of fields.
func nested(depth int) string {
	var b strings.Builder
	b.WriteString("{ viewer {")
	for i := 2; i < depth; i++ {
		if i%2 == 0 {
			b.WriteString(" partner {")
		} else {
			b.WriteString(" manager {")
		}
	}
	b.WriteString(" id")
	b.WriteString(strings.Repeat(" }", depth-1))
	return b.String() + " }"
}

func repeatJoin(format string, n int) string {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = fmt.Sprintf(format, i)
	}
	return strings.Join(parts, " ")
}

// nestedWhere is a PartnerWhereInput literal nesting depth levels of objects.
func nestedWhere(depth int) string {
	return strings.Repeat("{not: ", depth-1) + `{nameContains: "x"}` + strings.Repeat("}", depth-1)
}

func nestedWhereVar(depth int) map[string]any {
	v := map[string]any{"nameContains": "x"}
	for i := 1; i < depth; i++ {
		v = map[string]any{"not": v}
	}
	return v
}

// TestQueryLimits: every limit refuses a request just over it, before anything runs, with
// BAD_USER_INPUT and extensions.limit and .max saying which limit; the same request just under
// the limit is not refused.
func TestQueryLimits(t *testing.T) {
	s := startDemo(t, nil)
	token := signIn(t, s, "admin@vendor.test")
	type request struct {
		query string
		vars  map[string]any
	}
	tests := []struct {
		name      string
		limit     string
		max       int
		over, ok  request
		wantField string
	}{
		{name: "depth", limit: "DEPTH", max: httpserver.MaxDepth,
			over: request{query: nested(httpserver.MaxDepth + 1)},
			ok:   request{query: nested(httpserver.MaxDepth)}},
		{name: "depth through fragments", limit: "DEPTH", max: httpserver.MaxDepth,
			over: request{query: `{ viewer { ...A } } fragment A on User { partner { ...B } } fragment B on Partner { manager { ...C } }
				fragment C on User { partner { manager { partner { manager { partner { manager { partner { manager { partner { id } } } } } } } } } }`},
			ok: request{query: `{ viewer { ...A } } fragment A on User { partner { ...B } } fragment B on Partner { manager { ...C } }
				fragment C on User { partner { manager { partner { manager { partner { manager { partner { manager { id } } } } } } } } }`}},
		{name: "aliases", limit: "ALIASES", max: httpserver.MaxAliases,
			over: request{query: "{ " + repeatJoin("a%d: __typename", httpserver.MaxAliases+1) + " }"},
			ok:   request{query: "{ " + repeatJoin("a%d: __typename", httpserver.MaxAliases) + " }"}},
		{name: "aliases of a mutation", limit: "ALIASES", max: httpserver.MaxAliases,
			over: request{query: "mutation { " + repeatJoin(`a%d: login(input: {email: "admin@vendor.test", password: "guess"}) { accessToken }`, httpserver.MaxAliases+1) + " }"}},
		{name: "repeated field", limit: "REPEATED_FIELDS", max: httpserver.MaxRepeatedField,
			over: request{query: "{ " + strings.Repeat("__typename ", httpserver.MaxRepeatedField+1) + "}"},
			ok:   request{query: "{ " + strings.Repeat("__typename ", httpserver.MaxRepeatedField) + "}"}},
		{name: "repeated field through fragments", limit: "REPEATED_FIELDS", max: httpserver.MaxRepeatedField,
			over: request{query: "{ viewer { " + strings.Repeat("...F ", httpserver.MaxRepeatedField/2+1) + "} } fragment F on User { id id }"},
			ok:   request{query: "{ viewer { " + strings.Repeat("...F ", httpserver.MaxRepeatedField/2) + "} } fragment F on User { id id }"}},
		{name: "directives on one field", limit: "DIRECTIVES", max: httpserver.MaxDirectivesPerLocation,
			over: request{query: "{ __typename" + strings.Repeat(" @include(if: true)", httpserver.MaxDirectivesPerLocation+1) + " }"},
			ok:   request{query: "{ __typename @include(if: true) @skip(if: false) }"}},
		{name: "directives in a document", limit: "DIRECTIVES", max: httpserver.MaxDirectives,
			over: request{query: "{ " + strings.Repeat("... @include(if: true) { __typename } ", httpserver.MaxDirectives+1) + "}"},
			ok:   request{query: "{ " + strings.Repeat("... @include(if: true) { __typename } ", httpserver.MaxRepeatedField) + "}"}},
		{name: "@defer", limit: "INCREMENTAL_DELIVERY", max: 0,
			over: request{query: "{ viewer { id ... @defer(label: \"late\") { email } } }"},
			ok:   request{query: "{ viewer { id ... { email } } }"}},
		{name: "@stream", limit: "INCREMENTAL_DELIVERY", max: 0,
			over: request{query: "{ partners(first: 2) { edges @stream(initialCount: 1) { node { id } } } }"},
			ok:   request{query: "{ partners(first: 2) { edges { node { id } } } }"}},
		{name: "tokens", limit: "TOKENS", max: httpserver.MaxTokens,
			over: request{query: `{ nodes(ids: [` + strings.Repeat(`"x" `, httpserver.MaxTokens) + `]) { id } }`},
			ok:   request{query: `{ nodes(ids: [` + strings.Repeat(`"x" `, 50) + `]) { id } }`}},
		{name: "nested argument", limit: "INPUT_DEPTH", max: httpserver.MaxInputDepth,
			over: request{query: `{ partners(where: ` + nestedWhere(httpserver.MaxInputDepth+1) + `) { totalCount } }`},
			ok:   request{query: `{ partners(where: ` + nestedWhere(httpserver.MaxInputDepth) + `) { totalCount } }`}},
		{name: "nested variable", limit: "INPUT_DEPTH", max: httpserver.MaxInputDepth,
			over: request{query: `query($w: PartnerWhereInput) { partners(where: $w) { totalCount } }`, vars: map[string]any{"w": nestedWhereVar(httpserver.MaxInputDepth + 1)}},
			ok:   request{query: `query($w: PartnerWhereInput) { partners(where: $w) { totalCount } }`, vars: map[string]any{"w": nestedWhereVar(httpserver.MaxInputDepth)}}},
		{name: "complexity of nested pages", limit: "COMPLEXITY", max: httpserver.MaxComplexity,
			over: request{query: `{ partners(first: 100) { edges { node { users(first: 100) { edges { node { id email } } } } } } }`},
			ok:   request{query: `{ partners(first: 50) { edges { node { id name users(first: 20) { totalCount edges { node { id email } } } } } } }`}},
		{name: "complexity with page sizes in variables", limit: "COMPLEXITY", max: httpserver.MaxComplexity,
			over: request{query: `query($n: Int) { partners(first: $n) { edges { node { users(last: $n) { edges { node { id } } } } } } }`, vars: map[string]any{"n": 100}},
			ok:   request{query: `query($n: Int) { partners(first: $n) { edges { node { users(last: $n) { edges { node { id } } } } } } }`, vars: map[string]any{"n": 30}}},
		{name: "complexity of default pages", limit: "COMPLEXITY", max: httpserver.MaxComplexity,
			over: request{query: `{ tiers { edges { node { partners { edges { node { users { edges { node { id } } } } } } } } } }`},
			ok:   request{query: `{ tiers { edges { node { partners { edges { node { id users { totalCount } } } } } } } }`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := s.Query(t, token, tt.over.query, tt.over.vars)
			if limitOf(res) != tt.limit {
				t.Fatalf("over the limit: got %d %.600s, want extensions.limit %s", res.Status, res.Raw, tt.limit)
			}
			e := res.Errors[0]
			if e.Code() != "BAD_USER_INPUT" || e.Extensions["max"] != float64(tt.max) || len(res.Errors) != 1 {
				t.Errorf("over the limit: %s, want one BAD_USER_INPUT error with max %d", res.Raw, tt.max)
			}
			if res.Data != nil {
				t.Errorf("over the limit: data %s; nothing may run", res.Data)
			}
			if tt.ok.query != "" {
				if ok := s.Query(t, token, tt.ok.query, tt.ok.vars); limitOf(ok) != "" {
					t.Errorf("at the limit: refused: %.600s", ok.Raw)
				}
			}
		})
	}
}

// TestComplexityMultipliesPages: list sizes multiply what they select; edges of a connection are
// counted by the connection; a page size above the cap is left to the page-size error.
func TestComplexityMultipliesPages(t *testing.T) {
	s := start(t, nil)
	cost := regexp.MustCompile(`complexity is (\d+)`)
	tests := []struct {
		query string
		want  string // the complexity in the refusal, or "" for no refusal
	}{
		// users: 1 + 100×totalCount(1) = 101; node 102; edges 103; partners 1 + 100×103.
		{`{ partners(first: 100) { edges { node { users(first: 100) { totalCount } } } } }`, "10301"},
		// The same with default pages (20): 1 + 20×(1 + 1 + (1 + 20×1)).
		{`{ partners { edges { node { users { totalCount } } } } }`, ""},
		// last counts like first; the larger of the two when both are given.
		{`{ partners(last: 100) { edges { node { users(first: 10, last: 100) { totalCount } } } } }`, "10301"},
		// first above the cap counts as the cap (LimitPages then refuses it with field "first").
		{`{ partners(first: 100000) { edges { node { users(first: 100) { totalCount } } } } }`, "10301"},
		// nodes(ids:) counts each ID: 1 + 100×(id + users(1 + 100×1)).
		{`{ nodes(ids: [` + strings.Repeat(`"x" `, 100) + `]) { id ... on Partner { users(first: 100) { totalCount } } } }`, "10201"},
	}
	for _, tt := range tests {
		res := s.Query(t, "", tt.query, nil)
		m := cost.FindStringSubmatch(string(res.Raw))
		switch {
		case tt.want == "" && m != nil:
			t.Errorf("%s: refused as too complex: %s", tt.query, res.Raw)
		case tt.want != "" && (m == nil || m[1] != tt.want):
			t.Errorf("%s: %s, want complexity %s", tt.query, res.Raw, tt.want)
		}
	}
	res := s.Query(t, "", `{ partners(first: 101) { totalCount } }`, nil)
	if len(res.Errors) == 0 || res.Errors[0].Extensions["field"] != "first" {
		t.Errorf("first: 101 = %s, want the page-size error on field first", res.Raw)
	}
}

// TestBatchingRefused: a JSON array of operations is refused as a whole, clearly.
func TestBatchingRefused(t *testing.T) {
	s := start(t, nil)
	for _, accept := range []string{"application/json", "application/graphql-response+json"} {
		res := s.Send(t, newRequest(t, http.MethodPost, s.URL+"/query",
			strings.NewReader(`[{"query":"{ __typename }"},{"query":"{ __typename }"}]`),
			map[string]string{"Content-Type": "application/json", "Accept": accept}))
		if res.Status != http.StatusBadRequest || limitOf(res) != "BATCHING" || res.Errors[0].Code() != "BAD_USER_INPUT" {
			t.Errorf("Accept %s: batch = %d %s, want 400 BAD_USER_INPUT with limit BATCHING", accept, res.Status, res.Raw)
		}
		if !strings.Contains(res.Errors[0].Message, "batch") {
			t.Errorf("message %q does not say batching is the problem", res.Errors[0].Message)
		}
	}
}

// TestBodyLimitAnswer: a body over MaxBodyBytes is refused with 413, whether or not it declares
// its length, and a body at the limit is served.
func TestBodyLimitAnswer(t *testing.T) {
	s := start(t, nil)
	over := paddedQuery(t, httpserver.MaxBodyBytes+1)
	for name, body := range map[string]func() *http.Request{
		"with Content-Length": func() *http.Request {
			return newRequest(t, http.MethodPost, s.URL+"/query", strings.NewReader(over), map[string]string{"Content-Type": "application/json"})
		},
		"chunked": func() *http.Request {
			return newRequest(t, http.MethodPost, s.URL+"/query", struct{ *strings.Reader }{strings.NewReader(over)}, map[string]string{"Content-Type": "application/json"})
		},
	} {
		if r := send(t, s, body()); r.status != http.StatusRequestEntityTooLarge {
			t.Errorf("%s: %d bytes = %d %.200s, want 413", name, len(over), r.status, r.body)
		}
	}
	res := s.Send(t, newRequest(t, http.MethodPost, s.URL+"/query", strings.NewReader(paddedQuery(t, httpserver.MaxBodyBytes)),
		map[string]string{"Content-Type": "application/json"}))
	if res.Status != http.StatusOK || len(res.Errors) > 0 {
		t.Errorf("a body of exactly %d bytes = %d %.200s, want it served", httpserver.MaxBodyBytes, res.Status, res.Raw)
	}
}

// TestRequestTimeLimitCancelsTheDatabase: when a request runs out of time, its database work is
// cancelled, not left waiting, and the client gets an answer at the deadline.
func TestRequestTimeLimitCancelsTheDatabase(t *testing.T) {
	cfg, err := config.Load(func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	// Signing in hashes a password (argon2id, over a second under -race on a busy machine), so the
	// token is taken from a server with the usual limit and used on one with a 1 s limit.
	s := startDemoConfig(t, cfg)
	token := signIn(t, s, "admin@vendor.test")
	cfg.RequestTimeout = time.Second
	s = apitest.Start(t, cfg, s.DB, s.Client)
	ctx := context.Background()
	// One request first, so that this server holds a lease of the address's and the user's budgets
	// and the request below waits in its own statements, not in counting it (internal/ratelimit).
	s.Query(t, "", `{ __typename }`, nil)
	s.Query(t, token, `{ viewer { id } }`, nil)

	// A second connection takes a lock the request's statement must wait for.
	conn, err := s.DB.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var query string
	var vars map[string]any
	if testdb.Postgres() {
		// Reads wait for an ACCESS EXCLUSIVE lock.
		for _, stmt := range []string{"BEGIN", "LOCK TABLE tiers IN ACCESS EXCLUSIVE MODE"} {
			if _, err := conn.ExecContext(ctx, stmt); err != nil {
				t.Fatal(err)
			}
		}
		query = `{ tiers { totalCount } }`
	} else {
		// SQLite (WAL) readers never wait; a writer waits for another writer (busy_timeout 10 s).
		if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
			t.Fatal(err)
		}
		query = `mutation($email: String!, $password: String!) { login(input: {email: $email, password: $password}) { accessToken } }`
		vars = map[string]any{"email": "pam@vendor.test", "password": s.Config.DemoPassword}
		token = ""
	}
	defer conn.ExecContext(ctx, "ROLLBACK")

	began := time.Now()
	res := s.Query(t, token, query, vars)
	took := time.Since(began)
	if len(res.Errors) == 0 {
		t.Fatalf("the request got past the lock: %s", res.Raw)
	}
	if took > 5*time.Second {
		t.Errorf("answered after %v; the time limit is %v", took, cfg.RequestTimeout)
	}
	if code := res.Errors[0].Code(); code != "INTERNAL" {
		t.Errorf("error code %s (%s), want INTERNAL with a request ID", code, res.Raw)
	}
	if testdb.Postgres() {
		// The statement itself was cancelled on the server: nothing waits for the lock any more.
		waitUntil(t, func() bool {
			var waiting int
			if err := conn.QueryRowContext(ctx,
				`SELECT count(*) FROM pg_locks WHERE relation = 'tiers'::regclass AND NOT granted`).Scan(&waiting); err != nil {
				t.Fatal(err)
			}
			return waiting == 0
		})
	}
}

// TestFieldSuggestionsOnlyInDevelopment: gqlparser's "Did you mean …?" names fields, arguments,
// types and enum values; production must not hand them to someone who may not introspect.
func TestFieldSuggestionsOnlyInDevelopment(t *testing.T) {
	queries := []string{
		`{ partner { id } }`,                                     // unknown field
		`{ partners(frist: 1) { totalCount } }`,                  // unknown argument
		`{ partners(orderBy: {field: NAM}) { totalCount } }`,     // unknown enum value
		`{ partners(where: {nameContain: "x"}) { totalCount } }`, // unknown input field
		`{ viewer }`, // object without selection
	}
	dev := start(t, nil)
	prod := start(t, productionEnv)
	for _, q := range queries {
		d, p := dev.Query(t, "", q, nil), prod.Query(t, "", q, nil)
		if len(d.Errors) == 0 || len(p.Errors) == 0 {
			t.Fatalf("%s: no error (development %s, production %s)", q, d.Raw, p.Raw)
		}
		if !strings.Contains(string(d.Raw), "Did you mean") {
			t.Errorf("%s: development gives no suggestion: %s", q, d.Raw)
		}
		if strings.Contains(string(p.Raw), "Did you mean") {
			t.Errorf("%s: production suggests: %s", q, p.Raw)
		}
		if p.Errors[0].Code() != "BAD_USER_INPUT" {
			t.Errorf("%s: production code %s, want BAD_USER_INPUT", q, p.Errors[0].Code())
		}
	}
}

// TestIntrospectionInProduction: anonymous callers may not introspect in production (they get
// UNAUTHENTICATED and the address of the SDL); signed-in users and API keys may; development
// lets everyone. __typename is not introspection.
func TestIntrospectionInProduction(t *testing.T) {
	prod := startDemo(t, productionEnv)
	dev := start(t, nil)
	token := signIn(t, prod, "sales@acme-reseller.test")
	queries := []string{
		`{ __schema { queryType { name } } }`,
		`{ __type(name: "Partner") { name } }`,
		`{ ...Schema } fragment Schema on Query { __schema { types { name } } }`,
		`{ ... on Query { __type(name: "Query") { name } } }`,
	}
	for _, q := range queries {
		res := prod.Query(t, "", q, nil)
		if len(res.Errors) != 1 || res.Errors[0].Code() != "UNAUTHENTICATED" || res.Data != nil {
			t.Errorf("production, anonymous: %s = %s, want only UNAUTHENTICATED", q, res.Raw)
		} else if !strings.Contains(res.Errors[0].Message, "/schema.graphql") {
			t.Errorf("the refusal %q does not point to /schema.graphql", res.Errors[0].Message)
		}
		if res := prod.Query(t, token, q, nil); len(res.Errors) > 0 {
			t.Errorf("production, signed in: %s = %s, want data", q, res.Raw)
		}
		if res := dev.Query(t, "", q, nil); len(res.Errors) > 0 {
			t.Errorf("development, anonymous: %s = %s, want data", q, res.Raw)
		}
	}
	if res := prod.Query(t, "", `{ __typename }`, nil); len(res.Errors) > 0 {
		t.Errorf("production, anonymous __typename = %s", res.Raw)
	}
	// The committed SDL stays public for partner developers.
	if r := get(t, prod, "/schema.graphql"); r.status != http.StatusOK || !strings.Contains(r.body, "type Query") {
		t.Errorf("GET /schema.graphql in production = %d %.100s", r.status, r.body)
	}
}

// TestNoDebugOutputInProduction: no tracing or timing extensions, whatever the client asks for,
// and errors carry only their documented extensions.
func TestNoDebugOutputInProduction(t *testing.T) {
	s := startDemo(t, productionEnv)
	token := signIn(t, s, "admin@vendor.test")
	debugHeaders := map[string]string{
		"apollo-federation-include-trace": "ftv1",
		"X-Apollo-Tracing":                "1",
		"X-Debug":                         "1",
	}
	for _, q := range []string{`{ viewer { email } }`, `{ partners(first: 1000) { totalCount } }`, `{ viewer {`, `{ nope }`} {
		for _, accept := range []string{"application/json", "application/graphql-response+json"} {
			h := map[string]string{"Accept": accept}
			for k, v := range debugHeaders {
				h[k] = v
			}
			res := gqlCall{params: map[string]any{"query": q, "extensions": map[string]any{"tracing": true}}, headers: h, token: token}.send(t, s)
			var top map[string]json.RawMessage
			if err := json.Unmarshal(res.Raw, &top); err != nil {
				t.Fatalf("%s: not JSON: %s", q, res.Raw)
			}
			for k := range top {
				if k != "data" && k != "errors" {
					t.Errorf("%s: top-level %q in %s", q, k, res.Raw)
				}
			}
			for _, e := range res.Errors {
				for k := range e.Extensions {
					if k != "code" && k != "field" && k != "limit" && k != "max" && k != "requestId" {
						t.Errorf("%s: error extension %q in %s", q, k, res.Raw)
					}
				}
			}
			if regexp.MustCompile(`\.go:\d+|goroutine |runtime\.|SELECT |pq: |sqlite`).Match(res.Raw) {
				t.Errorf("%s: internals in %s", q, res.Raw)
			}
		}
	}
}

// TestRepeatedDirectiveRefused: a directive may appear once per location (all of ours are
// non-repeatable), so repeating one cannot multiply its work.
func TestRepeatedDirectiveRefused(t *testing.T) {
	s := start(t, nil)
	res := s.Query(t, "", `{ __typename @include(if: true) @include(if: true) }`, nil)
	if len(res.Errors) == 0 || res.Errors[0].Code() != "BAD_USER_INPUT" || !strings.Contains(res.Errors[0].Message, "@include") || res.Data != nil {
		t.Errorf("repeated @include = %s, want BAD_USER_INPUT naming it", res.Raw)
	}
}
