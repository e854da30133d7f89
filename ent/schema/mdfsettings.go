package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"

	"github.com/partnerhub/partnerhub/ent/privacy"
	"github.com/partnerhub/partnerhub/ent/schema/mixin"
	"github.com/partnerhub/partnerhub/ent/schema/rule"
	"github.com/partnerhub/partnerhub/internal/ids"
)

// MdfSettings is the program's one row of MDF rules (docs/mdf.md); without it the defaults hold.
type MdfSettings struct{ ent.Schema }

// Mixin of MdfSettings.
func (MdfSettings) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.MdfSettings}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of MdfSettings.
func (MdfSettings) Fields() []ent.Field {
	return []ent.Field{
		field.String("key").Default("program").Immutable().Comment("Always \"program\": one row."),
		field.Int("grace_days").Min(0).Max(365).Default(14).
			Comment("How long after its period's last day an allocation's uncommitted funds may still be committed."),
		field.Int("claim_window_days").Min(1).Max(365).Default(60).
			Comment("How long after an activity's end its claim is accepted."),
	}
}

// Indexes of MdfSettings.
func (MdfSettings) Indexes() []ent.Index {
	return []ent.Index{indexUnique("key")}
}

// Policy of MdfSettings: every signed-in viewer reads the rules; only ADMIN changes them.
func (MdfSettings) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.AllowIfSignedIn(), privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{rule.AllowIfAdmin(), privacy.AlwaysDenyRule()},
	}
}

// Annotations of MdfSettings: served by hand-written types.
func (MdfSettings) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
