package graph_test

import (
	"context"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

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
	tiers      []*ent.Tier
	partners   []*ent.Partner
	users      []*ent.User
	accounts   []*ent.Account
	deals      []*ent.Deal
	events     []*ent.DealEvent
	conflicts  []*ent.DealConflict
	extensions []*ent.DealExtension
	leads      []*ent.Lead
	offers     []*ent.LeadOffer
	contents   []*ent.Content
	files      []*ent.File
	tier       map[string]*ent.Tier
	partner    map[string]*ent.Partner
	user       map[string]*ent.User
	deal       map[string]*ent.Deal
	training
	mdfWorld
}

func loadWorld(t *testing.T, client *ent.Client) *world {
	t.Helper()
	ctx := viewer.NewContext(context.Background(), viewer.System())
	w := &world{tier: map[string]*ent.Tier{}, partner: map[string]*ent.Partner{}, user: map[string]*ent.User{}, deal: map[string]*ent.Deal{}}
	var err error
	load := func(f func() error) {
		if err == nil {
			err = f()
		}
	}
	load(func() (err error) { w.tiers, err = client.Tier.Query().All(ctx); return })
	load(func() (err error) { w.partners, err = client.Partner.Query().All(ctx); return })
	load(func() (err error) { w.users, err = client.User.Query().All(ctx); return })
	load(func() (err error) { w.accounts, err = client.Account.Query().All(ctx); return })
	load(func() (err error) { w.deals, err = client.Deal.Query().All(ctx); return })
	load(func() (err error) { w.events, err = client.DealEvent.Query().All(ctx); return })
	load(func() (err error) { w.conflicts, err = client.DealConflict.Query().All(ctx); return })
	load(func() (err error) { w.extensions, err = client.DealExtension.Query().All(ctx); return })
	load(func() (err error) { w.leads, err = client.Lead.Query().All(ctx); return })
	load(func() (err error) { w.offers, err = client.LeadOffer.Query().All(ctx); return })
	load(func() error { return w.training.load(ctx, client) })
	load(func() (err error) { w.contents, err = client.Content.Query().All(ctx); return })
	load(func() (err error) { w.files, err = client.File.Query().All(ctx); return })
	load(func() error { return w.mdfWorld.load(ctx, client) })
	if err != nil {
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
	for _, x := range w.deals {
		w.deal[x.ID] = x
	}
	return w
}

// scope is one signed-in viewer's view of the world: what the roles table lets them see, per
// GraphQL type.
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

// visibleOf is the rows of xs the viewer may see (vis, from the roles table) and keep selects.
func visibleOf[T any](xs []T, id func(T) string, vis idSet, keep func(T) bool) idSet {
	out := idSet{}
	for _, x := range xs {
		if vis[id(x)] && keep(x) {
			out[id(x)] = true
		}
	}
	return out
}

func (s scope) visiblePartners(keep func(*ent.Partner) bool) idSet {
	return visibleOf(s.w.partners, func(x *ent.Partner) string { return x.ID }, s.vis["Partner"], keep)
}

func (s scope) visibleUsers(keep func(*ent.User) bool) idSet {
	return visibleOf(s.w.users, func(x *ent.User) string { return x.ID }, s.vis["User"], keep)
}

func (s scope) visibleDeals(keep func(*ent.Deal) bool) idSet {
	return visibleOf(s.w.deals, func(x *ent.Deal) string { return x.ID }, s.vis["Deal"], keep)
}

// dealsWith is the visible deals whose partner, registrant or both satisfy the filters (nil: any).
func (s scope) dealsWith(partner func(*ent.Partner) bool, registrant func(*ent.User) bool) idSet {
	return s.visibleDeals(func(d *ent.Deal) bool {
		return (partner == nil || partner(s.w.partner[d.PartnerID])) && (registrant == nil || registrant(s.w.user[d.RegisteredByID]))
	})
}

// accountsOf, eventsOf, conflictsOf and extensionsOf follow deals to the rows they lead to.
func (s scope) accountsOf(deals idSet) idSet {
	out := idSet{}
	for id := range deals {
		out[s.w.deal[id].AccountID] = true
	}
	return out
}

func (s scope) eventsOf(deals idSet) idSet {
	return setOf(idsOf(s.w.events, func(x *ent.DealEvent) string { return when(deals[x.DealID], x.ID) })...)
}

func (s scope) conflictsOf(deals idSet) idSet {
	return setOf(idsOf(s.w.conflicts, func(x *ent.DealConflict) string { return when(deals[x.DealID], x.ID) })...)
}

func (s scope) extensionsOf(deals idSet) idSet {
	return setOf(idsOf(s.w.extensions, func(x *ent.DealExtension) string { return when(deals[x.DealID], x.ID) })...)
}

// users is the visible ones of the user IDs (an optional edge to a hidden user answers null).
func (s scope) users(userIDs ...string) idSet {
	out := idSet{}
	for _, id := range userIDs {
		if s.vis["User"][id] {
			out[id] = true
		}
	}
	return out
}

func when(ok bool, id string) string {
	if ok {
		return id
	}
	return ""
}

func (s scope) tierName(p *ent.Partner) string {
	if t := s.w.tier[p.TierID]; t != nil {
		return t.Name
	}
	return ""
}

func named(name string) func(*ent.Partner) bool {
	return func(p *ent.Partner) bool { return strings.Contains(p.Name, name) }
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

// matrixPeriod is the period the figures are asked for: wider than the demo data's 18 months,
// within the five years a figures query may span.
var matrixPeriod = struct{ from, to time.Time }{time.Now().UTC().AddDate(-4, 0, 0), time.Now().UTC().AddDate(0, 0, 1)}

func inPeriod(at time.Time) bool { return !at.Before(matrixPeriod.from) && at.Before(matrixPeriod.to) }

// countDeals counts the viewer's visible deals by the keys each function gives them ("" counts not).
func countDeals(s scope, keys ...func(*ent.Deal) string) map[string]int {
	out := map[string]int{}
	for id := range s.vis["Deal"] {
		for _, key := range keys {
			if k := key(s.w.deal[id]); k != "" {
				out[k]++
			}
		}
	}
	return out
}
