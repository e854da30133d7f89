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

// Invitation asks a person to join: a partner organisation (sent by its admin, or by the program
// when an application is approved) or the vendor's team (sent by an ADMIN). Its token is sent by
// e-mail, works once and for seven days, and only its hash is kept.
type Invitation struct{ ent.Schema }

// Mixin of Invitation.
func (Invitation) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.Invitation}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of Invitation.
func (Invitation) Fields() []ent.Field {
	return []ent.Field{
		field.String("email").NotEmpty().MaxLen(254).
			Comment("Where the invitation was sent, stored in lower case.").
			Annotations(entgql.OrderField("EMAIL")),
		field.String("name").Default("").MaxLen(200).
			Comment("The invitee's name as the inviter typed it; they confirm it on acceptance."),
		field.Enum("role").
			Values("ADMIN", "CHANNEL_MANAGER", "PARTNER_ADMIN", "PARTNER_SALES").
			Comment("The role the invitee gets."),
		field.Enum("job_function").
			Values("SALES", "PRESALES", "SUPPORT", "MARKETING", "MANAGEMENT").
			Optional().Nillable().
			Comment("The invitee's job."),
		field.String("partner_id").Optional().Immutable().
			Comment("The organisation the invitee joins; empty for vendor users.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("invited_by_id").Optional().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("token_hash").NotEmpty().Unique().Sensitive().
			Comment("SHA-256 of the current token; resending replaces it.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Enum("status").Values("PENDING", "ACCEPTED", "REVOKED").Default("PENDING").
			Comment("PENDING until accepted or revoked; a pending invitation past expiresAt no longer works.").
			Annotations(entgql.OrderField("STATUS")),
		field.Time("expires_at").
			Comment("The token stops working then (seven days after it was sent).").
			Annotations(entgql.OrderField("EXPIRES_AT")),
		field.Time("sent_at").
			Comment("When the current token was sent."),
		field.Int("send_count").Default(1).Positive().
			Comment("How many times the invitation was sent."),
		field.Time("accepted_at").Optional().Nillable(),
		field.String("user_id").Optional().
			Comment("The user the invitation created or activated.").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of Invitation.
func (Invitation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("partner", Partner.Type).Unique().Immutable().Field("partner_id").
			Comment("The organisation the invitee joins.").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("invited_by", User.Type).Unique().Immutable().Field("invited_by_id").
			Comment("Who sent the invitation (none when the program sent it itself).").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("user", User.Type).Unique().Field("user_id").
			Comment("The user who accepted.").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes of Invitation.
func (Invitation) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("partner_id", "created_at"),
		index.Fields("email"),
		index.Fields("status"),
	}
}

// Hooks of Invitation.
func (Invitation) Hooks() []ent.Hook {
	return []ent.Hook{normalizeEmail()}
}

// Policy of Invitation: the vendor reads every invitation, a PARTNER_ADMIN their organisation's;
// partner sales see none. ADMIN invites anyone, a PARTNER_ADMIN only into their organisation;
// acceptance, which is anonymous, runs as the system.
func (Invitation) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			rule.AllowIfVendor(),
			rule.FilterPartnerAdminOwn(),
			rule.FilterNone(),
			privacy.AlwaysDenyRule(),
		},
		Mutation: privacy.MutationPolicy{
			rule.DenyCreateByAPIKey(),
			rule.AllowIfAdmin(),
			rule.AllowPartnerAdminInvitations(),
			privacy.AlwaysDenyRule(),
		},
	}
}

// Annotations of Invitation.
func (Invitation) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField().Directives(hasRole("ADMIN", "CHANNEL_MANAGER", "PARTNER_ADMIN")),
		entgql.RelayConnection(),
	}
}
