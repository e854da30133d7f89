package httpserver

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/netip"
	"regexp"
	"time"

	"github.com/rs/cors"

	"github.com/partnerhub/partnerhub/internal/requestid"
)

// Middleware wraps a handler.
type Middleware func(http.Handler) http.Handler

// chain applies middleware so that the first one listed runs first.
func chain(h http.Handler, mws ...Middleware) http.Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

// validRequestID accepts a caller's X-Request-ID only if it cannot smuggle anything into logs.
var validRequestID = regexp.MustCompile(`^[A-Za-z0-9._-]{8,64}$`)

// withRequestID gives every request an ID, reusing a well-formed one from a proxy, and returns it
// in X-Request-ID so a user can quote it to support.
func withRequestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Request-ID")
		if !validRequestID.MatchString(id) {
			id = requestid.New()
		}
		w.Header().Set("X-Request-ID", id)
		next.ServeHTTP(w, r.WithContext(requestid.NewContext(r.Context(), id)))
	})
}

// withClient records where the request came from (requestid.FromRequest): the peer, or behind
// trusted proxies the address X-Forwarded-For names. Rate limits, sessions and audit events read it.
func withClient(trusted []netip.Prefix) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ctx := requestid.WithClient(r.Context(), requestid.FromRequest(r, trusted))
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}

// statusRecorder remembers the status a handler wrote, for the access log and metrics.
type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (s *statusRecorder) WriteHeader(code int) {
	if s.status == 0 {
		s.status = code
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	n, err := s.ResponseWriter.Write(b)
	s.bytes += n
	return n, err
}

func (s *statusRecorder) Unwrap() http.ResponseWriter { return s.ResponseWriter }

func withAccessLog(logger *slog.Logger) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			start := time.Now()
			rec := &statusRecorder{ResponseWriter: w}
			next.ServeHTTP(rec, r)
			logger.LogAttrs(r.Context(), slog.LevelInfo, "request",
				slog.String("method", r.Method),
				slog.String("path", r.URL.Path),
				slog.Int("status", rec.status),
				slog.Int("bytes", rec.bytes),
				slog.Duration("duration", time.Since(start)),
			)
		})
	}
}

// withRecover answers 500 instead of dropping the connection when a handler panics.
func withRecover(logger *slog.Logger) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			defer func() {
				if p := recover(); p != nil {
					if p == http.ErrAbortHandler {
						panic(p)
					}
					logger.ErrorContext(r.Context(), "panic", "panic", p)
					http.Error(w, "internal error; request ID "+requestid.FromContext(r.Context()), http.StatusInternalServerError)
				}
			}()
			next.ServeHTTP(w, r)
		})
	}
}

func withCORS(origins []string) Middleware {
	if len(origins) == 0 {
		// rs/cors reads an empty list as "every origin"; without CORS_ORIGINS the API is same-origin only.
		return func(next http.Handler) http.Handler { return next }
	}
	c := cors.New(cors.Options{
		AllowedOrigins:   origins,
		AllowedMethods:   []string{http.MethodGet, http.MethodPost, http.MethodOptions},
		AllowedHeaders:   []string{"Authorization", "Content-Type", "X-Request-ID", "Idempotency-Key"},
		ExposedHeaders:   []string{"X-Request-ID", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Retry-After"},
		AllowCredentials: true,
		MaxAge:           600,
	})
	return c.Handler
}

// withBodyLimit bounds request bodies so one client cannot exhaust memory. limitFor gives each
// request its limit: MaxBodyBytes, except file uploads (uploads.go).
func withBodyLimit(limitFor func(*http.Request) int64) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			limit := limitFor(r)
			if r.ContentLength > limit {
				bodyTooLarge(w, r, limit)
				return
			}
			r.Body = http.MaxBytesReader(w, r.Body, limit)
			if r.ContentLength < 0 && !isMultipart(r) {
				// A chunked body declares no length: read it (at most limit bytes) before the
				// handler does, so an oversized one gets 413 too. An upload streams instead: its
				// reader stops at the limit part-way.
				body, err := io.ReadAll(r.Body)
				if err != nil {
					var tooLarge *http.MaxBytesError
					if errors.As(err, &tooLarge) {
						bodyTooLarge(w, r, limit)
					} else {
						http.Error(w, "cannot read request body", http.StatusBadRequest)
					}
					return
				}
				r.Body, r.ContentLength = io.NopCloser(bytes.NewReader(body)), int64(len(body))
			}
			next.ServeHTTP(w, r)
		})
	}
}

// bodyTooLarge answers in the GraphQL error format the client asked for, so a script reads one
// kind of error whatever went wrong.
func bodyTooLarge(w http.ResponseWriter, r *http.Request, limit int64) {
	media, ok := negotiate(r.Header.Values("Accept"))
	if !ok {
		media = mediaJSON
	}
	writeRequestError(w, media, requestError{
		status:  http.StatusRequestEntityTooLarge,
		message: fmt.Sprintf("the request body is larger than %d bytes", limit),
		ext:     map[string]any{"limit": limitBodySize, "max": limit},
	})
}
