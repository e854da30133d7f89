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

// LeadOffer is a lead offered to one partner, with the deadline to answer and the answer. A lead
// that is declined or lapses is offered to another partner; each partner sees only its own offers.
type LeadOffer struct{ ent.Schema }

// Mixin of LeadOffer.
func (LeadOffer) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.LeadOffer}, mixin.Time{}, mixin.Privacy{},
		PartnerOwned{Comment: "The partner the lead was offered to."}}
}

// Fields of LeadOffer.
func (LeadOffer) Fields() []ent.Field {
	return []ent.Field{
		field.String("lead_id").Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.Enum("status").Values("OFFERED", "ACCEPTED", "DECLINED", "EXPIRED", "WITHDRAWN").Default("OFFERED").
			Comment("OFFERED: waiting for an answer; ACCEPTED or DECLINED by the partner; EXPIRED: the deadline passed; WITHDRAWN: the channel team reassigned the lead.").
			Annotations(skipInputs),
		field.Time("deadline").Immutable().
			Comment("Accept or decline before this.").Annotations(skipInputs),
		field.Enum("decline_reason").Values("NO_CAPACITY", "NOT_OUR_REGION", "NO_FIT", "DUPLICATE", "SPAM").Optional().Nillable().
			Comment("Why the partner declined.").Annotations(skipInputs),
		field.String("note").Default("").MaxLen(2000).
			Comment("The partner's words on its answer.").Annotations(skipInputs),
		field.Time("responded_at").Optional().Nillable().
			Comment("When the partner answered, or the offer lapsed.").Annotations(skipInputs),
	}
}

// Edges of LeadOffer.
func (LeadOffer) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("lead", Lead.Type).Unique().Required().Immutable().Field("lead_id").
			Comment("The lead offered; null to a partner once it passed on the lead.").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)),
	}
}

// Indexes of LeadOffer.
func (LeadOffer) Indexes() []ent.Index {
	return []ent.Index{index.Fields("lead_id", "status"), index.Fields("partner_id", "status")}
}

// Policy of LeadOffer: the vendor reads every offer, a partner its own (PartnerOwned). Routing
// creates offers; the partner answers its own open offer (rule/lead.go).
func (LeadOffer) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.AllowIfVendor(), rule.AllowIfPartner(), privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{
			rule.AllowVendorLeadWrites(),
			rule.AllowOfferAnswer(),
			privacy.AlwaysDenyRule(),
		},
	}
}

// Annotations of LeadOffer.
func (LeadOffer) Annotations() []schema.Annotation {
	// No where input: offers are reached through their lead, and a filter over the partner edge
	// would run without privacy (github.com/ent/ent/issues/2957).
	return []schema.Annotation{entgql.Skip(entgql.SkipWhereInput)}
}
