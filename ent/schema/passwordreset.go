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

// PasswordReset is one "forgot password" link: sent by e-mail, it works once and for a short time,
// and only its hash is kept, so a copy of the database cannot reset anyone's password.
type PasswordReset struct{ ent.Schema }

// Mixin of PasswordReset.
func (PasswordReset) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.PasswordReset}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of PasswordReset.
func (PasswordReset) Fields() []ent.Field {
	return []ent.Field{
		field.String("token_hash").Unique().Immutable().Sensitive().
			Comment("SHA-256 of the link's token; the token itself is never stored."),
		field.String("user_id").Immutable(),
		field.Time("expires_at").Immutable().
			Comment("The link stops working then."),
		field.Time("used_at").Optional().Nillable().
			Comment("When the link set a new password, or was superseded by a newer link or a password change."),
		field.String("ip").Default("").MaxLen(64).
			Comment("Where the reset was asked for."),
	}
}

// Edges of PasswordReset.
func (PasswordReset) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("user", User.Type).Unique().Required().Immutable().Field("user_id"),
	}
}

// Indexes of PasswordReset.
func (PasswordReset) Indexes() []ent.Index {
	return []ent.Index{index.Fields("user_id")}
}

// Policy of PasswordReset: only the sign-in service, acting as the system, touches reset links;
// nobody reads them through the API.
func (PasswordReset) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{privacy.AlwaysDenyRule()},
	}
}

// Annotations of PasswordReset: not part of the GraphQL API.
func (PasswordReset) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
