package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/partnerhub/partnerhub/ent/privacy"
	"github.com/partnerhub/partnerhub/ent/schema/mixin"
	"github.com/partnerhub/partnerhub/ent/schema/rule"
	"github.com/partnerhub/partnerhub/internal/ids"
)

// TierChange is a proposed, pending or applied change of a partner's tier, kept as its history with
// who decided and why. At most one change per partner is open (PROPOSED or GRACE): open_key holds
// the partner's ID while it is, and its unique index is what keeps two evaluation runs from opening
// two (docs/tier-evaluation.md).
type TierChange struct{ ent.Schema }

// Mixin of TierChange.
func (TierChange) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.TierChange}, mixin.Time{}, mixin.Privacy{},
		PartnerOwned{Comment: "The partner whose tier changes."}}
}

// Fields of TierChange.
func (TierChange) Fields() []ent.Field {
	return []ent.Field{
		field.String("from_tier_id").Optional().Immutable().Comment("The tier held when the change was opened."),
		field.String("to_tier_id").Optional().Comment("The tier the partner moves to; empty for no tier."),
		field.Enum("kind").Values("UPGRADE", "DOWNGRADE").Immutable(),
		field.Enum("status").Values("PROPOSED", "GRACE", "APPLIED", "CANCELLED", "REJECTED").
			Comment("PROPOSED: an upgrade awaiting approval; GRACE: a downgrade in its grace period."),
		field.String("evaluation_id").Optional().Immutable().Comment("The evaluation that opened it."),
		field.Text("reason").Default("").MaxLen(2000).Comment("Why it was opened."),
		field.String("open_key").Optional().Nillable().
			Comment("The partner's ID while the change is open, NULL after: at most one open change per partner."),
		field.Time("grace_ends_at").Optional().Nillable().Comment("When a downgrade's grace period ends."),
		field.Time("grace_notice_at").Optional().Nillable().Comment("When the start-of-grace e-mail was queued."),
		field.Time("grace_reminder_at").Optional().Nillable().Comment("When the end-of-grace reminder was queued."),
		field.String("decided_by_id").Optional().Comment("Who approved, rejected or applied it; empty for the system."),
		field.Time("decided_at").Optional().Nillable(),
		field.Text("decision_note").Default("").MaxLen(2000).Comment("Why it was decided so."),
	}
}

// Indexes of TierChange.
func (TierChange) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("open_key").Unique(),
		index.Fields("partner_id", "created_at"),
		index.Fields("status"),
	}
}

// Policy of TierChange: the vendor reads every change, a partner its own. ADMIN decides any open
// change, a channel manager those of the partners they manage; the evaluation opens and closes them
// as the system.
func (TierChange) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.AllowIfVendor(), rule.AllowIfPartner(), privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{
			rule.AllowIfAdmin(),
			rule.AllowTierChangeByManager(),
			privacy.AlwaysDenyRule(),
		},
	}
}

// Annotations of TierChange: served by hand-written types, not ent's GraphQL.
func (TierChange) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
