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

// MdfAllocation is the marketing development funds a partner may spend in one period (a quarter).
// Its balances are not stored here: they are sums over its ledger entries (docs/mdf.md).
type MdfAllocation struct{ ent.Schema }

// Mixin of MdfAllocation.
func (MdfAllocation) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.MdfAllocation}, mixin.Time{}, mixin.Privacy{},
		PartnerOwned{Comment: "The partner the funds are for."}}
}

// Fields of MdfAllocation.
func (MdfAllocation) Fields() []ent.Field {
	return []ent.Field{
		field.Time("period_start").Immutable().
			Comment("The first day of the period (midnight UTC).").
			Annotations(entgql.OrderField("PERIOD_START"), skipInputs),
		field.Time("period_end").Immutable().
			Comment("The last day of the period (midnight UTC); funds not committed by then expire after the grace.").
			Annotations(entgql.OrderField("PERIOD_END"), skipInputs),
		field.String("currency").MinLen(3).MaxLen(3).Immutable().
			Comment("ISO-4217 currency of every amount of the allocation.").
			Annotations(skipInputs),
		field.Enum("source").Values("MANUAL", "TIER_ALLOWANCE").Default("MANUAL").Immutable().
			Comment("MANUAL: an admin allocated it; TIER_ALLOWANCE: the quarterly allowance of the partner's tier.").
			Annotations(skipInputs),
		field.String("created_by_id").Optional().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of MdfAllocation.
func (MdfAllocation) Edges() []ent.Edge {
	noInputsNoWhere := entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)
	return []ent.Edge{
		edge.From("requests", MdfRequest.Type).Ref("allocation").
			Comment("The fund requests made against the allocation.").
			Annotations(noInputsNoWhere),
		edge.From("ledger", MdfLedgerEntry.Type).Ref("allocation").
			Comment("Every movement of the allocation's funds, oldest first.").
			Annotations(noInputsNoWhere),
	}
}

// Indexes of MdfAllocation.
func (MdfAllocation) Indexes() []ent.Index {
	return []ent.Index{
		// One allocation per partner and period: the quarterly bulk allocation is idempotent by it.
		index.Fields("partner_id", "period_start", "period_end").Unique(),
		index.Fields("period_end"),
		index.Fields("period_start", "id"),
	}
}

// Policy of MdfAllocation: the vendor reads every allocation, a partner its own (PartnerOwned);
// only ADMIN (and the system's quarterly run) allocates.
func (MdfAllocation) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			rule.AllowIfVendor(),
			rule.AllowIfPartner(),
			privacy.AlwaysDenyRule(),
		},
		Mutation: privacy.MutationPolicy{
			rule.AllowIfAdmin(),
			privacy.AlwaysDenyRule(),
		},
	}
}

// Annotations of MdfAllocation.
func (MdfAllocation) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField().Directives(anyRole),
		entgql.RelayConnection(),
	}
}
