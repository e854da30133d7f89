package deal

import (
	"context"
	"sync"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// dealtPartners are the partners this process has seen with a committed first-deal date. The date
// is set once and never cleared, so for them the statement that would set it is skipped: nearly
// every registration is not a partner's first.
var dealtPartners sync.Map

// markFirstDeal ends a partner's onboarding journey at its first registration (DESIGN: first deal
// date). The partner is remembered only when the update finds the date already set: that was
// committed by an earlier transaction, while one this transaction sets may still roll back.
func markFirstDeal(ctx context.Context, client *ent.Client, partnerID string, now time.Time) error {
	if _, ok := dealtPartners.Load(partnerID); ok {
		return nil
	}
	n, err := client.Partner.Update().
		Where(partner.ID(partnerID), partner.FirstDealAtIsNil()).
		SetFirstDealAt(now).Save(viewer.SystemContext(ctx))
	if err == nil && n == 0 {
		dealtPartners.Store(partnerID, true)
	}
	return err
}
