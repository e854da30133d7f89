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

// PartnerApplication is a company's request to join the partner program, the entry point of
// recruitment. Applying creates the partner in ONBOARDING status; the vendor's channel team then
// approves it (with a tier and a manager, inviting the contact as the partner's admin) or declines.
type PartnerApplication struct{ ent.Schema }

// Mixin of PartnerApplication.
func (PartnerApplication) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.Application}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of PartnerApplication.
func (PartnerApplication) Fields() []ent.Field {
	return []ent.Field{
		field.String("company").NotEmpty().MaxLen(200).
			Comment("The applying company's name.").
			Annotations(entgql.OrderField("COMPANY")),
		field.String("website").NotEmpty().MaxLen(300).
			Comment("The company's website as entered."),
		field.String("domain").NotEmpty().MaxLen(253).
			Comment("Web domain, normalized from the website."),
		field.Enum("partner_type").
			Values("RESELLER", "VAR", "MSP", "SI", "ISV", "REFERRAL", "ALLIANCE", "MARKETPLACE").
			Comment("How the company goes to market."),
		field.String("country").MaxLen(2).
			Comment("ISO-3166 alpha-2 country code of the headquarters."),
		field.String("contact_name").NotEmpty().MaxLen(200).
			Comment("The person applying; invited as the partner's admin on approval."),
		field.String("contact_email").NotEmpty().MaxLen(254).
			Comment("The contact's e-mail address, stored in lower case."),
		field.Text("motivation").Default("").MaxLen(4000).
			Comment("Why the company wants to partner, in its own words."),
		field.Enum("status").Values("SUBMITTED", "APPROVED", "DECLINED").Default("SUBMITTED").
			Comment("SUBMITTED until the channel team decides.").
			Annotations(entgql.OrderField("STATUS")),
		field.String("decline_reason").Default("").MaxLen(2000).
			Comment("Why the application was declined, as told to the applicant."),
		field.Time("reviewed_at").Optional().Nillable(),
		field.String("reviewer_id").Optional().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("ip").Default("").MaxLen(64).Immutable().
			Comment("The address the application came from, for the anonymous rate limit.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("partner_id").Optional().
			Comment("The partner record the application created.").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of PartnerApplication.
func (PartnerApplication) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("partner", Partner.Type).Unique().Field("partner_id").
			Comment("The partner record the application created.").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("reviewer", User.Type).Unique().Field("reviewer_id").
			Comment("Who approved or declined.").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes of PartnerApplication.
func (PartnerApplication) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("status", "created_at"),
		index.Fields("domain"),
		index.Fields("partner_id"),
		index.Fields("ip", "created_at"),
	}
}

// Policy of PartnerApplication: the vendor's channel team reads and decides applications; a
// PARTNER_ADMIN reads their own organisation's. Applying is anonymous and runs as the system.
func (PartnerApplication) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			rule.AllowIfVendor(),
			rule.FilterPartnerAdminOwn(),
			rule.FilterNone(),
			privacy.AlwaysDenyRule(),
		},
		Mutation: privacy.MutationPolicy{
			rule.AllowReviewIfVendor(),
			privacy.AlwaysDenyRule(),
		},
	}
}

// Annotations of PartnerApplication.
func (PartnerApplication) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField("partnerApplications").Directives(hasRole("ADMIN", "CHANNEL_MANAGER")),
		entgql.RelayConnection(),
	}
}
