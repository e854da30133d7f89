package httpserver_test

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strings"
	"testing"
)

func sha256Of(query string) string {
	sum := sha256.Sum256([]byte(query))
	return hex.EncodeToString(sum[:])
}

func persisted(hash string) map[string]any {
	return map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hash}}
}

// TestAutomaticPersistedQueries: the APQ protocol of Apollo Client and urql. A hash the server
// does not know gets PersistedQueryNotFound; the query sent with its hash runs and is remembered;
// from then on the hash alone runs it, over POST or GET.
func TestAutomaticPersistedQueries(t *testing.T) {
	s := startDemo(t, nil)
	token := signIn(t, s, "admin@vendor.test")
	query := `query Viewer { viewer { email } }`
	hash := sha256Of(query)
	ext := persisted(hash)

	for _, media := range []string{jsonMedia, gqlMedia} {
		res := gqlCall{params: map[string]any{"extensions": persisted(sha256Of(query + media))}, token: token,
			headers: map[string]string{"Accept": media}}.send(t, s)
		want := http.StatusOK
		if media == gqlMedia {
			want = http.StatusBadRequest // no data entry: a 4xx under graphql-response+json
		}
		if res.Status != want || len(res.Errors) != 1 || res.Errors[0].Code() != "PERSISTED_QUERY_NOT_FOUND" ||
			res.Errors[0].Message != "PersistedQueryNotFound" || res.Data != nil {
			t.Fatalf("unknown hash as %s = %d %s, want %d PersistedQueryNotFound", media, res.Status, res.Raw, want)
		}
	}

	res := gqlCall{params: map[string]any{"query": query, "extensions": ext}, token: token}.send(t, s)
	if res.Status != http.StatusOK || !strings.Contains(string(res.Data), "admin@vendor.test") {
		t.Fatalf("query with its hash = %d %s", res.Status, res.Raw)
	}
	for _, method := range []string{http.MethodPost, http.MethodGet} {
		res := gqlCall{method: method, params: map[string]any{"extensions": ext}, token: token}.send(t, s)
		if res.Status != http.StatusOK || len(res.Errors) > 0 || !strings.Contains(string(res.Data), "admin@vendor.test") {
			t.Errorf("%s with the hash only = %d %s, want the data", method, res.Status, res.Raw)
		}
	}
	// The hash stands for the query only, not for a session: another user gets their own data.
	other := signIn(t, s, "sales@acme-reseller.test")
	res = gqlCall{params: map[string]any{"extensions": ext}, token: other}.send(t, s)
	if !strings.Contains(string(res.Data), "sales@acme-reseller.test") {
		t.Errorf("hash only as another user = %s", res.Raw)
	}
	// Limits apply to persisted queries like to any other.
	deep := nested(20)
	res = gqlCall{params: map[string]any{"query": deep, "extensions": persisted(sha256Of(deep))}, token: token}.send(t, s)
	if limitOf(res) != "DEPTH" {
		t.Errorf("a persisted query over the depth limit = %s", res.Raw)
	}
}

// TestPersistedQueryRefusals: a malformed persistedQuery extension is the client's mistake.
func TestPersistedQueryRefusals(t *testing.T) {
	s := startDemo(t, nil)
	query := `{ __typename }`
	tests := []struct {
		name  string
		query string
		ext   any
		field string
	}{
		{"hash of another query", query, persisted(sha256Of("{ other }")), "extensions.persistedQuery.sha256Hash"},
		{"hash not hex", "", persisted("not-a-hash"), "extensions.persistedQuery.sha256Hash"},
		{"hash missing", "", map[string]any{"persistedQuery": map[string]any{"version": 1}}, "extensions.persistedQuery.sha256Hash"},
		{"version 2", "", map[string]any{"persistedQuery": map[string]any{"version": 2, "sha256Hash": sha256Of(query)}}, "extensions.persistedQuery.version"},
		{"not an object", "", map[string]any{"persistedQuery": "yes"}, "extensions.persistedQuery"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			params := map[string]any{"extensions": tt.ext}
			if tt.query != "" {
				params["query"] = tt.query
			}
			res := gqlCall{params: params}.send(t, s)
			if len(res.Errors) != 1 || res.Errors[0].Code() != "BAD_USER_INPUT" || res.Errors[0].Extensions["field"] != tt.field {
				t.Errorf("= %d %s, want BAD_USER_INPUT on %s", res.Status, res.Raw, tt.field)
			}
		})
	}
	// A persisted mutation still may not travel over GET.
	mutation := `mutation { logout(input: {refreshToken: "x"}) { __typename } }`
	gqlCall{params: map[string]any{"query": mutation, "extensions": persisted(sha256Of(mutation))}}.send(t, s)
	res := gqlCall{method: http.MethodGet, params: map[string]any{"extensions": persisted(sha256Of(mutation))}}.send(t, s)
	if res.Status != http.StatusMethodNotAllowed {
		t.Errorf("GET of a persisted mutation = %d %s, want 405", res.Status, res.Raw)
	}
}
