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

// QuizAttempt is one graded attempt at a quiz. Attempts are numbered per person, quiz and UTC day,
// and the unique number is what holds the daily limit when attempts race.
type QuizAttempt struct{ ent.Schema }

// Mixin of QuizAttempt.
func (QuizAttempt) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.QuizAttempt}, mixin.Time{}, mixin.Privacy{AppendOnly: true},
		PartnerOwned{Comment: "The organisation of the person who made the attempt."}}
}

// Fields of QuizAttempt.
func (QuizAttempt) Fields() []ent.Field {
	return []ent.Field{
		field.String("quiz_id").Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("user_id").Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("day").NotEmpty().MaxLen(10).Immutable().
			Comment("The UTC date of the attempt, YYYY-MM-DD.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Int("number").Positive().Immutable().
			Comment("The attempt's number that day, from 1."),
		field.Int("score").Range(0, 100).Immutable().
			Comment("Percent of questions answered right."),
		field.Bool("passed").Immutable().
			Comment("Whether the score reached the quiz's pass mark."),
	}
}

// Edges of QuizAttempt.
func (QuizAttempt) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("quiz", Quiz.Type).Unique().Required().Immutable().Field("quiz_id").
			Comment("The quiz attempted.").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("user", User.Type).Unique().Required().Immutable().Field("user_id").
			Comment("Who made the attempt.").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes of QuizAttempt.
func (QuizAttempt) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("user_id", "quiz_id", "day", "number").Unique(),
		index.Fields("partner_id", "created_at"),
	}
}

// Policy of QuizAttempt: the vendor reads every attempt, a partner admin its organisation's, a
// partner sales user its own; a person records only their own attempts.
func (QuizAttempt) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.AllowIfVendor(), rule.FilterLearnerRows(), privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{
			rule.AllowIfAdmin(),
			rule.AllowCreateOwnUserRow(),
			privacy.AlwaysDenyRule(),
		},
	}
}

// Annotations of QuizAttempt.
func (QuizAttempt) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField().Directives(anyRole),
		entgql.RelayConnection(),
	}
}
