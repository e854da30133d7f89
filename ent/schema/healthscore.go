package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"

	"github.com/partnerhub/partnerhub/ent/privacy"
	"github.com/partnerhub/partnerhub/ent/schema/mixin"
	"github.com/partnerhub/partnerhub/ent/schema/rule"
	"github.com/partnerhub/partnerhub/internal/health/healthspec"
	"github.com/partnerhub/partnerhub/internal/ids"
)

// HealthScore is a partner's health score of one day, stored by the daily job so trends show. Its
// inputs keep the weights of that day, so an old score still explains itself after they change.
type HealthScore struct{ ent.Schema }

// Mixin of HealthScore.
func (HealthScore) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.HealthScore}, mixin.Time{}, mixin.Privacy{AppendOnly: true},
		PartnerOwned{Comment: "The partner scored."}}
}

// Fields of HealthScore.
func (HealthScore) Fields() []ent.Field {
	return []ent.Field{
		field.String("day").NotEmpty().MaxLen(10).Immutable().Comment("UTC date, YYYY-MM-DD."),
		field.Float("score").Min(0).Max(100).Immutable(),
		field.JSON("inputs", []healthspec.Input{}).Immutable(),
	}
}

// Indexes of HealthScore: one score per partner and day, however many instances run the job.
func (HealthScore) Indexes() []ent.Index {
	return []ent.Index{indexUnique("partner_id", "day")}
}

// Policy of HealthScore: the vendor reads every score, a partner its own; the daily job writes.
func (HealthScore) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.AllowIfVendor(), rule.AllowIfPartner(), privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{privacy.AlwaysDenyRule()},
	}
}

// Annotations of HealthScore: served by hand-written types.
func (HealthScore) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
