package content

import (
	"strings"
	"time"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	entcontent "github.com/partnerhub/partnerhub/ent/content"
	"github.com/partnerhub/partnerhub/ent/predicate"
)

// Matching finds items whose title, summary or tags contain text, ignoring case, on SQLite and
// PostgreSQL; on PostgreSQL also the items whose words match text's in English word forms
// ("partnering" finds "partner"), served by the GIN index manual_content_search (a hand-written
// migration), whose expression searchDocument must repeat exactly.
func Matching(text string) predicate.Content {
	text = strings.ToLower(strings.TrimSpace(text))
	return predicate.Content(func(s *sql.Selector) {
		tags := s.C(entcontent.FieldTags)
		matches := []*sql.Predicate{
			sql.ContainsFold(s.C(entcontent.FieldTitle), text),
			sql.ContainsFold(s.C(entcontent.FieldSummary), text),
			sql.P(func(b *sql.Builder) {
				if b.Dialect() == dialect.Postgres {
					b.WriteString("LOWER(").WriteString(tags).WriteString("::text) LIKE ")
				} else {
					b.WriteString("LOWER(").WriteString(tags).WriteString(") LIKE ")
				}
				b.Arg("%" + escapeLike(text) + "%").WriteString(` ESCAPE '\'`)
			}),
		}
		if s.Dialect() == dialect.Postgres {
			matches = append(matches, sql.P(func(b *sql.Builder) {
				b.WriteString(searchDocument(s)).WriteString(" @@ plainto_tsquery('english', ").Arg(text).WriteString(")")
			}))
		}
		s.Where(sql.Or(matches...))
	})
}

// searchDocument is the text search document of an item on PostgreSQL, as the index holds it.
func searchDocument(s *sql.Selector) string {
	return "to_tsvector('english', " + s.C(entcontent.FieldTitle) + " || ' ' || " + s.C(entcontent.FieldSummary) +
		" || ' ' || " + s.C(entcontent.FieldTags) + "::text)"
}

// Tagged finds items carrying tag (tags are stored lower-cased).
func Tagged(tag string) predicate.Content {
	tag = strings.ToLower(strings.TrimSpace(tag))
	return predicate.Content(func(s *sql.Selector) {
		tags := s.C(entcontent.FieldTags)
		s.Where(sql.P(func(b *sql.Builder) {
			if b.Dialect() == dialect.Postgres {
				b.WriteString(tags).WriteString(" @> jsonb_build_array(CAST(").Arg(tag).WriteString(" AS text))")
				return
			}
			b.WriteString("EXISTS (SELECT 1 FROM json_each(").WriteString(tags).WriteString(") WHERE json_each.value = ").Arg(tag).WriteString(")")
		}))
	})
}

// OfMinTier finds items whose minimum tier is tierID; an empty tierID, items for every tier. On a
// partner's list it narrows the items the policy already lets them see, so it reveals nothing more.
func OfMinTier(tierID string) predicate.Content {
	if tierID == "" {
		return entcontent.MinTierIDIsNil()
	}
	return entcontent.MinTierID(tierID)
}

func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// StaleAt finds the published items past their review-by date at now.
func StaleAt(now time.Time) predicate.Content {
	return entcontent.And(entcontent.StatusEQ(entcontent.StatusPUBLISHED), entcontent.ReviewByLT(now))
}
