package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/graph"
	"github.com/partnerhub/partnerhub/internal/apitest"
	"github.com/partnerhub/partnerhub/internal/ids"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// The privacy matrix (issue 4): every viewer × every entity × every query path answers exactly the
// rows DESIGN section 1 lets that viewer see, and a row it may not see is NOT_FOUND, exactly like
// a row that does not exist.
//
// The expectations below are written from DESIGN, not from ent/schema/rule, and computed over the
// seeded database read as the system viewer. A new entity joins the matrix with one matrixEntity
// line (its list field, ID prefix, rows and who may see them) and the probes that reach it through
// edges and edge filters.

// idSet is a set of IDs.
type idSet map[string]bool

func setOf(ids ...string) idSet {
	s := idSet{}
	for _, id := range ids {
		if id != "" {
			s[id] = true
		}
	}
	return s
}

func (s idSet) sorted() []string { return slices.Sorted(maps.Keys(s)) }

// world is the whole demo database, read as the system viewer.
type world struct {
	tiers    []*ent.Tier
	partners []*ent.Partner
	users    []*ent.User
	tier     map[string]*ent.Tier
	partner  map[string]*ent.Partner
	user     map[string]*ent.User
}

func loadWorld(t *testing.T, client *ent.Client) *world {
	t.Helper()
	ctx := viewer.NewContext(context.Background(), viewer.System())
	w := &world{tier: map[string]*ent.Tier{}, partner: map[string]*ent.Partner{}, user: map[string]*ent.User{}}
	var err error
	if w.tiers, err = client.Tier.Query().All(ctx); err != nil {
		t.Fatal(err)
	}
	if w.partners, err = client.Partner.Query().All(ctx); err != nil {
		t.Fatal(err)
	}
	if w.users, err = client.User.Query().All(ctx); err != nil {
		t.Fatal(err)
	}
	for _, x := range w.tiers {
		w.tier[x.ID] = x
	}
	for _, x := range w.partners {
		w.partner[x.ID] = x
	}
	for _, x := range w.users {
		w.user[x.ID] = x
	}
	return w
}

// scope is one signed-in viewer's view of the world: what DESIGN lets them see, per GraphQL type.
type scope struct {
	w   *world
	me  *ent.User
	vis map[string]idSet
}

func (s scope) vendor() bool {
	return s.me.Role == user.RoleADMIN || s.me.Role == user.RoleCHANNEL_MANAGER
}

// myPartner is the viewer's own organisation, nil for vendor users.
func (s scope) myPartner() *ent.Partner { return s.w.partner[s.me.PartnerID] }

func (s scope) visiblePartners(keep func(*ent.Partner) bool) idSet {
	out := idSet{}
	for _, p := range s.w.partners {
		if s.vis["Partner"][p.ID] && keep(p) {
			out[p.ID] = true
		}
	}
	return out
}

func (s scope) visibleUsers(keep func(*ent.User) bool) idSet {
	out := idSet{}
	for _, u := range s.w.users {
		if s.vis["User"][u.ID] && keep(u) {
			out[u.ID] = true
		}
	}
	return out
}

func (s scope) tierName(p *ent.Partner) string {
	if t := s.w.tier[p.TierID]; t != nil {
		return t.Name
	}
	return ""
}

// probe is one query that reaches an entity through an edge or an edge filter.
type probe struct {
	name  string
	query string
	// count asks the same path for totalCount only (a different SQL path: counts, no rows).
	count string
	// expect is what the probe must return: the visible rows the path leads to.
	expect func(s scope) idSet
}

// matrixEntity is one entity of the matrix.
type matrixEntity struct {
	typename string
	list     string // root connection field
	prefix   string // ID prefix
	rows     func(w *world) []string
	// visible is DESIGN section 1 for this entity.
	visible  func(s scope) idSet
	nested   []probe // nested edges leading to the entity
	filtered []probe // where filters over an edge
}

func idsOf[T any](xs []T, id func(T) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = id(x)
	}
	return out
}

var matrixEntities = []matrixEntity{
	{
		typename: "Tier", list: "tiers", prefix: ids.Tier,
		rows: func(w *world) []string { return idsOf(w.tiers, func(x *ent.Tier) string { return x.ID }) },
		// Tiers are the program's public configuration: every signed-in viewer sees them all.
		visible: func(s scope) idSet { return setOf(idsOf(s.w.tiers, func(x *ent.Tier) string { return x.ID })...) },
		nested: []probe{
			{name: "partners→tier", query: `{ partners(first: 20) { edges { node { tier { id } } } } }`,
				expect: func(s scope) idSet { return tiersOf(s, s.vis["Partner"]) }},
			{name: "viewer→partner→tier", query: `{ viewer { partner { tier { id } } } }`,
				expect: func(s scope) idSet {
					if p := s.myPartner(); p != nil {
						return setOf(p.TierID)
					}
					return idSet{}
				}},
		},
		filtered: []probe{
			{name: "partners(hasTierWith rank≥3)→tier", query: `{ partners(first: 20, where: {hasTierWith: {rankGTE: 3}}) { edges { node { tier { id } } } } }`,
				expect: func(s scope) idSet {
					return tiersOf(s, s.visiblePartners(func(p *ent.Partner) bool { return s.w.tier[p.TierID] != nil && s.w.tier[p.TierID].Rank >= 3 }))
				}},
		},
	},
	{
		typename: "Partner", list: "partners", prefix: ids.Partner,
		rows: func(w *world) []string { return idsOf(w.partners, func(x *ent.Partner) string { return x.ID }) },
		// Vendors see every partner; partner users only their own organisation.
		visible: func(s scope) idSet {
			if s.vendor() {
				return setOf(idsOf(s.w.partners, func(x *ent.Partner) string { return x.ID })...)
			}
			return setOf(s.me.PartnerID)
		},
		nested: []probe{
			{name: "tiers→partners", query: `{ tiers(first: 20) { edges { node { partners(first: 10) { totalCount edges { node { id } } } } } } }`,
				count:  `{ tiers(first: 20) { edges { node { partners { totalCount } } } } }`,
				expect: func(s scope) idSet { return s.visiblePartners(func(p *ent.Partner) bool { return p.TierID != "" }) }},
			{name: "users→partner", query: `{ users(first: 20) { edges { node { partner { id } } } } }`,
				expect: func(s scope) idSet {
					return s.visiblePartners(func(p *ent.Partner) bool {
						return len(s.visibleUsers(func(u *ent.User) bool { return u.PartnerID == p.ID })) > 0
					})
				}},
			{name: "users→managedPartners", query: `{ users(first: 20) { edges { node { managedPartners { id } } } } }`,
				expect: func(s scope) idSet {
					return s.visiblePartners(func(p *ent.Partner) bool { return s.vis["User"][p.ManagerID] })
				}},
			{name: "viewer→partner→manager→managedPartners", query: `{ viewer { partner { manager { managedPartners { id } } } } }`,
				expect: func(s scope) idSet {
					my := s.myPartner()
					if my == nil {
						return idSet{}
					}
					return s.visiblePartners(func(p *ent.Partner) bool { return p.ManagerID == my.ManagerID })
				}},
		},
		filtered: []probe{
			{name: "partners(hasTierWith Gold)", query: `{ partners(first: 20, where: {hasTierWith: {name: "Gold"}}) { totalCount edges { node { id } } } }`,
				count: `{ partners(where: {hasTierWith: {name: "Gold"}}) { totalCount } }`,
				expect: func(s scope) idSet {
					return s.visiblePartners(func(p *ent.Partner) bool { return s.tierName(p) == "Gold" })
				}},
			{name: "partners(hasTierWith Silver)", query: `{ partners(first: 20, where: {hasTierWith: {name: "Silver"}}) { totalCount edges { node { id } } } }`,
				expect: func(s scope) idSet {
					return s.visiblePartners(func(p *ent.Partner) bool { return s.tierName(p) == "Silver" })
				}},
			{name: "partners(hasManagerWith emea-pam)", query: `{ partners(first: 20, where: {hasManagerWith: {email: "emea-pam@vendor.test"}}) { totalCount edges { node { id } } } }`,
				expect: func(s scope) idSet {
					return s.visiblePartners(func(p *ent.Partner) bool { return s.w.user[p.ManagerID].Email == "emea-pam@vendor.test" })
				}},
			{name: "partners(hasManagerWith pam, hasTier)", query: `{ partners(first: 20, where: {hasManagerWith: {email: "pam@vendor.test"}, hasTier: true}) { totalCount edges { node { id } } } }`,
				expect: func(s scope) idSet {
					return s.visiblePartners(func(p *ent.Partner) bool {
						return p.TierID != "" && s.w.user[p.ManagerID].Email == "pam@vendor.test"
					})
				}},
		},
	},
	{
		typename: "User", list: "users", prefix: ids.User,
		rows: func(w *world) []string { return idsOf(w.users, func(x *ent.User) string { return x.ID }) },
		// Vendors see everybody; a partner admin their organisation, a partner sales rep only
		// themselves; both also see their partner account manager.
		visible: func(s scope) idSet {
			if s.vendor() {
				return setOf(idsOf(s.w.users, func(x *ent.User) string { return x.ID })...)
			}
			out := setOf(s.me.ID, s.myPartner().ManagerID)
			if s.me.Role == user.RolePARTNER_ADMIN {
				for _, u := range s.w.users {
					if u.PartnerID == s.me.PartnerID {
						out[u.ID] = true
					}
				}
			}
			return out
		},
		nested: []probe{
			{name: "partners→users", query: `{ partners(first: 20) { edges { node { users(first: 10) { totalCount edges { node { id } } } } } } }`,
				count: `{ partners(first: 20) { edges { node { users { totalCount } } } } }`,
				expect: func(s scope) idSet {
					return s.visibleUsers(func(u *ent.User) bool { return s.vis["Partner"][u.PartnerID] })
				}},
			{name: "partners→manager", query: `{ partners(first: 20) { edges { node { manager { id } } } } }`,
				expect: func(s scope) idSet {
					return s.visibleUsers(func(u *ent.User) bool {
						return len(s.visiblePartners(func(p *ent.Partner) bool { return p.ManagerID == u.ID })) > 0
					})
				}},
			{name: "viewer→partner→users", query: `{ viewer { partner { users(first: 10) { totalCount edges { node { id } } } } } }`,
				count: `{ viewer { partner { users { totalCount } } } }`,
				expect: func(s scope) idSet {
					return s.visibleUsers(func(u *ent.User) bool { return u.PartnerID != "" && u.PartnerID == s.me.PartnerID })
				}},
			{name: "tiers→partners→users", query: `{ tiers(first: 5) { edges { node { partners(first: 10) { edges { node { users(first: 10) { totalCount edges { node { id } } } } } } } } } }`,
				expect: func(s scope) idSet {
					return s.visibleUsers(func(u *ent.User) bool {
						p := s.w.partner[u.PartnerID]
						return p != nil && p.TierID != "" && s.vis["Partner"][p.ID]
					})
				}},
		},
		filtered: []probe{
			{name: "users(hasPartnerWith Globex)", query: `{ users(first: 20, where: {hasPartnerWith: {nameContains: "Globex"}}) { totalCount edges { node { id } } } }`,
				count:  `{ users(where: {hasPartnerWith: {nameContains: "Globex"}}) { totalCount } }`,
				expect: func(s scope) idSet { return usersOfPartnersNamed(s, "Globex") }},
			{name: "users(hasPartnerWith Acme)", query: `{ users(first: 20, where: {hasPartnerWith: {nameContains: "Acme"}}) { totalCount edges { node { id } } } }`,
				count:  `{ users(where: {hasPartnerWith: {nameContains: "Acme"}}) { totalCount } }`,
				expect: func(s scope) idSet { return usersOfPartnersNamed(s, "Acme") }},
			{name: "users(hasPartnerWith hasTierWith Silver)", query: `{ users(first: 20, where: {hasPartnerWith: {hasTierWith: {name: "Silver"}}}) { totalCount edges { node { id } } } }`,
				expect: func(s scope) idSet {
					return s.visibleUsers(func(u *ent.User) bool { p := s.w.partner[u.PartnerID]; return p != nil && s.tierName(p) == "Silver" })
				}},
			{name: "users(hasPartnerWith hasManagerWith pam)", query: `{ users(first: 20, where: {hasPartnerWith: {hasManagerWith: {email: "pam@vendor.test"}}}) { totalCount edges { node { id } } } }`,
				expect: func(s scope) idSet {
					return s.visibleUsers(func(u *ent.User) bool {
						p := s.w.partner[u.PartnerID]
						return p != nil && s.w.user[p.ManagerID].Email == "pam@vendor.test"
					})
				}},
		},
	},
}

func tiersOf(s scope, partners idSet) idSet {
	out := idSet{}
	for id := range partners {
		if p := s.w.partner[id]; p.TierID != "" {
			out[p.TierID] = true
		}
	}
	return out
}

func usersOfPartnersNamed(s scope, name string) idSet {
	return s.visibleUsers(func(u *ent.User) bool {
		p := s.w.partner[u.PartnerID]
		return p != nil && strings.Contains(p.Name, name)
	})
}

// matrixViewers are the rows of the matrix: each role, the partner roles of two competing partners.
var matrixViewers = []struct{ name, email string }{
	{"ADMIN", "admin@vendor.test"},
	{"CHANNEL_MANAGER", "pam@vendor.test"},
	{"PARTNER_ADMIN of Acme", "admin@acme-reseller.test"},
	{"PARTNER_SALES of Acme", "sales@acme-reseller.test"},
	{"PARTNER_ADMIN of Globex", "admin@globex-msp.test"},
	{"PARTNER_SALES of Globex", "sales@globex-msp.test"},
	{"anonymous", ""},
}

// matrixPaths are the columns: every way GraphQL reaches rows.
var matrixPaths = []struct {
	name  string
	check func(t *testing.T, m *matrix, v *matrixViewer, e matrixEntity)
}{
	{"connection", checkConnection},
	{"totalCount", checkTotalCount},
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
	s := apitest.New(t)
	m := &matrix{s: s, w: loadWorld(t, s.Client), secret: map[string]secrets{}}
	// Logged in as Acme's sales rep, nothing of Globex MSP may come back: not its name, domain or
	// any ID of it or its people.
	globex := secrets{words: []string{"globex"}, ids: idSet{}}
	for _, p := range m.w.partners {
		if strings.Contains(p.Name, "Globex") {
			globex.ids[p.ID] = true
			for _, u := range m.w.users {
				if u.PartnerID == p.ID {
					globex.ids[u.ID] = true
				}
			}
		}
	}
	if len(globex.ids) < 3 {
		t.Fatalf("demo data has no Globex MSP with users: %v", globex.ids)
	}
	m.secret["sales@acme-reseller.test"] = globex
	return m
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
	m.secret[name] = m.secret[email]
	return v
}

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
	for id := range sec.ids {
		if strings.Contains(string(res.Raw), id) && !strings.Contains(string(request), id) {
			t.Errorf("LEAK: %s received ID %s\nquery: %s\nresponse: %s", v.name, id, query, res.Raw)
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

// checkTotals: every connection object that lists edges counts exactly those edges, so totalCount
// cannot count rows the edges hide. The probes ask for pages that hold every demo row (20 at the
// root, 10 nested, within the complexity limit); grow them if the demo data outgrows them. Paged queries (those asking
// for pageInfo) are compared with the expected count by their caller instead.
func checkTotals(t *testing.T, node any, query string) {
	t.Helper()
	switch n := node.(type) {
	case map[string]any:
		total, hasTotal := n["totalCount"].(float64)
		edges, hasEdges := n["edges"].([]any)
		_, paged := n["pageInfo"]
		if hasTotal && hasEdges && !paged && int(total) != len(edges) {
			t.Errorf("totalCount %d but %d edges in %s", int(total), len(edges), query)
		}
		for _, child := range n {
			checkTotals(t, child, query)
		}
	case []any:
		for _, child := range n {
			checkTotals(t, child, query)
		}
	}
}

// collectIDs returns every "id" in data that belongs to the entity with prefix.
func collectIDs(t *testing.T, data json.RawMessage, prefix string) (all []string) {
	t.Helper()
	var root any
	if err := json.Unmarshal(data, &root); err != nil {
		t.Fatalf("decoding %s: %v", data, err)
	}
	var walk func(any)
	walk = func(node any) {
		switch n := node.(type) {
		case map[string]any:
			if id, ok := n["id"].(string); ok && strings.HasPrefix(id, prefix+"_") {
				all = append(all, id)
			}
			for _, child := range n {
				walk(child)
			}
		case []any:
			for _, child := range n {
				walk(child)
			}
		}
	}
	walk(root)
	return all
}

// sumTotals adds up every totalCount in data.
func sumTotals(t *testing.T, data json.RawMessage) int {
	t.Helper()
	var root any
	if err := json.Unmarshal(data, &root); err != nil {
		t.Fatalf("decoding %s: %v", data, err)
	}
	sum := 0
	var walk func(any)
	walk = func(node any) {
		switch n := node.(type) {
		case map[string]any:
			if c, ok := n["totalCount"].(float64); ok {
				sum += int(c)
			}
			for _, child := range n {
				walk(child)
			}
		case []any:
			for _, child := range n {
				walk(child)
			}
		}
	}
	walk(root)
	return sum
}

// expectRows compares the rows a path returned with the rows it should have returned.
func expectRows(t *testing.T, v *matrixViewer, what string, got []string, want idSet) {
	t.Helper()
	gotSet := setOf(got...)
	if reflect.DeepEqual(gotSet, want) || (len(gotSet) == 0 && len(want) == 0) {
		return
	}
	var leaked, missing []string
	for id := range gotSet {
		if !want[id] {
			leaked = append(leaked, id)
		}
	}
	for id := range want {
		if !gotSet[id] {
			missing = append(missing, id)
		}
	}
	if len(leaked) > 0 {
		t.Errorf("LEAK: %s via %s got rows it may not see: %v", v.name, what, leaked)
	}
	if len(missing) > 0 {
		t.Errorf("%s via %s is missing rows it may see: %v", v.name, what, missing)
	}
}

// expectUnauthenticated: an anonymous request is refused with UNAUTHENTICATED only, and answers
// no rows at all.
func expectUnauthenticated(t *testing.T, res apitest.Response) {
	t.Helper()
	if len(res.Errors) == 0 {
		t.Fatalf("anonymous request answered without an error: %s", res.Raw)
	}
	for _, e := range res.Errors {
		if e.Code() != "UNAUTHENTICATED" {
			t.Errorf("anonymous request: error %s (%s), want UNAUTHENTICATED", e.Code(), e.Message)
		}
	}
	if len(res.Data) > 0 {
		for _, e := range matrixEntities {
			if got := collectIDs(t, res.Data, e.prefix); len(got) > 0 {
				t.Errorf("LEAK: anonymous request answered %s rows %v", e.typename, got)
			}
		}
	}
}

func expectNoErrors(t *testing.T, res apitest.Response, query string) {
	t.Helper()
	if len(res.Errors) > 0 {
		t.Fatalf("errors %v for %s: %s", res.Codes(), query, res.Raw)
	}
}

func checkConnection(t *testing.T, m *matrix, v *matrixViewer, e matrixEntity) {
	q := fmt.Sprintf(`{ %s(first: 100) { totalCount edges { node { id } } } }`, e.list)
	res := m.query(t, v, q, nil)
	if v.anonymous() {
		expectUnauthenticated(t, res)
		return
	}
	expectNoErrors(t, res, q)
	got := collectIDs(t, res.Data, e.prefix)
	if len(setOf(got...)) != len(got) {
		t.Errorf("%s lists a row twice: %v", e.list, got)
	}
	expectRows(t, v, e.list, got, v.scope.vis[e.typename])
	// Walking the connection page by page gives the same rows.
	var paged []string
	after := any(nil)
	for page := 0; page < 100; page++ {
		pq := fmt.Sprintf(`query($after: Cursor) { %s(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`, e.list)
		res := m.query(t, v, pq, map[string]any{"after": after})
		expectNoErrors(t, res, pq)
		var out map[string]struct {
			TotalCount int
			PageInfo   struct {
				HasNextPage bool
				EndCursor   *string
			}
			Edges []struct{ Node struct{ ID string } }
		}
		res.Decode(t, &out)
		conn := out[e.list]
		if conn.TotalCount != len(v.scope.vis[e.typename]) {
			t.Errorf("page %d: totalCount %d, want %d", page, conn.TotalCount, len(v.scope.vis[e.typename]))
		}
		for _, edge := range conn.Edges {
			paged = append(paged, edge.Node.ID)
		}
		if !conn.PageInfo.HasNextPage || conn.PageInfo.EndCursor == nil {
			break
		}
		after = *conn.PageInfo.EndCursor
	}
	expectRows(t, v, e.list+" page by page", paged, v.scope.vis[e.typename])
	if len(paged) != len(setOf(paged...)) {
		t.Errorf("paging repeats rows: %v", paged)
	}
}

func checkTotalCount(t *testing.T, m *matrix, v *matrixViewer, e matrixEntity) {
	q := fmt.Sprintf(`{ %s { totalCount } }`, e.list)
	res := m.query(t, v, q, nil)
	if v.anonymous() {
		expectUnauthenticated(t, res)
	} else {
		expectNoErrors(t, res, q)
		if got, want := sumTotals(t, res.Data), len(v.scope.vis[e.typename]); got != want {
			t.Errorf("%s: totalCount %d, want %d", q, got, want)
		}
	}
	for _, p := range append(slices.Clone(e.nested), e.filtered...) {
		if p.count == "" {
			continue
		}
		res := m.query(t, v, p.count, nil)
		if v.anonymous() {
			expectUnauthenticated(t, res)
			continue
		}
		expectNoErrors(t, res, p.count)
		if got, want := sumTotals(t, res.Data), len(p.expect(v.scope)); got != want {
			t.Errorf("LEAK or loss: %s: %s counts %d rows, want %d", v.name, p.count, got, want)
		}
	}
}

// nodeError is what a client learns from a missing node: code, message and extensions, with the ID
// it asked for taken out.
func nodeError(e apitest.Error, id string) string {
	b, _ := json.Marshal(map[string]any{"message": strings.ReplaceAll(e.Message, id, "<id>"), "extensions": e.Extensions})
	return string(b)
}

type nodeAnswer struct {
	Typename string `json:"__typename"`
	ID       string `json:"id"`
}

// checkNodeAnswers compares answers (by position) and errors (by key) for the rows of e plus one
// ID that exists nowhere, which comes last.
func checkNodeAnswers(t *testing.T, v *matrixViewer, e matrixEntity, asked []string, answers []*nodeAnswer, errs map[int]apitest.Error) {
	t.Helper()
	missing := len(asked) - 1
	missingErr, ok := errs[missing]
	if !ok || missingErr.Code() != "NOT_FOUND" || answers[missing] != nil {
		t.Fatalf("an ID that exists nowhere: answer %v, error %+v; want null and NOT_FOUND", answers[missing], missingErr)
	}
	want := nodeError(missingErr, asked[missing])
	for i, id := range asked[:missing] {
		got, gotErr := answers[i], errs[i]
		if v.scope.vis[e.typename][id] {
			if got == nil || got.ID != id || got.Typename != e.typename {
				t.Errorf("%s may see %s %s but got %+v (error %+v)", v.name, e.typename, id, got, gotErr)
			}
			continue
		}
		if got != nil {
			t.Errorf("LEAK: %s resolved hidden %s %s", v.name, e.typename, id)
		}
		if _, has := errs[i]; !has {
			t.Errorf("%s: hidden %s %s answers null without NOT_FOUND", v.name, e.typename, id)
		} else if nodeError(gotErr, id) != want {
			t.Errorf("LEAK: hidden %s %s answers %s, a missing one %s", e.typename, id, nodeError(gotErr, id), want)
		}
	}
}

func checkNode(t *testing.T, m *matrix, v *matrixViewer, e matrixEntity) {
	// Aliased node(id:) fields, one per row, so each answers on its own; in batches that stay
	// within the server's alias limit, each ending with an ID that exists nowhere.
	rows := e.rows(m.w)
	for len(rows) > 0 {
		n := min(len(rows), 20)
		checkNodeBatch(t, m, v, e, append(slices.Clone(rows[:n]), ids.New(e.prefix)))
		rows = rows[n:]
	}

	// A single hidden row and a single missing row, asked alone, answer alike too.
	for _, id := range e.rows(m.w) {
		if v.scope.vis[e.typename][id] {
			continue
		}
		const single = `query($id: ID!) { node(id: $id) { id } }`
		hidden := m.query(t, v, single, map[string]any{"id": id})
		random := ids.New(e.prefix)
		missing := m.query(t, v, single, map[string]any{"id": random})
		if len(hidden.Errors) != 1 || len(missing.Errors) != 1 || nodeError(hidden.Errors[0], id) != nodeError(missing.Errors[0], random) ||
			string(hidden.Data) != string(missing.Data) {
			t.Errorf("LEAK: hidden %s answers %s, a missing one %s", e.typename, hidden.Raw, missing.Raw)
		}
		break
	}
}

func checkNodeBatch(t *testing.T, m *matrix, v *matrixViewer, e matrixEntity, asked []string) {
	t.Helper()
	var q strings.Builder
	q.WriteString("{")
	for i, id := range asked {
		fmt.Fprintf(&q, " n%d: node(id: %q) { __typename id }", i, id)
	}
	q.WriteString(" }")
	res := m.query(t, v, q.String(), nil)
	if v.anonymous() {
		expectUnauthenticated(t, res)
		if len(res.Errors) != len(asked) {
			t.Errorf("anonymous: %d errors for %d node(id:) fields", len(res.Errors), len(asked))
		}
		return
	}
	var data map[string]*nodeAnswer
	if err := json.Unmarshal(res.Data, &data); err != nil {
		t.Fatalf("decoding %s: %v", res.Raw, err)
	}
	answers := make([]*nodeAnswer, len(asked))
	errs := map[int]apitest.Error{}
	for i := range asked {
		answers[i] = data[fmt.Sprintf("n%d", i)]
	}
	for _, gqlErr := range res.Errors {
		var i int
		if len(gqlErr.Path) != 1 {
			t.Fatalf("error without an alias path: %+v", gqlErr)
		}
		if _, err := fmt.Sscanf(fmt.Sprint(gqlErr.Path[0]), "n%d", &i); err != nil {
			t.Fatalf("error path %v: %v", gqlErr.Path, err)
		}
		errs[i] = gqlErr
	}
	checkNodeAnswers(t, v, e, asked, answers, errs)
}

func checkNodes(t *testing.T, m *matrix, v *matrixViewer, e matrixEntity) {
	asked := append(e.rows(m.w), ids.New(e.prefix))
	const q = `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`
	res := m.query(t, v, q, map[string]any{"ids": asked})
	if v.anonymous() {
		expectUnauthenticated(t, res)
		return
	}
	var data struct{ Nodes []*nodeAnswer }
	if err := json.Unmarshal(res.Data, &data); err != nil || len(data.Nodes) != len(asked) {
		t.Fatalf("nodes answered %d of %d: %s", len(data.Nodes), len(asked), res.Raw)
	}
	errs := map[int]apitest.Error{}
	for _, gqlErr := range res.Errors {
		if len(gqlErr.Path) != 2 || gqlErr.Path[0] != "nodes" {
			t.Fatalf("error outside nodes[i]: %+v", gqlErr)
		}
		i, ok := gqlErr.Path[1].(float64)
		if !ok {
			t.Fatalf("error path %v", gqlErr.Path)
		}
		errs[int(i)] = gqlErr
	}
	checkNodeAnswers(t, v, e, asked, data.Nodes, errs)
}

func runProbes(t *testing.T, m *matrix, v *matrixViewer, e matrixEntity, probes []probe) {
	if len(probes) == 0 {
		t.Fatalf("%s has no probes for this path; add at least one", e.typename)
	}
	for _, p := range probes {
		res := m.query(t, v, p.query, nil)
		if v.anonymous() {
			expectUnauthenticated(t, res)
			continue
		}
		expectNoErrors(t, res, p.query)
		expectRows(t, v, p.name, collectIDs(t, res.Data, e.prefix), p.expect(v.scope))
	}
}

func checkNested(t *testing.T, m *matrix, v *matrixViewer, e matrixEntity) {
	runProbes(t, m, v, e, e.nested)
}

func checkFiltered(t *testing.T, m *matrix, v *matrixViewer, e matrixEntity) {
	runProbes(t, m, v, e, e.filtered)
}

func TestPrivacyMatrix(t *testing.T) {
	m := newMatrix(t)
	viewers := make([]*matrixViewer, len(matrixViewers))
	for i, mv := range matrixViewers {
		viewers[i] = m.signIn(t, mv.name, mv.email)
	}
	// The expectations must tell viewers apart, or the matrix proves little.
	acme, globex := viewers[3].scope, viewers[5].scope
	if len(acme.vis["User"]) != 2 || len(viewers[2].scope.vis["User"]) != 4 || len(acme.vis["Partner"]) != 1 ||
		reflect.DeepEqual(acme.vis["Partner"], globex.vis["Partner"]) {
		t.Fatalf("unexpected demo data: Acme sales sees %v, Acme admin %v", acme.vis, viewers[2].scope.vis)
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
	probes := 0
	for _, e := range matrixEntities {
		probes += len(e.nested) + len(e.filtered)
	}
	t.Logf("privacy matrix: %d viewers × %d entities × %d paths = %d cells (%d edge and filter probes, %d GraphQL requests)",
		len(viewers), len(matrixEntities), len(matrixPaths), cells, probes, m.requests)
}

// TestAcmeSalesSeesNothingOfGlobex tries the crooked paths a curious partner would: deep edges
// back out through the shared account manager, filters naming the competitor, and the session
// payloads. Every response is checked by matrix.query for Globex's name and IDs.
func TestAcmeSalesSeesNothingOfGlobex(t *testing.T) {
	m := newMatrix(t)
	v := m.signIn(t, "PARTNER_SALES of Acme", "sales@acme-reseller.test")
	var globexPartner string
	for _, p := range m.w.partners {
		if strings.Contains(p.Name, "Globex") {
			globexPartner = p.ID
		}
	}
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
		{query: `query($id: ID!) { partners(where: {id: $id}) { totalCount } users(where: {hasPartnerWith: {id: $id}}) { totalCount } }`, vars: map[string]any{"id": globexPartner}},
		{query: `query($id: ID!) { node(id: $id) { id ... on Partner { name } } }`, vars: map[string]any{"id": globexPartner}, want: "NOT_FOUND"},
		{query: `{ partners(orderBy: {field: NAME, direction: DESC}, last: 100) { totalCount edges { cursor node { name } } } }`},
	}
	for _, q := range queries {
		res := m.query(t, v, q.query, q.vars)
		for _, e := range res.Errors {
			if q.want == "" || e.Code() != q.want {
				t.Errorf("%s: error %s (%s)", q.query, e.Code(), e.Message)
			}
		}
		if q.want != "" && len(res.Errors) == 0 {
			t.Errorf("%s: no %s error: %s", q.query, q.want, res.Raw)
		}
	}

	// The session payloads resolve their viewer under the same rules.
	const login = `mutation($email: String!, $password: String!) { login(input: {email: $email, password: $password}) {
	  refreshToken viewer { partner { manager { managedPartners { name } } users { edges { node { email } } } } } } }`
	res := m.query(t, &matrixViewer{name: v.name}, login, map[string]any{"email": "sales@acme-reseller.test", "password": m.s.Config.DemoPassword})
	expectNoErrors(t, res, login)
	var out struct{ Login struct{ RefreshToken string } }
	res.Decode(t, &out)
	const refresh = `mutation($token: String!) { refreshSession(input: {refreshToken: $token}) {
	  viewer { partner { manager { managedPartners { name } } users { edges { node { email } } } } } } }`
	expectNoErrors(t, m.query(t, &matrixViewer{name: v.name}, refresh, map[string]any{"token": out.Login.RefreshToken}), refresh)
	t.Logf("%d requests as Acme's sales rep, none mentioned Globex", m.requests)
}

// safeEdgeFilters are the where filters over an edge the API exposes. ent runs a HasXWith predicate
// as a plain subquery, without the target entity's privacy rules (ent issue 2957), so such a filter
// is an oracle on rows the viewer may not see unless every row it reaches from a visible row is
// itself visible. Each entry says why that holds; the matrix probes each one. Exposing a new edge
// filter means arguing it here and adding a probe, or skipping it (entgql.SkipWhereInput).
var safeEdgeFilters = map[string]string{
	"PartnerWhereInput.hasTierWith":      "tiers are visible to every signed-in viewer",
	"PartnerWhereInput.hasManagerWith":   "a partner viewer sees only their own partner, and its manager",
	"UserWhereInput.hasPartnerWith":      "a partner viewer sees only users of their own partner and vendor users, who have none",
	"DealWhereInput.hasPartnerWith":      "a partner viewer sees only its own deals, whose partner is its own",
	"DealWhereInput.hasRegisteredByWith": "a partner admin sees its organisation's deals, registered by its own users; partner sales only its own",
}

func TestEdgeFiltersAreSafe(t *testing.T) {
	doc, err := parser.ParseSchema(&ast.Source{Name: "schema.graphql", Input: graph.SDL()})
	if err != nil {
		t.Fatalf("parsing the SDL: %v", err)
	}
	probed := ""
	for _, e := range matrixEntities {
		for _, p := range append(slices.Clone(e.nested), e.filtered...) {
			probed += p.query + p.count
		}
	}
	found := 0
	for _, def := range append(doc.Definitions, doc.Extensions...) {
		if def.Kind != ast.InputObject || !strings.HasSuffix(def.Name, "WhereInput") {
			continue
		}
		for _, f := range def.Fields {
			if !strings.HasPrefix(f.Name, "has") || !strings.HasSuffix(f.Name, "With") {
				continue
			}
			found++
			key := def.Name + "." + f.Name
			if _, ok := safeEdgeFilters[key]; !ok {
				t.Errorf("%s filters over an edge without privacy (ent issue 2957); argue it in safeEdgeFilters and probe it in the matrix, or skip it", key)
			}
			if !strings.Contains(probed, f.Name+":") {
				t.Errorf("%s has no probe in the privacy matrix", key)
			}
		}
	}
	if found == 0 {
		t.Fatal("no edge filters found in the SDL; the test no longer looks at the right place")
	}
}
