// Package mixin holds the fields every PartnerHub entity shares.
package mixin

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"

	"github.com/partnerhub/partnerhub/internal/ids"
)

// ID gives an entity a prefixed, sortable, non-guessable string ID (see package ids).
type ID struct {
	mixin.Schema
	Prefix string
}

// Fields of the ID mixin.
func (m ID) Fields() []ent.Field {
	prefix := m.Prefix
	return []ent.Field{
		field.String("id").
			Immutable().
			NotEmpty().
			MaxLen(40).
			DefaultFunc(func() string { return ids.New(prefix) }),
	}
}
