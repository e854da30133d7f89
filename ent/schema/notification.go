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
	"github.com/partnerhub/partnerhub/ent/schema/rule"
	"github.com/partnerhub/partnerhub/internal/ids"
)

// Notification is the in-app copy of an e-mail sent to a user (docs/notifications.md): written by
// the outbox in the transaction that queues the e-mail, so the bell and the mail tell the same
// story and neither exists without the change that caused it.
type Notification struct{ ent.Schema }

// Mixin of Notification.
func (Notification) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.Notification}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of Notification.
func (Notification) Fields() []ent.Field {
	return []ent.Field{
		field.String("user_id").Immutable().NotEmpty().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("kind").NotEmpty().MaxLen(100).Immutable().
			Comment("What happened, as the e-mail's kind: e.g. deal_decided, deal_expiring, tier_upgrade_proposed."),
		field.String("title").NotEmpty().MaxLen(300).Immutable().
			Comment("The e-mail's subject."),
		field.Text("body").Default("").MaxLen(4000).Immutable().
			Comment("The e-mail's text, shortened."),
		field.String("link").Default("").MaxLen(2000).Immutable().
			Comment("Where to act on it in the portal; empty when the e-mail's link is a credential."),
		field.Time("read_at").Optional().Nillable().
			Comment("When its user marked it read; null while unread."),
	}
}

// Edges of Notification.
func (Notification) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("user", User.Type).Unique().Required().Immutable().Field("user_id").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of Notification.
func (Notification) Indexes() []ent.Index {
	return []ent.Index{index.Fields("user_id", "read_at", "created_at"), index.Fields("created_at")}
}

// Policy of Notification: each user reads and marks read only its own; any signed-in change that
// queues an e-mail to a user adds its notification, as it adds the outbox row.
func (Notification) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.FilterOwnUserRows(), privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{
			rule.AllowCreateIfSignedIn(),
			rule.AllowMarkOwnNotificationRead(),
			privacy.AlwaysDenyRule(),
		},
	}
}

// Annotations of Notification: served by hand-written queries (notifications), never listed or
// filtered generically.
func (Notification) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipWhereInput, entgql.SkipOrderField, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)}
}
