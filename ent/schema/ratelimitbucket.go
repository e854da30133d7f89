package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/partnerhub/partnerhub/ent/privacy"
	"github.com/partnerhub/partnerhub/ent/schema/mixin"
)

// RateLimitBucket counts one caller's requests in the current window. It lives in the database so
// that every instance behind a load balancer draws on the same budget; internal/ratelimit updates
// it with one atomic upsert per request. Its ID is the bucket key (e.g. "key:key_01…"), not a
// prefixed entity ID: it is bookkeeping, not a record anyone refers to.
type RateLimitBucket struct{ ent.Schema }

// Mixin of RateLimitBucket.
func (RateLimitBucket) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.Privacy{}}
}

// Fields of RateLimitBucket.
func (RateLimitBucket) Fields() []ent.Field {
	return []ent.Field{
		field.String("id").NotEmpty().MaxLen(200).Immutable().
			Comment("The caller: key:<api key id>, user:<user id>, ip:<address>, apply:<address>."),
		field.Int64("window_start").Comment("Unix second the current window began."),
		field.Int("count").Default(0).Comment("Requests counted in the window."),
	}
}

// Indexes of RateLimitBucket.
func (RateLimitBucket) Indexes() []ent.Index {
	return []ent.Index{index.Fields("window_start")}
}

// Policy of RateLimitBucket: system only.
func (RateLimitBucket) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{privacy.AlwaysDenyRule()},
	}
}

// Annotations of RateLimitBucket.
func (RateLimitBucket) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
