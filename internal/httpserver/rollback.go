package httpserver

import (
	"context"
	"log/slog"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/graph"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/audit"
	"github.com/partnerhub/partnerhub/internal/ratelimit"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// Rolled-back changes a signed-in person may make per window before mutations are refused.
const (
	RollbackBudget = 20
	RollbackWindow = time.Hour
)

// mutationGuard keeps a rolled-back mutation from being a free oracle. Before a mutation runs, the
// @hasRole directives of everything it selects are applied (graph.RolesAhead), so a payload field
// the viewer may not read refuses the mutation instead of failing after the change. A mutation
// that still ran and then rolled back because its payload failed (an error below the mutation
// field itself) leaves a durable record in the audit log, outside the rolled-back transaction,
// and counts against RollbackBudget per person; past it, mutations are refused with RATE_LIMITED
// until the window ends. Errors of the mutation field itself (bad input, a conflict) are ordinary
// answers and are not counted.
type mutationGuard struct {
	client  *ent.Client
	limiter *ratelimit.Limiter
	now     func() time.Time
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
	graphql.ResponseInterceptor
} = mutationGuard{}

func (mutationGuard) ExtensionName() string { return "MutationGuard" }

func (mutationGuard) Validate(graphql.ExecutableSchema) error { return nil }

func (g mutationGuard) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil || oc.Operation.Operation != ast.Mutation || isSignIn(oc) {
		return nil // a sign-in is sent alone and answers for itself (transaction.go)
	}
	if err := graph.RolesAhead(ctx, oc); err != nil {
		return err
	}
	v := viewer.FromContext(ctx)
	if g.limiter == nil || v == nil || v.UserID == "" {
		return nil
	}
	spent, until, err := g.limiter.Spent(ctx, rollbackKey(v), RollbackBudget, RollbackWindow, g.now())
	if err != nil {
		slog.WarnContext(ctx, "rollback budget unavailable", "error", err)
		return nil
	}
	if !spent {
		return nil
	}
	wait := int(until.Sub(g.now())/time.Second) + 1
	cause := &apperr.Error{
		Code:       apperr.RateLimited,
		Message:    "too many changes were undone because their answers failed; retry after " + strconv.Itoa(wait) + " seconds",
		Extensions: map[string]any{"retryAfter": wait},
	}
	return &gqlerror.Error{Err: cause, Message: cause.Message}
}

func (g mutationGuard) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if resp == nil || !graphql.HasOperationContext(ctx) {
		return resp
	}
	oc := graphql.GetOperationContext(ctx)
	v := viewer.FromContext(ctx)
	if oc.Operation == nil || oc.Operation.Operation != ast.Mutation || v == nil || v.UserID == "" || isSignIn(oc) {
		return resp
	}
	var paths []string
	for _, e := range resp.Errors {
		if len(e.Path) > 1 {
			paths = append(paths, e.Path.String())
		}
	}
	if len(paths) == 0 {
		return resp
	}
	err := audit.Record(ctx, g.client, audit.Entry{
		Action: "mutation.rolled_back", EntityType: "users", EntityID: v.UserID,
		Summary: map[string]any{"operation": oc.OperationName, "failedPaths": paths},
	})
	if err != nil {
		slog.ErrorContext(ctx, "recording a rolled-back mutation", "error", err)
	}
	if g.limiter != nil {
		if _, _, err := g.limiter.Reserve(ctx, rollbackKey(v), RollbackBudget, RollbackWindow, g.now()); err != nil {
			slog.WarnContext(ctx, "counting a rolled-back mutation", "error", err)
		}
	}
	slog.WarnContext(ctx, "mutation rolled back after its payload failed", "user", v.UserID, "operation", oc.OperationName, "paths", paths)
	return resp
}

func rollbackKey(v *viewer.Viewer) string { return "rollback:" + v.UserID }
