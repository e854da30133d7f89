package auth

import (
	"context"
	"net/http"
	"time"
)

// The portal keeps its refresh token in an HttpOnly cookie instead of script-readable storage, so an
// injected script cannot steal a long-lived credential. SameSite=Strict plus the JSON-only POST
// endpoint keep other sites from using the cookie (CSRF). Scripts opt in with SessionModeHeader.
const (
	RefreshCookie     = "ph_refresh"
	SessionModeHeader = "X-PartnerHub-Session"
	cookiePath        = "/query"
)

type cookieJar struct {
	w      http.ResponseWriter
	r      *http.Request
	secure bool
}

type cookieKey struct{}

func withCookieJar(ctx context.Context, w http.ResponseWriter, r *http.Request, secure bool) context.Context {
	return context.WithValue(ctx, cookieKey{}, &cookieJar{w: w, r: r, secure: secure})
}

// UsesCookie reports whether the client asked to keep its refresh token in the cookie.
func UsesCookie(ctx context.Context) bool {
	jar, ok := ctx.Value(cookieKey{}).(*cookieJar)
	return ok && jar.r.Header.Get(SessionModeHeader) == "cookie"
}

// CookieToken returns the refresh token from the cookie, or "".
func CookieToken(ctx context.Context) string {
	jar, ok := ctx.Value(cookieKey{}).(*cookieJar)
	if !ok {
		return ""
	}
	c, err := jar.r.Cookie(RefreshCookie)
	if err != nil {
		return ""
	}
	return c.Value
}

// SetCookie stores a refresh token in the cookie; an empty token clears it.
func SetCookie(ctx context.Context, token string, expires time.Time) {
	jar, ok := ctx.Value(cookieKey{}).(*cookieJar)
	if !ok {
		return
	}
	c := &http.Cookie{
		Name: RefreshCookie, Value: token, Path: cookiePath,
		HttpOnly: true, Secure: jar.secure, SameSite: http.SameSiteStrictMode,
		Expires: expires,
	}
	if token == "" {
		c.MaxAge = -1
	}
	http.SetCookie(jar.w, c)
}

// Deliver hands a session to the client: cookie clients get the refresh token only in the cookie.
func Deliver(ctx context.Context, sess *Session) *Session {
	if !UsesCookie(ctx) {
		return sess
	}
	SetCookie(ctx, sess.RefreshToken, sess.RefreshTokenExpiresAt)
	out := *sess
	out.RefreshToken = ""
	return &out
}

// TokenOrCookie returns the refresh token the client sent, or the one in its cookie.
func TokenOrCookie(ctx context.Context, given *string) string {
	if given != nil && *given != "" {
		return *given
	}
	return CookieToken(ctx)
}
