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

// HealthWeights is the program's one row of health-score weights; without it the defaults hold.
// A weight of 0 leaves an indicator out of the score.
type HealthWeights struct{ ent.Schema }

// Mixin of HealthWeights.
func (HealthWeights) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.HealthWeights}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of HealthWeights.
func (HealthWeights) Fields() []ent.Field {
	return []ent.Field{
		field.String("key").Default("program").Immutable().Comment("Always \"program\": one row."),
		field.Int("registration_activity").Min(0).Max(100).Default(25),
		field.Int("win_rate").Min(0).Max(100).Default(25),
		field.Int("portal_activity").Min(0).Max(100).Default(15),
		field.Int("content_engagement").Min(0).Max(100).Default(15),
		field.Int("certifications").Min(0).Max(100).Default(20),
	}
}

// Indexes of HealthWeights.
func (HealthWeights) Indexes() []ent.Index {
	return []ent.Index{indexUnique("key")}
}

// Policy of HealthWeights: every signed-in viewer reads the weights (each score shows them); only
// ADMIN changes them.
func (HealthWeights) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.AllowIfSignedIn(), privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{rule.AllowIfAdmin(), privacy.AlwaysDenyRule()},
	}
}

// Annotations of HealthWeights: served by hand-written types.
func (HealthWeights) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

func indexUnique(fields ...string) ent.Index { return index.Fields(fields...).Unique() }
