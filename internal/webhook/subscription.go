package webhook

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/webhookdelivery"
	"github.com/partnerhub/partnerhub/ent/webhooksubscription"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// Subscription limits.
const (
	minSecret        = 24
	maxSecret        = 200
	maxSubscriptions = 20 // per organisation
)

// CreateInput is a new subscription.
type CreateInput struct {
	URL        string
	Secret     string
	EventTypes []string
}

// Create subscribes the viewer's organisation: the vendor for an ADMIN, the partner for a partner
// admin (who may create one is the WebhookSubscription policy's decision).
func Create(ctx context.Context, client *ent.Client, cfg Config, in CreateInput) (*ent.WebhookSubscription, error) {
	v := viewer.FromContext(ctx)
	u, err := cfg.checkURL(in.URL)
	if err != nil {
		return nil, err
	}
	if n := len(in.Secret); n < minSecret || n > maxSecret || strings.TrimSpace(in.Secret) != in.Secret {
		return nil, apperr.BadInput("secret", "the secret must be %d to %d characters without leading or trailing spaces", minSecret, maxSecret)
	}
	if len(in.EventTypes) == 0 {
		return nil, apperr.BadInput("eventTypes", "name at least one event type")
	}
	types := slices.Clone(in.EventTypes)
	slices.Sort(types)
	types = slices.Compact(types)
	for _, t := range types {
		if !slices.Contains(EventTypes, t) {
			return nil, apperr.BadInput("eventTypes", "unknown event type %q; known: %s", t, strings.Join(EventTypes, ", "))
		}
	}
	owner := webhooksubscription.PartnerIDIsNil()
	if v.IsPartner() {
		owner = webhooksubscription.PartnerID(v.PartnerID)
	}
	if n, err := client.WebhookSubscription.Query().Where(owner).Count(ctx); err != nil {
		return nil, err
	} else if n >= maxSubscriptions {
		return nil, apperr.New(apperr.Conflict, "an organisation has at most %d webhook subscriptions; delete one first", maxSubscriptions)
	}
	create := client.WebhookSubscription.Create().
		SetURL(u.String()).SetSecret(in.Secret).SetEventTypes(types).SetCreatedByID(v.UserID)
	if v.IsPartner() {
		create.SetPartnerID(v.PartnerID)
	}
	return create.Save(ctx)
}

// Delete removes a subscription with its delivery log.
func Delete(ctx context.Context, client *ent.Client, id string) error {
	if _, err := client.WebhookSubscription.Get(ctx, id); err != nil {
		return err
	}
	if _, err := client.WebhookDelivery.Delete().Where(webhookdelivery.SubscriptionID(id)).Exec(ctx); err != nil {
		return err
	}
	return client.WebhookSubscription.DeleteOneID(id).Exec(ctx)
}

// Redeliver sends a delivery again: the same event ID and body, signed anew, with 24 hours of
// retries from now. Receivers dedupe on the event ID.
func Redeliver(ctx context.Context, client *ent.Client, id string, now time.Time) (*ent.WebhookDelivery, error) {
	d, err := client.WebhookDelivery.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if d.Status == webhookdelivery.StatusPENDING && d.LockedUntil != nil && d.LockedUntil.After(now) {
		return nil, apperr.New(apperr.Conflict, "the delivery is being sent right now; look at its log in a minute")
	}
	return client.WebhookDelivery.UpdateOneID(d.ID).
		SetStatus(webhookdelivery.StatusPENDING).SetNextAttemptAt(now).SetGiveUpAt(now.Add(RetryFor)).
		ClearLockedUntil().Save(ctx)
}
