package httpserver_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/partnerhub/partnerhub/internal/ids"
)

func TestErrorCodes(t *testing.T) {
	s := start(t, nil)
	tests := []struct {
		name, query string
		code, field string
	}{
		{"page too large", `{ partners(first: 1000) { totalCount } }`, "BAD_USER_INPUT", "first"},
		{"last too large", `{ partners(last: 101) { totalCount } }`, "BAD_USER_INPUT", "last"},
		{"negative page", `{ partners(first: -1) { totalCount } }`, "BAD_USER_INPUT", "first"},
		{"syntax error", `{ partners(first: { totalCount }`, "BAD_USER_INPUT", ""},
		{"unknown field", `{ noSuchField }`, "BAD_USER_INPUT", ""},
		{"malformed node id", `{ node(id: "xyz") { id } }`, "NOT_FOUND", ""},
		{"unknown id prefix", `{ node(id: "zzz` + strings.TrimPrefix(ids.New(ids.Partner), ids.Partner) + `") { id } }`, "NOT_FOUND", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := s.Query(t, "", tt.query, nil)
			if len(res.Errors) == 0 {
				t.Fatalf("no error: %d %s", res.Status, res.Raw)
			}
			e := res.Errors[0]
			if e.Code() != tt.code {
				t.Errorf("extensions.code = %q, want %s (%s)", e.Code(), tt.code, res.Raw)
			}
			if tt.field != "" && e.Extensions["field"] != tt.field {
				t.Errorf("extensions.field = %v, want %q (%s)", e.Extensions["field"], tt.field, res.Raw)
			}
		})
	}
}

// TestMalformedJSONBody: a client's broken JSON is its own mistake, not an outage on our side.
func TestMalformedJSONBody(t *testing.T) {
	s := start(t, nil)
	for _, body := range []string{`{"query": "{ __typename }"`, `not json`, ``} {
		t.Run(body, func(t *testing.T) {
			res := s.Send(t, newRequest(t, "POST", s.URL+"/query", strings.NewReader(body),
				map[string]string{"Content-Type": "application/json"}))
			if res.Status == http.StatusOK || len(res.Errors) == 0 {
				t.Fatalf("POST %q = %d %s, want it refused", body, res.Status, res.Raw)
			}
			if res.Errors[0].Code() == "INTERNAL" {
				knownBug(t, "a malformed JSON body is answered INTERNAL: gqlgen's decode error has no code, "+
					"and entgql.Transactioner then panics for want of an operation context")
			}
			if res.Status != http.StatusBadRequest || res.Errors[0].Code() != "BAD_USER_INPUT" {
				t.Errorf("POST %q = %d %s, want 400 with BAD_USER_INPUT", body, res.Status, res.Raw)
			}
		})
	}
}
