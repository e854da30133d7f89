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

// Lesson is one lesson of a course: markdown to read, an external video to watch, or (once the
// content library exists) a content item.
type Lesson struct{ ent.Schema }

// Mixin of Lesson.
func (Lesson) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.Lesson}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of Lesson.
func (Lesson) Fields() []ent.Field {
	return []ent.Field{
		field.String("course_id").Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.Int("position").NonNegative().
			Comment("Order within the course, from 0."),
		field.String("title").NotEmpty().MaxLen(200).
			Comment("Display title."),
		field.Enum("kind").Values("MARKDOWN", "VIDEO", "CONTENT").
			Comment("MARKDOWN: read body; VIDEO: watch videoUrl; CONTENT: open the content item contentRef."),
		field.Text("body").Default("").MaxLen(100000).
			Comment("Markdown text (MARKDOWN lessons; an introduction for the others)."),
		field.String("video_url").Default("").MaxLen(500).
			Comment("An external video link (https) for VIDEO lessons."),
		field.String("content_ref").Default("").MaxLen(40).
			Comment("The ID of a content library item for CONTENT lessons."),
		field.Int("minutes").NonNegative().Default(0).
			Comment("Estimated time to complete."),
	}
}

// Edges of Lesson.
func (Lesson) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("course", Course.Type).Unique().Required().Immutable().Field("course_id").
			Comment("The course the lesson belongs to.").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes of Lesson.
func (Lesson) Indexes() []ent.Index {
	return []ent.Index{index.Fields("course_id", "position")}
}

// Policy of Lesson: like its course, read by every signed-in person and authored by ADMIN.
func (Lesson) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.AllowIfSignedIn(), privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{rule.AllowIfAdmin(), privacy.AlwaysDenyRule()},
	}
}

// Annotations of Lesson.
func (Lesson) Annotations() []schema.Annotation {
	return []schema.Annotation{}
}
