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

// partnerAdminUserFields are what a PARTNER_ADMIN may change about a colleague.
var partnerAdminUserFields = fieldSet(
	user.FieldName, user.FieldRole, user.FieldJobFunction, user.FieldStatus, user.FieldUpdatedAt,
)

// AllowPartnerAdminTeam lets a PARTNER_ADMIN manage the people of their own organisation: rename,
// change the job or role (never above their own), disable. Creating users is the invitation's job.
func AllowPartnerAdminTeam() privacy.MutationRule {
	return privacy.UserMutationRuleFunc(func(ctx context.Context, m *ent.UserMutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || v.Role != viewer.PartnerAdmin || !v.IsPartner() || !m.Op().Is(ent.OpUpdateOne) {
			return privacy.Skip
		}
		if f := outside(m, partnerAdminUserFields); f != "" {
			return Forbidden("a partner admin may not change %s", f)
		}
		if r, ok := m.Role(); ok && !v.Role.MayGrant(viewer.Role(r)) {
			return Forbidden("a partner admin may not grant %s", r)
		}
		return checkOwnRow(ctx, v, m)
	})
}
