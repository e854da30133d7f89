package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/partnerhub/partnerhub/ent/privacy"
	"github.com/partnerhub/partnerhub/ent/schema/mixin"
	"github.com/partnerhub/partnerhub/internal/ids"
)

// OnboardingDigest records that a channel manager's daily digest of overdue onboarding steps was
// queued for a day. Its unique (manager, day) index is what makes the digest go out once a day
// however many instances run the job at once.
type OnboardingDigest struct{ ent.Schema }

// Mixin of OnboardingDigest.
func (OnboardingDigest) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.OnboardingDigest}, mixin.Time{}, mixin.Privacy{AppendOnly: true}}
}

// Fields of OnboardingDigest.
func (OnboardingDigest) Fields() []ent.Field {
	return []ent.Field{
		field.String("manager_id").NotEmpty().Immutable(),
		field.String("day").NotEmpty().MaxLen(10).Immutable().Comment("UTC date, YYYY-MM-DD."),
		field.Int("overdue_steps").NonNegative().Immutable(),
	}
}

// Indexes of OnboardingDigest.
func (OnboardingDigest) Indexes() []ent.Index {
	return []ent.Index{index.Fields("manager_id", "day").Unique()}
}

// Policy of OnboardingDigest: the system's bookkeeping (the base policy lets the system through).
func (OnboardingDigest) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{privacy.AlwaysDenyRule()},
	}
}

// Annotations of OnboardingDigest: not part of the GraphQL API.
func (OnboardingDigest) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
