package graph

import (
	"context"
	"slices"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// hasRole is layer 1 of authorization: a readable, coarse gate in the SDL. Layer 2, the ent privacy
// policies, still decides row by row; this only stops the wrong kind of caller early and clearly.
func hasRole(ctx context.Context, _ any, next graphql.Resolver, roles []user.Role) (any, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, apperr.New(apperr.Unauthenticated, "sign in to do this")
	}
	if !v.IsSystem() && !slices.Contains(roles, user.Role(v.Role)) {
		return nil, apperr.New(apperr.Forbidden, "your role may not do this")
	}
	if v.ReadOnly() && isMutation(ctx) {
		return nil, apperr.New(apperr.Forbidden, "this API key may only read")
	}
	return next(ctx)
}

func isMutation(ctx context.Context) bool {
	return graphql.HasOperationContext(ctx) &&
		graphql.GetOperationContext(ctx).Operation.Operation == ast.Mutation
}
