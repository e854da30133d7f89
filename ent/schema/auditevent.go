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

// AuditEvent records one thing that changed, who did it and from where. Events are append-only:
// nothing, not even the system, updates or deletes them.
type AuditEvent struct{ ent.Schema }

// Mixin of AuditEvent.
func (AuditEvent) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.AuditEvent}, mixin.Time{}, mixin.Privacy{AppendOnly: true}}
}

// outsiderDetail marks what a partner admin does not read of an event whose actor is not one of
// their people (vendor staff, the system, an anonymous caller): addresses and internal references
// of others. ADMIN alone, who reads them on every event, may filter on them.
var outsiderDetail = filterableBy("ADMIN")

// Fields of AuditEvent.
func (AuditEvent) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("actor_type").Values("USER", "API_KEY", "SYSTEM", "ANONYMOUS").Immutable().
			Comment("Who acted: a signed-in user, a partner developer's API key, the system, or nobody yet (sign-in)."),
		field.String("actor_id").Optional().Immutable().
			Comment("The acting user; for an API key, the user who created it.").
			Annotations(entgql.Skip(entgql.SkipType)),
		field.String("api_key_id").Optional().Immutable().
			Comment("The API key the request used, if any (blank to a partner when the actor is not theirs).").
			Annotations(outsiderDetail),
		field.String("actor_partner_id").Optional().Immutable().
			Comment("The actor's own organisation (none for vendor staff, the system or nobody).").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("partner_id").Optional().Immutable().
			Comment("The partner organisation the event belongs to; its admins can read it.").
			Annotations(entgql.Skip(entgql.SkipType)),
		field.String("action").NotEmpty().Immutable().
			Comment("What happened, e.g. approveDeal or login.failed.").
			Annotations(entgql.OrderField("ACTION")),
		field.String("entity_type").Default("").Immutable().
			Comment("The kind of record changed, e.g. deals."),
		field.String("entity_id").Default("").Immutable().
			Comment("The record changed."),
		field.JSON("summary", map[string]any{}).Optional().Immutable().
			Comment("What changed, never a secret or hash (null to a partner when the actor is not theirs).").
			Annotations(entgql.Type("Map"), entgql.Skip(entgql.SkipWhereInput, entgql.SkipOrderField)),
		field.String("request_id").Default("").Immutable().
			Comment("The request that made the change (blank to a partner when the actor is not theirs).").
			Annotations(outsiderDetail),
		field.String("ip").Default("").Immutable().
			Comment("The client address (blank to a partner when the actor is not theirs).").
			Annotations(outsiderDetail),
	}
}

// Edges of AuditEvent.
func (AuditEvent) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("actor", User.Type).Unique().Immutable().Field("actor_id").
			Comment("The user who acted (through an API key: who created the key).").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("partner", Partner.Type).Unique().Immutable().Field("partner_id").
			Comment("The partner organisation the event concerns.").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes of AuditEvent.
func (AuditEvent) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("partner_id", "created_at"),
		index.Fields("actor_id", "created_at"),
		index.Fields("entity_type", "entity_id"),
		index.Fields("action", "created_at", "id"),
		index.Fields("created_at"),
	}
}

// Interceptors of AuditEvent.
func (AuditEvent) Interceptors() []ent.Interceptor {
	return []ent.Interceptor{rule.HideOutsidersFromPartners()}
}

// Policy of AuditEvent: ADMIN reads every event, a PARTNER_ADMIN their organisation's; only the
// system appends, and nobody changes what was written.
func (AuditEvent) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			rule.AllowIfAdmin(),
			rule.FilterPartnerAdminOwn(),
			privacy.AlwaysDenyRule(),
		},
		Mutation: privacy.MutationPolicy{
			privacy.AlwaysDenyRule(),
		},
	}
}

// Annotations of AuditEvent.
func (AuditEvent) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField().Directives(hasRole("ADMIN", "PARTNER_ADMIN")),
		entgql.RelayConnection(),
	}
}
