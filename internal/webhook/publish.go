// Package webhook sends PartnerHub's domain events to other systems: an event is written to an
// outbox table in the transaction of the change (Publish), and a River job fans it out to the
// matching subscriptions and delivers it, signed, with retries (docs/webhooks.md).
package webhook

import (
	"context"
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
)

// EventTypes are every event type a subscription may ask for.
var EventTypes = []string{
	DealRegistered, DealApproved, DealRejected, DealWithdrawn, DealClosed, DealExpired, DealDecisionUndone, DealReopened,
	PartnerCreated, PartnerUpdated, UserCreated, UserUpdated,
	LeadOffered, LeadAccepted, LeadDeclined,
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
