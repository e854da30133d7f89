package auth

import (
	"encoding/json"
	"log/slog"
	"net"
	"net/http"
	"strings"

	"github.com/partnerhub/partnerhub/internal/requestid"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// APIKeyPrefix starts every API key, so a key is recognised without trying to parse it as a JWT.
const APIKeyPrefix = "phk_"

// Middleware turns the Authorization header into the request's viewer. No header means an
// anonymous request; a credential that is present but invalid, expired, forged or for another
// audience is refused with 401, never downgraded to anonymous.
func (s *Service) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := requestid.WithClient(r.Context(), clientFrom(r))
		r = r.WithContext(withCookieJar(ctx, w, r, s.secureCookies))
		header := r.Header.Get("Authorization")
		if header == "" {
			next.ServeHTTP(w, r.WithContext(viewer.WithPendingSession(r.Context())))
			return
		}
		scheme, credential, ok := strings.Cut(header, " ")
		if !ok || !strings.EqualFold(scheme, "Bearer") || credential == "" {
			unauthorized(w, "use Authorization: Bearer <token>")
			return
		}
		var v *viewer.Viewer
		var err error
		if strings.HasPrefix(credential, APIKeyPrefix) {
			err = errUnknownAPIKey
		} else {
			v, err = s.keys.Verify(credential, s.now())
		}
		if err != nil {
			slog.DebugContext(r.Context(), "credential refused", "error", err)
			unauthorized(w, "invalid or expired credentials")
			return
		}
		next.ServeHTTP(w, r.WithContext(viewer.NewContext(r.Context(), v)))
	})
}

var errUnknownAPIKey = &apiKeyError{"unknown API key"}

type apiKeyError struct{ msg string }

func (e *apiKeyError) Error() string { return e.msg }

// unauthorized answers like a GraphQL server would, so clients read one error format.
func unauthorized(w http.ResponseWriter, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
	w.WriteHeader(http.StatusUnauthorized)
	json.NewEncoder(w).Encode(map[string]any{
		"errors": []map[string]any{{"message": message, "extensions": map[string]any{"code": "UNAUTHENTICATED"}}},
	})
}

// clientFrom reads the caller's address and user agent for sessions and audit events.
func clientFrom(r *http.Request) requestid.Client {
	ip, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		ip = r.RemoteAddr
	}
	return requestid.Client{IP: ip, UserAgent: r.UserAgent()}
}
