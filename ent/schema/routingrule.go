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

// RoutingRule is one step of lead routing. Rules run in position order, each narrowing the
// eligible partners; a required rule that matches nobody sends the lead to the manual queue, an
// optional one is skipped (docs/leads-and-routing.md).
type RoutingRule struct{ ent.Schema }

// Mixin of RoutingRule.
func (RoutingRule) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.RoutingRule}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of RoutingRule.
func (RoutingRule) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(200).Comment("What the rule is for, in a line."),
		field.Int("position").Comment("Rules run from the lowest position up.").
			Annotations(entgql.OrderField("POSITION")),
		field.Enum("kind").Values("REGION", "COUNTRY", "PARTNER_TYPE", "TIER", "VERTICAL", "CAPACITY").
			Comment("What the rule matches partners on."),
		field.Bool("required").Default(false).
			Comment("A required rule that matches nobody sends the lead to the manual queue; an optional one is skipped."),
		field.Bool("enabled").Default(true).Comment("Disabled rules do not run."),
		field.Strings("lead_countries").Optional().
			Comment("The rule applies only to leads from these countries; empty: to every lead."),
		field.Strings("values").Optional().
			Comment("REGION, COUNTRY, PARTNER_TYPE, VERTICAL: the partner values that match; empty for REGION, COUNTRY and VERTICAL means the lead's own."),
		field.Int("min_tier_rank").Default(0).NonNegative().
			Comment("TIER: partners whose tier rank is at least this."),
		field.Int("max_open_leads").Default(0).NonNegative().
			Comment("CAPACITY: partners holding fewer open leads than this."),
	}
}

// Indexes of RoutingRule.
func (RoutingRule) Indexes() []ent.Index {
	return []ent.Index{index.Fields("position")}
}

// Policy of RoutingRule: the vendor reads the rules, ADMIN changes them; partners see none.
func (RoutingRule) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.AllowIfVendor(), rule.FilterNone(), privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{rule.AllowIfAdmin(), privacy.AlwaysDenyRule()},
	}
}

// Annotations of RoutingRule.
func (RoutingRule) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField().Directives(hasRole("ADMIN", "CHANNEL_MANAGER")),
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput),
	}
}
