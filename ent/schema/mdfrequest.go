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

// MdfRequest is a partner's request for funds from an allocation for one marketing activity.
// Approval commits funds; a claim with proof of performance later spends them (docs/mdf.md).
type MdfRequest struct{ ent.Schema }

// Mixin of MdfRequest.
func (MdfRequest) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.MdfRequest}, mixin.Time{}, mixin.Privacy{},
		PartnerOwned{Comment: "The partner asking for the funds."}}
}

// Fields of MdfRequest.
func (MdfRequest) Fields() []ent.Field {
	return []ent.Field{
		field.String("allocation_id").Immutable().NotEmpty().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("requester_id").Optional().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Enum("activity_type").Values("EVENT", "WEBINAR", "DIGITAL_CAMPAIGN", "CONTENT_SYNDICATION", "TRAINING", "OTHER").
			Comment("What kind of marketing activity the funds are for.").
			Annotations(entgql.OrderField("ACTIVITY_TYPE"), skipInputs),
		field.String("title").NotEmpty().MaxLen(200).
			Comment("The activity, in a line.").
			Annotations(skipInputs),
		field.Text("plan").Default("").MaxLen(10000).
			Comment("What the partner will do, for whom, and how it will measure it.").
			Annotations(skipInputs),
		field.Time("start_date").
			Comment("The activity's first day (midnight UTC).").
			Annotations(entgql.OrderField("START_DATE"), skipInputs),
		field.Time("end_date").
			Comment("The activity's last day (midnight UTC); claims are accepted from then until the claim deadline.").
			Annotations(entgql.OrderField("END_DATE"), skipInputs),
		field.Int64("requested_amount").Positive().
			Comment("The funds asked for, in minor units of the allocation's currency.").
			Annotations(entgql.Type("Int"), entgql.OrderField("REQUESTED_AMOUNT"), skipInputs),
		field.Int64("approved_amount").Optional().Nillable().NonNegative().
			Comment("The funds committed by the approval; at most the requested amount.").
			Annotations(entgql.Type("Int"), skipInputs),
		field.String("currency").MinLen(3).MaxLen(3).Immutable().
			Comment("ISO-4217 currency of the amounts (the allocation's).").
			Annotations(skipInputs),
		field.Int("expected_leads").NonNegative().Default(0).
			Comment("The leads the partner expects the activity to generate.").
			Annotations(skipInputs),
		field.Enum("status").Values("SUBMITTED", "APPROVED", "REJECTED", "CANCELLED", "COMPLETED").Default("SUBMITTED").
			Comment("SUBMITTED: waiting for the channel team; APPROVED: funds committed; REJECTED or CANCELLED: nothing committed; COMPLETED: its claim was paid.").
			Annotations(entgql.OrderField("STATUS"), skipInputs),
		field.String("decision_note").Default("").MaxLen(2000).
			Comment("The channel team's words on its decision.").
			Annotations(skipInputs),
		field.String("decided_by_id").Optional().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("decided_at").Optional().Nillable().
			Comment("When it was approved or rejected.").
			Annotations(skipInputs),
		field.Time("claim_deadline").
			Comment("The last moment a claim is accepted: the end date plus the claim window (60 days unless configured).").
			Annotations(entgql.OrderField("CLAIM_DEADLINE"), skipInputs),
	}
}

// Edges of MdfRequest.
func (MdfRequest) Edges() []ent.Edge {
	noInputsNoWhere := entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)
	return []ent.Edge{
		edge.To("allocation", MdfAllocation.Type).Unique().Required().Immutable().Field("allocation_id").
			Comment("The allocation the funds come from.").
			Annotations(noInputsNoWhere),
		edge.To("requester", User.Type).Unique().Immutable().Field("requester_id").
			Comment("The partner user who asked.").
			Annotations(noInputsNoWhere),
		edge.To("decided_by", User.Type).Unique().Field("decided_by_id").
			Comment("Who approved or rejected it; null to those who may not read that person.").
			Annotations(noInputsNoWhere),
		edge.From("claims", MdfClaim.Type).Ref("request").
			Comment("Claims against the request; at most one is open at a time.").
			Annotations(noInputsNoWhere),
	}
}

// Indexes of MdfRequest.
func (MdfRequest) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("allocation_id", "status"),
		index.Fields("partner_id", "status"),
		index.Fields("status", "created_at"),
		index.Fields("created_at", "id"),
	}
}

// Policy of MdfRequest: the vendor reads every request, a partner's users their organisation's
// (PartnerOwned). Partner users ask, edit while SUBMITTED and cancel; the partner's channel manager
// or an admin decides (rule/mdf.go).
func (MdfRequest) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			rule.AllowIfVendor(),
			rule.AllowIfPartner(),
			privacy.AlwaysDenyRule(),
		},
		Mutation: privacy.MutationPolicy{
			rule.AllowIfAdmin(),
			rule.AllowMdfRequestDecision(),
			rule.AllowMdfRequester(),
			privacy.AlwaysDenyRule(),
		},
	}
}

// Annotations of MdfRequest.
func (MdfRequest) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField().Directives(anyRole),
		entgql.RelayConnection(),
	}
}
