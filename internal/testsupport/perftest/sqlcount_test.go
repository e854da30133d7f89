package perftest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/partnerhub/partnerhub/internal/testsupport/sqlcount"
	"github.com/partnerhub/partnerhub/internal/tools/bench"
)

// countShape has more rows than the largest page size of every list below (50), so page 5 and
// page 50 both come back full and a statement per row would show.
var countShape = bench.Shape{Tiers: 56, Managers: 6, Partners: 120, UsersPerPartner: 3, AuditEvents: 150,
	APIKeys: 120, Invitations: 120, Applications: 120, Accounts: 60, Deals: 150, Contents: 400, ContentEvents: 300}

// authStatements is what a signed-in request costs before its query and is counted here: none,
// since count leaves out the auth middleware's read of the viewer's user row (authRead). The
// budgets below are about the data.
const authStatements = 0

// listCase is a list query with nested edges. $first is the page size of the outer list, $inner
// that of nested connections; the number of statements must be the same for every page size and
// stay within budget: one statement per list or edge level plus one per totalCount.
type listCase struct {
	name   string
	login  string
	query  string
	budget int
}

var listCases = []listCase{
	{
		name:  "partners with tier, manager and users",
		login: "admin@vendor.test",
		query: `query($first: Int, $inner: Int) { partners(first: $first) { totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { id name tier { id name rank } manager { id name email }
    users(first: $inner) { totalCount edges { node { id email role } } } } } } }`,
		budget: 6, // partners, totalCount, tiers, managers, users, users' totalCount
	},
	{
		name:  "users with partner (and its tier) and managed partners",
		login: "admin@vendor.test",
		query: `query($first: Int) { users(first: $first) { totalCount
  edges { node { id email partner { id name tier { id name } } managedPartners { id name } } } } }`,
		budget: 5, // users, totalCount, partners, their tiers, managed partners
	},
	{
		name:  "tiers with partners (and their managers)",
		login: "admin@vendor.test",
		query: `query($first: Int, $inner: Int) { tiers(first: $first) { totalCount
  edges { node { id name partners(first: $inner) { totalCount edges { node { id name manager { id name } } } } } } } }`,
		budget: 5, // tiers, totalCount, partners, partners' totalCount, managers
	},
	{
		name:  "audit events with actor (and the actor's partner) and partner",
		login: "admin@vendor.test",
		query: `query($first: Int) { auditEvents(first: $first, orderBy: {field: CREATED_AT, direction: DESC}) { totalCount
  edges { node { id action entityType actor { id email partner { id name } } partner { id name } } } } }`,
		budget: 5, // events, totalCount, actors, actors' partners, partners
	},
	{
		name:  "API keys with creator (and the creator's partner) and partner",
		login: "admin@vendor.test",
		query: `query($first: Int) { apiKeys(first: $first) { totalCount
  edges { node { id name scope creator { id email partner { id name } } partner { id name } } } } }`,
		budget: 5, // keys, totalCount, creators, creators' partners, partners
	},
	{
		name:  "invitations with partner (and its tier), inviter and user",
		login: "admin@vendor.test",
		query: `query($first: Int) { invitations(first: $first) { totalCount
  edges { node { id email status partner { id name tier { name } } invitedBy { id email } user { id } } } } }`,
		budget: 6, // invitations, totalCount, partners, their tiers, inviters, users
	},
	{
		name:  "partner applications with partner and reviewer",
		login: "pam@vendor.test",
		query: `query($first: Int) { partnerApplications(first: $first) { totalCount
  edges { node { id company status partner { id name } reviewer { id name } } } } }`,
		budget: 4, // applications, totalCount, partners, reviewers
	},
	{
		name:   "API keys as a partner admin (privacy filter) with creator",
		login:  "admin@acme-reseller.test",
		query:  `query($first: Int) { apiKeys(first: $first) { totalCount edges { node { id creator { id email } partner { id } } } } }`,
		budget: 4, // keys, totalCount, creators, partner
	},
	{
		name:  "contents as the vendor with minimum tier and file",
		login: "admin@vendor.test",
		query: `query($first: Int) { contents(first: $first) { totalCount pageInfo { hasNextPage endCursor }
  edges { node { id title kind stale minTier { id name } file { id name size mediaType } } } } }`,
		budget: 4, // items, totalCount, minimum tiers, files
	},
	{
		name:  "contents as partner sales (gate, one version per group) with minimum tier and file",
		login: "sales@acme-reseller.test",
		query: `query($first: Int) { contents(first: $first) { totalCount pageInfo { hasNextPage endCursor }
  edges { node { id title kind stale minTier { id name } file { id name size mediaType } } } } }`,
		budget: 5, // the reader's preferred language, items, totalCount, minimum tiers, files (gated)
	},
	{
		name:   "nodes by ID with tier and users",
		login:  "admin@vendor.test",
		query:  `query($ids: [ID!]!, $inner: Int) { nodes(ids: $ids) { id ... on Partner { name tier { id name } users(first: $inner) { totalCount edges { node { id } } } } } }`,
		budget: 4, // partners, tiers, users, users' totalCount
	},
	{
		name:   "users as a partner admin (privacy filter) with partner",
		login:  "admin@acme-reseller.test",
		query:  `query($first: Int) { users(first: $first) { totalCount edges { node { id email partner { id name tier { name } } } } } }`,
		budget: 4, // users, totalCount, partner, tier
	},
}

// TestListStatementsDoNotGrowWithPageSize guards against N+1 queries behind nested edges: every
// list query must issue the same statements for a page of 5 as for a page of 50 (and nested pages
// of 2 and 10), within its budget.
func TestListStatementsDoNotGrowWithPageSize(t *testing.T) {
	e := start(t, openDB(t), countShape)
	tokens := map[string]string{}
	for _, c := range listCases {
		t.Run(c.name, func(t *testing.T) {
			if tokens[c.login] == "" {
				tokens[c.login] = e.Login(t, c.login)
			}
			var counts []int
			var runs [][]sqlcount.Statement
			for _, size := range [][2]int{{5, 2}, {50, 10}} {
				vars := map[string]any{"first": size[0], "inner": size[1]}
				if strings.Contains(c.query, "$ids") {
					vars = map[string]any{"ids": e.Dataset.PartnerIDs[:size[0]], "inner": size[1]}
				}
				stmts := e.count(t, tokens[c.login], c.query, vars)
				counts = append(counts, len(stmts))
				runs = append(runs, stmts)
			}
			t.Logf("page 5: %d statements, page 50: %d (budget %d + %d)", counts[0], counts[1], c.budget, authStatements)
			if counts[0] != counts[1] {
				t.Errorf("statements grow with the page size: %d for page 5, %d for page 50\npage 5:\n%s\npage 50:\n%s",
					counts[0], counts[1], describe(runs[0]), describe(runs[1]))
			}
			if counts[1] > c.budget+authStatements {
				t.Errorf("%d statements, budget %d + %d for authentication (one per level plus one per totalCount):\n%s",
					counts[1], c.budget, authStatements, describe(runs[1]))
			}
		})
	}
}

// TestBenchmarkOperationsStayWithinBudget holds the operations `make bench` measures to their
// statement budgets, so a regression shows in `make test` before anyone runs the benchmark.
func TestBenchmarkOperationsStayWithinBudget(t *testing.T) {
	e := start(t, openDB(t), countShape)
	fx := &bench.Fixtures{PartnerIDs: e.Dataset.PartnerIDs, UserIDs: e.Dataset.UserIDs, DealIDs: e.Dataset.DealIDs}
	tokens := map[string]string{}
	for _, op := range bench.Ops {
		if op.DeepOf != "" { // the deep page needs the benchmark's 10,000 users
			continue
		}
		t.Run(op.Name, func(t *testing.T) {
			if tokens[op.Role] == "" {
				tokens[op.Role] = e.Login(t, bench.DemoLogins[op.Role])
			}
			vars := op.Vars(rngFor(op.Name), fx)
			stmts := e.count(t, tokens[op.Role], op.Query, vars)
			// The rate limiter's upsert runs on database/sql, beside the ent client this counts.
			if budget := op.MaxStatements - bench.PerRequestStatements + authStatements; len(stmts) > budget {
				t.Errorf("%d statements, budget %d:\n%s", len(stmts), budget, describe(stmts))
			}
		})
	}
}

func describe(stmts []sqlcount.Statement) string {
	var b strings.Builder
	for i, s := range stmts {
		q := s.Query
		if len(q) > 300 {
			q = q[:300] + "…"
		}
		fmt.Fprintf(&b, "  %d. [%s] %s\n", i+1, strings.Join(sqlcount.Tables(s.Query), ","), q)
	}
	return b.String()
}
