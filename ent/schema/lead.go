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

// Lead is a prospect the vendor hands to a partner to work: the reverse of a deal registration.
// Routing rules choose the partner; the partner accepts or declines within a deadline and converts
// an accepted lead into a deal registration (docs/leads-and-routing.md).
type Lead struct{ ent.Schema }

// Mixin of Lead.
func (Lead) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.Lead}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of Lead.
func (Lead) Fields() []ent.Field {
	return []ent.Field{
		field.String("company").NotEmpty().MaxLen(200).
			Comment("The prospect's company.").
			Annotations(entgql.OrderField("COMPANY"), skipInputs),
		field.String("domain").Default("").MaxLen(253).
			Comment("The prospect's normalized web domain; a converted lead registers the deal on it.").
			Annotations(skipInputs),
		field.String("contact_name").Default("").MaxLen(200).
			Comment("The person who asked.").Annotations(skipInputs),
		field.String("contact_email").Default("").MaxLen(254).
			Comment("Their e-mail address, normalized.").Annotations(skipInputs),
		field.String("country").Default("").MaxLen(2).
			Comment("ISO-3166 alpha-2 country of the prospect.").
			Annotations(entgql.OrderField("COUNTRY"), skipInputs),
		field.Enum("region").Values("NA", "LATAM", "EMEA", "APAC").
			Comment("Sales region of the prospect (the partners' regions).").
			Annotations(entgql.OrderField("REGION"), skipInputs),
		field.String("vertical").Default("").MaxLen(100).
			Comment("The prospect's industry, matched against the partners' verticals.").Annotations(skipInputs),
		field.Text("interest").Default("").MaxLen(2000).
			Comment("What the prospect is interested in, in their words.").Annotations(skipInputs),
		field.Int64("estimated_value").Default(0).NonNegative().
			Comment("Estimated deal value in minor units of currency (cents).").
			Annotations(entgql.Type("Int"), entgql.OrderField("ESTIMATED_VALUE"), skipInputs),
		field.String("currency").Default("USD").MinLen(3).MaxLen(3).
			Comment("ISO-4217 currency of the estimated value.").Annotations(skipInputs),
		field.String("source").Default("").MaxLen(100).
			Comment("Where the vendor found the lead (web form, event, campaign).").Annotations(skipInputs),
		field.Enum("status").Values("NEW", "OFFERED", "ACCEPTED", "MANUAL", "CONVERTED").Default("NEW").
			Comment("NEW: waiting to be routed; OFFERED: a partner must accept or decline by the deadline; ACCEPTED: the partner works it; MANUAL: no rule found a partner, the channel team assigns it; CONVERTED: a deal registration was made from it.").
			Annotations(entgql.OrderField("STATUS"), skipInputs),
		field.String("partner_id").Optional().
			Comment("The partner the lead is offered to or accepted by.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("offer_deadline").Optional().Nillable().
			Comment("When the open offer lapses and the lead is routed again.").
			Annotations(entgql.OrderField("OFFER_DEADLINE"), skipInputs),
		field.Time("accepted_at").Optional().Nillable().
			Comment("When the partner accepted it.").Annotations(skipInputs),
		field.String("deal_id").Optional().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("created_by_id").Optional().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of Lead.
func (Lead) Edges() []ent.Edge {
	noInputsNoWhere := entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)
	return []ent.Edge{
		edge.To("partner", Partner.Type).Unique().Field("partner_id").
			Comment("The partner holding the lead now; earlier partners that passed are not shown to partners.").
			// No where filter: ent runs edge predicates without privacy (github.com/ent/ent/issues/2957).
			Annotations(noInputsNoWhere),
		edge.To("deal", Deal.Type).Unique().Field("deal_id").
			Comment("The deal registration the lead was converted into: vendor-sourced, partner-worked.").
			// A where filter over deals would probe registrations without their privacy (github.com/ent/ent/issues/2957).
			Annotations(noInputsNoWhere),
		edge.To("created_by", User.Type).Unique().Immutable().Field("created_by_id").
			Comment("The vendor user who created the lead.").
			Annotations(noInputsNoWhere, vendorOnly),
		edge.From("offers", LeadOffer.Type).Ref("lead").
			Comment("Offers of the lead; a partner sees only the ones made to it.").
			Annotations(noInputsNoWhere),
		edge.From("routings", LeadRouting.Type).Ref("lead").
			Comment("Every routing decision with its trace, oldest first (vendor only).").
			Annotations(noInputsNoWhere, vendorOnly),
	}
}

// Indexes of Lead.
func (Lead) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("status", "offer_deadline"),
		index.Fields("partner_id", "status"),
		index.Fields("created_at"),
	}
}

// Policy of Lead: the vendor reads every lead; a partner only the leads offered to or accepted by
// it now (a lead it passed on is gone from its view). The vendor creates and assigns leads; the
// partner holding one accepts, declines or converts it (rule/lead.go).
func (Lead) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			rule.AllowIfVendor(),
			rule.FilterTenant(),
			rule.AllowIfPartner(),
			privacy.AlwaysDenyRule(),
		},
		Mutation: privacy.MutationPolicy{
			rule.AllowVendorLeadWrites(),
			rule.AllowLeadHolder(),
			privacy.AlwaysDenyRule(),
		},
	}
}

// Annotations of Lead.
func (Lead) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField().Directives(anyRole),
		entgql.RelayConnection(),
	}
}
