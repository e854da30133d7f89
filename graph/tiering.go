package graph

import (
	"context"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/tierchange"
	"github.com/partnerhub/partnerhub/graph/model"
	"github.com/partnerhub/partnerhub/internal/health"
	"github.com/partnerhub/partnerhub/internal/tiering"
)

func (r *Resolver) evaluator() tiering.Evaluator {
	return tiering.Evaluator{Client: r.client, Outbox: r.Outbox, PublicURL: r.PublicURL}
}

// standing answers tierProgress and tierWhatIf from the one evaluation code.
func (r *queryResolver) standing(ctx context.Context, partnerID string, extra tiering.Extra) (*model.TierProgress, error) {
	s, err := tiering.StandingOf(ctx, r.client, partnerID, extra, time.Now())
	if err != nil {
		return nil, err
	}
	out := &model.TierProgress{PartnerID: partnerID, Current: s.Current, Qualifying: s.Qualifying, Next: s.Next}
	for i := range s.Tiers {
		out.Tiers = append(out.Tiers, &s.Tiers[i])
	}
	out.OpenChange, err = r.client.TierChange.Query().
		Where(tierchange.PartnerID(partnerID), tierchange.OpenKeyNotNil()).Only(ctx)
	if ent.IsNotFound(err) {
		err = nil
	}
	return out, err
}

func (r *tierChangeResolver) tierName(ctx context.Context, id string) (*string, error) {
	if id == "" {
		return nil, nil
	}
	t, err := r.client.Tier.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	return &t.Name, nil
}

func settingsOut(s tiering.Settings) *ent.TierSettings {
	return &ent.TierSettings{AutoUpgrade: s.AutoUpgrade, GraceDays: s.GraceDays, GraceReminderDays: s.GraceReminderDays}
}

func weightsOut(w health.Weights) *ent.HealthWeights {
	return &ent.HealthWeights{RegistrationActivity: w.RegistrationActivity, WinRate: w.WinRate, PortalActivity: w.PortalActivity,
		ContentEngagement: w.ContentEngagement, Certifications: w.Certifications}
}

// listLimit is a plain list's size: 30 unless asked, at most 100.
func listLimit(first *int) int {
	if first == nil || *first <= 0 {
		return 30
	}
	return min(*first, 100)
}
