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

// File is an uploaded file: the bytes live in storage under the key, the row says what they are.
// Who may read a file follows the record that owns it (a content item), so a file of a record the
// viewer may not see answers NOT_FOUND, also at GET /files/{id}. Files are never changed: a new
// version is a new file.
type File struct{ ent.Schema }

// Mixin of File.
func (File) Mixin() []ent.Mixin {
	return []ent.Mixin{mixin.ID{Prefix: ids.File}, mixin.Time{}, mixin.Privacy{AppendOnly: true}}
}

// Fields of File.
func (File) Fields() []ent.Field {
	noInputs := entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)
	return []ent.Field{
		field.String("storage_key").NotEmpty().Immutable().Unique().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("name").NotEmpty().MaxLen(255).Immutable().
			Comment("The file name as uploaded, e.g. gold-deck.pdf.").
			Annotations(noInputs),
		field.String("media_type").NotEmpty().MaxLen(127).Immutable().
			Comment("The media type sniffed from the bytes, never the one the client claimed.").
			Annotations(noInputs),
		field.Int64("size").NonNegative().Immutable().
			Comment("Size in bytes.").
			Annotations(entgql.Type("Int"), noInputs),
		field.String("sha256").MinLen(64).MaxLen(64).Immutable().
			Comment("SHA-256 of the bytes in hex, for integrity checks and ETags.").
			Annotations(noInputs),
		// Optional for the API only (always set): the uploader may be a person the viewer cannot read.
		field.String("uploaded_by_id").Optional().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("content_id").Optional().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("mdf_claim_id").Optional().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of File.
func (File) Edges() []ent.Edge {
	noInputsNoWhere := entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)
	return []ent.Edge{
		edge.To("uploader", User.Type).Unique().Immutable().Field("uploaded_by_id").
			Comment("Who uploaded it; null to those who may not read that person.").
			Annotations(noInputsNoWhere),
		edge.To("content", Content.Type).Unique().Immutable().Field("content_id").
			Comment("The content item the file belongs to.").
			Annotations(noInputsNoWhere),
		edge.To("mdf_claim", MdfClaim.Type).Unique().Immutable().Field("mdf_claim_id").
			Comment("The MDF claim the file proves, when it is proof of performance.").
			Annotations(noInputsNoWhere),
	}
}

// Indexes of File.
func (File) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("content_id"),
		index.Fields("mdf_claim_id"),
		index.Fields("created_at"),
	}
}

// Policy of File: readable by whoever may read its owner (a content item or an MDF claim); ADMIN
// uploads content files, a partner user the proof of its organisation's claims.
func (File) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			rule.AllowIfVendor(),
			rule.FilterFilesOfVisibleOwners(),
			privacy.AlwaysDenyRule(),
		},
		Mutation: privacy.MutationPolicy{
			rule.AllowIfAdmin(),
			rule.AllowClaimProofUpload(),
			privacy.AlwaysDenyRule(),
		},
	}
}

// Annotations of File.
func (File) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.Skip(entgql.SkipWhereInput),
	}
}
