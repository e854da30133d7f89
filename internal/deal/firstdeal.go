package deal

import (
	"context"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/partner"
)

// markFirstDeal records a partner's first registration, the end of its onboarding journey. The
// update is conditional, so it sets the date once and is a no-op for every later registration.
func markFirstDeal(ctx context.Context, client *ent.Client, partnerID string, now time.Time) error {
	return client.Partner.Update().
		Where(partner.ID(partnerID), partner.FirstDealAtIsNil()).
		SetFirstDealAt(now).Exec(ctx)
}
