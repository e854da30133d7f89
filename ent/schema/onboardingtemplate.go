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
	"github.com/partnerhub/partnerhub/internal/onboarding/stepspec"
)

// OnboardingTemplate is the vendor's plan for a kind of partner: the ordered steps from signed
// contract to first registered deal that every newly approved partner of that type (and, when set,
// tier) gets as its OnboardingJourney.
type OnboardingTemplate struct{ ent.Schema }

// Mixin of OnboardingTemplate.
func (OnboardingTemplate) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.OnboardingTemplate}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of OnboardingTemplate.
func (OnboardingTemplate) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(200).
			Comment("Display name, e.g. Reseller 90-day plan.").
			Annotations(entgql.OrderField("NAME")),
		field.Enum("partner_type").
			Values("RESELLER", "VAR", "MSP", "SI", "ISV", "REFERRAL", "ALLIANCE", "MARKETPLACE").
			Comment("The partner type the plan is for."),
		field.String("tier_id").Optional().
			Comment("Only for partners approved into this tier; none: any tier. A tier-specific plan wins over a general one.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.JSON("steps", []stepspec.Step{}).
			Comment("The ordered steps.").
			Annotations(entgql.Type("[OnboardingStepSpec!]")),
		field.Bool("active").Default(true).
			Comment("Only active templates are given to new partners."),
	}
}

// Edges of OnboardingTemplate.
func (OnboardingTemplate) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("tier", Tier.Type).Unique().Field("tier_id").
			Comment("The tier the plan is limited to.").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Indexes of OnboardingTemplate.
func (OnboardingTemplate) Indexes() []ent.Index {
	return []ent.Index{index.Fields("partner_type", "tier_id")}
}

// Policy of OnboardingTemplate: program configuration the vendor's team reads and ADMIN writes.
func (OnboardingTemplate) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.AllowIfVendor(), rule.FilterNone(), privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{rule.AllowIfAdmin(), privacy.AlwaysDenyRule()},
	}
}

// Annotations of OnboardingTemplate.
func (OnboardingTemplate) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField().Directives(hasRole("ADMIN", "CHANNEL_MANAGER")),
		entgql.RelayConnection(),
	}
}
