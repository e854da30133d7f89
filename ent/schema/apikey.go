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

// APIKey lets a partner developer's script call the API as its organisation. The key is shown once
// at creation; only its visible prefix and a hash are kept.
type APIKey struct{ ent.Schema }

// Mixin of APIKey.
func (APIKey) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.APIKey}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of APIKey.
func (APIKey) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(100).
			Comment("What the key is for, e.g. CRM sync.").
			Annotations(entgql.OrderField("NAME")),
		field.String("prefix").NotEmpty().MaxLen(32).Unique().Immutable().
			Comment("The visible start of the key (phk_<prefix>_…), to tell keys apart in lists and logs."),
		field.String("secret_hash").NotEmpty().Sensitive().Immutable().
			Comment("SHA-256 of the whole key; the key itself is never stored.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Enum("scope").Values("READ", "READ_WRITE").Immutable().
			Comment("READ keys may only query; READ_WRITE keys may also change data, as their creator could."),
		field.String("creator_id").Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("partner_id").Optional().Immutable().
			Comment("The organisation the key acts for; empty for a vendor admin's key.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("expires_at").Optional().Nillable().Immutable().
			Comment("After this the key stops working; none means it works until revoked.").
			Annotations(entgql.OrderField("EXPIRES_AT")),
		field.Time("last_used_at").Optional().Nillable().
			Comment("When the key last authenticated a request (updated at most once a minute).").
			Annotations(entgql.OrderField("LAST_USED_AT")),
		field.Strings("known_ips").Optional().
			Comment("Addresses the key was used from; a new one is audited.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("revoked_at").Optional().Nillable().
			Comment("When the key was revoked (by an admin, or because its creator was disabled)."),
	}
}

// Edges of APIKey.
func (APIKey) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("creator", User.Type).Unique().Required().Immutable().Field("creator_id").
			Comment("Who created the key; it never does more than they may.").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("partner", Partner.Type).Unique().Immutable().Field("partner_id").
			Comment("The organisation the key acts for.").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes of APIKey.
func (APIKey) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("partner_id", "created_at"),
		index.Fields("creator_id"),
		index.Fields("created_at"),
	}
}

// Policy of APIKey: ADMIN sees and manages every key, a PARTNER_ADMIN their organisation's; nobody
// else sees any. A key never creates or revokes keys: a leaked key must not be able to mint a
// successor that outlives its own revocation.
func (APIKey) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			rule.AllowIfAdmin(),
			rule.FilterPartnerAdminOwn(),
			rule.FilterNone(),
			privacy.AlwaysDenyRule(),
		},
		Mutation: privacy.MutationPolicy{
			rule.DenyIfAPIKey(),
			rule.AllowIfAdmin(),
			rule.AllowPartnerAdminOwnRows(),
			privacy.AlwaysDenyRule(),
		},
	}
}

// Annotations of APIKey.
func (APIKey) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField("apiKeys").Directives(hasRole("ADMIN", "PARTNER_ADMIN")),
		entgql.RelayConnection(),
	}
}
