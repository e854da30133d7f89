package rule

import (
	"context"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/privacy"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// FilterUsersForPartner shows partner viewers the people they work with: a PARTNER_ADMIN their whole
// organisation, a PARTNER_SALES only themselves; both also see their partner account manager.
func FilterUsersForPartner() privacy.QueryRule {
	return privacy.UserQueryRuleFunc(func(ctx context.Context, q *ent.UserQuery) error {
		v := viewer.FromContext(ctx)
		if !v.IsPartner() {
			return privacy.Skip
		}
		own := user.PartnerID(v.PartnerID)
		if v.Role != viewer.PartnerAdmin {
			own = user.ID(v.UserID)
		}
		q.Where(user.Or(own, user.HasManagedPartnersWith(partner.ID(v.PartnerID))))
		return privacy.Allow
	})
}
