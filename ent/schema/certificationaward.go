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

// CertificationAward is a certification held by a person: issued when they complete its tracks,
// EXPIRED when its validity ends, RENEWED when a newer award replaces it. Its verification code
// lets anyone confirm it at /verify/{code}.
type CertificationAward struct{ ent.Schema }

// Mixin of CertificationAward.
func (CertificationAward) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.CertAward}, mixin.Time{}, mixin.Privacy{},
		PartnerOwned{Comment: "The holder's organisation."}}
}

// Fields of CertificationAward.
func (CertificationAward) Fields() []ent.Field {
	return []ent.Field{
		field.String("certification_id").Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("user_id").Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.Enum("status").Values("ACTIVE", "EXPIRED", "RENEWED").Default("ACTIVE").
			Comment("ACTIVE until it expires (EXPIRED) or a newer award replaces it (RENEWED).").
			Annotations(entgql.OrderField("STATUS")),
		field.Time("issued_at").Immutable().
			Comment("When it was issued.").
			Annotations(entgql.OrderField("ISSUED_AT")),
		field.Time("expires_at").Optional().Nillable().Immutable().
			Comment("When it stops being valid; empty for certifications that never expire.").
			Annotations(entgql.OrderField("EXPIRES_AT")),
		field.String("verification_code").NotEmpty().Unique().Immutable().
			Comment("The unguessable code of its public verification link, /verify/{code}."),
		field.Time("reminded_60_at").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("reminded_14_at").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of CertificationAward.
func (CertificationAward) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("certification", Certification.Type).Unique().Required().Immutable().Field("certification_id").
			Comment("The certification held.").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("user", User.Type).Unique().Required().Immutable().Field("user_id").
			Comment("The holder.").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes of CertificationAward.
func (CertificationAward) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("user_id", "certification_id"),
		index.Fields("partner_id", "status"),
		index.Fields("status", "expires_at"),
	}
}

// Policy of CertificationAward: the vendor reads every award, a partner admin its people's, a
// partner sales user its own. A person's completed tracks issue their award (and mark the one it
// replaces RENEWED); expiry and reminders are the system's.
func (CertificationAward) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.AllowIfVendor(), rule.FilterLearnerRows(), privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{
			rule.AllowIfAdmin(),
			rule.AllowCreateOwnUserRow(),
			rule.AllowRenewOwnAward(),
			privacy.AlwaysDenyRule(),
		},
	}
}

// Annotations of CertificationAward.
func (CertificationAward) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField().Directives(anyRole),
		entgql.RelayConnection(),
	}
}
