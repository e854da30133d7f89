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

// Content is an item of the enablement library: a playbook, deck, datasheet or other material the
// vendor publishes for partners of a minimum tier and of some partner types (docs/enablement-content.md).
type Content struct{ ent.Schema }

// Mixin of Content.
func (Content) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.Content}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of Content.
func (Content) Fields() []ent.Field {
	noInputs := entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)
	return []ent.Field{
		field.String("title").NotEmpty().MaxLen(200).
			Comment("What the item is, in a line.").
			Annotations(entgql.OrderField("TITLE"), noInputs),
		field.String("summary").Default("").MaxLen(2000).
			Comment("A few sentences on what it is for.").
			Annotations(noInputs),
		field.Enum("kind").
			Values("PLAYBOOK", "SALES_DECK", "DATASHEET", "TECHNICAL_DOC", "CAMPAIGN_KIT", "VIDEO", "RULES_OF_ENGAGEMENT", "PRICE_LIST").
			Comment("What sort of material it is.").
			Annotations(entgql.OrderField("KIND"), noInputs),
		field.Text("body").Default("").MaxLen(200000).
			Comment("The item's text in Markdown, when it has one.").
			Annotations(noInputs),
		field.String("external_url").Default("").MaxLen(2000).
			Comment("A link to the material elsewhere (a video host, a shared drive), when it lives there.").
			Annotations(noInputs),
		field.String("min_tier_id").Optional().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Strings("partner_types").Default([]string{}).
			Comment("The partner types it is for; empty means every type.").
			// Exposed as [PartnerType!]! by graph/content.graphql.
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Strings("tags").Default([]string{}).
			Comment("Free-form labels partners search and filter by.").
			Annotations(noInputs),
		field.String("language").Default("en").MaxLen(35).
			Comment("The BCP 47 language tag of the item, e.g. en or de-DE.").
			Annotations(noInputs),
		field.String("translation_group").NotEmpty().MaxLen(40).Immutable().
			Comment("The ID of the original item this one translates; the original's own ID for an original.").
			// Set by the translationGroup hook; exposed as Content.translations.
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Int("version").Default(1).Positive().
			Comment("Counts the files the item has had: replacing the file makes a new version.").
			Annotations(noInputs),
		field.Enum("status").Values("DRAFT", "PUBLISHED", "ARCHIVED").Default("DRAFT").
			Comment("DRAFT and ARCHIVED items are the vendor's only; partners see PUBLISHED ones.").
			Annotations(entgql.OrderField("STATUS"), noInputs),
		field.Time("published_at").Optional().Nillable().
			Comment("When it was last published.").
			Annotations(entgql.OrderField("PUBLISHED_AT"), noInputs),
		field.Time("review_by").Optional().Nillable().
			Comment("When the owner must review it again; past this date a published item is stale.").
			Annotations(entgql.OrderField("REVIEW_BY"), noInputs),
		// Optional for the API only (always set): partners may not read vendor users, so owner is null to them.
		field.String("owner_id").Optional().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("file_id").Optional().
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of Content.
func (Content) Edges() []ent.Edge {
	noInputsNoWhere := entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)
	return []ent.Edge{
		edge.To("min_tier", Tier.Type).Unique().Field("min_tier_id").
			Comment("The lowest tier that sees it; none: every tier, and partners without one.").
			// No where filter: partners must not probe the items above their tier by it.
			Annotations(noInputsNoWhere),
		edge.To("owner", User.Type).Unique().Field("owner_id").
			Comment("The vendor user who keeps it current; null to those who may not read vendor users.").
			// Vendor users a partner cannot read must not be probed by a where filter (github.com/ent/ent/issues/2957).
			Annotations(noInputsNoWhere),
		edge.To("file", File.Type).Unique().Field("file_id").
			Comment("The current file, when the item has one.").
			Annotations(noInputsNoWhere),
		edge.From("files", File.Type).Ref("content").
			Comment("Every file the item has had, the current one included, kept for the record.").
			Annotations(noInputsNoWhere),
		edge.From("events", ContentEvent.Type).Ref("content").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of Content.
func (Content) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("status", "review_by"),
		index.Fields("created_at"),
		index.Fields("owner_id"),
		// The orders of the contents list (cursor pagination pairs each with the ID).
		index.Fields("published_at", "id"),
		index.Fields("title", "id"),
		// One item per language in a group of translations.
		index.Fields("translation_group", "language").Unique(),
	}
}

// Hooks of Content.
func (Content) Hooks() []ent.Hook {
	return []ent.Hook{translationGroup()}
}

// Policy of Content: the vendor reads every item; a partner user only the published ones their
// organisation's tier and type qualify for. Only ADMIN authors.
func (Content) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			rule.AllowIfVendor(),
			rule.FilterContentForPartner(),
			privacy.AlwaysDenyRule(),
		},
		Mutation: privacy.MutationPolicy{
			rule.AllowIfAdmin(),
			privacy.AlwaysDenyRule(),
		},
	}
}

// Annotations of Content.
func (Content) Annotations() []schema.Annotation {
	return []schema.Annotation{
		// The contents list is declared in graph/content.graphql: it adds text search and a tag filter.
		entgql.RelayConnection(),
		// Views plus downloads the viewer may count (ContentEvent's policy): the most used first.
		ComputedOrder{Fields: []string{"POPULARITY"}},
	}
}
