// Package rule holds the privacy rules ent policies are built from: the second and decisive layer
// of authorization (docs/roles-and-permissions.md).
// Each rule decides for one kind of viewer and otherwise skips; every policy lists them top to
// bottom and ends in privacy.AlwaysDenyRule(), so a forgotten case denies instead of allowing.
package rule

import (
	"context"
	"errors"

	entgo "entgo.io/ent"

	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/entql"

	"github.com/partnerhub/partnerhub/ent/privacy"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// ErrNoViewer is what an anonymous request gets from any data it may not read.
var ErrNoViewer = apperr.New(apperr.Unauthenticated, "sign in to do this")

// DenyIfNoViewer stops anonymous requests before anything else is considered.
func DenyIfNoViewer() privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if viewer.FromContext(ctx) == nil {
			return ErrNoViewer
		}
		return privacy.Skip
	})
}

// AllowIfSystem lets background jobs and seeding through.
func AllowIfSystem() privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if viewer.FromContext(ctx).IsSystem() {
			return privacy.Allow
		}
		return privacy.Skip
	})
}

// AllowIfAdmin lets ADMIN users read and write everything.
func AllowIfAdmin() privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if v := viewer.FromContext(ctx); v != nil && v.Role == viewer.Admin {
			return privacy.Allow
		}
		return privacy.Skip
	})
}

// AllowIfVendor lets the vendor's channel team (ADMIN, CHANNEL_MANAGER) read every partner's data.
func AllowIfVendor() privacy.QueryRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if viewer.FromContext(ctx).IsVendor() {
			return privacy.Allow
		}
		return privacy.Skip
	})
}

// AllowIfSignedIn lets any signed-in viewer read (program configuration such as tiers).
func AllowIfSignedIn() privacy.QueryRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if viewer.FromContext(ctx) != nil {
			return privacy.Allow
		}
		return privacy.Skip
	})
}

// ErrReadOnly is what a READ-scoped API key gets for any write.
var ErrReadOnly = apperr.New(apperr.Forbidden, "this API key may only read")

// DenyIfReadOnly refuses every write by a READ-scoped API key.
func DenyIfReadOnly() privacy.MutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if viewer.FromContext(ctx).ReadOnly() {
			return ErrReadOnly
		}
		return privacy.Skip
	})
}

// partnerFilter is a query filter on an entity with a partner_id column.
type partnerFilter interface {
	WherePartnerID(entql.StringP)
}

// FilterTenant narrows a partner viewer's queries to its own organisation's rows, the tenant filter
// that keeps competing partners apart on every query path (lists, node, edges, counts). It decides
// nothing: the entity's own rules after it may narrow further and must allow.
func FilterTenant() privacy.QueryRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		v := viewer.FromContext(ctx)
		if !v.IsPartner() {
			return privacy.Skip
		}
		pf, ok := f.(partnerFilter)
		if !ok {
			return privacy.Denyf("%T has no partner column", f)
		}
		pf.WherePartnerID(entql.StringEQ(v.PartnerID))
		return privacy.Skip
	})
}

// wherePartner is a mutation whose rows can be narrowed by a predicate.
type wherePartner interface {
	WhereP(...func(*sql.Selector))
}

// KeepInsideTenant refuses a partner viewer's write that leaves its own organisation: a created row
// must name it, a changed row must belong to it (another organisation's row is not found, as on
// reads), and a bulk change only reaches its rows. The entity's own rules decide what may change.
func KeepInsideTenant() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m entgo.Mutation) error {
		v := viewer.FromContext(ctx)
		if !v.IsPartner() {
			return privacy.Skip
		}
		if m.Op().Is(entgo.OpUpdate | entgo.OpDelete) {
			wp, ok := m.(wherePartner)
			if !ok {
				return privacy.Denyf("%T cannot be narrowed to a partner", m)
			}
			wp.WhereP(sql.FieldEQ("partner_id", v.PartnerID))
			return privacy.Skip
		}
		if err := checkOwnRow(ctx, v, m); !errors.Is(err, privacy.Allow) {
			return err
		}
		return privacy.Skip
	})
}

// DenyUnlessCreate keeps append-only records as they were written.
func DenyUnlessCreate() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m entgo.Mutation) error {
		if !m.Op().Is(entgo.OpCreate) {
			return privacy.Denyf("%s is append-only", m.Type())
		}
		return privacy.Skip
	})
}

// AllowIfPartner lets a partner viewer through rules before it have narrowed it to its own rows.
func AllowIfPartner() privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if viewer.FromContext(ctx).IsPartner() {
			return privacy.Allow
		}
		return privacy.Skip
	})
}

// Forbidden is a rule's answer to a viewer who may see a row but not change it.
func Forbidden(format string, args ...any) error {
	return apperr.New(apperr.Forbidden, format, args...)
}

// FilterPartnerAdminOwn shows a PARTNER_ADMIN the rows of their own organisation and other partner
// roles none: for records (such as the audit log) that partner sales do not read. Filtering to
// nothing rather than denying keeps node(id:) answering NOT_FOUND, like a missing row.
func FilterPartnerAdminOwn() privacy.QueryRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		v := viewer.FromContext(ctx)
		if !v.IsPartner() {
			return privacy.Skip
		}
		if v.Role != viewer.PartnerAdmin {
			return filterNone(f)
		}
		pf, ok := f.(partnerFilter)
		if !ok {
			return privacy.Denyf("%T has no partner column", f)
		}
		pf.WherePartnerID(entql.StringEQ(v.PartnerID))
		return privacy.Allow
	})
}

// idFilter is a query filter on any entity (every ID is a non-empty string).
type idFilter interface {
	WhereID(entql.StringP)
}

// FilterNone lets a signed-in viewer whom no earlier rule admitted query, and find nothing: the
// rows exist for others, and to this viewer they answer like rows that do not exist.
func FilterNone() privacy.QueryRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		if viewer.FromContext(ctx) == nil {
			return privacy.Skip
		}
		return filterNone(f)
	})
}

func filterNone(f privacy.Filter) error {
	idf, ok := f.(idFilter)
	if !ok {
		return privacy.Denyf("%T has no id column", f)
	}
	idf.WhereID(entql.StringEQ(""))
	return privacy.Allow
}

// ErrAPIKeyNotAllowed is what an API key gets for what only a person may do.
var ErrAPIKeyNotAllowed = apperr.New(apperr.Forbidden, "an API key may not do this; sign in as a person")

// DenyIfAPIKey refuses writes made through an API key, for records (API keys themselves) that a
// script must not manage: a leaked key could otherwise mint successors that outlive its revocation.
func DenyIfAPIKey() privacy.MutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if v := viewer.FromContext(ctx); v != nil && v.APIKeyID != "" {
			return ErrAPIKeyNotAllowed
		}
		return privacy.Skip
	})
}

// partnerOwned is a mutation of an entity with a partner_id column.
type partnerOwned interface {
	entgo.Mutation
	PartnerID() (string, bool)
	OldPartnerID(context.Context) (string, error)
}

// AllowPartnerAdminOwnRows lets a PARTNER_ADMIN create rows for their own organisation and change
// rows that already belong to it (a bulk update reaches only those). Deletes are left to the deny
// at the end.
func AllowPartnerAdminOwnRows() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m entgo.Mutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || v.Role != viewer.PartnerAdmin || !v.IsPartner() {
			return privacy.Skip
		}
		return checkOwnRow(ctx, v, m)
	})
}

// checkOwnRow allows m when it stays inside v's organisation, and otherwise denies.
func checkOwnRow(ctx context.Context, v *viewer.Viewer, m entgo.Mutation) error {
	pm, ok := m.(partnerOwned)
	if !ok {
		return privacy.Denyf("%T has no partner column", m)
	}
	if p, set := pm.PartnerID(); set && p != v.PartnerID {
		return Forbidden("you may only act for your own organisation")
	}
	switch {
	case m.Op().Is(entgo.OpCreate):
		if _, set := pm.PartnerID(); !set {
			return Forbidden("you may only act for your own organisation")
		}
	case m.Op().Is(entgo.OpUpdate):
		wp, ok := m.(wherePartner)
		if !ok {
			return privacy.Denyf("%T cannot be narrowed to a partner", m)
		}
		wp.WhereP(sql.FieldEQ("partner_id", v.PartnerID))
	case m.Op().Is(entgo.OpUpdateOne):
		// The old row is read under the viewer's own query policy: another organisation's row
		// is not found, exactly as node(id:) would answer.
		old, err := pm.OldPartnerID(ctx)
		if err != nil {
			return err
		}
		if old != v.PartnerID {
			return Forbidden("you may only act for your own organisation")
		}
	default:
		return privacy.Skip
	}
	return privacy.Allow
}

// DenyCreateByAPIKey refuses to let an API key create people or invitations: a leaked key could
// otherwise mint principals (even an ADMIN) that outlive its revocation. Only a signed-in person
// adds people.
func DenyCreateByAPIKey() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m entgo.Mutation) error {
		if v := viewer.FromContext(ctx); v != nil && v.APIKeyID != "" && m.Op().Is(entgo.OpCreate) {
			return ErrAPIKeyNotAllowed
		}
		return privacy.Skip
	})
}
