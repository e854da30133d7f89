package graph_test

import (
	"encoding/json"
	"fmt"
	"maps"
	"testing"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/ids"
)

// probe is one query that reaches an entity through an edge or an edge filter.
type probe struct {
	name string
	// query declaring $after walks its root connection page by page (see paged).
	query string
	// count asks the same path for totalCount only (a different SQL path: counts, no rows).
	count string
	// vars gives the query its variables, e.g. the IDs of a nodes(ids:) probe.
	vars func(w *world) map[string]any
	// notFound: the query asks for every row by ID, so hidden rows answer NOT_FOUND.
	notFound bool
	// expect is what the probe must return: the visible rows the path leads to.
	expect func(s scope) idSet
}

// aggregate is a figure computed over an entity's rows (aggregates are scoped like lists).
type aggregate struct {
	name  string
	query string // variables $from and $to
	// got reduces the answer to counts by key; want computes them from what the viewer may see.
	got  func(t *testing.T, data json.RawMessage) map[string]int
	want func(s scope) map[string]int
}

// matrixEntity is one entity of the matrix.
type matrixEntity struct {
	typename string
	// list is the root connection field; "" for entities reached only through edges and node(s),
	// which the matrix then asserts the schema does not list at the root.
	list   string
	prefix string // ID prefix
	rows   func(w *world) []string
	// visible is docs/roles-and-permissions.md for this entity. Entities that depend on another's visibility
	// come after it.
	visible func(s scope) idSet
	// listed, when set, is what the root list shows where it differs from what node(s) reaches
	// (the partner content list keeps one item per group of translations).
	listed     func(s scope) idSet
	nested     []probe     // nested edges leading to the entity
	filtered   []probe     // where filters over an edge
	aggregates []aggregate // figures over the entity's rows, checked with totalCount
}

func idsOf[T any](xs []T, id func(T) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = id(x)
	}
	return out
}

// paged is a query that walks the root connection list page by page, selecting sel on each node;
// args are extra arguments of list (", where: {…}"). n bounds the page by the complexity limit.
func paged(list string, n int, args, sel string) string {
	return fmt.Sprintf(`query($after: Cursor) { %s(first: %d, after: $after%s) { pageInfo { hasNextPage endCursor } edges { node { %s } } } }`,
		list, n, args, sel)
}

// allIDs gives a nodes(ids:) probe every row of an entity, visible or not.
func allIDs[T any](rows func(w *world) []T, id func(T) string) func(w *world) map[string]any {
	return func(w *world) map[string]any { return map[string]any{"ids": idsOf(rows(w), id)} }
}

func dealID(d *ent.Deal) string { return d.ID }

const (
	wherePartnerAcme   = `, where: {hasPartnerWith: {nameContains: "Acme"}}`
	wherePartnerGlobex = `, where: {hasPartnerWith: {nameContains: "Globex"}}`
)

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
			{name: "deals→partner", query: paged("deals", 100, "", "partner { id }"),
				expect: func(s scope) idSet {
					return s.visiblePartners(func(p *ent.Partner) bool {
						return len(s.dealsWith(func(q *ent.Partner) bool { return q.ID == p.ID }, nil)) > 0
					})
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
			{name: "deals(hasRegisteredByWith admin@globex)→partner",
				query: paged("deals", 100, `, where: {hasRegisteredByWith: {email: "admin@globex-msp.test"}}`, "partner { id }"),
				expect: func(s scope) idSet {
					return s.visiblePartners(func(p *ent.Partner) bool {
						return len(s.dealsWith(func(q *ent.Partner) bool { return q.ID == p.ID }, func(u *ent.User) bool { return u.Email == globexAdmin })) > 0
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
			{name: "deals→registeredBy", query: paged("deals", 100, "", "registeredBy { id }"),
				expect: func(s scope) idSet {
					return s.users(idsOf(s.w.deals, func(d *ent.Deal) string { return when(s.vis["Deal"][d.ID], d.RegisteredByID) })...)
				}},
			// Optional edges to a user the viewer may not see answer null.
			{name: "deals→reviewer, directRep", query: paged("deals", 100, "", "reviewer { id } directRep { id }"),
				expect: func(s scope) idSet {
					out := idSet{}
					for id := range s.vis["Deal"] {
						maps.Copy(out, s.users(s.w.deal[id].ReviewerID, s.w.deal[id].DirectRepID))
					}
					return out
				}},
			{name: "deals→events→actor", query: paged("deals", 50, "", "events { actor { id } }"),
				expect: func(s scope) idSet {
					return s.users(idsOf(s.w.events, func(e *ent.DealEvent) string { return when(s.vis["Deal"][e.DealID], e.ActorID) })...)
				}},
			{name: "deals→extensions→requestedBy, decidedBy", query: paged("deals", 50, "", "extensions { requestedBy { id } decidedBy { id } }"),
				expect: func(s scope) idSet {
					out := idSet{}
					for _, x := range s.w.extensions {
						if s.vis["Deal"][x.DealID] {
							maps.Copy(out, s.users(x.RequestedByID, x.DecidedByID))
						}
					}
					return out
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
			{name: "deals(hasPartnerWith acme-reseller)→registeredBy",
				query: paged("deals", 100, `, where: {hasPartnerWith: {slug: "acme-reseller"}}`, "registeredBy { id }"),
				expect: func(s scope) idSet {
					return s.users(idsOf(s.w.deals, func(d *ent.Deal) string {
						return when(s.vis["Deal"][d.ID] && s.w.partner[d.PartnerID].Slug == "acme-reseller", d.RegisteredByID)
					})...)
				}},
		},
	},
	{
		typename: "Deal", list: "deals", prefix: ids.Deal,
		rows: func(w *world) []string { return idsOf(w.deals, dealID) },
		// Vendors see every registration; a partner admin its organisation's, a partner sales rep
		// only the ones they registered.
		visible: func(s scope) idSet {
			return setOf(idsOf(s.w.deals, func(d *ent.Deal) string {
				mine := d.PartnerID == s.me.PartnerID && (s.me.Role == user.RolePARTNER_ADMIN || d.RegisteredByID == s.me.ID)
				return when(s.vendor() || mine, d.ID)
			})...)
		},
		nested: []probe{
			// Every visible deal's account is visible, and an account lists only the visible deals
			// on it, even when competitors registered the same customer.
			{name: "accounts→deals", query: paged("accounts", 100, "", "deals(first: 10) { totalCount edges { node { id } } }"),
				count:  paged("accounts", 100, "", "deals { totalCount }"),
				expect: func(s scope) idSet { return s.vis["Deal"] }},
			{name: "nodes(events)→deal", query: `query($ids: [ID!]!) { nodes(ids: $ids) { ... on DealEvent { deal { id } } } }`,
				vars: allIDs(func(w *world) []*ent.DealEvent { return w.events }, func(x *ent.DealEvent) string { return x.ID }), notFound: true,
				expect: func(s scope) idSet {
					return setOf(idsOf(s.w.events, func(x *ent.DealEvent) string { return when(s.vis["DealEvent"][x.ID], x.DealID) })...)
				}},
			{name: "nodes(conflicts)→deal", query: `query($ids: [ID!]!) { nodes(ids: $ids) { ... on DealConflict { deal { id } } } }`,
				vars: allIDs(func(w *world) []*ent.DealConflict { return w.conflicts }, func(x *ent.DealConflict) string { return x.ID }), notFound: true,
				expect: func(s scope) idSet {
					return setOf(idsOf(s.w.conflicts, func(x *ent.DealConflict) string { return when(s.vis["DealConflict"][x.ID], x.DealID) })...)
				}},
			{name: "nodes(extensions)→deal", query: `query($ids: [ID!]!) { nodes(ids: $ids) { ... on DealExtension { deal { id } } } }`,
				vars: allIDs(func(w *world) []*ent.DealExtension { return w.extensions }, func(x *ent.DealExtension) string { return x.ID }), notFound: true,
				expect: func(s scope) idSet {
					return setOf(idsOf(s.w.extensions, func(x *ent.DealExtension) string { return when(s.vis["DealExtension"][x.ID], x.DealID) })...)
				}},
		},
		filtered: []probe{
			{name: "deals(hasPartnerWith Acme)", query: paged("deals", 100, wherePartnerAcme, "id"),
				count:  `{ deals(where: {hasPartnerWith: {nameContains: "Acme"}}) { totalCount } }`,
				expect: func(s scope) idSet { return s.dealsWith(named("Acme"), nil) }},
			{name: "deals(hasPartnerWith Globex)", query: paged("deals", 100, wherePartnerGlobex, "id"),
				count:  `{ deals(where: {hasPartnerWith: {nameContains: "Globex"}}) { totalCount } }`,
				expect: func(s scope) idSet { return s.dealsWith(named("Globex"), nil) }},
			{name: "deals(not hasPartnerWith Acme)", query: paged("deals", 100, `, where: {not: {hasPartnerWith: {nameContains: "Acme"}}}`, "id"),
				count: `{ deals(where: {not: {hasPartnerWith: {nameContains: "Acme"}}}) { totalCount } }`,
				expect: func(s scope) idSet {
					return s.dealsWith(func(p *ent.Partner) bool { return !named("Acme")(p) }, nil)
				}},
			{name: "deals(hasPartnerWith hasTierWith Silver)", query: paged("deals", 100, `, where: {hasPartnerWith: {hasTierWith: {name: "Silver"}}}`, "id"),
				count: `{ deals(where: {hasPartnerWith: {hasTierWith: {name: "Silver"}}}) { totalCount } }`,
				expect: func(s scope) idSet {
					return s.dealsWith(func(p *ent.Partner) bool { return s.tierName(p) == "Silver" }, nil)
				}},
			{name: "deals(hasRegisteredByWith sales@acme)", query: paged("deals", 100, `, where: {hasRegisteredByWith: {email: "sales@acme-reseller.test"}}`, "id"),
				count:  `{ deals(where: {hasRegisteredByWith: {email: "sales@acme-reseller.test"}}) { totalCount } }`,
				expect: func(s scope) idSet { return s.dealsWith(nil, func(u *ent.User) bool { return u.Email == acmeSales }) }},
			{name: "deals(hasRegisteredByWith PARTNER_ADMIN)", query: paged("deals", 100, `, where: {hasRegisteredByWith: {role: PARTNER_ADMIN}}`, "id"),
				count: `{ deals(where: {hasRegisteredByWith: {role: PARTNER_ADMIN}}) { totalCount } }`,
				expect: func(s scope) idSet {
					return s.dealsWith(nil, func(u *ent.User) bool { return u.Role == user.RolePARTNER_ADMIN })
				}},
			{name: "deals(hasRegisteredByWith hasPartnerWith globex-msp)", query: paged("deals", 100, `, where: {hasRegisteredByWith: {hasPartnerWith: {slug: "globex-msp"}}}`, "id"),
				count: `{ deals(where: {hasRegisteredByWith: {hasPartnerWith: {slug: "globex-msp"}}}) { totalCount } }`,
				expect: func(s scope) idSet {
					return s.dealsWith(nil, func(u *ent.User) bool {
						return s.w.partner[u.PartnerID] != nil && s.w.partner[u.PartnerID].Slug == "globex-msp"
					})
				}},
		},
		aggregates: []aggregate{
			{name: "pipelineSummary(STATUS)", query: `query($from: Time!, $to: Time!) { pipelineSummary(from: $from, to: $to, groupBy: STATUS) { key currency count } }`,
				got: countsByKey,
				want: func(s scope) map[string]int {
					return countDeals(s, func(d *ent.Deal) string { return when(inPeriod(d.CreatedAt), string(d.Status)) })
				}},
			{name: "pipelineSummary(PARTNER)", query: `query($from: Time!, $to: Time!) { pipelineSummary(from: $from, to: $to, groupBy: PARTNER) { key label currency count } }`,
				got: countsByKey,
				want: func(s scope) map[string]int {
					return countDeals(s, func(d *ent.Deal) string { return when(inPeriod(d.CreatedAt), d.PartnerID) })
				}},
			{name: "dealRegistrationTrend", query: `query($from: Time!, $to: Time!) { dealRegistrationTrend(from: $from, to: $to) { registered approved rejected } }`,
				got: sumFields,
				want: func(s scope) map[string]int {
					return countDeals(s, func(d *ent.Deal) string { return when(inPeriod(d.CreatedAt), "registered") },
						func(d *ent.Deal) string {
							return when(inPeriod(d.CreatedAt) && string(d.Status) == "REJECTED", "rejected")
						},
						func(d *ent.Deal) string {
							return when(inPeriod(d.CreatedAt) && string(d.Status) != "REJECTED" && d.DecidedAt != nil, "approved")
						})
				}},
			{name: "dealWinRate", query: `query($from: Time!, $to: Time!) { dealWinRate(from: $from, to: $to) { won lost } }`,
				got: sumFields,
				want: func(s scope) map[string]int {
					return countDeals(s, func(d *ent.Deal) string {
						closed := d.ClosedAt != nil && inPeriod(*d.ClosedAt)
						return when(closed && string(d.Status) == "WON", "won") + when(closed && string(d.Status) == "LOST", "lost")
					})
				}},
		},
	},
	{
		typename: "Account", list: "accounts", prefix: ids.Account,
		rows: func(w *world) []string { return idsOf(w.accounts, func(x *ent.Account) string { return x.ID }) },
		// The vendor's customer base is the vendor's: a partner sees an account only through a
		// deal it may see.
		visible: func(s scope) idSet {
			if s.vendor() {
				return setOf(idsOf(s.w.accounts, func(x *ent.Account) string { return x.ID })...)
			}
			return s.accountsOf(s.vis["Deal"])
		},
		nested: []probe{
			{name: "deals→account", query: paged("deals", 100, "", "account { id }"),
				expect: func(s scope) idSet { return s.accountsOf(s.vis["Deal"]) }},
		},
		filtered: []probe{
			{name: "deals(hasPartnerWith Globex)→account", query: paged("deals", 100, wherePartnerGlobex, "account { id }"),
				expect: func(s scope) idSet { return s.accountsOf(s.dealsWith(named("Globex"), nil)) }},
			{name: "deals(hasRegisteredByWith PARTNER_SALES)→account", query: paged("deals", 100, `, where: {hasRegisteredByWith: {role: PARTNER_SALES}}`, "account { id }"),
				expect: func(s scope) idSet {
					return s.accountsOf(s.dealsWith(nil, func(u *ent.User) bool { return u.Role == user.RolePARTNER_SALES }))
				}},
		},
	},
	{
		typename: "DealEvent", prefix: ids.DealEvent,
		rows: func(w *world) []string { return idsOf(w.events, func(x *ent.DealEvent) string { return x.ID }) },
		// A deal's timeline is seen with the deal.
		visible: func(s scope) idSet { return s.eventsOf(s.vis["Deal"]) },
		nested: []probe{
			{name: "deals→events", query: paged("deals", 100, "", "events { id }"),
				expect: func(s scope) idSet { return s.eventsOf(s.vis["Deal"]) }},
		},
		filtered: []probe{
			{name: "deals(hasPartnerWith Acme)→events", query: paged("deals", 100, wherePartnerAcme, "events { id }"),
				expect: func(s scope) idSet { return s.eventsOf(s.dealsWith(named("Acme"), nil)) }},
			{name: "deals(hasRegisteredByWith hasPartnerWith globex-msp)→events",
				query: paged("deals", 100, `, where: {hasRegisteredByWith: {hasPartnerWith: {slug: "globex-msp"}}}`, "events { id }"),
				expect: func(s scope) idSet {
					return s.eventsOf(s.dealsWith(nil, func(u *ent.User) bool { return u.PartnerID != "" && s.w.partner[u.PartnerID].Slug == "globex-msp" }))
				}},
		},
	},
	{
		typename: "DealConflict", prefix: ids.DealConflict,
		rows: func(w *world) []string { return idsOf(w.conflicts, func(x *ent.DealConflict) string { return x.ID }) },
		// A conflict is seen with the deal it flags, never with the deal it collides with.
		visible: func(s scope) idSet { return s.conflictsOf(s.vis["Deal"]) },
		nested: []probe{
			{name: "deals→conflicts", query: paged("deals", 100, "", "conflicts { id kind }"),
				expect: func(s scope) idSet { return s.conflictsOf(s.vis["Deal"]) }},
		},
		filtered: []probe{
			{name: "deals(hasPartnerWith Acme)→conflicts", query: paged("deals", 100, wherePartnerAcme, "conflicts { id }"),
				expect: func(s scope) idSet { return s.conflictsOf(s.dealsWith(named("Acme"), nil)) }},
			{name: "deals(hasRegisteredByWith sales@globex)→conflicts",
				query: paged("deals", 100, `, where: {hasRegisteredByWith: {email: "sales@globex-msp.test"}}`, "conflicts { id }"),
				expect: func(s scope) idSet {
					return s.conflictsOf(s.dealsWith(nil, func(u *ent.User) bool { return u.Email == globexSales }))
				}},
		},
	},
	{
		typename: "DealExtension", prefix: ids.DealExt,
		rows: func(w *world) []string { return idsOf(w.extensions, func(x *ent.DealExtension) string { return x.ID }) },
		// Extension requests are seen with their deal.
		visible: func(s scope) idSet { return s.extensionsOf(s.vis["Deal"]) },
		nested: []probe{
			{name: "deals→extensions", query: paged("deals", 100, "", "extensions { id status }"),
				expect: func(s scope) idSet { return s.extensionsOf(s.vis["Deal"]) }},
		},
		filtered: []probe{
			{name: "deals(hasPartnerWith Acme)→extensions", query: paged("deals", 100, wherePartnerAcme, "extensions { id }"),
				expect: func(s scope) idSet { return s.extensionsOf(s.dealsWith(named("Acme"), nil)) }},
			{name: "deals(hasRegisteredByWith PARTNER_ADMIN)→extensions",
				query: paged("deals", 100, `, where: {hasRegisteredByWith: {role: PARTNER_ADMIN}}`, "extensions { id }"),
				expect: func(s scope) idSet {
					return s.extensionsOf(s.dealsWith(nil, func(u *ent.User) bool { return u.Role == user.RolePARTNER_ADMIN }))
				}},
		},
	},
}
