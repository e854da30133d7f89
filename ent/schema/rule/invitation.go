package rule

import (
	"context"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/privacy"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// AllowPartnerAdminInvitations lets a PARTNER_ADMIN invite people into their own organisation, and
// resend or revoke its invitations, never with a role above their own.
func AllowPartnerAdminInvitations() privacy.MutationRule {
	return privacy.InvitationMutationRuleFunc(func(ctx context.Context, m *ent.InvitationMutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || v.Role != viewer.PartnerAdmin || !v.IsPartner() {
			return privacy.Skip
		}
		if r, ok := m.Role(); ok && !v.Role.MayGrant(viewer.Role(r)) {
			return Forbidden("a partner admin may not invite a %s", r)
		}
		return checkOwnRow(ctx, v, m)
	})
}

// AllowReviewIfVendor lets the vendor's channel team (ADMIN or CHANNEL_MANAGER) decide partner
// applications.
func AllowReviewIfVendor() privacy.MutationRule {
	return privacy.PartnerApplicationMutationRuleFunc(func(ctx context.Context, m *ent.PartnerApplicationMutation) error {
		if viewer.FromContext(ctx).IsVendor() && m.Op().Is(ent.OpUpdateOne) {
			return privacy.Allow
		}
		return privacy.Skip
	})
}
