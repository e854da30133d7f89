package tiering

import (
	"context"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/tierchange"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/webhook"
)

// Approve applies a proposed upgrade as the deciding user, after checking that the partner still
// qualifies for the proposed tier. Both writes run under the caller's privacy rules (the partner's
// channel manager or ADMIN) and are conditional, so a second approval answers CONFLICT.
func Approve(ctx context.Context, c *ent.Client, changeID, by, note string, now time.Time) (*ent.TierChange, error) {
	ch, err := proposed(ctx, c, changeID)
	if err != nil {
		return nil, err
	}
	p, err := c.Partner.Get(ctx, ch.PartnerID)
	if err != nil {
		return nil, err
	}
	tiers, err := Tiers(ctx, c)
	if err != nil {
		return nil, err
	}
	facts, err := LoadFacts(ctx, c, p, tiers, now)
	if err != nil {
		return nil, err
	}
	for _, t := range Evaluate(tiers, facts, Extra{}, now) {
		if t.TierID == ch.ToTierID && !t.Qualified {
			return nil, apperr.New(apperr.Conflict, "%s no longer meets every requirement of %s", p.Name, t.Name)
		}
	}
	if note == "" {
		note = "approved"
	}
	// Published before the tier moves, so its sequence comes before tier.changed's; a failed
	// Apply rolls both back with the transaction.
	if err := webhook.Publish(ctx, c, webhook.TierChangeApproved, ch.ID, ch.PartnerID); err != nil {
		return nil, err
	}
	applied, err := Apply(ctx, c, ch, ch.ToTierID, by, note, now)
	if IsConcurrent(err) {
		return nil, apperr.New(apperr.Conflict, "the tier change was decided meanwhile")
	}
	return applied, err
}

// Reject closes a proposed upgrade without applying it; the evaluation proposes the same tier again
// only after RejectionHold.
func Reject(ctx context.Context, c *ent.Client, changeID, by, note string, now time.Time) (*ent.TierChange, error) {
	ch, err := proposed(ctx, c, changeID)
	if err != nil {
		return nil, err
	}
	if note == "" {
		return nil, apperr.BadInput("note", "say why the upgrade is rejected")
	}
	out, err := c.TierChange.UpdateOneID(ch.ID).Where(tierchange.StatusEQ(tierchange.StatusPROPOSED)).
		SetStatus(tierchange.StatusREJECTED).ClearOpenKey().SetDecidedByID(by).SetDecidedAt(now).
		SetDecisionNote(note).Save(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.New(apperr.Conflict, "the tier change was decided meanwhile")
	}
	if err != nil {
		return nil, err
	}
	return out, webhook.Publish(ctx, c, webhook.TierChangeRejected, out.ID, out.PartnerID)
}

// RejectionHold is how long a rejected upgrade is not proposed again.
const RejectionHold = 30 * 24 * time.Hour

func proposed(ctx context.Context, c *ent.Client, id string) (*ent.TierChange, error) {
	ch, err := c.TierChange.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if ch.Status != tierchange.StatusPROPOSED {
		return nil, apperr.New(apperr.Conflict, "the tier change is %s, not PROPOSED", ch.Status)
	}
	return ch, nil
}
