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
	"github.com/partnerhub/partnerhub/internal/deal/status"
	"github.com/partnerhub/partnerhub/internal/ids"
)

// Deal is a deal registration: a partner's claim on an opportunity at an end customer, which the
// vendor's channel team approves under the rules of engagement to give the partner protection.
type Deal struct{ ent.Schema }

// Mixin of Deal.
func (Deal) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.Deal}, mixin.Time{}, mixin.Privacy{},
		PartnerOwned{Comment: "The partner holding the registration."}}
}

var skipInputs = entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)

// Fields of Deal.
func (Deal) Fields() []ent.Field {
	return []ent.Field{
		field.String("registered_by_id").Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("account_id").Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("customer_name").NotEmpty().MaxLen(200).Immutable().
			Comment("The customer company as the partner entered it.").
			Annotations(entgql.OrderField("CUSTOMER_NAME")),
		field.String("customer_domain").NotEmpty().MaxLen(253).Immutable().
			Comment("The customer's normalized web domain; it decides the account."),
		field.String("contact_name").Default("").MaxLen(200).
			Comment("The customer contact the partner works with."),
		field.String("contact_email").Default("").MaxLen(254).
			Comment("The contact's e-mail address, normalized."),
		field.String("title").NotEmpty().MaxLen(200).
			Comment("What the opportunity is, in a line.").
			Annotations(entgql.OrderField("TITLE")),
		field.Text("description").Default("").MaxLen(5000).
			Comment("The opportunity in the partner's words."),
		field.Int64("amount").Positive().
			Comment("Expected deal value in minor units of currency (cents).").
			Annotations(entgql.Type("Int"), entgql.OrderField("AMOUNT")),
		field.String("currency").MinLen(3).MaxLen(3).
			Comment("ISO-4217 currency of amount and closed amount.").
			Annotations(entgql.OrderField("CURRENCY")),
		field.Time("expected_close_date").
			Comment("When the partner expects the customer to sign (a date, at midnight UTC).").
			Annotations(entgql.OrderField("EXPECTED_CLOSE_DATE")),
		field.Strings("products").Optional().
			Comment("Products the opportunity is for."),
		field.Enum("source").Values("SOURCED", "INFLUENCED").
			Comment("SOURCED: the partner found the opportunity; INFLUENCED: the partner helps on one the vendor found.").
			Annotations(entgql.OrderField("SOURCE")),
		field.Enum("status").GoType(status.Status("")).Default(string(status.Submitted)).
			Comment("Where the registration stands; it moves only by the lifecycle's transitions.").
			Annotations(entgql.OrderField("STATUS"), skipInputs),
		field.Time("decision_due_at").
			Comment("When the channel team owes a decision (the approval SLA).").
			Annotations(entgql.OrderField("DECISION_DUE_AT"), skipInputs),
		field.String("reviewer_id").Optional().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("decision_note").Default("").MaxLen(2000).
			Comment("Why the registration was approved, rejected or closed.").
			Annotations(skipInputs),
		field.Time("decided_at").Optional().Nillable().
			Comment("When it was approved or rejected.").
			Annotations(entgql.OrderField("DECIDED_AT"), skipInputs),
		field.Bool("conflict_overridden").Default(false).
			Comment("An admin approved it despite an earlier active registration of another partner (see the decision note).").
			Annotations(skipInputs),
		field.Time("protection_expires_at").Optional().Nillable().
			Comment("Until when the approved registration protects the partner.").
			Annotations(entgql.OrderField("PROTECTION_EXPIRES_AT"), skipInputs),
		field.Time("expiry_notice_at").Optional().Nillable().
			Comment("When the registrant was told the protection window ends within 14 days; set once.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Bool("co_sell").Default(false).
			Comment("The vendor's direct sales works the deal with the partner.").
			Annotations(skipInputs),
		field.String("direct_rep_id").Optional().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("closed_at").Optional().Nillable().
			Comment("When the deal was won or lost.").
			Annotations(entgql.OrderField("CLOSED_AT"), skipInputs),
		field.Int64("closed_amount").Optional().Nillable().NonNegative().
			Comment("Final value of a won deal in minor units of currency.").
			Annotations(entgql.Type("Int"), skipInputs),
		field.String("mdf_request_id").Optional().Nillable().
			Comment("The funded MDF activity that sourced the deal (docs/mdf.md, ROI).").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of Deal.
func (Deal) Edges() []ent.Edge {
	noInputs := entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)
	noInputsNoWhere := entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)
	return []ent.Edge{
		edge.To("registered_by", User.Type).Unique().Required().Immutable().Field("registered_by_id").
			Comment("Who registered it.").Annotations(noInputs),
		edge.To("account", Account.Type).Unique().Required().Immutable().Field("account_id").
			Comment("The end customer, matched or created by normalized domain.").
			// No where filter here or on the deal's events, conflicts and extensions: ent runs edge
			// predicates without privacy (github.com/ent/ent/issues/2957), and their fields are not all a partner's to probe.
			Annotations(noInputsNoWhere),
		edge.To("reviewer", User.Type).Unique().Field("reviewer_id").
			Comment("The vendor user who decided it.").
			// Vendor users a partner cannot read must not be probed by a where filter (github.com/ent/ent/issues/2957).
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.To("direct_rep", User.Type).Unique().Field("direct_rep_id").
			Comment("The vendor's direct sales rep on a co-sell deal.").
			// As reviewer: the target may be a vendor user the partner cannot read.
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.From("events", DealEvent.Type).Ref("deal").
			Comment("The timeline: every status change with who, when and why, oldest first.").
			Annotations(noInputsNoWhere),
		edge.From("conflicts", DealConflict.Type).Ref("deal").
			Comment("Why this registration collides with an earlier one or a direct account; empty when it does not.").
			Annotations(noInputsNoWhere),
		edge.From("extensions", DealExtension.Type).Ref("deal").
			Comment("Requests to extend the protection window.").
			Annotations(noInputsNoWhere),
		edge.To("mdf_request", MdfRequest.Type).Unique().Field("mdf_request_id").
			Comment("The funded MDF activity that sourced the deal, if any.").
			Annotations(noInputsNoWhere),
		edge.From("conflicted_by", DealConflict.Type).Ref("conflicting_deal").
			Comment("Later registrations flagged against this one; they belong to other partners.").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of Deal.
func (Deal) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("account_id", "status"),
		index.Fields("partner_id", "status"),
		index.Fields("registered_by_id"),
		index.Fields("status", "decision_due_at"),
		index.Fields("status", "protection_expires_at"),
		index.Fields("created_at"),
		index.Fields("mdf_request_id", "status"),
		// The orders and filters of the deals list (cursor pagination pairs each with the ID).
		index.Fields("expected_close_date", "id"),
		index.Fields("decision_due_at", "id"),
		index.Fields("amount", "id"),
	}
}

// Policy of Deal: the vendor reads every registration, a partner admin their organisation's and a
// partner sales rep the ones they registered. Writes are the lifecycle's (internal/deal), each
// checked here for role and ownership.
func (Deal) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			rule.AllowIfVendor(),
			rule.FilterOwnRegistrations(),
			privacy.AlwaysDenyRule(),
		},
		Mutation: privacy.MutationPolicy{
			rule.AllowIfAdmin(),
			rule.AllowDealManager(),
			rule.AllowDealOwner(),
			privacy.AlwaysDenyRule(),
		},
	}
}

// Annotations of Deal.
func (Deal) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField().Directives(anyRole),
		entgql.RelayConnection(),
	}
}
