// Package webhook sends PartnerHub's domain events to other systems: an event is written to an
// outbox table in the transaction of the change (Publish), and a River job fans it out to the
// matching subscriptions and delivers it, signed, with retries (docs/webhooks.md).
package webhook

import (
	"context"
	"slices"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/webhookevent"
)

// Event types. A capability that adds one lists it here and calls Publish where the change
// happens (or names its mutation in graph/events.go).
const (
	DealRegistered = "deal.registered"
	DealApproved   = "deal.approved"
	DealRejected   = "deal.rejected"
	DealWithdrawn  = "deal.withdrawn"
	DealClosed     = "deal.closed"
	DealExpired    = "deal.expired"
	// DealReopened follows a deal.closed whose outcome the channel team took back: the deal is
	// APPROVED again.
	DealReopened = "deal.reopened"
	// DealDecisionUndone follows a deal.approved or deal.rejected its decider took back within
	// the undo window: the deal is SUBMITTED again.
	DealDecisionUndone = "deal.decision_undone"
	PartnerCreated     = "partner.created"
	PartnerUpdated     = "partner.updated"
	UserCreated        = "user.created"
	UserUpdated        = "user.updated"
	LeadOffered        = "lead.offered"
	LeadAccepted       = "lead.accepted"
	LeadDeclined       = "lead.declined"
	// PartnerApproved: approvePartnerApplication admitted the applicant (tier and manager set).
	PartnerApproved = "partner.approved"
	// UserJoined: acceptInvitation made the invitee an active user.
	UserJoined = "user.joined"

	ContentCreated   = "content.created"
	ContentUpdated   = "content.updated"
	ContentPublished = "content.published"
	ContentArchived  = "content.archived"

	MdfRequestSubmitted = "mdf.request_submitted"
	MdfRequestUpdated   = "mdf.request_updated"
	MdfRequestApproved  = "mdf.request_approved"
	MdfRequestRejected  = "mdf.request_rejected"
	MdfRequestCancelled = "mdf.request_cancelled"
	MdfClaimSubmitted   = "mdf.claim_submitted"
	MdfClaimApproved    = "mdf.claim_approved"
	// MdfClaimRejected covers a claim sent back for changes too: its status says which.
	MdfClaimRejected = "mdf.claim_rejected"
	MdfClaimPaid     = "mdf.claim_paid"

	TierChangeProposed   = "tier.change_proposed"
	TierChangeApproved   = "tier.change_approved"
	TierChangeRejected   = "tier.change_rejected"
	TierGraceStarted     = "tier.downgrade_grace_started"
	TierChanged          = "tier.changed"
	CourseCompleted      = "training.course_completed"
	QuizPassed           = "training.quiz_passed"
	CertificationAwarded = "training.certification_awarded"
	CertificationRenewed = "training.certification_renewed"
	CertificationExpired = "training.certification_expired"
	OnboardingStepDone   = "onboarding.step_completed"

	// PartnerApplied: applyForPartnership received an application (the applicant has no users
	// yet, so only the vendor hears of it).
	PartnerApplied = "partner.applied"
	// ApplicationDeclined: declinePartnerApplication turned an application down (vendor only).
	ApplicationDeclined = "partner.application_declined"
	// MdfAllocationCreated: createMdfAllocation gave a partner a period's fund.
	MdfAllocationCreated = "mdf.allocation_created"
	// MdfAllocationExpired: the expiry sweep booked what remained uncommitted as EXPIRED.
	MdfAllocationExpired = "mdf.allocation_expired"

	// The program's authoring. Tiers, courses, tracks and certifications are read by every
	// partner; onboarding templates and routing rules are the vendor's alone.
	TierCreated               = "tier.created"
	TierUpdated               = "tier.updated"
	CourseCreated             = "training.course_created"
	CourseUpdated             = "training.course_updated"
	CourseDeleted             = "training.course_deleted"
	TrackCreated              = "training.track_created"
	TrackUpdated              = "training.track_updated"
	TrackDeleted              = "training.track_deleted"
	CertificationCreated      = "training.certification_created"
	CertificationUpdated      = "training.certification_updated"
	CertificationDeleted      = "training.certification_deleted"
	OnboardingTemplateCreated = "onboarding.template_created"
	OnboardingTemplateUpdated = "onboarding.template_updated"
	OnboardingTemplateDeleted = "onboarding.template_deleted"
	RoutingRuleCreated        = "lead.routing_rule_created"
	RoutingRuleUpdated        = "lead.routing_rule_updated"
	RoutingRuleDeleted        = "lead.routing_rule_deleted"
)

// EventTypes are every event type a subscription may ask for.
var EventTypes = []string{
	DealRegistered, DealApproved, DealRejected, DealWithdrawn, DealClosed, DealExpired, DealDecisionUndone, DealReopened,
	PartnerCreated, PartnerUpdated, UserCreated, UserUpdated,
	LeadOffered, LeadAccepted, LeadDeclined,
	PartnerApproved, UserJoined,
	ContentCreated, ContentUpdated, ContentPublished, ContentArchived,
	MdfRequestSubmitted, MdfRequestUpdated, MdfRequestApproved, MdfRequestRejected, MdfRequestCancelled,
	MdfClaimSubmitted, MdfClaimApproved, MdfClaimRejected, MdfClaimPaid,
	TierChangeProposed, TierChangeApproved, TierChangeRejected, TierGraceStarted, TierChanged,
	CourseCompleted, QuizPassed, CertificationAwarded, CertificationRenewed, CertificationExpired,
	OnboardingStepDone,
	PartnerApplied, ApplicationDeclined, MdfAllocationCreated, MdfAllocationExpired,
	TierCreated, TierUpdated,
	CourseCreated, CourseUpdated, CourseDeleted, TrackCreated, TrackUpdated, TrackDeleted,
	CertificationCreated, CertificationUpdated, CertificationDeleted,
	OnboardingTemplateCreated, OnboardingTemplateUpdated, OnboardingTemplateDeleted,
	RoutingRuleCreated, RoutingRuleUpdated, RoutingRuleDeleted,
}

// sharedWithPartners are the event types about vendor objects that partners read too (content,
// gated by tier and partner type): published with no partner, they go to the vendor's
// subscriptions and to every partner's, each rendered under its own privacy, so a partner not
// gated for an item (or a draft) gets nothing.
var sharedWithPartners = map[string]bool{
	ContentCreated: true, ContentUpdated: true, ContentPublished: true, ContentArchived: true,
	TierCreated: true, TierUpdated: true,
	CourseCreated: true, CourseUpdated: true, CourseDeleted: true, TrackCreated: true, TrackUpdated: true, TrackDeleted: true,
	CertificationCreated: true, CertificationUpdated: true, CertificationDeleted: true,
}

// deletions are the event types about a row that no longer exists: there is nothing to render, so
// the body's object is only its ID. They are about objects every subscriber they reach could read
// (shared authoring objects, or vendor-only ones), so the ID tells nobody anything new.
var deletions = map[string]bool{
	CourseDeleted: true, TrackDeleted: true, CertificationDeleted: true, OnboardingTemplateDeleted: true, RoutingRuleDeleted: true,
}

// reaches is whether an event may go to subscription s (its privacy still decides, when the body
// is rendered): the vendor's get every event; a partner's its own organisation's events and the
// shared ones.
func reaches(s *ent.WebhookSubscription, e *ent.WebhookEvent) bool {
	if !slices.Contains(s.EventTypes, e.Type) {
		return false
	}
	return s.PartnerID == "" || s.PartnerID == e.PartnerID || (e.PartnerID == "" && sharedWithPartners[e.Type])
}

// Publish records that objectID changed, through client, the transaction of the change: the event
// exists exactly when the change committed, and a rolled-back change sends nothing. partnerID is
// the organisation the object belongs to ("" for vendor-only objects): that organisation's
// subscriptions may receive it, always under their own privacy.
//
// Each event carries the object's next sequence number (1, 2, 3 …). Changes of one object are
// serialized by the object's row (its conditional update waits for the earlier transaction), and
// the unique (object, sequence) index refuses a second event with the same number rather than
// letting two events share it.
func Publish(ctx context.Context, client *ent.Client, eventType, objectID, partnerID string) error {
	last, err := client.WebhookEvent.Query().
		Where(webhookevent.ObjectID(objectID)).
		Order(ent.Desc(webhookevent.FieldSequence)).
		Select(webhookevent.FieldSequence).Ints(ctx)
	if err != nil {
		return err
	}
	seq := int64(1)
	if len(last) > 0 {
		seq = int64(last[0]) + 1
	}
	now := time.Now()
	return client.WebhookEvent.Create().
		SetType(eventType).SetObjectID(objectID).SetPartnerID(partnerID).
		SetSequence(seq).SetOccurredAt(now).SetCreatedAt(now).SetUpdatedAt(now).
		Exec(ctx)
}
