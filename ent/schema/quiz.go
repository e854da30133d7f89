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
	"github.com/partnerhub/partnerhub/internal/learning/quizspec"
)

// Quiz closes a course: single- and multiple-choice questions graded on the server. The answer key
// is kept apart from the questions and never leaves the server.
type Quiz struct{ ent.Schema }

// Mixin of Quiz.
func (Quiz) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.Quiz}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of Quiz.
func (Quiz) Fields() []ent.Field {
	return []ent.Field{
		field.String("course_id").Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("title").NotEmpty().MaxLen(200).
			Comment("Display title."),
		field.Int("pass_mark").Range(1, 100).Default(80).
			Comment("The score, in percent of questions answered right, needed to pass."),
		field.Int("attempts_per_day").Range(1, 20).Default(3).
			Comment("How many attempts one person may make per UTC day."),
		field.JSON("questions", []quizspec.Question{}).
			Comment("The questions with their choices; never the answers.").
			Annotations(entgql.Type("[QuizQuestion!]")),
		field.JSON("answer_key", quizspec.AnswerKey{}).Sensitive().
			Comment("The correct choices per question; read only by grading.").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of Quiz.
func (Quiz) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("course", Course.Type).Ref("quiz").Unique().Required().Immutable().Field("course_id").
			Comment("The course the quiz closes.").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes of Quiz: one quiz per course.
func (Quiz) Indexes() []ent.Index {
	return []ent.Index{index.Fields("course_id").Unique()}
}

// Policy of Quiz: read by every signed-in person (without the answer key), authored by ADMIN.
func (Quiz) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.AllowIfSignedIn(), privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{rule.AllowIfAdmin(), privacy.AlwaysDenyRule()},
	}
}

// Annotations of Quiz.
func (Quiz) Annotations() []schema.Annotation {
	return []schema.Annotation{entsql.Annotation{Table: "quizzes"}}
}
