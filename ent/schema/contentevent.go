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

// ContentEvent is one view or download of a content item by a user: the engagement figures are
// counted from these rows. Events are append-only and reach the API only as figures
// (contentEngagement).
type ContentEvent struct{ ent.Schema }

// Mixin of ContentEvent.
func (ContentEvent) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.ContentEvent}, mixin.Time{}, mixin.Privacy{AppendOnly: true}}
}

// Fields of ContentEvent.
func (ContentEvent) Fields() []ent.Field {
	return []ent.Field{
		field.String("content_id").Immutable(),
		field.String("user_id").Immutable(),
		field.String("partner_id").Optional().Immutable().
			Comment("The viewer's partner organisation; empty for the vendor's own people."),
		field.String("tier_id").Optional().Immutable().
			Comment("The partner's tier at the time, so figures by tier keep their history."),
		field.Enum("kind").Values("VIEW", "DOWNLOAD").Immutable(),
	}
}

// Edges of ContentEvent.
func (ContentEvent) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("content", Content.Type).Unique().Required().Immutable().Field("content_id"),
	}
}

// Indexes of ContentEvent.
func (ContentEvent) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("created_at", "content_id"),
		index.Fields("content_id", "kind"),
		index.Fields("partner_id", "created_at"),
	}
}

// Policy of ContentEvent: the vendor reads every event, a partner admin their organisation's; a
// signed-in user records their own views and downloads of items they may see.
func (ContentEvent) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			rule.AllowIfVendor(),
			rule.FilterPartnerAdminOwn(),
			privacy.AlwaysDenyRule(),
		},
		Mutation: privacy.MutationPolicy{
			rule.AllowRecordOwnContentEvent(),
			privacy.AlwaysDenyRule(),
		},
	}
}

// Annotations of ContentEvent.
func (ContentEvent) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
