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
)

// DealExtension is a partner's request to extend the protection window of an approved
// registration, and the channel team's decision on it.
type DealExtension struct{ ent.Schema }

// Mixin of DealExtension.
func (DealExtension) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.DealExt}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of DealExtension.
func (DealExtension) Fields() []ent.Field {
	return []ent.Field{
		field.String("deal_id").Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("partner_id").Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("requested_by_id").Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("reason").NotEmpty().MaxLen(2000).Immutable().
			Comment("Why the partner needs more time."),
		field.Int("days").Range(1, 365).Immutable().
			Comment("How many days to add to the protection window."),
		field.Enum("status").Values("PENDING", "APPROVED", "REJECTED").Default("PENDING").
			Comment("At most one request per deal is PENDING."),
		field.String("pending_deal_id").Optional().Nillable().
			Comment("The deal ID while the request is PENDING, empty once decided: its unique index lets the database keep one pending request per deal (a portable stand-in for a partial index).").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("decided_by_id").Optional().Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("decision_note").Default("").MaxLen(2000),
		field.Time("decided_at").Optional().Nillable(),
		field.Time("new_expires_at").Optional().Nillable().
			Comment("The protection expiry an approval set."),
	}
}

// Edges of DealExtension.
func (DealExtension) Edges() []ent.Edge {
	return []ent.Edge{
		// No where filters over these edges: ent runs them without privacy (github.com/ent/ent/issues/2957).
		edge.To("deal", Deal.Type).Unique().Required().Immutable().Field("deal_id").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("requested_by", User.Type).Unique().Required().Immutable().Field("requested_by_id").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("decided_by", User.Type).Unique().Field("decided_by_id").
			// A vendor user the partner may not read; no where probing (github.com/ent/ent/issues/2957).
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes of DealExtension.
func (DealExtension) Indexes() []ent.Index {
	return []ent.Index{
		// The database, not a check-then-insert, keeps a deal to one pending request.
		index.Fields("pending_deal_id").Unique(),
		index.Fields("deal_id", "created_at"),
		index.Fields("partner_id"),
	}
}

// Policy of DealExtension: readable with its deal; written by the lifecycle (as the system after
// its own checks of who may request and decide).
func (DealExtension) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			rule.AllowIfVendor(),
			rule.FilterRowsOfOwnDeals(),
			privacy.AlwaysDenyRule(),
		},
		Mutation: privacy.MutationPolicy{
			rule.KeepInsideTenant(),
			rule.AllowIfAdmin(),
			rule.AllowExtensionDecision(),
			rule.AllowExtensionRequest(),
			privacy.AlwaysDenyRule(),
		},
	}
}

// Annotations of DealExtension.
func (DealExtension) Annotations() []schema.Annotation {
	return []schema.Annotation{}
}
