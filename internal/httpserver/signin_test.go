package httpserver_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/partnerhub/partnerhub/ent/auditevent"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// failedLogins counts the wrong passwords recorded for an account (its login.failed audit events).
func failedLogins(t *testing.T, s *apitest.Server, email string) int {
	t.Helper()
	ctx := viewer.SystemContext(context.Background())
	u, err := s.Client.User.Query().Where(user.Email(email)).Only(ctx)
	if err != nil {
		t.Fatal(err)
	}
	n, err := s.Client.AuditEvent.Query().Where(auditevent.Action("login.failed"), auditevent.EntityID(u.ID)).Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestSignInSpelledInAFragmentKeepsItsOwnTransaction: a sign-in inside an inline or named
// fragment is still a sign-in. It must not run inside the request's transaction, where on
// SQLite it waited for the write lock its own request held and failed after the busy timeout.
func TestSignInSpelledInAFragmentKeepsItsOwnTransaction(t *testing.T) {
	s := startDemo(t, nil)
	const email = "sales@acme-reseller.test"
	for i, query := range []string{
		`mutation($e: String!) { ... on Mutation { login(input: {email: $e, password: "wrong-password"}) { accessToken } } }`,
		`mutation($e: String!) { ...SignIn } fragment SignIn on Mutation { attempt: login(input: {email: $e, password: "wrong-password"}) { accessToken } }`,
	} {
		res := s.Query(t, "", query, map[string]any{"e": email})
		res.ExpectCode(t, "UNAUTHENTICATED")
		if got := failedLogins(t, s, email); got != i+1 {
			t.Errorf("after %d wrong passwords spelled in fragments, failed attempts = %d, want %d (answer %s)", i+1, got, i+1, res.Raw)
		}
	}
}

// TestOneSignInPerRequest: each password check is expensive and each sign-in must count against
// the caller's budget, so a request carries one sign-in field and nothing beside it, however it
// is spelled. The refusal comes before any password is checked.
func TestOneSignInPerRequest(t *testing.T) {
	s := startDemo(t, nil)
	const email = "sales@acme-reseller.test"
	login := `login(input: {email: $e, password: "wrong-password"}) { accessToken }`
	for name, query := range map[string]string{
		"aliases":          `mutation($e: String!) { a: ` + login + ` b: ` + login + ` }`,
		"inline fragments": `mutation($e: String!) { ... on Mutation { a: ` + login + ` } ... on Mutation { b: ` + login + ` } }`,
		"named fragment":   `mutation($e: String!) { a: ` + login + ` ...More } fragment More on Mutation { b: ` + login + ` }`,
		"beside logout":    `mutation($e: String!) { ` + login + ` logout(input: {refreshToken: "x"}) { success } }`,
		"beside another mutation": `mutation($e: String!) { ... on Mutation { ` + login + ` }
			revokeApiKey(input: {id: "key_x"}) { apiKey { id } } }`,
	} {
		t.Run(name, func(t *testing.T) {
			res := s.Query(t, "", query, map[string]any{"e": email})
			e := res.ExpectCode(t, "BAD_USER_INPUT")
			if e.Extensions["limit"] != "SIGN_IN" {
				t.Errorf("extensions.limit = %v, want SIGN_IN", e.Extensions["limit"])
			}
			if got := failedLogins(t, s, email); got != 0 {
				t.Errorf("failed attempts = %d after a refused request, want 0: no password may be checked", got)
			}
		})
	}
	// __typename beside a sign-in asks nothing of the database.
	res := s.Query(t, "", `mutation($e: String!) { __typename `+login+` }`, map[string]any{"e": email})
	res.ExpectCode(t, "UNAUTHENTICATED")
}

// TestSignInsCountAgainstTheAddressBudget: a sign-in draws on the anonymous budget of the
// caller's address even when the request carries a user's token or an API key, whose budgets are
// larger: guessing passwords costs the same, signed in or not.
func TestSignInsCountAgainstTheAddressBudget(t *testing.T) {
	s := apitest.NewWithEnv(t, map[string]string{"RATE_LIMIT_ANONYMOUS": "3"})
	token := s.Login(t, "admin@acme-reseller.test") // the first of the address's 3
	login := `mutation { login(input: {email: "sales@globex-msp.test", password: "wrong-password"}) { accessToken } }`
	for i := 2; i <= 3; i++ {
		s.Query(t, token, login, nil).ExpectCode(t, "UNAUTHENTICATED")
	}
	over := s.Query(t, token, login, nil)
	if e := over.ExpectCode(t, "RATE_LIMITED"); e.Extensions["retryAfter"] == nil {
		t.Errorf("RATE_LIMITED without retryAfter: %s", over.Raw)
	}
	// The user's own budget is untouched by sign-ins: other requests still answer.
	if res := s.Query(t, token, viewerQuery, nil); len(res.Errors) > 0 {
		t.Errorf("an ordinary request after the address ran out of sign-ins: %s", res.Raw)
	}
}

// TestUncountedBudgetRefuses: when the rate limit cannot be counted (here its table is gone; under
// a flood, its query times out), requests are refused with RATE_LIMITED and Retry-After and no
// password is checked. Letting them through would lift every budget exactly when it matters.
func TestUncountedBudgetRefuses(t *testing.T) {
	// Budgets of 10 are leased one request at a time (ratelimit.LeaseSize), so every request below
	// needs the table; with larger budgets the requests an instance leased already go ahead.
	s := apitest.NewWithEnv(t, map[string]string{"RATE_LIMIT_USER": "10", "RATE_LIMIT_ANONYMOUS": "10"})
	token := s.Login(t, "admin@acme-reseller.test")
	if _, err := s.DB.DB.ExecContext(context.Background(), "ALTER TABLE rate_limit_buckets RENAME TO rate_limit_buckets_away"); err != nil {
		t.Fatal(err)
	}
	login := `mutation { login(input: {email: "sales@globex-msp.test", password: "wrong-password"}) { accessToken } }`
	for name, tok := range map[string]string{"anonymous": "", "signed in": token} {
		res := s.Query(t, tok, login, nil)
		if res.Status != http.StatusServiceUnavailable || res.Header.Get("Retry-After") != "1" {
			t.Errorf("%s sign-in while the budget cannot be counted: %d %v", name, res.Status, res.Header)
		}
		res.ExpectCode(t, "RATE_LIMITED")
	}
	if n := failedLogins(t, s, "sales@globex-msp.test"); n != 0 {
		t.Errorf("%d passwords were checked without a budget", n)
	}
	if _, err := s.DB.DB.ExecContext(context.Background(), "ALTER TABLE rate_limit_buckets_away RENAME TO rate_limit_buckets"); err != nil {
		t.Fatal(err)
	}
	s.Query(t, "", login, nil).ExpectCode(t, "UNAUTHENTICATED")
}
