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
	"github.com/partnerhub/partnerhub/internal/ids"
)

// RefreshToken is one link of a sign-in session. Each use rotates it: the token is marked rotated
// and a new one of the same family is issued, so presenting a rotated token again proves it was
// stolen and revokes the whole family.
type RefreshToken struct{ ent.Schema }

// Mixin of RefreshToken.
func (RefreshToken) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.RefreshToken}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of RefreshToken.
func (RefreshToken) Fields() []ent.Field {
	return []ent.Field{
		field.String("token_hash").Unique().Immutable().Sensitive().
			Comment("SHA-256 of the token; the token itself is never stored."),
		field.String("family_id").Immutable().
			Comment("Shared by every token descended from one sign-in."),
		field.String("user_id").Immutable(),
		field.Time("expires_at").Immutable(),
		field.Time("rotated_at").Optional().Nillable().
			Comment("When this token was exchanged for its successor."),
		field.Time("revoked_at").Optional().Nillable().
			Comment("When the family was revoked (logout, reuse, disabled user)."),
		field.String("user_agent").Default("").MaxLen(300),
		field.String("ip").Default("").MaxLen(64),
	}
}

// Edges of RefreshToken.
func (RefreshToken) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("user", User.Type).Unique().Required().Immutable().Field("user_id"),
	}
}

// Indexes of RefreshToken.
func (RefreshToken) Indexes() []ent.Index {
	return []ent.Index{index.Fields("family_id"), index.Fields("user_id")}
}

// Policy of RefreshToken: only the sign-in service, acting as the system, touches sessions.
func (RefreshToken) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{privacy.AlwaysDenyRule()},
	}
}

// Annotations of RefreshToken: not part of the GraphQL API.
func (RefreshToken) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
