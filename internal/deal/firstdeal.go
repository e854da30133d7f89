package deal

import (
	"context"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/onboardingstep"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/internal/onboarding"
)

// markFirstDeal records a partner's first registration, the end of its onboarding journey, and
// completes the journey's DEAL_REGISTERED steps in the registration's transaction. Both updates
// are conditional, so they take effect once and are no-ops for every later registration.
func markFirstDeal(ctx context.Context, client *ent.Client, partnerID, userID string, now time.Time) error {
	err := client.Partner.Update().
		Where(partner.ID(partnerID), partner.FirstDealAtIsNil()).
		SetFirstDealAt(now).Exec(ctx)
	if err != nil {
		return err
	}
	return onboarding.Record(ctx, client, partnerID, onboardingstep.CompletionDEAL_REGISTERED, userID, now)
}
