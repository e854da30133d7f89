package rule

import (
	"context"

	entgo "entgo.io/ent"
	"entgo.io/ent/dialect/sql"

	"github.com/partnerhub/partnerhub/ent/privacy"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// AllowPartnerAdminDeleteOwn lets a PARTNER_ADMIN delete rows of their own organisation (a webhook
// subscription and its delivery log); the delete reaches only those rows, so another
// organisation's row is not found.
func AllowPartnerAdminDeleteOwn() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m entgo.Mutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || v.Role != viewer.PartnerAdmin || !v.IsPartner() || !m.Op().Is(entgo.OpDelete|entgo.OpDeleteOne) {
			return privacy.Skip
		}
		wp, ok := m.(wherePartner)
		if !ok {
			return privacy.Denyf("%T cannot be narrowed to a partner", m)
		}
		wp.WhereP(sql.FieldEQ("partner_id", v.PartnerID))
		return privacy.Allow
	})
}
