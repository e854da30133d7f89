package graph

import (
	"context"
	"strings"

	"github.com/99designs/gqlgen/graphql"

	"github.com/partnerhub/partnerhub/internal/apperr"
)

// Page sizes of every connection (docs/ids-and-pagination.md): a page holds 20 rows unless the
// client asks, and never more than 100.
const (
	DefaultPageSize = 20
	MaxPageSize     = 100
)

// LimitPages is a field middleware that gives every connection field a default page size and
// refuses pages above the cap, so no query can ask for all rows of a table at once.
func LimitPages(ctx context.Context, next graphql.Resolver) (any, error) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Definition == nil || !strings.HasSuffix(fc.Field.Definition.Type.Name(), "Connection") {
		return next(ctx)
	}
	first, hasFirst := fc.Args["first"].(*int)
	last, hasLast := fc.Args["last"].(*int)
	if !hasFirst && !hasLast {
		return next(ctx)
	}
	for name, n := range map[string]*int{"first": first, "last": last} {
		if n == nil {
			continue
		}
		if *n < 0 {
			return nil, apperr.BadInput(name, "%s must not be negative", name)
		}
		if *n > MaxPageSize {
			return nil, apperr.BadInput(name, "%s must be at most %d", name, MaxPageSize)
		}
	}
	if first == nil && last == nil {
		n := DefaultPageSize
		fc.Args["first"] = &n
	}
	return next(ctx)
}
