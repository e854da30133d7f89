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

// ExchangeRate is the rate of one currency in another on a date. Reports convert a deal's amount
// at the latest rate on or before the deal's close date, never at today's rate
// (docs/program-analytics.md).
type ExchangeRate struct{ ent.Schema }

// Mixin of ExchangeRate.
func (ExchangeRate) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.ExchangeRate}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of ExchangeRate.
func (ExchangeRate) Fields() []ent.Field {
	return []ent.Field{
		field.Time("date").Immutable().
			Comment("The day the rate holds from (midnight UTC).").
			Annotations(entgql.OrderField("DATE")),
		field.String("from_currency").MinLen(3).MaxLen(3).Immutable().
			Comment("ISO-4217 currency converted from."),
		field.String("to_currency").MinLen(3).MaxLen(3).Immutable().
			Comment("ISO-4217 currency converted to."),
		field.Float("rate").Positive().Immutable().
			Comment("How many units of to_currency one unit of from_currency buys."),
	}
}

// Indexes of ExchangeRate.
func (ExchangeRate) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("from_currency", "to_currency", "date").Unique(),
		index.Fields("created_at"),
	}
}

// Policy of ExchangeRate: partner viewers find none; the vendor's channel team reads the rates, ADMIN records them.
func (ExchangeRate) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.AllowIfVendor(), rule.FilterNone(), privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{rule.AllowIfAdmin(), privacy.AlwaysDenyRule()},
	}
}

// Annotations of ExchangeRate.
func (ExchangeRate) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField().Directives(hasRole("ADMIN", "CHANNEL_MANAGER")),
		entgql.RelayConnection(),
	}
}
