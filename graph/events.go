package graph

import (
	"context"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/internal/audit"
	"github.com/partnerhub/partnerhub/internal/ids"
	"github.com/partnerhub/partnerhub/internal/webhook"
)

// mutationEvents names the webhook event each mutation publishes about the record its payload
// returns, in the mutation's transaction (docs/webhooks.md). A new capability adds its mutations
// here, or calls webhook.Publish where its change happens (lead routing, the expiry sweep).
var mutationEvents = map[string]string{
	"registerDeal":     webhook.DealRegistered,
	"approveDeal":      webhook.DealApproved,
	"rejectDeal":       webhook.DealRejected,
	"undoDealDecision": webhook.DealDecisionUndone,
	"withdrawDeal":     webhook.DealWithdrawn,
	"closeDeal":        webhook.DealClosed,
	"reopenDeal":       webhook.DealReopened,
	"createPartner":    webhook.PartnerCreated,
	"updatePartner":    webhook.PartnerUpdated,
	"createUser":       webhook.UserCreated,
	"updateUser":       webhook.UserUpdated,
	"disableUser":      webhook.UserUpdated,

	"createContent":  webhook.ContentCreated,
	"updateContent":  webhook.ContentUpdated,
	"publishContent": webhook.ContentPublished,
	"archiveContent": webhook.ContentArchived,

	"createMdfRequest":  webhook.MdfRequestSubmitted,
	"updateMdfRequest":  webhook.MdfRequestUpdated,
	"approveMdfRequest": webhook.MdfRequestApproved,
	"rejectMdfRequest":  webhook.MdfRequestRejected,
	"cancelMdfRequest":  webhook.MdfRequestCancelled,
	"submitMdfClaim":    webhook.MdfClaimSubmitted,
	"resubmitMdfClaim":  webhook.MdfClaimSubmitted,
	"approveMdfClaim":   webhook.MdfClaimApproved,
	"rejectMdfClaim":    webhook.MdfClaimRejected,
	"markMdfClaimPaid":  webhook.MdfClaimPaid,

	"createMdfAllocation":       webhook.MdfAllocationCreated,
	"declinePartnerApplication": webhook.ApplicationDeclined,

	"completeOnboardingStep": webhook.OnboardingStepDone,

	"createTier":               webhook.TierCreated,
	"updateTier":               webhook.TierUpdated,
	"createCourse":             webhook.CourseCreated,
	"updateCourse":             webhook.CourseUpdated,
	"deleteCourse":             webhook.CourseDeleted,
	"createLearningTrack":      webhook.TrackCreated,
	"updateLearningTrack":      webhook.TrackUpdated,
	"deleteLearningTrack":      webhook.TrackDeleted,
	"createCertification":      webhook.CertificationCreated,
	"updateCertification":      webhook.CertificationUpdated,
	"deleteCertification":      webhook.CertificationDeleted,
	"createOnboardingTemplate": webhook.OnboardingTemplateCreated,
	"updateOnboardingTemplate": webhook.OnboardingTemplateUpdated,
	"deleteOnboardingTemplate": webhook.OnboardingTemplateDeleted,
	"createRoutingRule":        webhook.RoutingRuleCreated,
	"updateRoutingRule":        webhook.RoutingRuleUpdated,
	"deleteRoutingRule":        webhook.RoutingRuleDeleted,
}

// publishMutationEvent publishes the mutation's event, if it has one, about the entity its audit
// entry names.
func publishMutationEvent(ctx context.Context, client *ent.Client, mutation string, entry audit.Entry) error {
	eventType, ok := mutationEvents[mutation]
	if !ok || entry.EntityID == "" {
		return nil
	}
	return webhook.Publish(ctx, client, eventType, entry.EntityID, entry.PartnerID)
}

// recordEach audits one record a bulk mutation changed and publishes the event its single-record
// mutation would (approveDeals → deal.approved), in the mutation's transaction.
func recordEach(ctx context.Context, client *ent.Client, action, id, partnerID string) error {
	table, _ := ids.Table(id)
	if err := audit.Record(ctx, client, audit.Entry{Action: action, EntityType: table, EntityID: id, PartnerID: partnerID}); err != nil {
		return err
	}
	eventType, ok := bulkEvents[action]
	if !ok {
		return nil
	}
	return webhook.Publish(ctx, client, eventType, id, partnerID)
}

// bulkEvents names the event each record of a bulk mutation publishes.
var bulkEvents = map[string]string{"approveDeals": webhook.DealApproved}
