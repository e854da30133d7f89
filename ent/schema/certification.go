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

// Certification is awarded to a person who completes the learning tracks it requires, and is
// valid for a fixed time (or for good).
type Certification struct{ ent.Schema }

// Mixin of Certification.
func (Certification) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.Certification}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of Certification.
func (Certification) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(200).Unique().
			Comment("Display name, e.g. Certified Sales Professional.").
			Annotations(entgql.OrderField("NAME")),
		field.Text("description").Default("").MaxLen(4000).
			Comment("What holding it means."),
		field.Enum("validity").Values("ONE_YEAR", "TWO_YEARS", "THREE_YEARS", "NEVER_EXPIRES").
			Comment("How long an award is valid from its issue."),
		field.Strings("track_ids").
			Comment("The learning tracks a person must complete.").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of Certification.
func (Certification) Indexes() []ent.Index {
	return []ent.Index{index.Fields("created_at")}
}

// Policy of Certification: read by every signed-in person, authored by ADMIN.
func (Certification) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.AllowIfSignedIn(), privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{rule.AllowIfAdmin(), privacy.AlwaysDenyRule()},
	}
}

// Annotations of Certification.
func (Certification) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField().Directives(anyRole),
		entgql.RelayConnection(),
	}
}
