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

// PartnerNote is the channel team's note on a partner: a call, a concern, a plan. Vendor-internal:
// partner viewers never read one, not even that one exists (docs/partner-performance.md).
// Append-only for its body: a note is deleted, not rewritten, so what was written stays what was read.
type PartnerNote struct{ ent.Schema }

// Mixin of PartnerNote.
func (PartnerNote) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.PartnerNote}, mixin.Time{}, mixin.Privacy{}}
}

// Fields of PartnerNote.
func (PartnerNote) Fields() []ent.Field {
	return []ent.Field{
		field.String("partner_id").Immutable().NotEmpty().
			Comment("The partner the note is about.").
			// Filterable (partnerNotes(where: {partnerID: …})), not a field of the type: the partner edge is.
			Annotations(entgql.Skip(entgql.SkipType, entgql.SkipOrderField, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.String("author_id").Immutable().NotEmpty().
			Comment("The vendor user who wrote the note.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		// MaxLen counts bytes: 5000 characters of up to four bytes each. The character limit is the
		// domain's (program.MaxNoteLength), which says so in a field error.
		field.Text("body").Immutable().NotEmpty().MaxLen(4 * 5000).
			Comment("The note, 1 to 5000 characters."),
	}
}

// Edges of PartnerNote.
func (PartnerNote) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("partner", Partner.Type).Unique().Required().Immutable().Field("partner_id").
			Comment("The partner the note is about.").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.To("author", User.Type).Unique().Required().Immutable().Field("author_id").
			Comment("Who wrote it.").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Indexes of PartnerNote.
func (PartnerNote) Indexes() []ent.Index {
	return []ent.Index{index.Fields("partner_id", "created_at")}
}

// Policy of PartnerNote: the vendor's channel team reads every note and partner viewers find none
// (a note answers like a row that does not exist). ADMIN writes and deletes any note; a channel
// manager writes notes as themselves and deletes only their own (rule/partnernote.go).
func (PartnerNote) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.AllowIfVendor(), rule.FilterNone(), privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{
			rule.AllowIfAdmin(),
			rule.AllowPartnerNoteByAuthor(),
			privacy.AlwaysDenyRule(),
		},
	}
}

// Annotations of PartnerNote: listed by partnerNotes (filtered to one partner for the portal and
// its CSV export) and Partner.notes; written by hand-written mutations (graph/partnernote.graphql).
func (PartnerNote) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField().Directives(hasRole("ADMIN", "CHANNEL_MANAGER")),
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput),
	}
}
