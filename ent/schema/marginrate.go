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

// MarginRate is the vendor's gross margin on revenue, for the program (product empty) or one
// product; ROPI turns partner-sourced revenue into gross margin with it.
type MarginRate struct{ ent.Schema }

// Mixin of MarginRate.
func (MarginRate) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.MarginRate}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of MarginRate.
func (MarginRate) Fields() []ent.Field {
	return []ent.Field{
		field.String("product").Default("").MaxLen(200).
			Comment("The product the rate is for; empty: the whole program."),
		field.Int("rate_bps").Min(0).Max(10000).
			Comment("Gross margin in basis points of revenue."),
	}
}

// Indexes of MarginRate.
func (MarginRate) Indexes() []ent.Index {
	return []ent.Index{index.Fields("product").Unique(), index.Fields("created_at")}
}

// Policy of MarginRate: partner viewers find none; the vendor's channel team reads the rates, ADMIN sets them.
func (MarginRate) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.AllowIfVendor(), rule.FilterNone(), privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{rule.AllowIfAdmin(), privacy.AlwaysDenyRule()},
	}
}

// Annotations of MarginRate.
func (MarginRate) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField().Directives(hasRole("ADMIN", "CHANNEL_MANAGER")),
		entgql.RelayConnection(),
	}
}
