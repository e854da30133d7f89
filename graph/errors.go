package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/privacy"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/requestid"
)

// PresentError is the one place where errors become what a client sees: one of the stable codes of
// docs/errors.md and a message. Anything unexpected is logged with the request ID and shown only as
// INTERNAL plus that ID, so SQL, stack traces and file paths never reach a client.
func PresentError(ctx context.Context, err error) *gqlerror.Error {
	gqlErr := graphql.DefaultErrorPresenter(ctx, err)
	code, message, field, extra := classify(err)
	if code == "" {
		if known, ok := gqlErr.Extensions["code"].(string); ok {
			// Errors gqlgen or entgql already coded (parse, validation, node not found).
			code, message = normalizeCode(known), gqlErr.Message
		}
	}
	var transportErr *gqlerror.Error
	if code == "" && !graphql.HasOperationContext(ctx) && errors.As(err, &transportErr) {
		// gqlgen's transports report a body they cannot decode without a code, before any
		// operation exists; that is the client's input, and the message echoes the body (which
		// may hold a password), so it is neither logged nor shown.
		code, message = apperr.BadUserInput, "the request body is not a valid GraphQL request"
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		rid := requestid.FromContext(ctx)
		gqlErr.Message = fmt.Sprintf("the request took longer than the server's time limit and was cancelled; request ID %s", rid)
		gqlErr.Extensions = map[string]any{"code": string(apperr.Internal), "requestId": rid, "limit": "REQUEST_TIME"}
		return gqlErr
	}
	if code == "" || code == apperr.Internal {
		rid := requestid.FromContext(ctx)
		slog.ErrorContext(ctx, "internal error", "error", err.Error(), "path", gqlErr.Path.String())
		code, message = apperr.Internal, fmt.Sprintf("internal error; quote request ID %s to support", rid)
		extra = map[string]any{"requestId": rid}
	}
	gqlErr.Message = message
	gqlErr.Extensions = map[string]any{"code": string(code)}
	if field != "" {
		gqlErr.Extensions["field"] = field
	}
	for k, v := range extra {
		gqlErr.Extensions[k] = v
	}
	return gqlErr
}

// classify maps a domain or ent error to a code, message and field; "" means not recognised.
func classify(err error) (code apperr.Code, message, field string, extra map[string]any) {
	if e, ok := apperr.As(err); ok {
		return e.Code, e.Message, e.Field, e.Extensions
	}
	var verr *ent.ValidationError
	switch {
	case errors.As(err, &verr):
		field := camelCase(verr.Name)
		return apperr.BadUserInput, fmt.Sprintf("%s is not valid", field), field, nil
	case ent.IsNotFound(err):
		return apperr.NotFound, "not found", "", nil
	case ent.IsConstraintError(err):
		return apperr.Conflict, "this conflicts with an existing record", "", nil
	case errors.Is(err, privacy.Deny):
		return apperr.Forbidden, "you are not allowed to do this", "", nil
	case strings.Contains(err.Error(), "ent: empty predicate "):
		// entgql's answer to an empty where object inside and/or/not.
		return apperr.BadUserInput, "a where filter is empty; leave it out or give it a condition", "where", nil
	case errors.Is(err, context.DeadlineExceeded):
		return apperr.Internal, "", "", nil
	}
	return "", "", "", nil
}

// normalizeCode folds gqlgen's own codes into the set docs/errors.md promises clients.
func normalizeCode(code string) apperr.Code {
	switch code {
	case "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "COMPLEXITY_LIMIT_EXCEEDED":
		return apperr.BadUserInput
	}
	return apperr.Code(code)
}

// Recover turns a resolver panic into an INTERNAL error, logged with its request ID.
func Recover(ctx context.Context, p any) error {
	slog.ErrorContext(ctx, "panic in resolver", "panic", fmt.Sprint(p))
	return errors.New("panic in resolver")
}

// camelCase turns ent's column names (min_revenue_t12m) into the GraphQL field names clients sent
// (minRevenueT12m).
func camelCase(name string) string {
	parts := strings.Split(name, "_")
	for i := 1; i < len(parts); i++ {
		if parts[i] != "" {
			parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
		}
	}
	return strings.Join(parts, "")
}
