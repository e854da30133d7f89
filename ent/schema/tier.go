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

// Tier is a level of the partner program: what a partner must achieve to hold it and what it earns.
type Tier struct{ ent.Schema }

// Mixin of Tier.
func (Tier) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.Tier}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of Tier.
func (Tier) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(80).Unique().
			Comment("Display name, e.g. Gold.").
			Annotations(entgql.OrderField("NAME")),
		field.Int("rank").NonNegative().Unique().
			Comment("Position in the program; a higher rank is a better tier.").
			Annotations(entgql.OrderField("RANK")),
		field.Text("description").Default("").MaxLen(4000).
			Comment("What the tier means for a partner."),
		field.String("currency").Default("USD").MinLen(3).MaxLen(3).
			Comment("ISO-4217 currency of the revenue requirement and MDF allowance."),
		field.Int64("min_revenue_t12m").NonNegative().Default(0).
			Comment("Requirement: partner-sourced won revenue over the trailing 12 months, in minor units."),
		field.Int("min_won_deals").NonNegative().Default(0).
			Comment("Requirement: won deals over the trailing 12 months."),
		field.Int("min_certified_people").NonNegative().Default(0).
			Comment("Requirement: people holding a current certification."),
		field.Int("min_approved_registrations").NonNegative().Default(0).
			Comment("Requirement: deal registrations approved within the window."),
		field.Bool("requires_manual_check").Default(false).
			Comment("Requirement: the channel team confirmed what no figure measures (a business plan, a reference)."),
		field.Int("window_days").Min(1).Max(1095).Default(365).
			Comment("The trailing window, in days, of the won-deal, revenue and registration requirements."),
		field.Int("discount_bps").Min(0).Max(10000).Default(0).
			Comment("Benefit: discount off list price, in basis points."),
		field.Int("rebate_bps").Min(0).Max(10000).Default(0).
			Comment("Benefit: back-end rebate on won revenue, in basis points."),
		field.Int("coop_accrual_bps").Min(0).Max(10000).Default(0).
			Comment("Benefit: share of each won deal's closed amount accrued to the partner's MDF allocation, in basis points."),
		field.Int64("mdf_quarterly_allowance").NonNegative().Default(0).
			Comment("Benefit: marketing development funds per quarter, in minor units."),
		field.Int("deal_protection_days").Min(1).Max(730).Default(90).
			Comment("Benefit: how long an approved deal registration is protected."),
		field.Strings("benefits").Optional().
			Comment("Further benefits in the partner's words."),
	}
}

// Edges of Tier.
func (Tier) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("partners", Partner.Type).Ref("tier").
			Comment("Partners currently holding this tier.").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Indexes of Tier.
func (Tier) Indexes() []ent.Index {
	return []ent.Index{index.Fields("created_at")}
}

// Policy of Tier: every signed-in viewer reads the program's tiers; only ADMIN changes them.
func (Tier) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			rule.AllowIfSignedIn(),
			privacy.AlwaysDenyRule(),
		},
		Mutation: privacy.MutationPolicy{
			rule.AllowIfAdmin(),
			privacy.AlwaysDenyRule(),
		},
	}
}

// Annotations of Tier.
func (Tier) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField().Directives(anyRole),
		entgql.RelayConnection(),
	}
}
