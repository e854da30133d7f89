package rule

import (
	"context"

	entgo "entgo.io/ent"
	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/entql"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/privacy"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// Who does what with onboarding (docs/onboarding-and-training.md):
//   - the vendor reads every journey; a partner's people read their own organisation's, a
//     partner admin every step, a partner sales user the steps owned by PARTNER_SALES;
//   - the channel team starts a partner's journey by approving it (ADMIN also by creating it);
//   - a recorded fact completes the open steps waiting for it, whoever recorded the fact;
//   - a MANUAL step is ticked by its owner role: a partner admin its organisation's partner steps,
//     a sales user the PARTNER_SALES ones, the partner's channel manager the CHANNEL_MANAGER ones;
//     ADMIN any.

// ownerRoleFilter is a query filter on onboarding steps.
type ownerRoleFilter interface {
	WhereOwnerRole(entql.StringP)
}

// FilterOnboardingStepsForPartner shows a partner admin its organisation's steps (the tenant rule
// has narrowed them) and a partner sales user only the steps that are theirs.
func FilterOnboardingStepsForPartner() privacy.QueryRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		v := viewer.FromContext(ctx)
		if !v.IsPartner() {
			return privacy.Skip
		}
		if v.Role != viewer.PartnerAdmin {
			of, ok := f.(ownerRoleFilter)
			if !ok {
				return privacy.Denyf("%T has no owner role", f)
			}
			of.WhereOwnerRole(entql.StringEQ(string(viewer.PartnerSales)))
		}
		return privacy.Allow
	})
}

// AllowJourneyStartByVendor lets the channel team create a partner's journey and its steps, which
// approving the partner does.
func AllowJourneyStartByVendor() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m entgo.Mutation) error {
		if viewer.FromContext(ctx).IsVendor() && m.Op().Is(entgo.OpCreate) {
			return privacy.Allow
		}
		return privacy.Skip
	})
}

// stepCompletion is all that completing a step writes.
var stepCompletion = fieldSet("completed_at", "completed_by_id", "completed_by", "updated_at")

// AllowStepCompletionByFact lets the change that records a fact (a partner user registering a
// deal, completing its profile, earning a certification) complete its organisation's open steps
// waiting for that fact. The update is narrowed to such steps, so it can never tick a MANUAL one.
func AllowStepCompletionByFact() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m entgo.Mutation) error {
		if viewer.FromContext(ctx) == nil || !m.Op().Is(entgo.OpUpdate) {
			return privacy.Skip
		}
		if f := outside(m, stepCompletion); f != "" {
			return Forbidden("a recorded fact only completes steps; it may not change %s", f)
		}
		wp, ok := m.(wherePartner)
		if !ok {
			return privacy.Denyf("%T cannot be narrowed", m)
		}
		wp.WhereP(sql.FieldNEQ("completion", "MANUAL"), sql.FieldIsNull("completed_at"))
		return privacy.Allow
	})
}

// clientMutation is a mutation that can reach the rest of the data in its transaction.
type clientMutation interface {
	entgo.Mutation
	Client() *ent.Client
}

// AllowManualStepByOwner lets a MANUAL step's owner role tick it (see the list above). The old
// row is read under the viewer's own read rules: a step it may not see is not found.
func AllowManualStepByOwner() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m entgo.Mutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || !m.Op().Is(entgo.OpUpdateOne) {
			return privacy.Skip
		}
		if f := outside(m, stepCompletion); f != "" {
			return Forbidden("ticking a step may not change %s", f)
		}
		completion, err := m.OldField(ctx, "completion")
		if err != nil {
			return err
		}
		if completion.(interface{ String() string }).String() != "MANUAL" {
			return Forbidden("this step completes by itself when its fact is recorded")
		}
		value, err := m.OldField(ctx, "owner_role")
		if err != nil {
			return err
		}
		owner := viewer.Role(value.(interface{ String() string }).String())
		switch {
		case v.Role == viewer.PartnerAdmin && (owner == viewer.PartnerAdmin || owner == viewer.PartnerSales):
			return privacy.Allow // the tenant rule has kept it inside its organisation
		case v.Role == viewer.PartnerSales && owner == viewer.PartnerSales:
			return privacy.Allow
		case v.Role == viewer.ChannelManager && owner == viewer.ChannelManager:
			cm, ok := m.(clientMutation)
			if !ok {
				return privacy.Denyf("%T has no client", m)
			}
			partnerID, err := m.OldField(ctx, "partner_id")
			if err != nil {
				return err
			}
			if err := requireManager(ctx, cm.Client(), v, partnerID.(string), "tick its onboarding steps"); err != nil {
				return err
			}
			return privacy.Allow
		}
		return Forbidden("this step is ticked by its owner (%s)", owner)
	})
}
