package content

import (
	"strings"
	"time"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	entcontent "github.com/partnerhub/partnerhub/ent/content"
	"github.com/partnerhub/partnerhub/ent/predicate"
)

// Matching finds items whose title, summary or tags contain text, ignoring case, the same way
// on SQLite and PostgreSQL.
func Matching(text string) predicate.Content {
	text = strings.ToLower(strings.TrimSpace(text))
	return predicate.Content(func(s *sql.Selector) {
		tags := s.C(entcontent.FieldTags)
		s.Where(sql.Or(
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
		))
	})
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

func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// StaleAt finds the published items past their review-by date at now.
func StaleAt(now time.Time) predicate.Content {
	return entcontent.And(entcontent.StatusEQ(entcontent.StatusPUBLISHED), entcontent.ReviewByLT(now))
}
