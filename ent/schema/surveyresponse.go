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

// SurveyResponse is one answer to a survey, attributed to the answering person's organisation (and
// its tier and type when sent), not to the person.
type SurveyResponse struct{ ent.Schema }

// Mixin of SurveyResponse.
func (SurveyResponse) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.SurveyResponse}, mixin.Time{}, mixin.Privacy{AppendOnly: true}}
}

// Fields of SurveyResponse.
func (SurveyResponse) Fields() []ent.Field {
	return []ent.Field{
		field.String("survey_id").Immutable(),
		field.String("partner_id").Immutable().
			Comment("The answering person's organisation."),
		field.String("tier_id").Default("").Immutable().
			Comment("The organisation's tier when the survey was answered; empty: none."),
		field.String("partner_type").Immutable().
			Comment("The organisation's partner type when the survey was answered."),
		field.Int("score").Min(0).Max(10).Immutable().
			Comment("The 0–10 recommendation score."),
		field.Strings("answers").Optional().Immutable().
			Comment("Answers to the optional questions, in order."),
	}
}

// Indexes of SurveyResponse.
func (SurveyResponse) Indexes() []ent.Index {
	return []ent.Index{index.Fields("survey_id"), index.Fields("created_at")}
}

// Policy of SurveyResponse: only the vendor's channel team reads answers; a partner never sees
// another's (nor its own, so counts tell nothing). Answers are written through the system viewer
// once the one-time link is checked.
func (SurveyResponse) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.AllowIfVendor(), rule.FilterNone(), privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{privacy.AlwaysDenyRule()},
	}
}

// Annotations of SurveyResponse.
func (SurveyResponse) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField().Directives(hasRole("ADMIN", "CHANNEL_MANAGER")),
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput),
	}
}
