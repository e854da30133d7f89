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
	"github.com/partnerhub/partnerhub/internal/deal/status"
	"github.com/partnerhub/partnerhub/internal/ids"
)

// DealEvent is one entry of a registration's timeline: a status change, an update or an extension
// request and its decision, with who did it and why. Events are append-only.
type DealEvent struct{ ent.Schema }

// Mixin of DealEvent.
func (DealEvent) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.DealEvent}, mixin.Time{}, mixin.Privacy{AppendOnly: true}}
}

// Fields of DealEvent.
func (DealEvent) Fields() []ent.Field {
	return []ent.Field{
		field.String("deal_id").Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("partner_id").Immutable().
			Comment("The partner holding the deal (the tenant), copied so privacy filters without a join.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("actor_id").Optional().Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.Enum("actor_type").Values("USER", "API_KEY", "SYSTEM").Immutable().
			Comment("Who acted: a user, a partner developer's API key, or the system (the expiry sweep)."),
		field.Enum("kind").Values("STATUS_CHANGED", "UPDATED", "EXTENSION_REQUESTED", "EXTENSION_APPROVED", "EXTENSION_REJECTED").Immutable().
			Comment("What happened."),
		field.Enum("from_status").GoType(status.Status("")).Optional().Nillable().Immutable().
			Comment("The status before; empty for the submission itself."),
		field.Enum("to_status").GoType(status.Status("")).Immutable().
			Comment("The status after (unchanged for updates and extensions)."),
		field.String("note").Default("").MaxLen(2000).Immutable().
			Comment("Why, in the actor's words."),
	}
}

// Edges of DealEvent.
func (DealEvent) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("deal", Deal.Type).Unique().Required().Immutable().Field("deal_id").
			Annotations(entgql.Skip(entgql.SkipWhereInput)), // filter deals from the deal's side (github.com/ent/ent/issues/2957)
		edge.To("actor", User.Type).Unique().Immutable().Field("actor_id").
			Comment("The user who acted; empty for the system.").
			// The actor may be a vendor user the partner cannot read; no probing by where filter (github.com/ent/ent/issues/2957).
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes of DealEvent.
func (DealEvent) Indexes() []ent.Index {
	return []ent.Index{index.Fields("deal_id", "created_at"), index.Fields("partner_id")}
}

// Policy of DealEvent: readable with the deal it belongs to; only the system appends (the lifecycle
// in internal/deal writes them), and nobody changes the timeline.
func (DealEvent) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			rule.AllowIfVendor(),
			rule.FilterRowsOfOwnDeals(),
			privacy.AlwaysDenyRule(),
		},
		Mutation: privacy.MutationPolicy{
			rule.KeepInsideTenant(),
			rule.AllowTimelineByActor(),
			privacy.AlwaysDenyRule(),
		},
	}
}

// Annotations of DealEvent.
func (DealEvent) Annotations() []schema.Annotation {
	return []schema.Annotation{}
}
