// Package audit writes the audit log: who changed what, when and from where. Mutations are
// audited centrally by graph's audit middleware in the mutation's own transaction; sign-in events,
// which have no such transaction, call Record directly.
package audit

import (
	"context"
	"regexp"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/auditevent"
	"github.com/partnerhub/partnerhub/internal/requestid"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// Entry is one event to record.
type Entry struct {
	Action     string
	EntityType string
	EntityID   string
	// PartnerID is the organisation the event belongs to (its admins read it); defaults to the actor's.
	PartnerID string
	// ActorType and ActorID override the request's viewer, for sign-in events that happen before
	// the request has one.
	ActorType auditevent.ActorType
	ActorID   string
	Summary   map[string]any
}

// Record appends an event through client, which should be the transaction of the change it
// describes so the event exists exactly when the change does.
func Record(ctx context.Context, client *ent.Client, e Entry) error {
	v := viewer.FromContext(ctx)
	c := requestid.ClientFromContext(ctx)
	create := client.AuditEvent.Create().
		SetAction(e.Action).
		SetEntityType(e.EntityType).
		SetEntityID(e.EntityID).
		SetRequestID(requestid.FromContext(ctx)).
		SetIP(c.IP).
		SetSummary(Redact(e.Summary))
	switch {
	case v == nil:
		create.SetActorType(auditevent.ActorTypeANONYMOUS)
	case v.IsSystem():
		create.SetActorType(auditevent.ActorTypeSYSTEM)
	case v.APIKeyID != "":
		create.SetActorType(auditevent.ActorTypeAPI_KEY).SetAPIKeyID(v.APIKeyID).SetActorID(v.UserID)
	default:
		create.SetActorType(auditevent.ActorTypeUSER).SetActorID(v.UserID)
	}
	if e.ActorType != "" {
		create.SetActorType(e.ActorType)
	}
	if e.ActorID != "" {
		create.SetActorID(e.ActorID)
	}
	partnerID := e.PartnerID
	if partnerID == "" && v != nil {
		partnerID = v.PartnerID
	}
	// Whose person acted decides what the partner reads of the event (rule.HideOutsidersFromPartners).
	switch {
	case e.ActorID != "" && e.ActorType == auditevent.ActorTypeUSER:
		create.SetActorPartnerID(e.PartnerID) // signed in or out: the event is about the actor's own account
	case e.ActorType == "" && v != nil && !v.IsSystem() && v.PartnerID != "":
		create.SetActorPartnerID(v.PartnerID)
	}
	if partnerID != "" {
		create.SetPartnerID(partnerID)
	}
	return create.Exec(viewer.SystemContext(ctx)) // privacy escape: the audit trail records every actor, anonymous ones included, and only the system writes it
}

// secretKey matches summary keys whose values must never be stored: a leaked audit log must not
// leak credentials.
var secretKey = regexp.MustCompile(`(?i)password|secret|token|hash|apikey|credential`)

// Redact returns a copy of summary without secrets, at any depth.
func Redact(summary map[string]any) map[string]any {
	if summary == nil {
		return nil
	}
	out := make(map[string]any, len(summary))
	for k, v := range summary {
		if secretKey.MatchString(k) {
			out[k] = "[redacted]"
			continue
		}
		switch inner := v.(type) {
		case map[string]any:
			out[k] = Redact(inner)
		case []any:
			items := make([]any, len(inner))
			for i, item := range inner {
				if m, ok := item.(map[string]any); ok {
					items[i] = Redact(m)
				} else {
					items[i] = item
				}
			}
			out[k] = items
		default:
			out[k] = v
		}
	}
	return out
}
