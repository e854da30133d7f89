package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"github.com/partnerhub/partnerhub/ent/privacy"
	"github.com/partnerhub/partnerhub/ent/schema/mixin"
	"github.com/partnerhub/partnerhub/ent/schema/rule"
	"github.com/partnerhub/partnerhub/internal/ids"
)

// WebhookSubscription sends an organisation's events to a URL of theirs, signed with a shared
// secret (docs/webhooks.md). The vendor's subscriptions (no partner) receive everything an ADMIN
// may read; a partner's receive what its partner admin may read.
type WebhookSubscription struct{ ent.Schema }

// Mixin of WebhookSubscription.
func (WebhookSubscription) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.WebhookSub}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of WebhookSubscription.
func (WebhookSubscription) Fields() []ent.Field {
	return []ent.Field{
		field.String("partner_id").Optional().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("created_by_id").Optional().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("url").NotEmpty().MaxLen(2000).
			Comment("Where events are POSTed (https in production)."),
		field.String("secret").NotEmpty().Sensitive().
			Comment("The shared secret signing each delivery; never shown again."),
		field.Strings("event_types").
			Comment("The event types sent, e.g. deal.registered."),
		field.Enum("status").Values("ACTIVE", "FAILING", "PAUSED").Default("ACTIVE").
			Comment("FAILING: a delivery gave up after 24 hours of retries and the owner was told; deliveries go on."),
		field.Time("failing_since").Optional().Nillable().
			Comment("When a delivery last gave up."),
	}
}

// Edges of WebhookSubscription.
func (WebhookSubscription) Edges() []ent.Edge {
	noInputs := entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)
	return []ent.Edge{
		edge.To("partner", Partner.Type).Unique().Immutable().Field("partner_id").
			Comment("The partner organisation that subscribed; null for the vendor.").Annotations(noInputs),
		edge.To("created_by", User.Type).Unique().Immutable().Field("created_by_id").
			Comment("Who subscribed; told by e-mail when deliveries fail.").Annotations(noInputs),
		edge.From("deliveries", WebhookDelivery.Type).Ref("subscription").
			Comment("The delivery log, newest first.").
			Annotations(entgql.RelayConnection(), noInputs),
	}
}

// Policy of WebhookSubscription: ADMIN reads and manages every subscription; a partner admin those
// of its organisation; nobody else any.
func (WebhookSubscription) Policy() ent.Policy {
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

// Annotations of WebhookSubscription.
func (WebhookSubscription) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField().Directives(hasRole("ADMIN", "PARTNER_ADMIN")),
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput),
	}
}
