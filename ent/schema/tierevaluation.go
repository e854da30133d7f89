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
	"github.com/partnerhub/partnerhub/internal/tiering/tierspec"
)

// TierEvaluation is one evaluation of one partner against every tier of the program: what each
// requirement measured, its threshold and whether it was met. Append-only: it is the record the
// tier changes point at. The API serves it through tierEvaluations (graph/tiering.graphql).
type TierEvaluation struct{ ent.Schema }

// Mixin of TierEvaluation.
func (TierEvaluation) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.TierEvaluation}, mixin.Time{}, mixin.Privacy{AppendOnly: true},
		PartnerOwned{Comment: "The partner evaluated."}}
}

// Fields of TierEvaluation.
func (TierEvaluation) Fields() []ent.Field {
	return []ent.Field{
		field.Time("evaluated_at").Immutable().Comment("The instant the trailing windows end at."),
		field.String("current_tier_id").Optional().Immutable().Comment("The tier the partner held."),
		field.String("qualifying_tier_id").Optional().Immutable().
			Comment("The highest tier all of whose requirements were met; empty when none."),
		field.String("triggered_by_id").Optional().Immutable().
			Comment("Who asked for the evaluation; empty for the daily job."),
		field.JSON("tiers", []tierspec.Tier{}).Immutable().
			Comment("Every tier's requirements as measured, lowest rank first."),
	}
}

// Indexes of TierEvaluation.
func (TierEvaluation) Indexes() []ent.Index {
	return []ent.Index{index.Fields("partner_id", "evaluated_at")}
}

// Policy of TierEvaluation: the vendor reads every evaluation, a partner its own (the tenant rule);
// only the evaluation itself, as the system, writes them.
func (TierEvaluation) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.AllowIfVendor(), rule.AllowIfPartner(), privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{privacy.AlwaysDenyRule()},
	}
}

// Annotations of TierEvaluation: served by hand-written types, not ent's GraphQL.
func (TierEvaluation) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
