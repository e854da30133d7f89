package httpserver

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/config"
	"github.com/partnerhub/partnerhub/internal/ratelimit"
	"github.com/partnerhub/partnerhub/internal/requestid"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// withRateLimit counts every API request against its caller's budget (an API key, a signed-in
// user, or an anonymous address) and tells the caller where they stand in the RateLimit-Limit,
// RateLimit-Remaining and RateLimit-Reset headers (IETF draft "RateLimit header fields for HTTP").
// Over budget, the answer is 429 with RATE_LIMITED and Retry-After. It runs after authentication,
// which decides whose budget a request draws on.
func withRateLimit(l *ratelimit.Limiter, budgets config.RateLimits) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			key, limit := bucket(r.Context(), budgets)
			d, err := l.Take(r.Context(), key, limit)
			if err != nil {
				// A budget that cannot be counted is spent: under the load that makes counting
				// time out, letting requests through would lift the limit exactly when a flood
				// needs it.
				slog.WarnContext(r.Context(), "rate limit unavailable", "error", err)
				uncounted(w)
				return
			}
			reset := int((d.Reset + time.Second - 1) / time.Second)
			h := w.Header()
			h.Set("RateLimit-Limit", strconv.Itoa(d.Limit))
			h.Set("RateLimit-Remaining", strconv.Itoa(d.Remaining))
			h.Set("RateLimit-Reset", strconv.Itoa(reset))
			h.Set("RateLimit-Policy", strconv.Itoa(d.Limit)+";w="+strconv.Itoa(int(ratelimit.Window/time.Second)))
			if !d.Allowed {
				h.Set("Retry-After", strconv.Itoa(reset))
				h.Set("Content-Type", "application/json")
				w.WriteHeader(http.StatusTooManyRequests)
				json.NewEncoder(w).Encode(map[string]any{"errors": []map[string]any{{
					"message":    "rate limit exceeded; retry after " + strconv.Itoa(reset) + " seconds",
					"extensions": map[string]any{"code": "RATE_LIMITED", "retryAfter": reset},
				}}})
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// bucket names the budget a request draws on.
func bucket(ctx context.Context, b config.RateLimits) (string, int) {
	v := viewer.FromContext(ctx)
	switch {
	case v != nil && v.APIKeyID != "":
		return "key:" + v.APIKeyID, b.APIKey
	case v != nil && v.UserID != "":
		return "user:" + v.UserID, b.User
	default:
		return addressBucket(ctx), b.Anonymous
	}
}

func addressBucket(ctx context.Context) string {
	return "ip:" + requestid.ClientFromContext(ctx).IP
}

// signInBudget counts every sign-in (login, refreshSession, logout, one per request) against the
// anonymous budget of the caller's address, also when the request carries a user's token or an
// API key and withRateLimit counted it against that larger budget: guessing passwords costs the
// same, signed in or not. Over budget, the operation is refused with RATE_LIMITED and retryAfter
// before any password is checked.
type signInBudget struct {
	limiter *ratelimit.Limiter
	limit   int
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = signInBudget{}

func (signInBudget) ExtensionName() string { return "SignInBudget" }

func (signInBudget) Validate(graphql.ExecutableSchema) error { return nil }

func (b signInBudget) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if b.limiter == nil || !isSignIn(oc) {
		return nil
	}
	if key, _ := bucket(ctx, config.RateLimits{}); key == addressBucket(ctx) {
		return nil // an anonymous request: withRateLimit counted it against the address already
	}
	d, err := b.limiter.Take(ctx, addressBucket(ctx), b.limit)
	if err != nil {
		// Password guessing is what this budget bounds: uncounted, no password is checked.
		slog.WarnContext(ctx, "rate limit unavailable", "error", err)
		cause := &apperr.Error{
			Code:       apperr.RateLimited,
			Message:    "sign-ins cannot be counted right now; retry after 1 second",
			Extensions: map[string]any{"retryAfter": 1},
		}
		return &gqlerror.Error{Err: cause, Message: cause.Message}
	}
	if d.Allowed {
		return nil
	}
	reset := int((d.Reset + time.Second - 1) / time.Second)
	cause := &apperr.Error{
		Code:       apperr.RateLimited,
		Message:    "too many sign-ins from this address; retry after " + strconv.Itoa(reset) + " seconds",
		Extensions: map[string]any{"retryAfter": reset},
	}
	return &gqlerror.Error{Err: cause, Message: cause.Message}
}

// uncounted answers a request whose budget could not be counted: 503 with RATE_LIMITED and a
// one-second Retry-After, the same shape as an answer over budget.
func uncounted(w http.ResponseWriter) {
	h := w.Header()
	h.Set("Retry-After", "1")
	h.Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusServiceUnavailable)
	json.NewEncoder(w).Encode(map[string]any{"errors": []map[string]any{{
		"message":    "the request budget cannot be counted right now; retry after 1 second",
		"extensions": map[string]any{"code": "RATE_LIMITED", "retryAfter": 1},
	}}})
}
