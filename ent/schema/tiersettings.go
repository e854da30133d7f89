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

// TierSettings is the program's one row of tier-evaluation settings; without it the defaults hold.
type TierSettings struct{ ent.Schema }

// Mixin of TierSettings.
func (TierSettings) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.TierSettings}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of TierSettings.
func (TierSettings) Fields() []ent.Field {
	return []ent.Field{
		field.String("key").Default("program").Immutable().Comment("Always \"program\": one row."),
		field.Bool("auto_upgrade").Default(false).Comment("Apply upgrades without a channel manager's approval."),
		field.Int("grace_days").Min(0).Max(730).Default(90).Comment("How long a partner keeps its tier after it stops qualifying."),
		field.Int("grace_reminder_days").Min(0).Max(365).Default(14).Comment("How long before the grace ends the partner is reminded."),
	}
}

// Indexes of TierSettings.
func (TierSettings) Indexes() []ent.Index {
	return []ent.Index{indexUnique("key")}
}

// Policy of TierSettings: every signed-in viewer reads the rules; only ADMIN changes them.
func (TierSettings) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.AllowIfSignedIn(), privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{rule.AllowIfAdmin(), privacy.AlwaysDenyRule()},
	}
}

// Annotations of TierSettings: served by hand-written types.
func (TierSettings) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
