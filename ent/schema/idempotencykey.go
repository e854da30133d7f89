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

// IdempotencyKey remembers the result of a submission made with an Idempotency-Key, so a client
// retrying after a timeout gets the first deal back instead of a second one, on any instance.
type IdempotencyKey struct{ ent.Schema }

// Mixin of IdempotencyKey.
func (IdempotencyKey) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.Idempotency}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of IdempotencyKey.
func (IdempotencyKey) Fields() []ent.Field {
	return []ent.Field{
		field.String("user_id").Immutable().Comment("Keys are scoped to the user who sent them."),
		field.String("key").NotEmpty().MaxLen(255).Immutable(),
		field.String("operation").NotEmpty().Immutable().Comment("The mutation, e.g. registerDeal."),
		field.String("request_hash").Immutable().Comment("SHA-256 of the input: a key reused for another request is refused."),
		field.String("result_id").Default("").Comment("The ID of what the first request created."),
	}
}

// Indexes of IdempotencyKey.
func (IdempotencyKey) Indexes() []ent.Index {
	return []ent.Index{index.Fields("user_id", "key").Unique(), index.Fields("created_at")}
}

// Policy of IdempotencyKey: internal bookkeeping of the system.
func (IdempotencyKey) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.FilterOwnUserRows(), privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{rule.AllowCreateOwnUserRow(), privacy.AlwaysDenyRule()},
	}
}

// Annotations of IdempotencyKey: not part of the GraphQL API.
func (IdempotencyKey) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
