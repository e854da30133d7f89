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

// Survey asks partner people how likely they are to recommend the partner program (NPS, 0–10),
// plus optional free-text questions (docs/program-analytics.md).
type Survey struct{ ent.Schema }

// Mixin of Survey.
func (Survey) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.Survey}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of Survey.
func (Survey) Fields() []ent.Field {
	return []ent.Field{
		field.String("title").NotEmpty().MaxLen(200).
			Comment("What the survey is, e.g. Partner satisfaction Q3.").
			Annotations(entgql.OrderField("TITLE")),
		field.String("nps_question").NotEmpty().MaxLen(500).
			Comment("The 0–10 recommendation question."),
		field.Strings("questions").Optional().
			Comment("Optional free-text questions asked after the score."),
		field.String("created_by_id").Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("sent_at").Optional().Nillable().
			Comment("When it was last sent.").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Indexes of Survey.
func (Survey) Indexes() []ent.Index {
	return []ent.Index{index.Fields("created_at")}
}

// Policy of Survey: the vendor's channel team writes and reads surveys; partner viewers find none
// (they see a survey's questions only through their one-time link).
func (Survey) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.AllowIfVendor(), rule.FilterNone(), privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{rule.AllowVendorSurveyWrites(), privacy.AlwaysDenyRule()},
	}
}

// Annotations of Survey.
func (Survey) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField().Directives(hasRole("ADMIN", "CHANNEL_MANAGER")),
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput),
	}
}
