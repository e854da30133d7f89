package httpserver

import (
	"context"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"
)

// operationTransactioner is entgql.Transactioner for requests that became an operation. A body that
// cannot be read or decoded never does, and entgql.Transactioner reads the operation context
// unconditionally: it would panic and turn the client's mistake into a 500 INTERNAL.
type operationTransactioner struct{ entgql.Transactioner }

func (t operationTransactioner) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if !graphql.HasOperationContext(ctx) {
		return next(ctx)
	}
	return t.Transactioner.InterceptResponse(ctx, next)
}
