package content

import (
	"context"
	"errors"

	"entgo.io/ent/dialect/sql"

	"github.com/partnerhub/partnerhub/ent"
	entcontent "github.com/partnerhub/partnerhub/ent/content"
	"github.com/partnerhub/partnerhub/ent/contentevent"
	"github.com/partnerhub/partnerhub/ent/privacy"
)

// Popularity returns the modifier that a contents query ordered by POPULARITY needs: it joins
// each item's popularity (entcontent.PopularityTable), all-time views plus downloads counted from
// the ContentEvent rows the viewer may read under that entity's policy, plus one (a cursor drops
// a zero value; the order is the same). A viewer who may read no events finds every item at one.
// The count is a correlated subquery of the list's own statement, so the list stays one query.
func Popularity(ctx context.Context, client *ent.Client) (func(*sql.Selector), error) {
	events, err := client.ContentEvent.Query().PolicySelector(ctx)
	switch {
	case errors.Is(err, privacy.Deny):
		events = nil
	case err != nil:
		return nil, err
	}
	return func(s *sql.Selector) {
		b := sql.Dialect(s.Dialect())
		items := b.Table(entcontent.Table).As("popularity_items")
		counted := b.Select(items.C(entcontent.FieldID)).From(items)
		if events == nil {
			counted.AppendSelectExprAs(sql.Expr("1"), entcontent.PopularityColumn)
		} else {
			// A copy per statement: the list's count and its rows both build from this modifier.
			n := events.Clone()
			n.Select("COUNT(*) + 1").Where(sql.ColumnsEQ(n.C(contentevent.FieldContentID), items.C(entcontent.FieldID)))
			counted.AppendSelectExprAs(n, entcontent.PopularityColumn)
		}
		counted.As(entcontent.PopularityTable)
		s.Join(counted).On(s.C(entcontent.FieldID), counted.C(entcontent.FieldID))
	}, nil
}
