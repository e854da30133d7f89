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

// ProgramCost is money the vendor spent on the partner program in a period, one of the inputs of
// program cost (and so of ROPI) beside MDF paid.
type ProgramCost struct{ ent.Schema }

// Mixin of ProgramCost.
func (ProgramCost) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.ProgramCost}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of ProgramCost.
func (ProgramCost) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("category").Values("SPIFF", "REBATE", "ENABLEMENT", "HEADCOUNT", "TOOLS", "OTHER").
			Comment("What the money was spent on.").
			Annotations(entgql.OrderField("CATEGORY")),
		field.Time("period_start").
			Comment("First day of the period the cost belongs to (midnight UTC); a report counts the cost in the period holding this day.").
			Annotations(entgql.OrderField("PERIOD_START")),
		field.Time("period_end").
			Comment("Day after the period's last (midnight UTC)."),
		field.Int64("amount").Positive().
			Comment("Amount in minor units of currency.").
			Annotations(entgql.Type("Int")),
		field.String("currency").MinLen(3).MaxLen(3).
			Comment("ISO-4217 currency of amount."),
		field.String("note").Default("").MaxLen(500).
			Comment("What the cost was, in a line."),
	}
}

// Indexes of ProgramCost.
func (ProgramCost) Indexes() []ent.Index {
	return []ent.Index{index.Fields("period_start"), index.Fields("created_at")}
}

// Policy of ProgramCost: partner viewers find none; the vendor's channel team reads the costs, ADMIN records them.
func (ProgramCost) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.AllowIfVendor(), rule.FilterNone(), privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{rule.AllowIfAdmin(), privacy.AlwaysDenyRule()},
	}
}

// Annotations of ProgramCost.
func (ProgramCost) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField().Directives(hasRole("ADMIN", "CHANNEL_MANAGER")),
		entgql.RelayConnection(),
	}
}
