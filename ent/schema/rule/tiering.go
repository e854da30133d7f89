package rule

import (
	"context"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/privacy"
	"github.com/partnerhub/partnerhub/ent/tierchange"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// AllowTierChangeByManager lets a CHANNEL_MANAGER decide the open tier changes of the partners they
// manage (docs/tier-evaluation.md); ADMIN decides any.
func AllowTierChangeByManager() privacy.MutationRule {
	return privacy.TierChangeMutationRuleFunc(func(ctx context.Context, m *ent.TierChangeMutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || v.Role != viewer.ChannelManager || !m.Op().Is(ent.OpUpdateOne|ent.OpUpdate) {
			return privacy.Skip
		}
		ids, err := m.IDs(ctx)
		if err != nil {
			return err
		}
		for _, id := range ids {
			partnerID, err := m.Client().TierChange.Query().Where(tierchange.ID(id)).Select(tierchange.FieldPartnerID).String(ctx)
			if err != nil {
				return err
			}
			if err := requireManager(ctx, m.Client(), v, partnerID, "decide its tier changes"); err != nil {
				return err
			}
		}
		return privacy.Allow
	})
}
