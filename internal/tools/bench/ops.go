package bench

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"sync/atomic"
	"time"
)

// Op is one benchmarked GraphQL operation. The load generator sends Query with Vars to the server
// and, unchanged, to the raw-SQL baseline, which answers it with Baseline. A new operation is one
// more entry in Ops (plus its baseline function); everything else (load, counts, targets, report)
// follows from the entry.
type Op struct {
	// Name is the GraphQL operation name in Query, the key of the op in reports and the baseline's
	// dispatch key.
	Name  string
	Query string
	// Role is who sends the op: RoleAdmin or RolePartnerSales. Each concurrent client signs in as a
	// different user of that role (Fixtures.Logins), as real clients are different people.
	Role string
	// Vars returns the variables of one request.
	Vars func(rng *rand.Rand, fx *Fixtures) map[string]any
	// List marks list operations: they are held to the throughput target against the baseline, and
	// their statement count is probed at two page sizes (PageVar = 5 and = 50) and must not change.
	List    bool
	PageVar string
	// MaxStatements is the op's statement budget per request: one per nesting level plus one for
	// totalCount, plus PerRequestStatements (plus BEGIN/COMMIT for mutations).
	MaxStatements int
	// DeepOf names the first-page op whose latency this deep page must stay within 1.5× of.
	DeepOf string
	// MinRatio is the op's throughput floor as a fraction of the raw-SQL baseline's, measured in
	// the same run (alternating rounds, so load from elsewhere on the machine falls on both) at
	// every concurrency. 0: MinListRatio for list operations, none otherwise. A ratio, not a rate:
	// absolute req/s move with the machine (registerDeal ran at 555/s in one run and 265/s in
	// another of the same build, its baseline at 535/s and 240/s).
	MinRatio float64
	// Mutation ops write; their answers are not compared with the baseline's.
	Mutation bool
	// Baseline answers the op with database/sql and returns the "data" object of the answer.
	Baseline BaselineFunc
	// PostGraphile is the same request in PostGraphile's schema (postgraphile.go): the same rows,
	// page size and fields, under its names. Ops with one are also measured against PostGraphile,
	// with many users and with one API key. Empty: not compared.
	PostGraphile string
	// PostGraphileVars returns its variables, drawing from rng as Vars does (the same partner for
	// the same seed); nil: Vars.
	PostGraphileVars func(rng *rand.Rand, fx *Fixtures) map[string]any
}

// Fixtures are the IDs and credentials operations draw their variables from.
type Fixtures struct {
	// Logins are the e-mail addresses to sign in as, by role, demo users first; all have the demo
	// password.
	Logins     map[string][]string
	PartnerIDs []string
	UserIDs    []string
	// UsersPage200 is the cursor after the 199th page of 50 users (ordered by ID).
	UsersPage200 string
	DealIDs      []string
	// DealsPage200 is the cursor after the 199th page of 50 deals (ordered by ID).
	DealsPage200 string
	// PostGraphile holds its cursors and global IDs, read from the running PostGraphile (nil
	// without one).
	PostGraphile *PostGraphileFixtures
	// AccountNames are a sample of the generated customers someone holds (an active registration,
	// or a DIRECT account), for registerDeal's near-duplicate names. Without them every
	// registration is a customer of its own.
	AccountNames []string
}

// PerRequestStatements is the most a signed-in request costs before its query: the auth middleware
// re-reads the viewer's user row (status, role, partner) when its copy is older than
// authcache.TTL, and the rate limiter writes when this instance's lease of the caller's budget is
// used up (internal/ratelimit). Most requests cost neither.
const PerRequestStatements = 2

// Roles the operations run as.
const (
	RoleAdmin        = "admin"
	RolePartnerSales = "partnerSales"
)

// DemoLogins are the demo users of each role (the README's demo logins), for tests over the demo
// data.
var DemoLogins = map[string]string{RoleAdmin: "admin@vendor.test", RolePartnerSales: "sales@acme-reseller.test"}

// Ops are the benchmarked operations, in report order.
var Ops = []Op{
	{
		Name: "partnersList",
		Role: RoleAdmin,
		Query: `query partnersList($first: Int!, $after: Cursor) {
  partners(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name slug type status country region tier { id name rank } } }
  }
}`,
		Vars:          func(*rand.Rand, *Fixtures) map[string]any { return map[string]any{"first": 50} },
		List:          true,
		PageVar:       "first",
		MaxStatements: PerRequestStatements + 3, // partners, their tiers, totalCount
		Baseline:      baselinePartnersList,
		PostGraphile: `query partnersList($first: Int!, $after: Cursor) {
  allPartners(first: $first, after: $after, orderBy: PRIMARY_KEY_ASC) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name slug type status country region tierByTierId { id name rank } } }
  }
}`,
	},
	{
		Name:  "usersList",
		Role:  RoleAdmin,
		Query: usersListQuery("usersList"),
		Vars:  func(*rand.Rand, *Fixtures) map[string]any { return map[string]any{"first": 50} },
		List:  true, PageVar: "first",
		MaxStatements: PerRequestStatements + 3, // users, their partners, totalCount
		Baseline:      baselineUsersList,
	},
	{
		Name:  "usersPage200",
		Role:  RoleAdmin,
		Query: usersListQuery("usersPage200"),
		Vars: func(_ *rand.Rand, fx *Fixtures) map[string]any {
			return map[string]any{"first": 50, "after": fx.UsersPage200}
		},
		List: true, PageVar: "first",
		MaxStatements: PerRequestStatements + 3,
		DeepOf:        "usersList",
		Baseline:      baselineUsersList,
	},
	{
		Name: "node",
		Role: RoleAdmin,
		Query: `query node($id: ID!) {
  node(id: $id) { id ... on Partner { name slug status tier { id name } } }
}`,
		Vars: func(rng *rand.Rand, fx *Fixtures) map[string]any {
			return map[string]any{"id": fx.PartnerIDs[rng.IntN(len(fx.PartnerIDs))]}
		},
		MaxStatements: PerRequestStatements + 2, // the partner, its tier
		Baseline:      baselineNode,
		PostGraphile: `query node($id: ID!) {
  node(nodeId: $id) { ... on Partner { id name slug status tierByTierId { id name } } }
}`,
		PostGraphileVars: func(rng *rand.Rand, fx *Fixtures) map[string]any {
			id := fx.PartnerIDs[rng.IntN(len(fx.PartnerIDs))]
			return map[string]any{"id": fx.PostGraphile.PartnerNodeIDs[id]}
		},
	},
	{
		Name: "viewer",
		Role: RolePartnerSales,
		Query: `query viewer {
  viewer { id email name role status partner { id name } }
}`,
		Vars:          func(*rand.Rand, *Fixtures) map[string]any { return map[string]any{} },
		MaxStatements: PerRequestStatements + 2, // the user, their partner
		Baseline:      baselineViewer,
	},
	{
		Name:  "dealsEdges",
		Role:  RoleAdmin,
		Query: dealsQuery("dealsEdges", "deals", false, false),
		Vars:  firstPage,
		List:  true, PageVar: "first",
		MaxStatements: PerRequestStatements + 4, // deals, partners, accounts, registering users
		Baseline:      baselineDealsEdges,
		PostGraphile:  dealsQuery("dealsEdges", "allDeals", false, false),
	},
	{
		Name:  "dealsPageInfo",
		Role:  RoleAdmin,
		Query: dealsQuery("dealsPageInfo", "deals", true, false),
		Vars:  firstPage,
		List:  true, PageVar: "first",
		MaxStatements: PerRequestStatements + 4, // pageInfo comes from the page's extra row
		Baseline:      baselineDealsPageInfo,
		PostGraphile:  dealsQuery("dealsPageInfo", "allDeals", true, false),
	},
	{
		Name:  "dealsList",
		Role:  RoleAdmin,
		Query: dealsQuery("dealsList", "deals", true, true),
		Vars:  firstPage,
		List:  true, PageVar: "first",
		MaxStatements: PerRequestStatements + 5, // deals, partners, accounts, registering users, totalCount
		Baseline:      baselineDealsList,
		PostGraphile:  dealsQuery("dealsList", "allDeals", true, true),
	},
	{
		Name:  "dealsPage200",
		Role:  RoleAdmin,
		Query: dealsQuery("dealsPage200", "deals", true, true),
		Vars: func(_ *rand.Rand, fx *Fixtures) map[string]any {
			return map[string]any{"first": 50, "after": fx.DealsPage200}
		},
		List: true, PageVar: "first",
		MaxStatements: PerRequestStatements + 5,
		DeepOf:        "dealsList",
		Baseline:      baselineDealsList,
		PostGraphile:  dealsQuery("dealsPage200", "allDeals", true, true),
		PostGraphileVars: func(_ *rand.Rand, fx *Fixtures) map[string]any {
			return map[string]any{"first": 50, "after": fx.PostGraphile.DealsPage200}
		},
	},
	{
		Name: "dealTimeline",
		Role: RoleAdmin,
		Query: `query dealTimeline($id: ID!) {
  node(id: $id) { id ... on Deal { title status amount currency customerName
    events { id kind fromStatus toStatus note createdAt actor { id name } } } }
}`,
		Vars: func(rng *rand.Rand, fx *Fixtures) map[string]any {
			return map[string]any{"id": fx.DealIDs[rng.IntN(len(fx.DealIDs))]}
		},
		MaxStatements: PerRequestStatements + 3, // the deal, its events, their actors
		Baseline:      baselineDealTimeline,
	},
	{
		Name: "pipelineSummary",
		Role: RoleAdmin,
		Query: `query pipelineSummary($from: Time!, $to: Time!, $groupBy: PipelineGroupBy!) {
  pipelineSummary(from: $from, to: $to, groupBy: $groupBy) {
    key label currency count amount sourcedCount sourcedAmount influencedCount influencedAmount
  }
}`,
		Vars: func(*rand.Rand, *Fixtures) map[string]any {
			return map[string]any{"from": pipelineFrom, "to": pipelineTo, "groupBy": "TIER"}
		},
		MaxStatements: PerRequestStatements + 2, // the aggregate (deals joined with partners), the tiers' names
		MinRatio:      MinPipelineSummaryRatio,
		Baseline:      baselinePipelineSummary,
	},
	{
		Name: "programMetrics",
		Role: RoleAdmin,
		Query: `query programMetrics($from: Time!, $to: Time!, $groupBy: MetricGroupBy, $currency: String) {
  programMetrics(from: $from, to: $to, groupBy: $groupBy, currency: $currency) {
    key group groupLabel currency converted value numerator denominator count
    missingRates { from to date } note
  }
}`,
		Vars: func(*rand.Rand, *Fixtures) map[string]any {
			return map[string]any{"from": metricsFrom, "to": metricsTo, "groupBy": "TIER", "currency": "USD"}
		},
		// internal/metrics.Compute by tier: the partners (to map them to tiers), the rates into
		// USD, closed deals and their cycle lengths by partner (the program-wide figures ROPI
		// needs are summed from them), decisions, open deals, cohort sizes, firsts, activity,
		// program costs, MDF paid, margin rates, the sourced deals per product list (products
		// with their own margin rate), survey answers, the tiers' names: 15, as perftest's budget
		// says. Two more are kept as headroom for the request's own bookkeeping.
		MaxStatements: PerRequestStatements + 17,
		MinRatio:      MinProgramMetricsRatio,
		Baseline:      baselineProgramMetrics,
	},
	{
		Name:  "contentsList",
		Role:  RolePartnerSales,
		Query: contentsListQuery("contentsList"),
		Vars:  firstPage,
		List:  true, PageVar: "first",
		// the viewer's preferred language, the gated page (one version per translation group),
		// totalCount, the minimum tiers, the files
		MaxStatements: PerRequestStatements + 5,
		Baseline:      baselineContentsList,
	},
	{
		Name:  "contentsVendorList",
		Role:  RoleAdmin,
		Query: contentsListQuery("contentsVendorList"),
		Vars:  firstPage,
		List:  true, PageVar: "first",
		MaxStatements: PerRequestStatements + 4, // the page, totalCount, the minimum tiers, the files
		Baseline:      baselineContentsList,
	},
	{
		Name: "contentEngagement",
		Role: RoleAdmin,
		Query: `query contentEngagement($from: Time!, $to: Time!, $groupBy: ContentEngagementGroup!, $first: Int) {
  contentEngagement(from: $from, to: $to, groupBy: $groupBy, first: $first) {
    from to groupBy views downloads activePartners rows { key label views downloads activePartners }
  }
}`,
		Vars: func(rng *rand.Rand, _ *Fixtures) map[string]any {
			groups := []string{"CONTENT", "PARTNER"}
			// The channel team's view: the totals and the 50 most used items or most active partners.
			return map[string]any{"from": engagementFrom, "to": engagementTo, "groupBy": groups[rng.IntN(len(groups))], "first": engagementTop}
		},
		// internal/content.Figures: the counts grouped in SQL by the group's key; by item, the
		// partners active in all and the items' titles; by partner, the partners' names
		MaxStatements: PerRequestStatements + 3,
		MinRatio:      MinContentEngagementRatio,
		Baseline:      baselineContentEngagement,
	},
	{
		Name: "registerDeal",
		Role: RolePartnerSales,
		Query: `mutation registerDeal($input: RegisterDealInput!) {
  registerDeal(input: $input) { deal { id status customerDomain } }
}`,
		Vars:     registerDealVars,
		Mutation: true,
		MinRatio: MinRegisterDealRatio,
		// For a new customer: BEGIN, idempotency claim, account, accounts with a similar name,
		// deal, event, audit event, COMMIT; the first-deal date too for a partner's first; the
		// onboarding step it completes; the webhook event's sequence read and insert (the read is
		// avoidable for a new object: a follow-up for the performance issue).
		MaxStatements: PerRequestStatements + 10,
		Baseline:      baselineRegisterDeal,
	},
}

// The pipelineSummary period: the last year, fixed for the whole run so every request sends the
// same variables to both endpoints.
var (
	pipelineTo   = time.Now().UTC().Truncate(24 * time.Hour).Format(time.RFC3339)
	pipelineFrom = time.Now().UTC().Truncate(24*time.Hour).AddDate(-1, 0, 0).Format(time.RFC3339)
)

// The programMetrics period: the generated deals' two years and the day after today (deals close
// up to an hour ago), fixed for the whole run like pipelineSummary's.
var (
	metricsTo   = time.Now().UTC().Truncate(24*time.Hour).AddDate(0, 0, 1).Format(time.RFC3339)
	metricsFrom = time.Now().UTC().Truncate(24*time.Hour).AddDate(-2, 0, 0).Format(time.RFC3339)
)

// The contentEngagement period: the generated events' year and the day after today, fixed for
// the whole run like programMetrics'.
var (
	engagementTo   = metricsTo
	engagementFrom = time.Now().UTC().Truncate(24*time.Hour).AddDate(-1, 0, 0).Format(time.RFC3339)
)

// engagementTop is how many rows the contentEngagement op asks for.
const engagementTop = 50

// registerSeq and registerRun make every registerDeal request's customer domain and idempotency
// key unique across the run, whichever worker sends it and to which endpoint; registerNames does
// the same for the customer names.
var (
	registerSeq   atomic.Int64
	registerStart = time.Now()
	registerRun   = strconv.FormatInt(registerStart.UnixNano(), 36)
	registerNames = newCompanyNames()
)

// nearDuplicateEvery is how often (one request in so many) registerDeal names a customer someone
// already holds, written slightly differently: the similar-name conflict path then runs at a
// realistic rate instead of never.
const nearDuplicateEvery = 20

func registerDealVars(rng *rand.Rand, fx *Fixtures) map[string]any {
	n := registerSeq.Add(1)
	domain := fmt.Sprintf("new-%s-%d.example", registerRun, n)
	currencies := []string{"USD", "EUR", "GBP"}
	return map[string]any{"input": map[string]any{
		"customerName":      registerCustomerName(rng, fx),
		"customerDomain":    domain,
		"contactName":       "Jane Buyer",
		"contactEmail":      "jane@" + domain,
		"title":             "Platform rollout",
		"amount":            100_000 + rng.IntN(10_000_000),
		"currency":          currencies[rng.IntN(len(currencies))],
		"expectedCloseDate": time.Now().UTC().AddDate(0, 3, 0).Format(time.DateOnly),
		"products":          []string{"Platform"},
		"source":            "SOURCED",
		"idempotencyKey":    fmt.Sprintf("bench-%s-%d", registerRun, n),
	}}
}

// registerCustomerName names a new customer, or now and then a variant of a held one.
func registerCustomerName(rng *rand.Rand, fx *Fixtures) string {
	// Seeded by the run as well, the names change from run to run like the domains: a reused
	// database holds the customers of earlier runs, which would otherwise all come back as
	// similar names.
	nrng := rand.New(rand.NewPCG(rng.Uint64(), uint64(registerStart.UnixNano())))
	if fx != nil && len(fx.AccountNames) > 0 && nrng.IntN(nearDuplicateEvery) == 0 {
		for range 5 { // a variant another request already sent is drawn again
			held := fx.AccountNames[nrng.IntN(len(fx.AccountNames))]
			if v := nearDuplicate(nrng, held); v != "" && registerNames.claim(v) {
				return v
			}
		}
	}
	return registerNames.next(nrng)
}

func firstPage(*rand.Rand, *Fixtures) map[string]any { return map[string]any{"first": 50} }

// dealsQuery is a page of deals, with pageInfo and totalCount or without: from the server
// (field "deals") or from PostGraphile ("allDeals", whose edges to a deal's partner, account and
// registering user are named after their foreign keys, and whose order is made explicit: the
// server's is by ID too).
func dealsQuery(name, field string, withPageInfo, withTotal bool) string {
	args, partner, account, user := "first: $first, after: $after", "partner", "account", "registeredBy"
	if field == "allDeals" {
		args += ", orderBy: PRIMARY_KEY_ASC"
		partner, account, user = "partnerByPartnerId", "accountByAccountId", "userByRegisteredById"
	}
	q := `query ` + name + `($first: Int!, $after: Cursor) {
  ` + field + `(` + args + `) {
`
	if withTotal {
		q += "    totalCount\n"
	}
	if withPageInfo {
		q += "    pageInfo { hasNextPage endCursor }\n"
	}
	return q + `    edges { cursor node { id title status amount currency expectedCloseDate createdAt
      ` + partner + ` { id name } ` + account + ` { id name domain } ` + user + ` { id name email } } }
  }
}`
}

// contentsListQuery is the first page of the content library as the portal lists it: the vendor
// sees every item, a partner user the ones their organisation qualifies for.
func contentsListQuery(name string) string {
	return `query ` + name + `($first: Int!, $after: Cursor) {
  contents(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id title kind language stale minTier { id name } file { id name size mediaType } } }
  }
}`
}

func usersListQuery(name string) string {
	return `query ` + name + `($first: Int!, $after: Cursor) {
  users(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id email name role status jobFunction partner { id name } } }
  }
}`
}

// OpByName finds an operation.
func OpByName(name string) (Op, bool) {
	for _, op := range Ops {
		if op.Name == name {
			return op, true
		}
	}
	return Op{}, false
}
