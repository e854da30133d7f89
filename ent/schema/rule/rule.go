// Package rule holds the privacy rules ent policies are built from (DESIGN section 1, layer 2).
// Each rule decides for one kind of viewer and otherwise skips; every policy lists them top to
// bottom and ends in privacy.AlwaysDenyRule(), so a forgotten case denies instead of allowing.
package rule

import (
	"context"

	entgo "entgo.io/ent"

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

// FilterOwnPartner restricts partner viewers to rows of their own organisation: the tenant filter
// that keeps competing partners apart on every query path (lists, node, edges, counts).
func FilterOwnPartner() privacy.QueryRule {
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
		return privacy.Allow
	})
}

// SystemContext returns ctx acting as the system viewer, for checks a rule must make on rows the
// viewer itself may not read.
func SystemContext(ctx context.Context) context.Context {
	return viewer.NewContext(ctx, viewer.System())
}

// Forbidden is a rule's answer to a viewer who may see a row but not change it.
func Forbidden(format string, args ...any) error {
	return apperr.New(apperr.Forbidden, format, args...)
}

// FilterPartnerAdminOwn shows a PARTNER_ADMIN the rows of their own organisation and other partner
// roles nothing: for records (such as the audit log) that partner sales do not read.
func FilterPartnerAdminOwn() privacy.QueryRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		v := viewer.FromContext(ctx)
		if !v.IsPartner() {
			return privacy.Skip
		}
		if v.Role != viewer.PartnerAdmin {
			return privacy.Denyf("role %s may not read %T", v.Role, f)
		}
		pf, ok := f.(partnerFilter)
		if !ok {
			return privacy.Denyf("%T has no partner column", f)
		}
		pf.WherePartnerID(entql.StringEQ(v.PartnerID))
		return privacy.Allow
	})
}

// AllowCreateIfSystem lets only the system append rows, for append-only records.
func AllowCreateIfSystem() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m entgo.Mutation) error {
		if viewer.FromContext(ctx).IsSystem() && m.Op().Is(entgo.OpCreate) {
			return privacy.Allow
		}
		return privacy.Skip
	})
}
