package rule

import (
	"context"

	"github.com/partnerhub/partnerhub/ent/privacy"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// AllowVendorSurveyWrites lets the vendor's channel team (ADMIN, CHANNEL_MANAGER) write surveys
// and their invitations: asking partners how the program serves them is the vendor's to do.
// Answers are written by the one-time link's holder through the system viewer.
func AllowVendorSurveyWrites() privacy.MutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if viewer.FromContext(ctx).IsVendor() {
			return privacy.Allow
		}
		return privacy.Skip
	})
}
