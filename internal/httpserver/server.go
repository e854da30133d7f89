// Package httpserver assembles PartnerHub's HTTP surface: the GraphQL endpoint, the playground, the
// committed SDL, health, readiness and metrics, behind one ordered list of middleware.
package httpserver

import (
	"log/slog"
	"net/http"
	"path/filepath"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/graph"
	"github.com/partnerhub/partnerhub/internal/auth"
	"github.com/partnerhub/partnerhub/internal/config"
	"github.com/partnerhub/partnerhub/internal/content"
	"github.com/partnerhub/partnerhub/internal/database"
	"github.com/partnerhub/partnerhub/internal/deal"
	"github.com/partnerhub/partnerhub/internal/filelink"
	"github.com/partnerhub/partnerhub/internal/invitation"
	"github.com/partnerhub/partnerhub/internal/lead"
	"github.com/partnerhub/partnerhub/internal/mail"
	"github.com/partnerhub/partnerhub/internal/playground"
	"github.com/partnerhub/partnerhub/internal/portal"
	"github.com/partnerhub/partnerhub/internal/ratelimit"
	"github.com/partnerhub/partnerhub/internal/recruitment"
	"github.com/partnerhub/partnerhub/internal/storage"
	"github.com/partnerhub/partnerhub/internal/survey"
	"github.com/partnerhub/partnerhub/internal/upload"
	"github.com/partnerhub/partnerhub/internal/webhook"
)

// MaxBodyBytes bounds a GraphQL request body.
const MaxBodyBytes = 1 << 20

// Deps are what the HTTP server needs.
type Deps struct {
	Config config.Config
	DB     database.DB
	Client *ent.Client
	Logger *slog.Logger
	// Outbox queues e-mail; the caller schedules its delivery (mail.DeliveryTask). Nil: a new one.
	Outbox *mail.Outbox
}

// New returns the server's root handler.
func New(d Deps) (http.Handler, error) {
	keys, err := auth.NewKeySet(d.Config)
	if err != nil {
		return nil, err
	}
	limiter := ratelimit.New(d.DB.DB, d.DB.Dialect)
	authService := auth.NewService(d.Client, keys, limiter, d.Config.Production())
	outbox := d.Outbox
	if outbox == nil {
		outbox = mail.NewOutbox(!d.Config.Production())
	}
	invitations := invitation.NewService(authService, outbox, d.Config.PublicURL)
	store, err := storage.NewLocal(filepath.Join(d.Config.DataDir, "files"))
	if err != nil {
		return nil, err
	}
	uploads := uploadLimits{maxFileBytes: d.Config.UploadMaxBytes, tmpDir: filepath.Join(d.Config.DataDir, "files", "tmp")}
	links := filelink.NewSigner(keys.LinkSecret())
	services := graph.Services{
		Auth:        authService,
		Passwords:   auth.NewPasswords(authService, outbox, d.Config.PublicURL),
		Invitations: invitations,
		Recruitment: recruitment.NewService(invitations, outbox, d.Config.RateLimits.Applications, d.DB.Dialect),
		Deals:       deal.Config{DecisionSLA: d.Config.DealDecisionSLA, Outbox: outbox, PublicURL: d.Config.PublicURL},
		Leads:       lead.Config{AcceptanceDeadline: d.Config.LeadAcceptanceDeadline},
		Webhooks:    WebhookConfig(d.Config),
		PublicURL:   d.Config.PublicURL,
		Outbox:      outbox,
		Surveys:     survey.Sender{Outbox: outbox, PublicURL: d.Config.PublicURL},
		Library: content.Service{
			Uploads: &upload.Receiver{Store: store, Config: upload.Config{MaxBytes: d.Config.UploadMaxBytes}},
			Links:   links,
		},
	}
	m := newMetrics(d.DB.DB)
	gql := newGraphQLHandler(d.Client, services, d.Config.Production(), m, signInBudget{limiter, d.Config.RateLimits.Anonymous},
		mutationGuard{client: d.Client, limiter: limiter, now: time.Now}, &uploads)
	sdl := graph.SDL()

	mux := http.NewServeMux()
	// The API's own middleware, after the shared chain below: authentication decides whose
	// budget the request draws on, then the rate limit counts it.
	mux.Handle("/query", chain(gql,
		authService.Middleware,
		withRateLimit(limiter, d.Config.RateLimits),
	))
	mux.Handle("GET /files/{id}", chain(fileDownloads{client: d.Client, store: store, links: links, auth: authService},
		authService.Middleware,
		withRateLimit(limiter, d.Config.RateLimits),
	))
	exports, err := newCSVExport(gql)
	if err != nil {
		return nil, err
	}
	mux.Handle("GET /export/{list}", chain(exports,
		authService.Middleware,
		withRateLimit(limiter, d.Config.RateLimits),
	))
	pg := playground.Handler("/query", "PartnerHub GraphQL")
	mux.Handle("/playground", pg)
	mux.Handle("/playground/", pg)
	mux.HandleFunc("GET /schema.graphql", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/graphql; charset=utf-8")
		w.Write([]byte(sdl))
	})
	mux.HandleFunc("GET /verify/{code}", verifyHandler(d.Client, d.Logger))
	mux.HandleFunc("GET /healthz", healthz)
	mux.HandleFunc("GET /readyz", readyz(d.DB))
	mux.Handle("GET /metrics", protectMetrics(promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{}), d.Config.MetricsToken, d.Config.Production()))
	mux.Handle("/", portal.Handler()) // the partner portal (SPA): every other path is one of its routes

	// Order matters: the request ID and the client address exist before anything logs, the
	// access log sees the final status, recover keeps a panic from killing the connection, CORS
	// answers preflights before any body is read.
	return chain(mux,
		withRequestID,
		withClient(d.Config.TrustedProxies),
		withAccessLog(d.Logger),
		withRecover(d.Logger),
		withCORS(d.Config.CORSOrigins),
		withBodyLimit(func(r *http.Request) int64 {
			// Only the API takes uploads, and only as multipart POSTs.
			if r.Method == http.MethodPost && r.URL.Path == "/query" && isMultipart(r) {
				return uploads.maxUploadRequestBytes()
			}
			return MaxBodyBytes
		}),
		withTimeout(d.Config.RequestTimeout),
		withIdempotencyKey,
	), nil
}

// WebhookConfig is how webhooks may reach receivers under cfg: https only in production, private
// addresses only when WEBHOOK_ALLOW_PRIVATE_TARGETS says so.
func WebhookConfig(cfg config.Config) webhook.Config {
	return webhook.Config{AllowPrivateTargets: cfg.WebhookAllowPrivateTargets, RequireHTTPS: cfg.Production()}
}
