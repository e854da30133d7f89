package rule

import (
	"context"

	"entgo.io/ent/dialect/sql"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/predicate"
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
		q.Where(user.Or(own, isManagerOf(v.PartnerID)))
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

// isManagerOf matches the partner's account manager: users.id = (SELECT manager_id FROM partners
// WHERE id = $1). The scalar subquery runs once and both sides of the OR above use an index;
// user.HasManagedPartnersWith would write a correlated EXISTS, which makes PostgreSQL read every
// user row to answer a partner user's users list (internal/testsupport/perftest's EXPLAIN check).
func isManagerOf(partnerID string) predicate.User {
	return predicate.User(func(s *sql.Selector) {
		t := sql.Table(partner.Table)
		manager := sql.Select(t.C(partner.FieldManagerID)).From(t).Where(sql.EQ(t.C(partner.FieldID), partnerID))
		s.Where(sql.P(func(b *sql.Builder) {
			b.Ident(s.C(user.FieldID)).WriteOp(sql.OpEQ).Wrap(func(b *sql.Builder) { b.Join(manager) })
		}))
	})
}

// ownPasswordFields are what changing one's own password writes.
var ownPasswordFields = fieldSet(user.FieldPasswordHash, user.FieldUpdatedAt)

// AllowOwnPasswordChange lets every signed-in person set their own password, and nothing else of
// their row; the caller has checked the current one. An API key never does: it is a script's
// credential, not the person's.
func AllowOwnPasswordChange() privacy.MutationRule {
	return privacy.UserMutationRuleFunc(func(ctx context.Context, m *ent.UserMutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || v.UserID == "" || v.APIKeyID != "" || !m.Op().Is(ent.OpUpdateOne) {
			return privacy.Skip
		}
		if id, ok := m.ID(); !ok || id != v.UserID || outside(m, ownPasswordFields) != "" {
			return privacy.Skip
		}
		return privacy.Allow
	})
}

// ownPreferenceFields are what a person changes of their own preferences.
var ownPreferenceFields = fieldSet(user.FieldPreferredLanguage, user.FieldUpdatedAt)

// AllowOwnPreferenceChange lets every signed-in person set their own preferences (the language they
// read content in), and nothing else of their row. An API key does not: it is a script's credential.
func AllowOwnPreferenceChange() privacy.MutationRule {
	return privacy.UserMutationRuleFunc(func(ctx context.Context, m *ent.UserMutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || v.UserID == "" || v.APIKeyID != "" || !m.Op().Is(ent.OpUpdateOne) {
			return privacy.Skip
		}
		if id, ok := m.ID(); !ok || id != v.UserID || outside(m, ownPreferenceFields) != "" {
			return privacy.Skip
		}
		return privacy.Allow
	})
}
