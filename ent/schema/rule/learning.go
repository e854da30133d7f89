package rule

import (
	"context"

	entgo "entgo.io/ent"
	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/entql"

	"github.com/partnerhub/partnerhub/ent/privacy"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// FilterLearnerRows shows a partner admin its team's training records (the tenant rule has
// narrowed them to its organisation) and a partner sales user only its own.
func FilterLearnerRows() privacy.QueryRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		v := viewer.FromContext(ctx)
		if !v.IsPartner() {
			return privacy.Skip
		}
		if v.Role != viewer.PartnerAdmin {
			uf, ok := f.(userFilter)
			if !ok {
				return privacy.Denyf("%T has no user column", f)
			}
			uf.WhereUserID(entql.StringEQ(v.UserID))
		}
		return privacy.Allow
	})
}

// awardRenewal is all that renewing an award writes.
var awardRenewal = fieldSet("status", "updated_at")

// AllowRenewOwnAward lets a person's new award mark the one it replaces RENEWED; the update is
// narrowed to their own awards and may set nothing else.
func AllowRenewOwnAward() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m entgo.Mutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || v.UserID == "" || !m.Op().Is(entgo.OpUpdate) {
			return privacy.Skip
		}
		if f := outside(m, awardRenewal); f != "" {
			return Forbidden("renewing may not change %s", f)
		}
		if s, ok := m.Field("status"); !ok || s.(interface{ String() string }).String() != "RENEWED" {
			return Forbidden("a certification is only marked renewed by its holder's new award")
		}
		wp, ok := m.(wherePartner)
		if !ok {
			return privacy.Denyf("%T cannot be narrowed", m)
		}
		wp.WhereP(sql.FieldEQ("user_id", v.UserID))
		return privacy.Allow
	})
}
