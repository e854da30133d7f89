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

// MdfLedgerEntry is one movement of an allocation's funds. Entries are only ever appended; every
// balance an allocation shows is a sum over them (docs/mdf.md).
type MdfLedgerEntry struct{ ent.Schema }

// Mixin of MdfLedgerEntry.
func (MdfLedgerEntry) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.MdfLedgerEntry}, mixin.Time{}, mixin.Privacy{AppendOnly: true},
		PartnerOwned{Comment: "The partner whose funds moved."}}
}

// Fields of MdfLedgerEntry.
func (MdfLedgerEntry) Fields() []ent.Field {
	return []ent.Field{
		field.String("allocation_id").Immutable().NotEmpty().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Enum("kind").Values("ALLOCATED", "ACCRUED", "COMMITTED", "RELEASED", "CLAIMED", "PAID", "EXPIRED").Immutable().
			Comment("ALLOCATED and ACCRUED add funds; COMMITTED moves them to an approved request, RELEASED back; CLAIMED to an approved claim, PAID out; EXPIRED removes funds not committed in time."),
		field.Int64("amount").Immutable().
			Comment("The sum moved, in minor units of the allocation's currency (negative only for an ACCRUED reversal).").
			Annotations(entgql.Type("Int")),
		field.String("currency").MinLen(3).MaxLen(3).Immutable().
			Comment("ISO-4217 currency (the allocation's)."),
		field.String("request_id").Optional().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("claim_id").Optional().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("deal_id").Optional().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("actor_id").Optional().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("note").Default("").MaxLen(500).Immutable().
			Comment("Why the funds moved."),
	}
}

// Edges of MdfLedgerEntry.
func (MdfLedgerEntry) Edges() []ent.Edge {
	noWhere := entgql.Skip(entgql.SkipWhereInput)
	return []ent.Edge{
		edge.To("allocation", MdfAllocation.Type).Unique().Required().Immutable().Field("allocation_id").
			Annotations(noWhere),
		edge.To("request", MdfRequest.Type).Unique().Immutable().Field("request_id").
			Comment("The request the movement belongs to, if any.").
			Annotations(noWhere),
		edge.To("claim", MdfClaim.Type).Unique().Immutable().Field("claim_id").
			Comment("The claim the movement belongs to, if any.").
			Annotations(noWhere),
		edge.To("deal", Deal.Type).Unique().Immutable().Field("deal_id").
			Comment("The won deal a co-op accrual (or its reversal) belongs to, if any.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("actor", User.Type).Unique().Immutable().Field("actor_id").
			Comment("Who moved the funds; null for the system or to those who may not read that person.").
			Annotations(noWhere),
	}
}

// Indexes of MdfLedgerEntry.
func (MdfLedgerEntry) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("allocation_id", "kind"),
		index.Fields("request_id"),
		index.Fields("deal_id"),
		index.Fields("partner_id", "kind", "created_at"),
	}
}

// Policy of MdfLedgerEntry: readable with the allocation; the MDF rules in internal/mdf append
// entries as whoever acted, and nobody changes or removes one (rule/mdf.go).
func (MdfLedgerEntry) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			rule.AllowIfVendor(),
			rule.AllowIfPartner(),
			privacy.AlwaysDenyRule(),
		},
		Mutation: privacy.MutationPolicy{
			rule.AllowIfAdmin(),
			rule.AllowMdfLedgerByActor(),
			privacy.AlwaysDenyRule(),
		},
	}
}

// Annotations of MdfLedgerEntry.
func (MdfLedgerEntry) Annotations() []schema.Annotation {
	return []schema.Annotation{
		// Read through its allocation only: no where input, so no edge filter can probe past privacy.
		entgql.Skip(entgql.SkipWhereInput),
	}
}
