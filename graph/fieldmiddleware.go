package graph

import (
	"context"
	"strings"

	"github.com/99designs/gqlgen/graphql"
)

// FieldMiddleware is LimitPages and AuditMutations as one gqlgen field middleware, to register
// with a single srv.AroundFields(graph.FieldMiddleware) in place of one call for each.
//
// gqlgen runs every registered field middleware around every field of an answer, down to each
// scalar of each list element, and allocates a closure per middleware per field to chain them: on
// a page of 50 partners that is some 650 allocations per middleware, about 5% of the request's
// allocations, and deeper stacks in the per-element goroutines gqlgen starts (each growth is a
// stack copy). Neither middleware concerns more than a handful of fields, so this one looks at the
// field once and calls the middleware that applies, if any. No field is both a mutation and a
// connection, so the behaviour is that of the two chained.
func FieldMiddleware(ctx context.Context, next graphql.Resolver) (any, error) {
	fc := graphql.GetFieldContext(ctx)
	switch {
	case fc == nil:
		return next(ctx)
	case fc.Object == "Mutation":
		return AuditMutations(ctx, next)
	case fc.Field.Definition != nil && strings.HasSuffix(fc.Field.Definition.Type.Name(), "Connection"):
		return LimitPages(ctx, next)
	}
	return next(ctx)
}
