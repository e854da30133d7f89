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

// Course is a unit of training: ordered lessons and an optional quiz. A course is complete for a
// person when every lesson is done and the quiz, if any, is passed.
type Course struct{ ent.Schema }

// Mixin of Course.
func (Course) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.Course}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of Course.
func (Course) Fields() []ent.Field {
	return []ent.Field{
		field.String("title").NotEmpty().MaxLen(200).
			Comment("Display title.").
			Annotations(entgql.OrderField("TITLE")),
		field.Text("summary").Default("").MaxLen(4000).
			Comment("What the course teaches."),
		field.Int("minutes").NonNegative().Default(0).
			Comment("Estimated time to complete."),
	}
}

// Edges of Course.
func (Course) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("lessons", Lesson.Type).Ref("course").
			Comment("The lessons, to be taken in order (by position).").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.To("quiz", Quiz.Type).Unique().
			Comment("The quiz that closes the course, if any.").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Indexes of Course.
func (Course) Indexes() []ent.Index {
	return []ent.Index{index.Fields("created_at")}
}

// Policy of Course: training material every signed-in person reads; ADMIN authors it.
func (Course) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.AllowIfSignedIn(), privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{rule.AllowIfAdmin(), privacy.AlwaysDenyRule()},
	}
}

// Annotations of Course.
func (Course) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField().Directives(anyRole),
		entgql.RelayConnection(),
	}
}
