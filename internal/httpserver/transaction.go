package httpserver

import (
	"context"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/partnerhub/partnerhub/graph"
)

// operationTransactioner runs every mutation in one request transaction (entgql.Transactioner),
// except a sign-in: login, refreshSession and logout keep the sign-in service's own transactions,
// so a failed sign-in still counts towards the lockout.
//
// Whether an operation is a sign-in is decided on the root fields it executes: fragments
// expanded, aliases resolved, @skip and @include applied (graphql.CollectFields), never on how
// the document spells them. Inside the request transaction a sign-in would wait for the lock that
// transaction holds (SQLite's write lock) and hold a pooled connection through its password
// check. So a sign-in field must be the only field of its operation: beside other mutation
// fields, either it or they would run in the wrong place. Such an operation is refused before
// anything runs (BAD_USER_INPUT, extensions.limit SIGN_IN).
//
// A body that cannot be read or decoded never becomes an operation, and entgql.Transactioner
// reads the operation context unconditionally: it would panic and turn the client's mistake
// into a 500 INTERNAL.
type operationTransactioner struct{ tx entgql.Transactioner }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
	graphql.ResponseInterceptor
} = operationTransactioner{}

func (operationTransactioner) ExtensionName() string { return "OperationTransactioner" }

func (t operationTransactioner) Validate(s graphql.ExecutableSchema) error { return t.tx.Validate(s) }

func (t operationTransactioner) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil || oc.Operation.Operation != ast.Mutation {
		return nil
	}
	fields := graphql.CollectFields(oc, oc.Operation.SelectionSet, []string{"Mutation"})
	signIns, others := 0, 0
	var pos *ast.Position
	for _, f := range fields {
		switch {
		case graph.IsSessionMutation(f.Name):
			signIns++
			pos = f.Position
		case f.Name != "__typename":
			others++
		}
	}
	if signIns == 0 {
		return t.tx.MutateOperationContext(ctx, oc)
	}
	if signIns > 1 || others > 0 {
		return limitError(limitSignIn, 1, pos,
			"login, refreshSession, logout and the password mutations must each be sent alone: one sign-in field per request, with no other mutation beside it")
	}
	return nil
}

func (t operationTransactioner) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if !graphql.HasOperationContext(ctx) || isSignIn(graphql.GetOperationContext(ctx)) {
		return next(ctx)
	}
	return t.tx.InterceptResponse(ctx, next)
}

// isSignIn reports whether the operation executes a sign-in field, however it is spelled.
func isSignIn(oc *graphql.OperationContext) bool {
	if oc.Operation == nil || oc.Operation.Operation != ast.Mutation {
		return false
	}
	for _, f := range graphql.CollectFields(oc, oc.Operation.SelectionSet, []string{"Mutation"}) {
		if graph.IsSessionMutation(f.Name) {
			return true
		}
	}
	return false
}
