package perftest

import (
	"fmt"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/internal/tools/bench"
)

const registerDeal = `mutation($input: RegisterDealInput!) { registerDeal(input: $input) { deal { id } } }`

// registerDeals has the sales users of the first partners register perPartner deals each through
// the registerDeal mutation, every third one on a customer another partner registered too (a
// conflict). It returns how many it registered.
func registerDeals(t *testing.T, e *env, shape bench.Shape, partners, perPartner int) int {
	t.Helper()
	close := time.Now().AddDate(0, 3, 0).Format("2006-01-02")
	n := 0
	for p := 0; p < partners; p++ {
		// Generated user i belongs to partner i % Partners; the first Partners users are admins.
		email := fmt.Sprintf("user%06d@partner%05d.example", shape.Partners+p, p)
		token := e.Login(t, email)
		for d := 0; d < perPartner; d++ {
			domain := fmt.Sprintf("customer-%03d-%02d.example", p, d)
			if d%3 == 0 {
				domain = fmt.Sprintf("shared-customer-%02d.example", d)
			}
			res := e.Query(t, token, registerDeal, map[string]any{"input": map[string]any{
				"customerName": "Customer " + domain, "customerDomain": domain, "title": "Rollout " + domain,
				"amount": 1_000_000 + p*1000 + d, "currency": "USD", "expectedCloseDate": close, "source": "SOURCED",
			}})
			if len(res.Errors) > 0 {
				t.Fatalf("registerDeal as %s: %s", email, res.Raw)
			}
			n++
		}
	}
	return n
}

// Deal lists carry the most nested edges of the API; their statements must not grow with the page
// size either.
func TestDealListStatementsDoNotGrowWithPageSize(t *testing.T) {
	e := start(t, openDB(t), countShape)
	if n := registerDeals(t, e, countShape, 12, 5); n < 55 {
		t.Fatalf("registered %d deals, want more than a page of 50", n)
	}
	cases := []listCase{
		{
			name:  "deals with partner, account, registering user, reviewer and timeline",
			login: "admin@vendor.test",
			query: `query($first: Int) { deals(first: $first) { totalCount pageInfo { hasNextPage endCursor }
  edges { node { id title status amount currency partner { id name tier { name } } account { id name domain }
    registeredBy { id email } reviewer { id } events { id kind toStatus actor { id } } conflicts { id } } } } }`,
			budget: 10, // deals, totalCount, partners, tiers, accounts, registering users, reviewers, events, their actors, conflicts
		},
		{
			name:  "accounts with their deals",
			login: "pam@vendor.test",
			query: `query($first: Int, $inner: Int) { accounts(first: $first) { totalCount
  edges { node { id name deals(first: $inner) { totalCount edges { node { id title partner { id name } } } } } } } }`,
			budget: 5, // accounts, totalCount, deals, deals' totalCount, partners
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			token := e.Login(t, c.login)
			small := e.count(t, token, c.query, map[string]any{"first": 5, "inner": 2})
			large := e.count(t, token, c.query, map[string]any{"first": 50, "inner": 10})
			t.Logf("page 5: %d statements, page 50: %d (budget %d + %d)", len(small), len(large), c.budget, authStatements)
			if len(small) != len(large) {
				t.Errorf("statements grow with the page size: %d for page 5, %d for page 50\npage 5:\n%s\npage 50:\n%s",
					len(small), len(large), describe(small), describe(large))
			}
			if len(large) > c.budget+authStatements {
				t.Errorf("%d statements, budget %d + %d for authentication:\n%s", len(large), c.budget, authStatements, describe(large))
			}
		})
	}
}
