package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/partnerhub/partnerhub/ent/privacy"
	"github.com/partnerhub/partnerhub/ent/schema/mixin"
	"github.com/partnerhub/partnerhub/ent/schema/rule"
	"github.com/partnerhub/partnerhub/internal/ids"
)

// WebhookEvent is a domain event in the outbox: written in the transaction of the change (so it
// exists exactly when the change committed), then fanned out to the matching subscriptions by the
// delivery job. Not part of the API.
type WebhookEvent struct{ ent.Schema }

// Mixin of WebhookEvent.
func (WebhookEvent) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.WebhookEvent}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of WebhookEvent.
func (WebhookEvent) Fields() []ent.Field {
	return []ent.Field{
		field.String("type").NotEmpty().MaxLen(100).Immutable().Comment("e.g. deal.registered."),
		field.String("object_id").NotEmpty().Immutable().Comment("The changed object's global ID."),
		field.String("partner_id").Optional().Immutable().
			Comment("The organisation the object belongs to; its subscriptions may receive the event."),
		field.Int64("sequence").Immutable().
			Comment("1, 2, 3 … per object: receivers apply an object's events in this order and drop older ones."),
		field.Time("occurred_at").Immutable(),
		field.Bool("fanned_out").Default(false).Comment("Deliveries were created for the matching subscriptions."),
	}
}

// Indexes of WebhookEvent.
func (WebhookEvent) Indexes() []ent.Index {
	return []ent.Index{
		// Two changes of one object cannot take one number: the second fails instead of reordering.
		index.Fields("object_id", "sequence").Unique(),
		index.Fields("fanned_out", "created_at"),
	}
}

// Policy of WebhookEvent: any signed-in change may publish. The table is not part of the API and
// holds no object data (the delivery renders it under each subscriber's privacy); the publisher
// reads it for the object's last sequence number.
func (WebhookEvent) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.AllowIfSignedIn(), privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{rule.AllowCreateIfSignedIn(), privacy.AlwaysDenyRule()},
	}
}

// Annotations of WebhookEvent.
func (WebhookEvent) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
