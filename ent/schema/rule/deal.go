package rule

import (
	"context"

	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/entql"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/account"
	"github.com/partnerhub/partnerhub/ent/deal"
	"github.com/partnerhub/partnerhub/ent/predicate"
	"github.com/partnerhub/partnerhub/ent/privacy"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// FilterOwnRegistrations narrows a partner sales rep to the registrations they made; a partner
// admin sees the organisation's (the tenant filter before it has narrowed both to their partner).
func FilterOwnRegistrations() privacy.QueryRule {
	return privacy.DealQueryRuleFunc(func(ctx context.Context, q *ent.DealQuery) error {
		v := viewer.FromContext(ctx)
		if !v.IsPartner() {
			return privacy.Skip
		}
		if v.Role != viewer.PartnerAdmin {
			q.Where(deal.RegisteredByID(v.UserID))
		}
		return privacy.Allow
	})
}

// dealRowFilter is a query filter on rows that hang off a deal (its events, conflicts, extensions).
type dealRowFilter interface {
	WherePartnerID(entql.StringP)
	WhereHasDealWith(...predicate.Deal)
}

// FilterRowsOfOwnDeals shows a partner the rows of the registrations it may see: a conflict flagged
// on its own deal, never one flagged on a competitor's deal against it.
func FilterRowsOfOwnDeals() privacy.QueryRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		v := viewer.FromContext(ctx)
		if !v.IsPartner() {
			return privacy.Skip
		}
		df, ok := f.(dealRowFilter)
		if !ok {
			return privacy.Denyf("%T does not hang off a deal", f)
		}
		df.WherePartnerID(entql.StringEQ(v.PartnerID))
		if v.Role != viewer.PartnerAdmin {
			df.WhereHasDealWith(deal.RegisteredByID(v.UserID))
		}
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
