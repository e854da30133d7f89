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

// DealConflict explains why a registration collides with an earlier registration or a direct
// account. The partner reads the kind, score and reason (why it matters to them); which other
// partner and which deal it collides with stay with the vendor, so no partner learns another's
// pipeline.
type DealConflict struct{ ent.Schema }

// Mixin of DealConflict.
func (DealConflict) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.DealConflict}, mixin.Time{}, mixin.Privacy{AppendOnly: true}}
}

// vendorOnly marks a field or edge only the channel team may read (layer 1); the Account and
// DealConflict interceptors also blank it for partners (layer 2).
var vendorOnly = entgql.Directives(hasRole("ADMIN", "CHANNEL_MANAGER"))

// Fields of DealConflict.
func (DealConflict) Fields() []ent.Field {
	return []ent.Field{
		field.String("deal_id").Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("partner_id").Immutable().
			Comment("The partner of the flagged deal (the tenant).").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Enum("kind").Values("SAME_DOMAIN", "SIMILAR_NAME", "EMAIL_DOMAIN", "DIRECT_ACCOUNT").Immutable().
			Comment("What matched: the same domain (certain), a similar company name, the contact's e-mail domain, or a named direct account."),
		field.Float("score").Min(0).Max(1).Immutable().
			Comment("How sure the match is, 0 to 1 (1 for exact matches)."),
		field.Bool("blocking").Immutable().
			Comment("Whether it stops approval: an earlier active registration on the same account (until an admin overrides), or a direct account (until co-sell is set)."),
		field.String("reason").NotEmpty().MaxLen(500).Immutable().
			Comment("Why it matters to the partner, naming no other partner or deal."),
		field.String("detail").Optional().Nillable().MaxLen(1000).Immutable().
			Comment("The full explanation for the channel team, naming the other partner and registration.").
			// Names the other partner: not filterable, or a partner could search it letter by letter.
			Annotations(vendorOnly, entgql.Skip(entgql.SkipWhereInput)),
		field.String("conflicting_deal_id").Optional().Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("conflicting_partner_id").Optional().Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("matched_account_id").Optional().Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of DealConflict.
func (DealConflict) Edges() []ent.Edge {
	// The other partner's side of a conflict is confidential: vendor-only in the SDL, blanked for
	// partners by the interceptor, and never a where filter (edge predicates bypass privacy,
	// github.com/ent/ent/issues/2957, and would let a partner test which competitor holds the account).
	confidential := []schema.Annotation{vendorOnly, entgql.Skip(entgql.SkipWhereInput)}
	return []ent.Edge{
		edge.To("deal", Deal.Type).Unique().Required().Immutable().Field("deal_id").
			Comment("The registration that was flagged.").
			Annotations(entgql.Skip(entgql.SkipWhereInput)), // filter deals from the deal's side (github.com/ent/ent/issues/2957)
		edge.To("conflicting_deal", Deal.Type).Unique().Immutable().Field("conflicting_deal_id").
			Comment("The earlier registration it collides with (vendor only).").
			Annotations(confidential...),
		edge.To("conflicting_partner", Partner.Type).Unique().Immutable().Field("conflicting_partner_id").
			Comment("The partner holding that registration (vendor only).").
			Annotations(confidential...),
		edge.To("matched_account", Account.Type).Unique().Immutable().Field("matched_account_id").
			Comment("The account that matched, which for a similar name or e-mail domain is not the deal's own (vendor only).").
			Annotations(confidential...),
	}
}

// Indexes of DealConflict.
func (DealConflict) Indexes() []ent.Index {
	return []ent.Index{index.Fields("deal_id"), index.Fields("conflicting_deal_id"), index.Fields("partner_id")}
}

// Interceptors of DealConflict.
func (DealConflict) Interceptors() []ent.Interceptor {
	return []ent.Interceptor{rule.HideConflictCounterpartFromPartners()}
}

// Policy of DealConflict: readable with the flagged deal; written only by registration.
func (DealConflict) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			rule.AllowIfVendor(),
			rule.FilterRowsOfOwnDeals(),
			privacy.AlwaysDenyRule(),
		},
		Mutation: privacy.MutationPolicy{
			rule.KeepInsideTenant(),
			rule.AllowConflictsOnOwnRegistration(),
			privacy.AlwaysDenyRule(),
		},
	}
}

// Annotations of DealConflict.
func (DealConflict) Annotations() []schema.Annotation {
	return []schema.Annotation{}
}
