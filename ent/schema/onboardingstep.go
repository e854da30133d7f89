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

// OnboardingStep is one step of a partner's journey. A step with a fact completes itself in the
// transaction that records the fact (a registered deal, an accepted invitation, a certification,
// a completed profile); a MANUAL step is ticked by its owner role, who and when kept.
type OnboardingStep struct{ ent.Schema }

// Mixin of OnboardingStep.
func (OnboardingStep) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.OnboardingStep}, mixin.Time{}, mixin.Privacy{},
		PartnerOwned{Comment: "The partner being onboarded."}}
}

// Fields of OnboardingStep.
func (OnboardingStep) Fields() []ent.Field {
	return []ent.Field{
		field.String("journey_id").Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.Int("position").NonNegative().Immutable().
			Comment("Order within the journey, from 0.").
			Annotations(entgql.OrderField("POSITION")),
		field.String("title").NotEmpty().MaxLen(200).Immutable().
			Comment("What to do."),
		field.Text("description").Default("").MaxLen(4000).Immutable().
			Comment("How to do it."),
		field.Time("due_at").Immutable().
			Comment("When it is due: the journey's start plus the step's due day.").
			Annotations(entgql.OrderField("DUE_AT")),
		field.Enum("completion").
			Values("MANUAL", "PROFILE_COMPLETED", "COLLEAGUE_INVITED", "CERTIFIED", "DEAL_REGISTERED").Immutable().
			Comment("MANUAL: ticked by its owner role; otherwise the recorded fact that completes it."),
		field.Enum("owner_role").Values("PARTNER_ADMIN", "PARTNER_SALES", "CHANNEL_MANAGER").Immutable().
			Comment("Whose step it is; a MANUAL step is ticked by this role (or an ADMIN)."),
		field.Time("completed_at").Optional().Nillable().
			Comment("When it was completed; empty while open.").
			Annotations(entgql.OrderField("COMPLETED_AT")),
		field.String("completed_by_id").Optional().
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of OnboardingStep.
func (OnboardingStep) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("journey", OnboardingJourney.Type).Unique().Required().Immutable().Field("journey_id").
			Comment("The journey the step belongs to.").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("completed_by", User.Type).Unique().Field("completed_by_id").
			Comment("Who ticked a MANUAL step, or whose action recorded the fact; empty for the system.").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes of OnboardingStep.
func (OnboardingStep) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("journey_id", "position").Unique(),
		index.Fields("partner_id", "completion"),
		index.Fields("due_at"),
	}
}

// Policy of OnboardingStep: the vendor reads every step; a partner admin its organisation's, a
// partner sales user the steps owned by PARTNER_SALES. Facts complete steps on behalf of whoever
// recorded them; a MANUAL step is ticked by its owner role.
func (OnboardingStep) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			rule.AllowIfVendor(),
			rule.FilterOnboardingStepsForPartner(),
			privacy.AlwaysDenyRule(),
		},
		Mutation: privacy.MutationPolicy{
			rule.AllowIfAdmin(),
			rule.AllowJourneyStartByVendor(),
			rule.AllowStepCompletionByFact(),
			rule.AllowManualStepByOwner(),
			privacy.AlwaysDenyRule(),
		},
	}
}

// Annotations of OnboardingStep.
func (OnboardingStep) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField().Directives(anyRole),
		entgql.RelayConnection(),
	}
}
