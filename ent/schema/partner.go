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

// Partner is a partner organisation: a reseller, MSP, integrator or other company selling with the vendor.
type Partner struct{ ent.Schema }

// Mixin of Partner.
func (Partner) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.Partner}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of Partner.
func (Partner) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(200).
			Comment("Company name.").
			Annotations(entgql.OrderField("NAME")),
		field.String("slug").NotEmpty().MaxLen(80).Unique().
			Match(slugPattern).
			Comment("URL-safe unique handle, e.g. acme-reseller.").
			Annotations(entgql.OrderField("SLUG")),
		field.Enum("type").
			Values("RESELLER", "VAR", "MSP", "SI", "ISV", "REFERRAL", "ALLIANCE", "MARKETPLACE").
			Comment("How the partner goes to market.").
			Annotations(entgql.OrderField("TYPE")),
		field.Enum("status").
			Values("ONBOARDING", "ACTIVE", "SUSPENDED", "CHURNED").
			Default("ONBOARDING").
			Comment("Where the partner is in its lifecycle.").
			Annotations(entgql.OrderField("STATUS")),
		field.String("tier_id").Optional().
			Comment("The tier the partner holds; none while onboarding.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("manager_id").Optional().
			Comment("The vendor's partner account manager.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("website").Default("").MaxLen(300).
			Comment("Public website as entered."),
		field.String("domain").Optional().Nillable().MaxLen(253).
			Comment("Web domain, normalized from the website (lower case, no scheme, www., path or port).").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.String("country").Default("").MaxLen(2).
			Comment("ISO-3166 alpha-2 country code of the headquarters.").
			Annotations(entgql.OrderField("COUNTRY")),
		field.Enum("region").Values("NA", "LATAM", "EMEA", "APAC").
			Comment("Sales region the partner belongs to.").
			Annotations(entgql.OrderField("REGION")),
		field.Strings("verticals").Optional().
			Comment("Industries the partner specialises in."),
		field.Time("contract_signed_at").Optional().Nillable().
			Comment("When the partner agreement was signed.").
			Annotations(entgql.OrderField("CONTRACT_SIGNED_AT")),
		field.Strings("tier_checks").Optional().
			Comment("Tiers whose manual check the channel team confirmed for this partner.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("first_deal_at").Optional().Nillable().
			Comment("When the partner registered its first deal (onboarding ends there).").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Edges of Partner.
func (Partner) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("tier", Tier.Type).Unique().Field("tier_id").
			Comment("The tier the partner holds."),
		edge.To("manager", User.Type).Unique().Field("manager_id").
			Comment("The vendor's partner account manager for this partner."),
		edge.From("users", User.Type).Ref("partner").
			Comment("People of this partner organisation.").
			// No where-filter on this edge: ent's edge predicates bypass privacy (github.com/ent/ent/issues/2957), and a
			// PARTNER_SALES, who may not list colleagues, could otherwise probe them by e-mail.
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.From("notes", PartnerNote.Type).Ref("partner").
			Comment("The channel team's notes on the partner, newest first unless orderBy says otherwise (vendor only).").
			// Vendor-internal: no where-filter either (hasNotes would tell a partner that notes exist).
			Annotations(entgql.RelayConnection(), vendorOnly,
				entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Indexes of Partner.
func (Partner) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("domain").Unique(),
		index.Fields("tier_id"),
		index.Fields("manager_id"),
		index.Fields("name"),
		index.Fields("status"),
		index.Fields("type"),
		index.Fields("region"),
		index.Fields("created_at"),
	}
}

// Hooks of Partner.
func (Partner) Hooks() []ent.Hook {
	return []ent.Hook{deriveDomain()}
}

// Policy of Partner: the vendor reads every partner, a partner only itself. ADMIN changes any
// partner, a channel manager the ones they manage, a partner admin their own profile.
func (Partner) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			rule.AllowIfVendor(),
			rule.FilterOwnPartnerRecord(),
			privacy.AlwaysDenyRule(),
		},
		Mutation: privacy.MutationPolicy{
			rule.AllowIfAdmin(),
			rule.AllowManagerOfPartner(),
			rule.AllowPartnerAdminProfile(),
			rule.AllowFirstDealDate(),
			privacy.AlwaysDenyRule(),
		},
	}
}

// Annotations of Partner.
func (Partner) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField().Directives(anyRole),
		entgql.RelayConnection(),
	}
}
