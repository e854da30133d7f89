package graph_test

import (
	"encoding/json"
	"maps"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

// The privacy matrix: every viewer × every entity × every query path answers exactly the rows
// docs/roles-and-permissions.md lets that viewer see, and a row it may not see is NOT_FOUND,
// exactly like a row that does not exist.
//
// The expectations below are written from docs/roles-and-permissions.md, not from ent/schema/rule,
// and computed over the seeded database (plus matrixFixture's registrations) read as the system
// viewer. A new entity joins the matrix with one matrixEntity line (its list field, ID prefix,
// rows and who may see them) and the probes that reach it through edges and edge filters;
// TestMatrixProbesEveryEdge and TestEdgeFiltersAreSafe fail until every edge and edge filter of the
// SDL has a probe.

// matrixViewers are the rows of the matrix: each role, the partner roles of two competing partners.
var matrixViewers = []struct{ name, email string }{
	{"ADMIN", vendorAdmin},
	{"CHANNEL_MANAGER", pam},
	{"PARTNER_ADMIN of Acme", acmeAdmin},
	{"PARTNER_SALES of Acme", acmeSales},
	{"PARTNER_ADMIN of Globex", globexAdmin},
	{"PARTNER_SALES of Globex", globexSales},
	{"anonymous", ""},
}

// matrixPaths are the columns: every way GraphQL reaches rows.
var matrixPaths = []struct {
	name  string
	check func(t *testing.T, m *matrix, v *matrixViewer, e matrixEntity)
}{
	{"connection", checkConnection},
	{"totalCount and aggregates", checkTotalCount},
	{"node(id:)", checkNode},
	{"nodes(ids:)", checkNodes},
	{"nested edge", checkNested},
	{"edge where filter", checkFiltered},
}

// matrixViewer is a signed-in (or anonymous) client of the matrix.
type matrixViewer struct {
	name  string
	token string
	scope scope // zero for anonymous
}

func (v *matrixViewer) anonymous() bool { return v.token == "" }

// matrix runs queries and applies the checks every response must pass.
type matrix struct {
	s        *apitest.Server
	w        *world
	requests int
	// secret is, per viewer name, what must never appear in that viewer's responses.
	secret map[string]secrets
}

// secrets are strings a viewer must never receive, unless the request itself carried them.
type secrets struct {
	words []string
	ids   idSet
}

func newMatrix(t *testing.T) *matrix {
	t.Helper()
	// The matrix sends a few hundred requests per viewer a minute; the rate limits are not what it
	// tests.
	s := apitest.NewWithEnv(t, map[string]string{"RATE_LIMIT_USER": "1000000", "RATE_LIMIT_ANONYMOUS": "1000000"})
	matrixFixture(t, s)
	return &matrix{s: s, w: loadWorld(t, s.Client), secret: map[string]secrets{}}
}

// matrixFixture registers, through the API, cases the demo data may lack, so the matrix tells
// viewers apart whatever the seed's draws: Acme's sales rep holds an approved deal with an approved
// extension and a deal flagged against Globex's earlier registration of the same customer; Acme's
// admin and Globex's admin hold deals their sales reps may not see, Globex's with a pending
// extension.
func matrixFixture(t *testing.T, s *apitest.Server) {
	t.Helper()
	tokens := map[string]string{}
	as := func(email string) string {
		if tokens[email] == "" {
			tokens[email] = s.Login(t, email)
		}
		return tokens[email]
	}
	shared := freshDomain("matrix-shared")
	// Account.name is the first registrant's customer name, which later registrants of the same
	// customer read: Globex's text reaches Acme here. Naming the customer "… (Globex lead)" turns
	// the matrix red until partners see their own customerName there instead.
	register(t, s, as(globexSales), registerInput("Quillfeather Instruments", shared))
	solo := register(t, s, as(acmeSales), registerInput("Brightwater Orchards", freshDomain("matrix-solo")))
	flagged := register(t, s, as(acmeSales), registerInput("Quillfeather Instruments", shared))
	if len(flagged.Conflicts) == 0 {
		t.Fatalf("Acme's registration of a customer Globex holds is not flagged: %+v", flagged)
	}
	register(t, s, as(acmeAdmin), registerInput("Kestrel Foundry Works", freshDomain("acme-kestrel")))
	own := register(t, s, as(globexAdmin), registerInput("Globex Zephyr Prospect", freshDomain("globex-zephyr")))
	for _, d := range []dealJSON{solo, own} {
		mustMutate(t, s, as(pam), "approveDeal", map[string]any{"id": d.ID})
	}
	const request = `mutation($input: RequestDealExtensionInput!) { requestDealExtension(input: $input) { extension { id } } }`
	extend := func(token, dealID string) string {
		var out struct {
			RequestDealExtension struct{ Extension struct{ ID string } }
		}
		s.Query(t, token, request, map[string]any{"input": map[string]any{"id": dealID, "reason": "customer legal review", "days": 30}}).Decode(t, &out)
		return out.RequestDealExtension.Extension.ID
	}
	const decide = `mutation($input: DecideDealExtensionInput!) { decideDealExtension(input: $input) { extension { id } } }`
	s.Query(t, as(pam), decide, map[string]any{"input": map[string]any{"id": extend(as(acmeSales), solo.ID), "approve": true, "note": "ok"}}).Decode(t, &struct{}{})
	extend(as(globexAdmin), own.ID)
}

// rivals are the competing demo partners: a user of one must never receive anything of the other.
var rivals = map[string]string{"acme-reseller": "globex-msp", "globex-msp": "acme-reseller"}

// secretsOf is what of its rival a partner viewer must never receive: the rival's name, and the
// IDs of the rival, its people, its deals with their timelines, conflicts and extensions, and the
// customers of the rival's deals that the viewer does not see.
func secretsOf(t *testing.T, s scope) secrets {
	t.Helper()
	my := s.myPartner()
	if my == nil || rivals[my.Slug] == "" {
		return secrets{}
	}
	var rival *ent.Partner
	for _, p := range s.w.partners {
		if p.Slug == rivals[my.Slug] {
			rival = p
		}
	}
	sec := secrets{words: []string{strings.ToLower(strings.Fields(rival.Name)[0])}, ids: setOf(rival.ID)}
	for _, u := range s.w.users {
		if u.PartnerID == rival.ID {
			sec.ids[u.ID] = true
		}
	}
	deals := idSet{}
	for _, d := range s.w.deals {
		if d.PartnerID == rival.ID {
			deals[d.ID] = true
			if !s.vis["Account"][d.AccountID] {
				sec.ids[d.AccountID] = true
			}
		}
	}
	for _, set := range []idSet{deals, s.eventsOf(deals), s.conflictsOf(deals), s.extensionsOf(deals)} {
		if len(set) == 0 {
			t.Fatalf("the matrix needs %s to have deals with events, conflicts and extensions", rival.Name)
		}
		maps.Copy(sec.ids, set)
	}
	trainingSecrets(s, rival.ID, sec)
	return sec
}

func (m *matrix) signIn(t *testing.T, name, email string) *matrixViewer {
	t.Helper()
	v := &matrixViewer{name: name}
	if email == "" {
		return v
	}
	sess := m.s.LoginSession(t, email)
	v.token = sess.AccessToken
	me := m.w.user[sess.UserID]
	if me == nil || me.Email != email {
		t.Fatalf("login %s returned viewer %s", email, sess.UserID)
	}
	v.scope = scope{w: m.w, me: me, vis: map[string]idSet{}}
	for _, e := range matrixEntities {
		v.scope.vis[e.typename] = e.visible(v.scope)
	}
	m.secret[name] = secretsOf(t, v.scope)
	return v
}

// idPattern finds every ID in a text, also inside strings such as error messages.
var idPattern = regexp.MustCompile(`[a-z]{3}_[0-9A-Z]{26}`)

// query sends a query as v and checks what every response must satisfy: nothing secret to v, and
// every connection's totalCount equal to the edges it returns.
func (m *matrix) query(t *testing.T, v *matrixViewer, query string, vars map[string]any) apitest.Response {
	t.Helper()
	m.requests++
	res := m.s.Query(t, v.token, query, vars)
	request, _ := json.Marshal(map[string]any{"q": query, "v": vars})
	sec := m.secret[v.name]
	raw := strings.ToLower(string(res.Raw))
	for _, word := range sec.words {
		if strings.Contains(raw, word) && !strings.Contains(strings.ToLower(string(request)), word) {
			t.Errorf("LEAK: %s received %q\nquery: %s\nresponse: %s", v.name, word, query, res.Raw)
		}
	}
	if len(sec.ids) > 0 {
		asked := setOf(idPattern.FindAllString(string(request), -1)...)
		for _, id := range idPattern.FindAllString(string(res.Raw), -1) {
			if sec.ids[id] && !asked[id] {
				t.Errorf("LEAK: %s received ID %s\nquery: %s\nresponse: %.2000s", v.name, id, query, res.Raw)
			}
		}
	}
	var data any
	if len(res.Data) > 0 {
		if err := json.Unmarshal(res.Data, &data); err != nil {
			t.Fatalf("response data: %v", err)
		}
	}
	checkTotals(t, data, query)
	return res
}

// run sends a query as v; a query declaring $after walks its root connection page by page, and run
// returns every page's answer (it stops at the first answer with errors).
func (m *matrix) run(t *testing.T, v *matrixViewer, query string, vars map[string]any) []apitest.Response {
	t.Helper()
	vars = maps.Clone(vars)
	if vars == nil {
		vars = map[string]any{}
	}
	var pages []apitest.Response
	for {
		res := m.query(t, v, query, vars)
		pages = append(pages, res)
		if !strings.Contains(query, "$after") || len(res.Errors) > 0 {
			return pages
		}
		var root map[string]*struct {
			PageInfo *struct {
				HasNextPage bool
				EndCursor   *string
			}
		}
		if err := json.Unmarshal(res.Data, &root); err != nil || len(root) != 1 {
			t.Fatalf("a paged query answers one root connection: %s", res.Raw)
		}
		for _, conn := range root {
			if conn == nil || conn.PageInfo == nil {
				t.Fatalf("a paged query selects its root's pageInfo: %s", query)
			}
			if !conn.PageInfo.HasNextPage || conn.PageInfo.EndCursor == nil {
				return pages
			}
			vars["after"] = *conn.PageInfo.EndCursor
		}
		if len(pages) > 100 {
			t.Fatalf("%s: more than 100 pages", query)
		}
	}
}

// checkTotals: every connection object that lists edges counts exactly those edges, so totalCount
// cannot count rows the edges hide. The probes ask for pages that hold every row of a parent (10
// nested, within the complexity limit); grow them if the demo data outgrows them. Paged queries
// (those asking for pageInfo) are compared with the expected count by their caller instead.

func TestPrivacyMatrix(t *testing.T) {
	start := time.Now()
	m := newMatrix(t)
	viewers := make([]*matrixViewer, len(matrixViewers))
	for i, mv := range matrixViewers {
		viewers[i] = m.signIn(t, mv.name, mv.email)
	}
	// The expectations must tell viewers apart, or the matrix proves little.
	admin, acmeA, acmeS, globexA, globexS := viewers[0].scope, viewers[2].scope, viewers[3].scope, viewers[4].scope, viewers[5].scope
	n := func(s scope, typename string) int { return len(s.vis[typename]) }
	shared := 0
	for id := range acmeS.vis["Account"] {
		if globexS.vis["Account"][id] {
			shared++
		}
	}
	switch {
	case n(acmeS, "User") != 2 || n(acmeA, "User") != 4 || n(acmeS, "Partner") != 1 || reflect.DeepEqual(acmeS.vis["Partner"], globexS.vis["Partner"]):
		t.Fatalf("unexpected demo data: Acme sales sees %v, Acme admin %v", acmeS.vis, acmeA.vis)
	case n(admin, "Deal") != len(m.w.deals) || n(admin, "Account") != len(m.w.accounts) || n(admin, "DealEvent") != len(m.w.events):
		t.Fatalf("the vendor does not see every row: %d deals of %d", n(admin, "Deal"), len(m.w.deals))
	case !(0 < n(acmeS, "Deal") && n(acmeS, "Deal") < n(acmeA, "Deal") && n(acmeA, "Deal")+n(globexA, "Deal") < n(admin, "Deal")) ||
		!(0 < n(globexS, "Deal") && n(globexS, "Deal") < n(globexA, "Deal")) ||
		!(0 < n(acmeS, "Account") && n(acmeS, "Account") < n(acmeA, "Account") && n(acmeA, "Account") < n(admin, "Account")) ||
		shared == 0 || n(acmeS, "DealConflict") == 0 ||
		!(0 < n(acmeS, "DealExtension") && n(acmeS, "DealExtension") < n(acmeA, "DealExtension")) ||
		!(0 < n(globexS, "DealExtension") && n(globexS, "DealExtension") < n(globexA, "DealExtension")):
		t.Fatalf("the deals of the demo data and matrixFixture do not tell viewers apart: Acme sales/admin %d/%d deals, Globex %d/%d, vendor %d; "+
			"%d shared accounts", n(acmeS, "Deal"), n(acmeA, "Deal"), n(globexS, "Deal"), n(globexA, "Deal"), n(admin, "Deal"), shared)
	}

	cells := 0
	for _, v := range viewers {
		t.Run(v.name, func(t *testing.T) {
			for _, e := range matrixEntities {
				t.Run(e.typename, func(t *testing.T) {
					for _, p := range matrixPaths {
						cells++
						t.Run(p.name, func(t *testing.T) { p.check(t, m, v, e) })
					}
				})
			}
		})
	}
	probes, aggregates := 0, 0
	for _, e := range matrixEntities {
		probes += len(e.nested) + len(e.filtered)
		aggregates += len(e.aggregates)
	}
	rows := 0
	for _, e := range matrixEntities {
		rows += len(e.rows(m.w))
	}
	t.Logf("privacy matrix: %d viewers × %d entities × %d paths = %d cells (%d edge and filter probes, %d aggregates, %d rows, %d GraphQL requests, %s)",
		len(viewers), len(matrixEntities), len(matrixPaths), cells, probes, aggregates, rows, m.requests, time.Since(start).Round(time.Millisecond))
}

// TestAcmeSalesSeesNothingOfGlobex tries the crooked paths a curious partner would: deep edges
// back out through the shared account manager and the shared customer, filters naming the
// competitor, figures, and the session payloads. Every response is checked by matrix.query for
// Globex's name and the IDs of Globex, its people, its deals, their timelines, conflicts and
// extensions, and the customers only Globex registered.
func TestAcmeSalesSeesNothingOfGlobex(t *testing.T) {
	m := newMatrix(t)
	v := m.signIn(t, "PARTNER_SALES of Acme", acmeSales)
	var globexPartner, globexDeal, globexAccount, globexEvent string
	for _, p := range m.w.partners {
		if strings.Contains(p.Name, "Globex") {
			globexPartner = p.ID
		}
	}
	for _, d := range m.w.deals {
		if d.PartnerID == globexPartner && !v.scope.vis["Account"][d.AccountID] {
			globexDeal, globexAccount = d.ID, d.AccountID
		}
	}
	globexEvents := idSet{}
	for _, e := range m.w.events {
		if m.w.deal[e.DealID].PartnerID == globexPartner {
			globexEvents[e.ID], globexEvent = true, e.ID
		}
	}
	period := map[string]any{"from": matrixPeriod.from.Format(time.RFC3339), "to": matrixPeriod.to.Format(time.RFC3339)}
	queries := []struct {
		query string
		vars  map[string]any
		// want: "" no errors; otherwise the only error code allowed.
		want string
	}{
		{query: `{ viewer { email partner { name tier { name partners(first: 10) { totalCount edges { node { name users(first: 10) { totalCount edges { node { email } } } } } } } } } }`},
		{query: `{ viewer { partner { manager { email managedPartners { id name slug domain website users(first: 10) { totalCount edges { node { email name } } } } } } } }`},
		{query: `{ users(first: 5) { totalCount edges { node { email partner { name } managedPartners { name domain tier { partners(first: 5) { totalCount edges { node { name } } } } } } } } }`},
		{query: `{ tiers(first: 5) { totalCount edges { node { name partners(first: 5) { totalCount edges { node { name domain manager { managedPartners { name } } } } } } } } }`},
		{query: `{ partners(where: {nameContains: "Globex"}) { totalCount edges { node { name } } } }`},
		{query: `{ partners(where: {not: {nameContains: "Acme"}}) { totalCount edges { node { name } } } }`},
		{query: `{ partners(where: {or: [{nameContains: "Acme"}, {region: EMEA}]}) { totalCount edges { node { name region } } } }`},
		{query: `{ partners(where: {hasManagerWith: {hasPartnerWith: {nameContains: "Globex"}}}) { totalCount } }`},
		{query: `{ users(where: {emailContains: "globex"}) { totalCount edges { node { email } } } }`},
		{query: `{ users(where: {hasPartnerWith: {slug: "globex-msp"}}) { totalCount edges { node { email } } } }`},
		{query: `{ users(where: {or: [{hasPartner: false}, {roleIn: [PARTNER_ADMIN]}]}) { totalCount edges { node { email } } } }`},
		{query: `query($id: ID!) { partners(where: {id: $id}) { totalCount } users(where: {hasPartnerWith: {id: $id}}) { totalCount } deals(where: {hasPartnerWith: {id: $id}}) { totalCount } }`, vars: map[string]any{"id": globexPartner}},
		{query: `query($id: ID!) { node(id: $id) { id ... on Partner { name } } }`, vars: map[string]any{"id": globexPartner}, want: "NOT_FOUND"},
		{query: `{ partners(orderBy: {field: NAME, direction: DESC}, last: 100) { totalCount edges { cursor node { name } } } }`},
		// Deals: the rep's own, their customers and everything hanging off them.
		{query: `query($after: Cursor) { deals(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id customerName customerDomain partner { name } registeredBy { email } reviewer { email } directRep { email }
		  account { name domain deals(first: 10) { totalCount edges { node { id partner { name } } } } }
		  events { note actor { email } } conflicts { kind reason } extensions { reason requestedBy { email } decidedBy { email } } } } } }`},
		{query: `query($after: Cursor) { accounts(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { name domain deals(first: 5) { totalCount edges { node { customerName conflicts { kind reason } events { note } } } } } } } }`},
		{query: `{ deals(where: {hasPartnerWith: {slug: "globex-msp"}}) { totalCount edges { node { id } } } }`},
		{query: `{ deals(where: {hasRegisteredByWith: {emailContains: "globex"}}) { totalCount edges { node { id } } } }`},
		{query: `{ deals(where: {hasRegisteredByWith: {hasPartnerWith: {nameContains: "Globex"}}}) { totalCount } }`},
		{query: `query($after: Cursor) { deals(after: $after, where: {or: [{hasPartnerWith: {nameContains: "Acme"}}, {customerDomainContains: "globex"}]}) { totalCount pageInfo { hasNextPage endCursor } edges { node { customerDomain } } } }`},
		{query: `{ deals(where: {not: {hasRegisteredByWith: {email: "sales@acme-reseller.test"}}}) { totalCount edges { node { id } } } }`},
		{query: `{ accounts(where: {domainContains: "globex"}) { totalCount edges { node { name } } } }`},
		{query: `{ accounts(orderBy: {field: DOMAIN, direction: DESC}, last: 100) { totalCount edges { cursor node { domain } } } }`},
		{query: `query($id: ID!) { node(id: $id) { id ... on Deal { customerName } } }`, vars: map[string]any{"id": globexDeal}, want: "NOT_FOUND"},
		{query: `query($id: ID!) { node(id: $id) { id ... on Account { name } } }`, vars: map[string]any{"id": globexAccount}, want: "NOT_FOUND"},
		{query: `query($id: ID!) { node(id: $id) { id ... on DealEvent { note } } }`, vars: map[string]any{"id": globexEvent}, want: "NOT_FOUND"},
		{query: `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on DealEvent { note deal { id } } } }`, vars: map[string]any{"ids": globexEvents.sorted()}, want: "NOT_FOUND"},
		// The conflict on the rep's deal names no counterpart, and its vendor-only fields are refused.
		{query: `{ deals { edges { node { conflicts { kind reason detail conflictingDeal { id } conflictingPartner { name } matchedAccount { id } } } } } }`, want: "FORBIDDEN"},
		// Figures are scoped like lists, and their labels name no competitor.
		{query: `query($from: Time!, $to: Time!) { pipelineSummary(from: $from, to: $to, groupBy: PARTNER) { key label currency count amount } }`, vars: period},
		{query: `query($from: Time!, $to: Time!) { pipelineSummary(from: $from, to: $to, groupBy: TIER) { key label currency count amount } }`, vars: period},
		{query: `query($from: Time!, $to: Time!) { dealRegistrationTrend(from: $from, to: $to) { weekStart registered } dealWinRate(from: $from, to: $to) { won lost } }`, vars: period},
		{query: `{ dealApprovalQueue { edges { node { deal { id customerName partner { name } } } } } }`, want: "FORBIDDEN"},
	}
	for _, q := range queries {
		// The rep's own deals and accounts outgrow one page of the deep probes (the complexity
		// limit keeps those pages small), so those probes walk every page.
		pages := m.run(t, v, q.query, q.vars)
		for _, res := range pages {
			for _, e := range res.Errors {
				if q.want == "" || e.Code() != q.want {
					t.Errorf("%s: error %s (%s)", q.query, e.Code(), e.Message)
				}
			}
		}
		if q.want != "" && len(pages[0].Errors) == 0 {
			t.Errorf("%s: no %s error: %s", q.query, q.want, pages[0].Raw)
		}
		if strings.Contains(q.query, "$after") {
			edges, total := 0, -1
			for _, res := range pages {
				var root map[string]struct {
					TotalCount int
					Edges      []any
				}
				res.Decode(t, &root)
				for _, conn := range root {
					edges += len(conn.Edges)
					total = conn.TotalCount
				}
			}
			if edges != total {
				t.Errorf("totalCount %d but %d edges over %d pages of %s", total, edges, len(pages), q.query)
			}
		}
	}

	// The session payloads resolve their viewer under the same rules.
	const login = `mutation($email: String!, $password: String!) { login(input: {email: $email, password: $password}) {
	  refreshToken viewer { partner { manager { managedPartners { name } } users { edges { node { email } } } } } } }`
	res := m.query(t, &matrixViewer{name: v.name}, login, map[string]any{"email": acmeSales, "password": m.s.Config.DemoPassword})
	expectNoErrors(t, res, login)
	var out struct{ Login struct{ RefreshToken string } }
	res.Decode(t, &out)
	const refresh = `mutation($token: String!) { refreshSession(input: {refreshToken: $token}) {
	  viewer { partner { manager { managedPartners { name } } users { edges { node { email } } } } } } }`
	expectNoErrors(t, m.query(t, &matrixViewer{name: v.name}, refresh, map[string]any{"token": out.Login.RefreshToken}), refresh)
	t.Logf("%d requests as Acme's sales rep, none mentioned Globex (%d secret IDs)", m.requests, len(m.secret[v.name].ids))
}
