package httpserver

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"strconv"
	"time"

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
			key, limit := bucket(r, budgets)
			d, err := l.Take(r.Context(), key, limit)
			if err != nil {
				// The database is what the request needs anyway; if counting failed, let the
				// request find out for itself rather than refuse it for the limiter's sake.
				slog.WarnContext(r.Context(), "rate limit unavailable", "error", err)
				next.ServeHTTP(w, r)
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
func bucket(r *http.Request, b config.RateLimits) (string, int) {
	v := viewer.FromContext(r.Context())
	switch {
	case v != nil && v.APIKeyID != "":
		return "key:" + v.APIKeyID, b.APIKey
	case v != nil && v.UserID != "":
		return "user:" + v.UserID, b.User
	default:
		return "ip:" + requestid.ClientFromContext(r.Context()).IP, b.Anonymous
	}
}
