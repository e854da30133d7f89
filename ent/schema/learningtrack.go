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

// LearningTrack is an ordered list of courses for a job function. A track is complete for a person
// when each of its courses is.
type LearningTrack struct{ ent.Schema }

// Mixin of LearningTrack.
func (LearningTrack) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.LearningTrack}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of LearningTrack.
func (LearningTrack) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(200).
			Comment("Display name, e.g. Sales essentials.").
			Annotations(entgql.OrderField("NAME")),
		field.Text("description").Default("").MaxLen(4000).
			Comment("Who the track is for and what it covers."),
		field.Enum("job_function").Values("SALES", "PRESALES", "MARKETING", "ADMIN").
			Comment("The job the track trains for (docs/onboarding-and-training.md maps users' job functions to it)."),
		field.Strings("course_ids").
			Comment("The courses, in order.").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of LearningTrack.
func (LearningTrack) Indexes() []ent.Index {
	return []ent.Index{index.Fields("job_function")}
}

// Policy of LearningTrack: read by every signed-in person, authored by ADMIN.
func (LearningTrack) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.AllowIfSignedIn(), privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{rule.AllowIfAdmin(), privacy.AlwaysDenyRule()},
	}
}

// Annotations of LearningTrack.
func (LearningTrack) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField().Directives(anyRole),
		entgql.RelayConnection(),
	}
}
