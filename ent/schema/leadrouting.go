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
	"github.com/partnerhub/partnerhub/internal/lead/trace"
)

// LeadRouting is one routing decision about a lead, with its trace. It names the partners that
// were eligible and the ones that passed, so only the vendor reads it.
type LeadRouting struct{ ent.Schema }

// Mixin of LeadRouting.
func (LeadRouting) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.LeadRouting}, mixin.Time{}, mixin.Privacy{AppendOnly: true}}
}

// Fields of LeadRouting.
func (LeadRouting) Fields() []ent.Field {
	return []ent.Field{
		field.String("lead_id").Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.Enum("cause").Values("CREATED", "DECLINED", "DEADLINE_MISSED", "MANUAL").Immutable().
			Comment("What made the lead be routed."),
		field.Enum("outcome").Values("OFFERED", "MANUAL_QUEUE").Immutable().
			Comment("OFFERED to the winner, or put in the manual queue."),
		field.String("partner_id").Optional().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.JSON("trace", trace.Trace{}).Immutable().
			Comment("Which rules ran, who was eligible after each and why the winner won.").
			Annotations(entgql.Type("RoutingTrace")),
	}
}

// Edges of LeadRouting.
func (LeadRouting) Edges() []ent.Edge {
	noInputs := entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)
	return []ent.Edge{
		edge.To("lead", Lead.Type).Unique().Required().Immutable().Field("lead_id").
			Comment("The lead routed.").Annotations(noInputs),
		edge.To("partner", Partner.Type).Unique().Immutable().Field("partner_id").
			Comment("The partner chosen; null for the manual queue.").Annotations(noInputs),
	}
}

// Indexes of LeadRouting.
func (LeadRouting) Indexes() []ent.Index {
	return []ent.Index{index.Fields("lead_id", "created_at")}
}

// Policy of LeadRouting: vendor only, created by routing and never changed.
func (LeadRouting) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.AllowIfVendor(), rule.FilterNone(), privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{rule.AllowVendorLeadWrites(), privacy.AlwaysDenyRule()},
	}
}

// Annotations of LeadRouting.
func (LeadRouting) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)}
}
