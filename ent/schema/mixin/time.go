package mixin

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"
)

// Time records when a row was created and last changed. Both are server-set, so they are left out
// of the generated mutation inputs.
type Time struct {
	mixin.Schema
	// Restricted, for a type whose times some viewers may not read, are the annotations that say
	// who may (a role directive and its filter roles). Such times are not sortable: the order of a
	// page would tell them to everyone.
	Restricted []schema.Annotation
}

// Fields of the Time mixin.
func (t Time) Fields() []ent.Field {
	skipInputs := entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)
	created := []schema.Annotation{entgql.OrderField("CREATED_AT"), skipInputs}
	updated := []schema.Annotation{entgql.OrderField("UPDATED_AT"), skipInputs}
	if len(t.Restricted) > 0 {
		created = append([]schema.Annotation{skipInputs}, t.Restricted...)
		updated = created
	}
	return []ent.Field{
		field.Time("created_at").
			Immutable().
			Default(time.Now).
			Annotations(created...),
		field.Time("updated_at").
			Default(time.Now).
			UpdateDefault(time.Now).
			Annotations(updated...),
	}
}
