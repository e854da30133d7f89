package httpserver

import (
	"context"
	"crypto/subtle"
	"database/sql"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// maxOperationNames bounds the label values clients can create, so a script sending random
// operation names cannot blow up the metrics' memory.
const maxOperationNames = 200

// metrics are the Prometheus series /metrics exposes. They live in a registry of their own per
// server, not in package globals, so tests can run many servers side by side.
type metrics struct {
	registry   *prometheus.Registry
	operations *prometheus.CounterVec
	latency    *prometheus.HistogramVec

	mu    sync.Mutex
	names map[string]bool
}

func newMetrics(db *sql.DB) *metrics {
	m := &metrics{
		registry: prometheus.NewRegistry(),
		operations: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "partnerhub_graphql_requests_total",
			Help: "GraphQL operations served, by operation name and outcome (ok or the first error code).",
		}, []string{"operation", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "partnerhub_graphql_request_duration_seconds",
			Help:    "Time to answer a GraphQL operation, by operation name and outcome.",
			Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"operation", "outcome"}),
		names: map[string]bool{},
	}
	m.registry.MustRegister(
		m.operations, m.latency,
		collectors.NewDBStatsCollector(db, "partnerhub"),
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	return m
}

var operationName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]{0,63}$`)

func (m *metrics) label(name string) string {
	if name == "" {
		return "anonymous"
	}
	if !operationName.MatchString(name) {
		return "other"
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.names[name] {
		if len(m.names) >= maxOperationNames {
			return "other"
		}
		m.names[name] = true
	}
	return name
}

// ExtensionName implements graphql.HandlerExtension.
func (m *metrics) ExtensionName() string { return "PrometheusMetrics" }

// Validate implements graphql.HandlerExtension.
func (m *metrics) Validate(graphql.ExecutableSchema) error { return nil }

// InterceptResponse counts each answered operation and observes its latency.
func (m *metrics) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	start := time.Now()
	resp := next(ctx)
	name := ""
	if graphql.HasOperationContext(ctx) {
		oc := graphql.GetOperationContext(ctx)
		name = oc.OperationName
		if !oc.Stats.OperationStart.IsZero() {
			start = oc.Stats.OperationStart
		}
	}
	outcome := "ok"
	if resp != nil && len(resp.Errors) > 0 {
		outcome = "error"
		if code, ok := resp.Errors[0].Extensions["code"].(string); ok {
			outcome = code
		}
	}
	label := m.label(name)
	m.operations.WithLabelValues(label, outcome).Inc()
	m.latency.WithLabelValues(label, outcome).Observe(time.Since(start).Seconds())
	return resp
}

// protectMetrics guards GET /metrics: with a token set, only its bearer reads the series (401
// otherwise); in production without one, nobody does (403), since the series reveal traffic,
// operation names and the database pool. Development without a token leaves it open.
func protectMetrics(h http.Handler, token string, production bool) http.Handler {
	if token == "" && !production {
		return h
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if token == "" {
			http.Error(w, "metrics are not served in production without METRICS_TOKEN", http.StatusForbidden)
			return
		}
		scheme, credential, _ := strings.Cut(r.Header.Get("Authorization"), " ")
		if !strings.EqualFold(scheme, "Bearer") || subtle.ConstantTimeCompare([]byte(credential), []byte(token)) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="metrics"`)
			http.Error(w, "send Authorization: Bearer <METRICS_TOKEN>", http.StatusUnauthorized)
			return
		}
		h.ServeHTTP(w, r)
	})
}
