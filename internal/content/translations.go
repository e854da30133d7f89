package content

import (
	"context"

	"entgo.io/ent/dialect/sql"

	"github.com/partnerhub/partnerhub/ent"
	entcontent "github.com/partnerhub/partnerhub/ent/content"
	"github.com/partnerhub/partnerhub/ent/predicate"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/normalize"
)

// languageFree fails with BAD_USER_INPUT when the group already has an item (other than self) in lang.
func languageFree(ctx context.Context, client *ent.Client, group, lang, self string) error {
	q := client.Content.Query().Where(entcontent.TranslationGroup(group), entcontent.Language(lang))
	if self != "" {
		q.Where(entcontent.IDNEQ(self))
	}
	taken, err := q.Exist(ctx)
	if err != nil {
		return err
	}
	if taken {
		return languageTaken(lang)
	}
	return nil
}

func languageTaken(lang string) error {
	return apperr.BadInput("language", "the item already has a %s version: change that one instead", lang)
}

// Translations are the other items of c's group, in language order (the caller's policy applies).
func Translations(ctx context.Context, client *ent.Client, c *ent.Content) ([]*ent.Content, error) {
	return client.Content.Query().
		Where(entcontent.TranslationGroup(c.TranslationGroup), entcontent.IDNEQ(c.ID)).
		Order(entcontent.ByLanguage(), entcontent.ByID()).
		All(ctx)
}

// OnePerGroup keeps one item of each group of translations among those visible (docs/enablement-
// content.md, "Languages"): the one in the preferred language, else one in the same base language
// ("de" for "de-CH"), else the original, else the first by ID. visible is the reader's gate over
// the table a selector reads: an item they may not see never stands in for another.
func OnePerGroup(preferred string, visible func(*sql.Selector) *sql.Predicate) predicate.Content {
	base := normalize.LanguageBase(preferred)
	return predicate.Content(func(s *sql.Selector) {
		d := sql.Dialect(s.Dialect())
		sib := d.Table(entcontent.Table).As("sibling")
		better := d.Select(sib.C(entcontent.FieldID)).From(sib)
		better.Where(sql.And(
			sql.ColumnsEQ(sib.C(entcontent.FieldTranslationGroup), s.C(entcontent.FieldTranslationGroup)),
			sql.ColumnsNEQ(sib.C(entcontent.FieldID), s.C(entcontent.FieldID)),
			visible(better),
			sql.P(func(b *sql.Builder) {
				// The sibling ranks before this item, or ranks the same and has the smaller ID.
				rank := func(col func(string) string) { pickRank(b, col, preferred, base) }
				b.WriteString("(")
				rank(sib.C)
				b.WriteString(" < ")
				rank(s.C)
				b.WriteString(" OR (")
				rank(sib.C)
				b.WriteString(" = ")
				rank(s.C)
				b.WriteString(" AND ").WriteString(sib.C(entcontent.FieldID)).WriteString(" < ").WriteString(s.C(entcontent.FieldID)).WriteString("))")
			}),
		))
		s.Where(sql.NotExists(better))
	})
}

// pickRank writes the rank of an item for a reader preferring lang (0 best).
func pickRank(b *sql.Builder, col func(string) string, lang, base string) {
	b.WriteString("(CASE")
	if lang != "" {
		b.WriteString(" WHEN ").WriteString(col(entcontent.FieldLanguage)).WriteString(" = ").Arg(lang).WriteString(" THEN 0")
		b.WriteString(" WHEN ").WriteString(col(entcontent.FieldLanguage)).WriteString(" = ").Arg(base).
			WriteString(" OR ").WriteString(col(entcontent.FieldLanguage)).WriteString(" LIKE ").Arg(escapeLike(base) + "-%").WriteString(` ESCAPE '\' THEN 1`)
	}
	b.WriteString(" WHEN ").WriteString(col(entcontent.FieldID)).WriteString(" = ").WriteString(col(entcontent.FieldTranslationGroup)).WriteString(" THEN 2 ELSE 3 END)")
}
