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

// OutboxMessage is an e-mail waiting to be sent. It is written in the transaction of the change
// that causes it, so a message exists exactly when the change committed; a delivery worker on any
// instance claims and sends it. Not part of the API.
type OutboxMessage struct{ ent.Schema }

// Mixin of OutboxMessage.
func (OutboxMessage) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.Outbox}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of OutboxMessage.
func (OutboxMessage) Fields() []ent.Field {
	return []ent.Field{
		field.String("kind").NotEmpty().Comment("What the message is, e.g. invitation."),
		field.String("recipient").NotEmpty().MaxLen(254),
		field.String("subject").NotEmpty().MaxLen(300),
		field.Text("body").Sensitive().
			Comment("Plain-text body; it can hold a one-time link, so it is cleared once sent."),
		field.Enum("status").Values("PENDING", "SENT", "FAILED").Default("PENDING"),
		field.Int("attempts").Default(0).NonNegative(),
		field.Time("next_attempt_at").Comment("Not tried before then (back-off after a failure)."),
		field.Time("locked_until").Optional().Nillable().
			Comment("A worker claimed the message until then; another may take over afterwards."),
		field.Time("sent_at").Optional().Nillable(),
		field.String("last_error").Default("").MaxLen(1000),
	}
}

// Indexes of OutboxMessage.
func (OutboxMessage) Indexes() []ent.Index {
	return []ent.Index{index.Fields("status", "next_attempt_at")}
}

// Policy of OutboxMessage: only the system (the mutation code that enqueues, the worker that
// delivers) touches the outbox.
func (OutboxMessage) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{rule.AllowCreateIfSignedIn(), privacy.AlwaysDenyRule()},
	}
}

// Annotations of OutboxMessage.
func (OutboxMessage) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
