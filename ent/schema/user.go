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

// User is a person who signs in: a vendor employee or a member of a partner organisation.
type User struct{ ent.Schema }

// Mixin of User.
func (User) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.User}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of User.
func (User) Fields() []ent.Field {
	return []ent.Field{
		field.String("email").NotEmpty().MaxLen(254).Unique().
			Comment("Sign-in e-mail address, stored in lower case.").
			Annotations(entgql.OrderField("EMAIL")),
		field.String("name").NotEmpty().MaxLen(200).
			Comment("Full name.").
			Annotations(entgql.OrderField("NAME")),
		field.String("password_hash").Optional().Sensitive().
			Comment("argon2id hash; empty until the user sets a password.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Enum("role").
			Values("ADMIN", "CHANNEL_MANAGER", "PARTNER_ADMIN", "PARTNER_SALES").
			Comment("What the user may do; partner roles are bound to their partner.").
			Annotations(entgql.OrderField("ROLE")),
		field.Enum("job_function").
			Values("SALES", "PRESALES", "SUPPORT", "MARKETING", "MANAGEMENT").
			Optional().Nillable().
			Comment("The user's job, which shapes training and content."),
		field.String("partner_id").Optional().
			Comment("The partner organisation of a partner user; empty for vendor users.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Enum("status").
			Values("INVITED", "ACTIVE", "DISABLED").
			Default("ACTIVE").
			Comment("Only ACTIVE users can sign in.").
			Annotations(entgql.OrderField("STATUS")),
		field.String("preferred_language").Optional().Nillable().MaxLen(35).
			Comment("The BCP 47 language the user reads content in first, e.g. de or fr-CA; null: the items' originals.").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipOrderField, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Time("last_login_at").Optional().Nillable().
			Comment("When the user last signed in.").
			Annotations(entgql.OrderField("LAST_LOGIN_AT"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Edges of User.
func (User) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("partner", Partner.Type).Unique().Field("partner_id").
			Comment("The partner organisation the user belongs to."),
		edge.From("managed_partners", Partner.Type).Ref("manager").
			Comment("Partners this channel manager looks after.").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.From("refresh_tokens", RefreshToken.Type).Ref("user").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of User.
func (User) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("partner_id"),
		index.Fields("role"),
		index.Fields("status"),
		index.Fields("name"),
		index.Fields("created_at"),
	}
}

// Hooks of User.
func (User) Hooks() []ent.Hook {
	return []ent.Hook{normalizeEmail()}
}

// Policy of User: the vendor reads everyone; partner viewers see their colleagues (a partner admin)
// or themselves (partner sales), plus their partner account manager. ADMIN manages everyone, a
// PARTNER_ADMIN the people of their own organisation.
func (User) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			rule.AllowIfVendor(),
			rule.FilterUsersForPartner(),
			privacy.AlwaysDenyRule(),
		},
		Mutation: privacy.MutationPolicy{
			rule.DenyCreateByAPIKey(),
			rule.AllowIfAdmin(),
			rule.AllowOwnPasswordChange(),
			rule.AllowOwnPreferenceChange(),
			rule.AllowPartnerAdminTeam(),
			privacy.AlwaysDenyRule(),
		},
	}
}

// Annotations of User.
func (User) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField().Directives(anyRole),
		entgql.RelayConnection(),
	}
}
