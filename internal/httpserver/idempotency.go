package httpserver

import (
	"net/http"

	"github.com/partnerhub/partnerhub/internal/idempotency"
)

// withIdempotencyKey hands the request's Idempotency-Key header to the mutations that honour it
// (registerDeal): a client retrying after a timeout gets the first result, not a second deal.
// The key is only carried here; it is checked and stored in the database by the mutation.
func withIdempotencyKey(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if key := r.Header.Get("Idempotency-Key"); key != "" {
			r = r.WithContext(idempotency.NewContext(r.Context(), key))
		}
		next.ServeHTTP(w, r)
	})
}
