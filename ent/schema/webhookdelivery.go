package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/partnerhub/partnerhub/ent/privacy"
	"github.com/partnerhub/partnerhub/ent/schema/mixin"
	"github.com/partnerhub/partnerhub/ent/schema/rule"
	"github.com/partnerhub/partnerhub/internal/ids"
	"github.com/partnerhub/partnerhub/internal/webhook/attempt"
)

// WebhookDelivery is one event on its way to one subscription, with every attempt's status code:
// the delivery log. The body is rendered once, as the subscriber's viewer reads the object, so a
// redelivery sends the same bytes.
type WebhookDelivery struct{ ent.Schema }

// Mixin of WebhookDelivery.
func (WebhookDelivery) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.WebhookDelivery}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of WebhookDelivery.
func (WebhookDelivery) Fields() []ent.Field {
	return []ent.Field{
		field.String("subscription_id").Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("partner_id").Optional().Immutable().
			Comment("The subscription's organisation, copied so reads filter without a join.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("event_id").Immutable().Comment("The event's ID, also in the body; receivers dedupe on it."),
		field.String("event_type").Immutable().Comment("e.g. deal.registered."),
		field.Text("body").Immutable().Comment("The JSON body sent, exactly."),
		field.Enum("status").Values("PENDING", "DELIVERED", "FAILED").Default("PENDING").
			Comment("PENDING: not yet accepted by the receiver (retrying); DELIVERED: a 2xx answer; FAILED: retries ran out."),
		field.Int("attempts").Default(0).NonNegative().Comment("HTTP requests made so far."),
		field.Int("last_status_code").Optional().Nillable().Comment("The receiver's last HTTP status; null when it never answered."),
		field.Time("next_attempt_at").Comment("Not tried again before then (exponential back-off)."),
		field.Time("give_up_at").Comment("After this the delivery fails and the subscription is marked failing."),
		field.Time("locked_until").Optional().Nillable().
			Comment("A worker claimed the delivery until then.").Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("delivered_at").Optional().Nillable(),
		field.JSON("log", []attempt.Attempt{}).Optional().
			Comment("Every attempt: time, status code, error, duration.").
			Annotations(entgql.Type("[WebhookAttempt!]")),
	}
}

// Edges of WebhookDelivery.
func (WebhookDelivery) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("subscription", WebhookSubscription.Type).Unique().Required().Immutable().Field("subscription_id").
			Comment("The subscription it goes to.").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)),
	}
}

// Indexes of WebhookDelivery.
func (WebhookDelivery) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("status", "next_attempt_at"),
		index.Fields("subscription_id", "created_at"),
		index.Fields("event_id", "subscription_id").Unique(),
	}
}

// Policy of WebhookDelivery: read like its subscription; the delivery worker (the system) writes
// it, and whoever manages the subscription may ask for a redelivery.
func (WebhookDelivery) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			rule.AllowIfAdmin(),
			rule.FilterPartnerAdminOwn(),
			rule.FilterNone(),
			privacy.AlwaysDenyRule(),
		},
		Mutation: privacy.MutationPolicy{
			rule.AllowIfAdmin(),
			rule.AllowPartnerAdminOwnRows(),
			rule.AllowPartnerAdminDeleteOwn(),
			privacy.AlwaysDenyRule(),
		},
	}
}

// Annotations of WebhookDelivery.
func (WebhookDelivery) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)}
}
