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

// OnboardingJourney is one partner's onboarding plan, copied from the matching template when the
// partner was approved: its steps are due counted from the contract date (docs/onboarding-and-training.md).
type OnboardingJourney struct{ ent.Schema }

// Mixin of OnboardingJourney.
func (OnboardingJourney) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.OnboardingJourney}, mixin.Time{}, mixin.Privacy{},
		PartnerOwned{Comment: "The partner being onboarded."}}
}

// Fields of OnboardingJourney.
func (OnboardingJourney) Fields() []ent.Field {
	return []ent.Field{
		field.String("template_id").Optional().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("name").NotEmpty().MaxLen(200).
			Comment("The plan's name, from its template."),
		field.Time("starts_at").Immutable().
			Comment("Day 0 of the plan: the partner's contract date (or its approval, when none was recorded).").
			Annotations(entgql.OrderField("STARTS_AT")),
	}
}

// Edges of OnboardingJourney.
func (OnboardingJourney) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("steps", OnboardingStep.Type).Ref("journey").
			Comment("The plan's steps in order; a partner's sales users see only the steps that are theirs.").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Indexes of OnboardingJourney: one journey per partner.
func (OnboardingJourney) Indexes() []ent.Index {
	return []ent.Index{index.Fields("partner_id").Unique(), index.Fields("starts_at")}
}

// Policy of OnboardingJourney: the vendor reads every journey, a partner's people their own
// organisation's. A journey is started by the channel team's approval (or an ADMIN creating the
// partner) and is never changed afterwards; its steps are.
func (OnboardingJourney) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.AllowIfVendor(), rule.AllowIfPartner(), privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{
			rule.AllowIfAdmin(),
			rule.AllowJourneyStartByVendor(),
			privacy.AlwaysDenyRule(),
		},
	}
}

// Annotations of OnboardingJourney.
func (OnboardingJourney) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField().Directives(anyRole),
		entgql.RelayConnection(),
	}
}
