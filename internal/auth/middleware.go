package auth

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strings"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/apikey"
	"github.com/partnerhub/partnerhub/internal/requestid"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// APIKeyPrefix starts every API key, so a key is recognised without trying to parse it as a JWT.
const APIKeyPrefix = apikey.Prefix

// Middleware turns the Authorization header into the request's viewer. No header means an
// anonymous request; a credential that is present but invalid, expired, forged or for another
// audience is refused with 401, never downgraded to anonymous.
func (s *Service) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		if requestid.ClientFromContext(ctx).IP == "" {
			// The server names the client before (TRUSTED_PROXIES); on its own, the peer is the client.
			ctx = requestid.WithClient(ctx, requestid.FromRequest(r, nil))
		}
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
		refused := false
		if strings.HasPrefix(credential, APIKeyPrefix) {
			v, err = s.apiKeys.Authenticate(r.Context(), credential, requestid.ClientFromContext(r.Context()).IP)
			refused = errors.Is(err, apikey.ErrInvalid)
		} else if v, err = s.keys.Verify(credential, s.now()); err != nil {
			refused = true
		} else {
			v, err = s.current(r.Context(), v)
			refused = errors.Is(err, errUserInactive)
		}
		if err != nil && !refused {
			// The credential could not be checked (the database failed): telling the client it is
			// invalid would send it to sign in again, or a script to give up on a good key.
			slog.ErrorContext(r.Context(), "checking credential failed", "error", err)
			unavailable(w, r)
			return
		}
		if err != nil {
			slog.DebugContext(r.Context(), "credential refused", "error", err)
			unauthorized(w, "invalid or expired credentials")
			return
		}
		next.ServeHTTP(w, r.WithContext(viewer.NewContext(r.Context(), v)))
	})
}

// errUserInactive refuses an access token whose user was disabled since it was issued.
var errUserInactive = errors.New("user is no longer active")

// userInvalidates lists the user fields whose change must reach every instance within
// authcache.TTL.
var userInvalidates = []string{user.FieldStatus, user.FieldRole, user.FieldPartnerID}

// activeUser is what an access token's viewer is built from.
type activeUser struct{ role, partnerID string }

// current re-reads the token's user (at most authcache.TTL old), so that disabling a user or
// changing their role takes effect within seconds instead of when their 15-minute access token
// expires. The token proves who the caller is; the database says what they may do now.
func (s *Service) current(ctx context.Context, v *viewer.Viewer) (*viewer.Viewer, error) {
	a, ok := s.users.Get(v.UserID)
	if !ok {
		generation := s.users.Generation()
		u, err := s.client.User.Query().
			Where(user.ID(v.UserID)).
			Select(user.FieldStatus, user.FieldRole, user.FieldPartnerID).
			Only(viewer.SystemContext(ctx)) // privacy escape: authentication: the token names the user before there is a viewer
		if ent.IsNotFound(err) {
			return nil, errUserInactive
		}
		if err != nil {
			return nil, err
		}
		if u.Status != user.StatusACTIVE {
			return nil, errUserInactive
		}
		a = activeUser{role: string(u.Role), partnerID: u.PartnerID}
		s.users.Put(v.UserID, a, generation)
	}
	return &viewer.Viewer{UserID: v.UserID, Role: viewer.Role(a.role), PartnerID: a.partnerID}, nil
}

// ViewerOf is the current viewer of an active user, for credentials other than the Authorization
// header that name a user (a signed download link): their role and organisation as they are now.
func (s *Service) ViewerOf(ctx context.Context, userID string) (*viewer.Viewer, error) {
	return s.current(ctx, &viewer.Viewer{UserID: userID})
}

// unavailable answers INTERNAL with the request ID, like any error the server could not handle.
func unavailable(w http.ResponseWriter, r *http.Request) {
	writeError(w, http.StatusInternalServerError, "INTERNAL", "the credential could not be checked; request ID "+requestid.FromContext(r.Context()))
}

// unauthorized refuses a credential, telling a client which scheme to retry with.
func unauthorized(w http.ResponseWriter, message string) {
	w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
	writeError(w, http.StatusUnauthorized, "UNAUTHENTICATED", message)
}

// writeError answers like a GraphQL server would, so clients read one error format.
func writeError(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{
		"errors": []map[string]any{{"message": message, "extensions": map[string]any{"code": code}}},
	})
}
