package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/partnerhub/partnerhub/ent/privacy"
	"github.com/partnerhub/partnerhub/ent/schema/mixin"
	"github.com/partnerhub/partnerhub/ent/schema/rule"
	"github.com/partnerhub/partnerhub/internal/ids"
)

// MdfClaim is a partner's claim for the funds of an approved request after the activity, with
// proof of performance; approved, it is paid (docs/mdf.md).
type MdfClaim struct{ ent.Schema }

// Mixin of MdfClaim.
func (MdfClaim) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.MdfClaim}, mixin.Time{}, mixin.Privacy{},
		PartnerOwned{Comment: "The partner claiming."}}
}

// Fields of MdfClaim.
func (MdfClaim) Fields() []ent.Field {
	return []ent.Field{
		field.String("request_id").Immutable().NotEmpty().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("submitted_by_id").Optional().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Int64("amount").Positive().
			Comment("The funds claimed, in minor units; at most the request's approved amount.").
			Annotations(entgql.Type("Int"), entgql.OrderField("AMOUNT"), skipInputs),
		field.String("currency").MinLen(3).MaxLen(3).Immutable().
			Comment("ISO-4217 currency of the amounts (the allocation's).").
			Annotations(skipInputs),
		field.Int("actual_leads").NonNegative().Default(0).
			Comment("The leads the activity generated.").
			Annotations(skipInputs),
		field.Int64("pipeline_generated").NonNegative().Default(0).
			Comment("The pipeline the activity generated, in minor units of the currency.").
			Annotations(entgql.Type("Int"), skipInputs),
		field.String("note").Default("").MaxLen(2000).
			Comment("The partner's words on the claim.").
			Annotations(skipInputs),
		field.Enum("status").Values("SUBMITTED", "CHANGES_REQUESTED", "APPROVED", "REJECTED", "PAID").Default("SUBMITTED").
			Comment("SUBMITTED: waiting for review; CHANGES_REQUESTED: the partner edits and resubmits; APPROVED: to be paid; REJECTED: closed without payment; PAID.").
			Annotations(entgql.OrderField("STATUS"), skipInputs),
		field.Time("submitted_at").
			Comment("When it was (last) submitted.").
			Annotations(entgql.OrderField("SUBMITTED_AT"), skipInputs),
		field.String("review_note").Default("").MaxLen(2000).
			Comment("The channel team's words on its review.").
			Annotations(skipInputs),
		field.String("reviewer_id").Optional().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("reviewed_at").Optional().Nillable().
			Comment("When it was last reviewed.").
			Annotations(skipInputs),
		field.String("payment_reference").Default("").MaxLen(200).
			Comment("The vendor's reference of the payment (e.g. a remittance or credit note number).").
			Annotations(skipInputs),
		field.Time("paid_at").Optional().Nillable().
			Comment("When it was marked paid.").
			Annotations(skipInputs),
	}
}

// Edges of MdfClaim.
func (MdfClaim) Edges() []ent.Edge {
	noInputsNoWhere := entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)
	return []ent.Edge{
		edge.To("request", MdfRequest.Type).Unique().Required().Immutable().Field("request_id").
			Comment("The approved request the claim is for.").
			Annotations(noInputsNoWhere),
		edge.To("submitted_by", User.Type).Unique().Field("submitted_by_id").
			Comment("The partner user who (last) submitted it.").
			Annotations(noInputsNoWhere),
		edge.To("reviewer", User.Type).Unique().Field("reviewer_id").
			Comment("Who last reviewed it; null to those who may not read that person.").
			Annotations(noInputsNoWhere),
		edge.From("files", File.Type).Ref("mdf_claim").
			Comment("The proof-of-performance files.").
			Annotations(noInputsNoWhere),
	}
}

// Indexes of MdfClaim.
func (MdfClaim) Indexes() []ent.Index {
	return []ent.Index{
		// One open claim per request, decided by the database: every claim but a rejected one is open
		// (or settled), so a request has at most one such row however many submissions race.
		index.Fields("request_id").Unique().Annotations(entsql.IndexWhere("status <> 'REJECTED'")),
		index.Fields("partner_id", "status"),
		index.Fields("status", "submitted_at"),
		index.Fields("submitted_at", "id"),
	}
}

// Policy of MdfClaim: readable like the request; partner users submit and resubmit their
// organisation's claims, the partner's channel manager or an admin reviews and pays (rule/mdf.go).
func (MdfClaim) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			rule.AllowIfVendor(),
			rule.AllowIfPartner(),
			privacy.AlwaysDenyRule(),
		},
		Mutation: privacy.MutationPolicy{
			rule.AllowIfAdmin(),
			rule.AllowMdfClaimReview(),
			rule.AllowMdfClaimant(),
			privacy.AlwaysDenyRule(),
		},
	}
}

// Annotations of MdfClaim.
func (MdfClaim) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField().Directives(anyRole),
		entgql.RelayConnection(),
	}
}
