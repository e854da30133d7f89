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

// LessonProgress records that a person completed a lesson; one row per person and lesson.
type LessonProgress struct{ ent.Schema }

// Mixin of LessonProgress.
func (LessonProgress) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.LessonProgress}, mixin.Time{}, mixin.Privacy{AppendOnly: true},
		PartnerOwned{Comment: "The organisation of the learner."}}
}

// Fields of LessonProgress.
func (LessonProgress) Fields() []ent.Field {
	return []ent.Field{
		field.String("lesson_id").Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("course_id").Immutable().
			Comment("The lesson's course, kept so course progress needs no join.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("user_id").Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("completed_at").Immutable().
			Comment("When the lesson was completed.").
			Annotations(entgql.OrderField("COMPLETED_AT")),
	}
}

// Edges of LessonProgress.
func (LessonProgress) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("lesson", Lesson.Type).Unique().Required().Immutable().Field("lesson_id").
			Comment("The lesson completed.").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("user", User.Type).Unique().Required().Immutable().Field("user_id").
			Comment("The learner.").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes of LessonProgress.
func (LessonProgress) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("user_id", "lesson_id").Unique(),
		index.Fields("partner_id", "user_id"),
	}
}

// Policy of LessonProgress: like quiz attempts, the vendor reads all, a partner admin its team's,
// a partner sales user its own; a person records only their own progress.
func (LessonProgress) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.AllowIfVendor(), rule.FilterLearnerRows(), privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{
			rule.AllowIfAdmin(),
			rule.AllowCreateOwnUserRow(),
			privacy.AlwaysDenyRule(),
		},
	}
}

// Annotations of LessonProgress.
func (LessonProgress) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField("lessonProgress").Directives(anyRole),
		entgql.RelayConnection(),
	}
}
