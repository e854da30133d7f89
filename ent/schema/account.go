package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/partnerhub/partnerhub/ent/privacy"
	"github.com/partnerhub/partnerhub/ent/schema/mixin"
	"github.com/partnerhub/partnerhub/ent/schema/rule"
	"github.com/partnerhub/partnerhub/internal/ids"
)

// Account is an end customer that partners register deals on. There is one account per normalized
// web domain, shared by every partner: it is what two registrations collide on.
type Account struct{ ent.Schema }

// Mixin of Account.
func (Account) Mixin() []ent.Mixin {
	// When an account was created is when someone first registered the customer: another partner's
	// registration, for a partner reading it. Only the vendor reads, filters or sorts by it.
	return []ent.Mixin{mixin.ID{Prefix: ids.Account}, mixin.Time{Restricted: vendorOnlyField()}, mixin.Privacy{}}
}

// Fields of Account.
func (Account) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(200).
			Comment("Company name, as first registered.").
			// Free text another partner may have typed: partners read the domain in its place, so
			// they may not filter or sort on it either (a count per prefix would spell it out).
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipOrderField)),
		field.String("name_key").Default("").MaxLen(200).
			Comment("The name reduced for similarity matching (no legal suffix, punctuation or case).").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("match_keys").Default("").
			SchemaType(map[string]string{dialect.Postgres: "tsvector"}).
			Comment("The name key's blocking keys (normalize.MatchKeys), set from name_key; a text-search vector on PostgreSQL.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("domain").NotEmpty().MaxLen(253).Unique().Immutable().
			Comment("Normalized web domain; unique, so two registrations of one customer meet on one row.").
			Annotations(entgql.OrderField("DOMAIN")),
		field.Enum("owner_kind").Values("DIRECT", "PARTNER", "UNOWNED").Default("UNOWNED").
			Comment("Who owns the customer: a named account of the vendor's direct sales, a partner, or nobody yet. Only the vendor reads it: PARTNER would tell a partner that another one holds the customer.").
			Annotations(vendorOnlyField()...),
		field.String("direct_owner_id").Optional().
			Comment("The vendor's direct sales rep owning a DIRECT account; confidential to the vendor.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("industry").Default("").MaxLen(100).
			Comment("Industry of the customer."),
		field.Enum("size").Values("SMALL", "MID_MARKET", "ENTERPRISE").Optional().Nillable().
			Comment("Company size band."),
		field.String("country").Default("").MaxLen(2).
			Comment("ISO-3166 alpha-2 country code."),
	}
}

// Edges of Account.
func (Account) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("direct_owner", User.Type).Unique().Field("direct_owner_id").
			Comment("The vendor's direct sales rep for a DIRECT account; only the vendor may read it.").
			// Who owns a named account is the vendor's business; partners must not probe it by a where filter either.
			Annotations(
				entgql.Directives(hasRole("ADMIN", "CHANNEL_MANAGER")),
				entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput),
			),
		edge.From("deals", Deal.Type).Ref("account").
			Comment("Registrations on this account the viewer may see.").
			// No where-filter: edge predicates bypass privacy (github.com/ent/ent/issues/2957), and a partner could otherwise test whether competitors registered the account.
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Indexes of Account.
func (Account) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("name_key"),
		// Similar-name candidates are found through this index on PostgreSQL; SQLite, where the
		// check reads the held accounts, keeps a plain one.
		index.Fields("match_keys").Annotations(entsql.IndexTypes(map[string]string{dialect.Postgres: "GIN"})),
		index.Fields("owner_kind"),
		index.Fields("created_at"),
	}
}

// Hooks of Account.
func (Account) Hooks() []ent.Hook {
	return []ent.Hook{deriveMatchKeys()}
}

// Interceptors of Account.
func (Account) Interceptors() []ent.Interceptor {
	return []ent.Interceptor{rule.HideAccountOwnerFromPartners()}
}

// Policy of Account: the vendor reads every account; a partner only the accounts of its own
// registrations (a partner sales rep: the ones they registered). Accounts are created by the
// registration itself (as the system) and changed by ADMIN.
func (Account) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			rule.AllowIfVendor(),
			rule.FilterAccountsOfOwnDeals(),
			privacy.AlwaysDenyRule(),
		},
		Mutation: privacy.MutationPolicy{
			rule.AllowIfAdmin(),
			rule.AllowPartnerOwnershipByManager(),
			rule.AllowCustomerByRegistration(),
			privacy.AlwaysDenyRule(),
		},
	}
}

// Annotations of Account.
func (Account) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField().Directives(anyRole),
		entgql.RelayConnection(),
	}
}
