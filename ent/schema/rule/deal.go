package rule

import (
	"context"

	"entgo.io/ent/dialect/sql"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/account"
	"github.com/partnerhub/partnerhub/ent/deal"
	"github.com/partnerhub/partnerhub/ent/dealconflict"
	"github.com/partnerhub/partnerhub/ent/dealevent"
	"github.com/partnerhub/partnerhub/ent/dealextension"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/predicate"
	"github.com/partnerhub/partnerhub/ent/privacy"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// ownDeals is the tenant filter of deal registrations: a partner admin sees the organisation's, a
// partner sales rep only the ones they registered (DESIGN section 1).
func ownDeals(v *viewer.Viewer) []predicate.Deal {
	ps := []predicate.Deal{deal.PartnerID(v.PartnerID)}
	if v.Role != viewer.PartnerAdmin {
		ps = append(ps, deal.RegisteredByID(v.UserID))
	}
	return ps
}

// FilterOwnDeals restricts partner viewers to their own registrations on every query path.
func FilterOwnDeals() privacy.QueryRule {
	return privacy.DealQueryRuleFunc(func(ctx context.Context, q *ent.DealQuery) error {
		v := viewer.FromContext(ctx)
		if !v.IsPartner() {
			return privacy.Skip
		}
		q.Where(ownDeals(v)...)
		return privacy.Allow
	})
}

// FilterAccountsOfOwnDeals shows a partner only the accounts it registered deals on: the list of
// accounts is the vendor's customer base, which no partner may browse.
func FilterAccountsOfOwnDeals() privacy.QueryRule {
	return privacy.AccountQueryRuleFunc(func(ctx context.Context, q *ent.AccountQuery) error {
		v := viewer.FromContext(ctx)
		if !v.IsPartner() {
			return privacy.Skip
		}
		q.Where(accountOfOwnDeals(v))
		return privacy.Allow
	})
}

// accountOfOwnDeals is accounts.id IN (SELECT account_id FROM deals WHERE <own deals>): an
// uncorrelated subquery the database runs once, where account.HasDealsWith would write a
// correlated EXISTS that SQLite evaluates per account and deal.
func accountOfOwnDeals(v *viewer.Viewer) predicate.Account {
	return predicate.Account(func(s *sql.Selector) {
		d := sql.Table(deal.Table)
		sub := sql.Select(d.C(deal.FieldAccountID)).From(d).Where(sql.EQ(d.C(deal.FieldPartnerID), v.PartnerID))
		if v.Role != viewer.PartnerAdmin {
			sub.Where(sql.EQ(d.C(deal.FieldRegisteredByID), v.UserID))
		}
		s.Where(sql.In(s.C(account.FieldID), sub))
	})
}

// FilterDealEventsOfOwnDeals shows a partner the timeline of the deals it may see.
func FilterDealEventsOfOwnDeals() privacy.QueryRule {
	return privacy.DealEventQueryRuleFunc(func(ctx context.Context, q *ent.DealEventQuery) error {
		v := viewer.FromContext(ctx)
		if !v.IsPartner() {
			return privacy.Skip
		}
		q.Where(dealevent.PartnerID(v.PartnerID))
		if v.Role != viewer.PartnerAdmin {
			q.Where(dealevent.HasDealWith(deal.RegisteredByID(v.UserID)))
		}
		return privacy.Allow
	})
}

// FilterConflictsOfOwnDeals shows a partner the conflicts flagged on its own deals, never the ones
// flagged on a competitor's deal against it.
func FilterConflictsOfOwnDeals() privacy.QueryRule {
	return privacy.DealConflictQueryRuleFunc(func(ctx context.Context, q *ent.DealConflictQuery) error {
		v := viewer.FromContext(ctx)
		if !v.IsPartner() {
			return privacy.Skip
		}
		q.Where(dealconflict.PartnerID(v.PartnerID))
		if v.Role != viewer.PartnerAdmin {
			q.Where(dealconflict.HasDealWith(deal.RegisteredByID(v.UserID)))
		}
		return privacy.Allow
	})
}

// FilterExtensionsOfOwnDeals shows a partner the extension requests of the deals it may see.
func FilterExtensionsOfOwnDeals() privacy.QueryRule {
	return privacy.DealExtensionQueryRuleFunc(func(ctx context.Context, q *ent.DealExtensionQuery) error {
		v := viewer.FromContext(ctx)
		if !v.IsPartner() {
			return privacy.Skip
		}
		q.Where(dealextension.PartnerID(v.PartnerID))
		if v.Role != viewer.PartnerAdmin {
			q.Where(dealextension.HasDealWith(deal.RegisteredByID(v.UserID)))
		}
		return privacy.Allow
	})
}

// AllowDealManager lets a CHANNEL_MANAGER change the registrations of the partners they manage
// (decisions, updates after submission); other partners' deals are filtered out of the update.
func AllowDealManager() privacy.MutationRule {
	return privacy.DealMutationRuleFunc(func(ctx context.Context, m *ent.DealMutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || v.Role != viewer.ChannelManager {
			return privacy.Skip
		}
		if !m.Op().Is(ent.OpUpdate | ent.OpUpdateOne) {
			return Forbidden("a channel manager does not register deals")
		}
		m.Where(deal.HasPartnerWith(partner.ManagerID(v.UserID)))
		return privacy.Allow
	})
}

// AllowDealOwner lets partner users register deals for their own organisation and change their
// own (a partner admin: the organisation's); the lifecycle decides which changes are allowed when.
func AllowDealOwner() privacy.MutationRule {
	return privacy.DealMutationRuleFunc(func(ctx context.Context, m *ent.DealMutation) error {
		v := viewer.FromContext(ctx)
		if !v.IsPartner() {
			return privacy.Skip
		}
		switch {
		case m.Op().Is(ent.OpCreate):
			pid, _ := m.PartnerID()
			uid, _ := m.RegisteredByID()
			if pid != v.PartnerID || uid != v.UserID {
				return Forbidden("deals are registered for your own organisation, by you")
			}
			return privacy.Allow
		case m.Op().Is(ent.OpUpdate | ent.OpUpdateOne):
			m.Where(ownDeals(v)...)
			return privacy.Allow
		}
		return Forbidden("deal registrations are never deleted")
	})
}

// HideAccountOwnerFromPartners blanks who owns a direct account when a partner reads it (the
// vendor's account assignments are confidential even on accounts the partner may see), and shows
// the account by its domain rather than the name another partner may have typed.
func HideAccountOwnerFromPartners() ent.Interceptor {
	return afterQuery(func(ctx context.Context, v *viewer.Viewer, value ent.Value) {
		if rows, ok := value.([]*ent.Account); ok {
			for _, a := range rows {
				a.DirectOwnerID = ""
				// The name is free text the first registrant typed, perhaps about its own pipeline;
				// a partner sees the customer by its normalized domain, which it entered itself.
				a.Name = a.Domain
			}
		}
	})
}

// HideConflictCounterpartFromPartners blanks, for partner viewers, everything in a conflict that
// points at the other side: its deal, its partner, the matched account and the vendor's detail.
// The partner keeps the kind, score and reason, which name nobody.
func HideConflictCounterpartFromPartners() ent.Interceptor {
	return afterQuery(func(ctx context.Context, v *viewer.Viewer, value ent.Value) {
		if rows, ok := value.([]*ent.DealConflict); ok {
			for _, c := range rows {
				c.Detail, c.ConflictingDealID, c.ConflictingPartnerID, c.MatchedAccountID = nil, "", "", ""
			}
		}
	})
}

// afterQuery runs scrub over the rows a partner viewer's query returns.
func afterQuery(scrub func(context.Context, *viewer.Viewer, ent.Value)) ent.Interceptor {
	return ent.InterceptFunc(func(next ent.Querier) ent.Querier {
		return ent.QuerierFunc(func(ctx context.Context, q ent.Query) (ent.Value, error) {
			value, err := next.Query(ctx, q)
			if v := viewer.FromContext(ctx); err == nil && v.IsPartner() {
				scrub(ctx, v, value)
			}
			return value, err
		})
	})
}
