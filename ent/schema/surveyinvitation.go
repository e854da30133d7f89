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

// SurveyInvitation is one person's one-time link to a survey. It records that the person
// answered, never what: the answer is stored apart, attributed to the organisation only.
type SurveyInvitation struct{ ent.Schema }

// Mixin of SurveyInvitation.
func (SurveyInvitation) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.SurveyInvitation}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of SurveyInvitation.
func (SurveyInvitation) Fields() []ent.Field {
	return []ent.Field{
		field.String("survey_id").Immutable(),
		field.String("user_id").Immutable(),
		field.String("partner_id").Immutable(),
		field.String("token_hash").NotEmpty().Unique().Sensitive().Immutable().
			Comment("SHA-256 of the one-time link's token."),
		field.Time("answered_at").Optional().Nillable().
			Comment("When the link was used; it works once."),
	}
}

// Indexes of SurveyInvitation.
func (SurveyInvitation) Indexes() []ent.Index {
	return []ent.Index{index.Fields("survey_id", "user_id").Unique()}
}

// Policy of SurveyInvitation: the vendor's channel team sends and reads them; partner viewers
// find none. The link's holder answers through the system viewer, which checks the token.
func (SurveyInvitation) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.AllowIfVendor(), rule.FilterNone(), privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{rule.AllowVendorSurveyWrites(), privacy.AlwaysDenyRule()},
	}
}

// Annotations of SurveyInvitation: not in the API; sendSurvey reports how many were sent.
func (SurveyInvitation) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
