package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"

	"github.com/partnerhub/partnerhub/ent/privacy"
	"github.com/partnerhub/partnerhub/ent/schema/rule"
)

// PartnerOwned makes an entity belong to one partner organisation, the tenant: an immutable
// partner_id with its partner edge, and the tenant rules. A partner viewer reads only its own
// organisation's rows, and creates and changes rows only inside it; the entity's own policy then
// narrows further (a sales rep's own rows) and decides what each role may change. Vendor viewers
// pass through to the entity's policy. See docs/roles-and-permissions.md.
type PartnerOwned struct {
	mixin.Schema
	// Comment describes the partner edge in the GraphQL schema.
	Comment string
}

// Fields of the PartnerOwned mixin.
func (PartnerOwned) Fields() []ent.Field {
	return []ent.Field{
		field.String("partner_id").Immutable().NotEmpty().
			Comment("The partner organisation the row belongs to (the tenant).").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of the PartnerOwned mixin.
func (p PartnerOwned) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("partner", Partner.Type).Unique().Required().Immutable().Field("partner_id").
			Comment(p.Comment).
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Policy of the PartnerOwned mixin.
func (PartnerOwned) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.FilterTenant()},
		Mutation: privacy.MutationPolicy{rule.KeepInsideTenant()},
	}
}
