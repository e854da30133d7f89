// Package apitest runs the real HTTP server over a fresh database with demo data, and speaks
// GraphQL to it the way a client does: JSON over HTTP, reading codes from the answer.
package apitest

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/internal/config"
	"github.com/partnerhub/partnerhub/internal/database"
	"github.com/partnerhub/partnerhub/internal/httpserver"
	"github.com/partnerhub/partnerhub/internal/jobs"
	"github.com/partnerhub/partnerhub/internal/mail"
	"github.com/partnerhub/partnerhub/internal/seed"
	"github.com/partnerhub/partnerhub/internal/storage"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
	"github.com/partnerhub/partnerhub/internal/upload"
)

// Server is a running PartnerHub over a fresh demo database.
type Server struct {
	URL    string
	Client *ent.Client
	DB     database.DB
	Config config.Config
	HTTP   *httptest.Server
}

// New starts a server with the demo data seeded.
func New(t testing.TB) *Server {
	t.Helper()
	return NewWithEnv(t, nil)
}

// NewWithEnv starts a server with the demo data seeded and configuration read from env (e.g.
// SMTP_URL of a test mailbox, or small rate limits).
func NewWithEnv(t testing.TB, env map[string]string) *Server {
	t.Helper()
	db := testdb.Open(t)
	client := testdb.ClientOf(t, db)
	cfg, err := config.Load(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	if _, err := seed.Demo(context.Background(), client, cfg.DemoPassword); err != nil {
		t.Fatalf("seeding: %v", err)
	}
	if cfg.DataDir == "./data" {
		cfg.DataDir = t.TempDir() // uploaded files of this test only
	}
	store, err := storage.NewLocal(filepath.Join(cfg.DataDir, "files"))
	if err != nil {
		t.Fatal(err)
	}
	if err := seed.Content(context.Background(), client, &upload.Receiver{Store: store}, time.Now()); err != nil {
		t.Fatalf("seeding the content library: %v", err)
	}
	if err := seed.MDF(context.Background(), client, &upload.Receiver{Store: store}, time.Now()); err != nil {
		t.Fatalf("seeding the marketing funds: %v", err)
	}
	if err := seed.Health(context.Background(), client, time.Now()); err != nil {
		t.Fatalf("seeding the health trend: %v", err)
	}
	return Start(t, cfg, db, client)
}

// Start serves an existing database with cfg.
func Start(t testing.TB, cfg config.Config, db database.DB, client *ent.Client) *Server {
	t.Helper()
	if cfg.DataDir == "" || cfg.DataDir == "./data" {
		cfg.DataDir = t.TempDir() // uploaded files of this test only
	}
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	outbox := mail.NewOutbox(false)
	// With cfg.SMTPURL set (a test's SMTP listener), the delivery job runs through River as in
	// production, only more often.
	if cfg.SMTPURL != "" {
		task, err := mail.DeliveryTask(client, outbox, cfg.SMTPURL, cfg.MailFrom, time.Second)
		if err != nil {
			t.Fatal(err)
		}
		ctx := context.Background()
		if err := jobs.Migrate(ctx, db); err != nil {
			t.Fatal(err)
		}
		runner, err := jobs.Start(ctx, db, logger, []jobs.Task{task}, 100*time.Millisecond)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			stopCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
			defer cancel()
			runner.Stop(stopCtx)
		})
	}
	h, err := httpserver.New(httpserver.Deps{Config: cfg, DB: db, Client: client, Logger: logger, Outbox: outbox})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(h)
	t.Cleanup(ts.Close)
	return &Server{URL: ts.URL, Client: client, DB: db, Config: cfg, HTTP: ts}
}

// Error is one GraphQL error as a client sees it.
type Error struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// Code returns extensions.code.
func (e Error) Code() string { s, _ := e.Extensions["code"].(string); return s }

// Response is a GraphQL answer with its HTTP status and headers.
type Response struct {
	Status int
	Header http.Header
	Data   json.RawMessage
	Errors []Error
	Raw    []byte
}

// Codes lists the error codes of the response, in order.
func (r Response) Codes() []string {
	var codes []string
	for _, e := range r.Errors {
		codes = append(codes, e.Code())
	}
	return codes
}

// Decode unmarshals data into v, failing the test when the response carries errors.
func (r Response) Decode(t testing.TB, v any) {
	t.Helper()
	if len(r.Errors) > 0 {
		t.Fatalf("unexpected GraphQL errors: %s", r.Raw)
	}
	if err := json.Unmarshal(r.Data, v); err != nil {
		t.Fatalf("decoding %s: %v", r.Data, err)
	}
}

// Request is one GraphQL request.
type Request struct {
	Query     string
	Variables map[string]any
	// Token is sent as a bearer credential when set.
	Token  string
	Header http.Header
}

// Do POSTs the request to /query.
func (s *Server) Do(t testing.TB, req Request) Response {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": req.Query, "variables": req.Variables})
	hr, err := http.NewRequest(http.MethodPost, s.URL+"/query", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	hr.Header.Set("Content-Type", "application/json")
	for k, vs := range req.Header {
		hr.Header[k] = vs
	}
	if req.Token != "" {
		hr.Header.Set("Authorization", "Bearer "+req.Token)
	}
	return s.Send(t, hr)
}

// Send sends a prepared HTTP request and decodes a GraphQL answer.
func (s *Server) Send(t testing.TB, hr *http.Request) Response {
	t.Helper()
	res, err := s.HTTP.Client().Do(hr)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	out := Response{Status: res.StatusCode, Header: res.Header, Raw: raw}
	var decoded struct {
		Data   json.RawMessage `json:"data"`
		Errors []Error         `json:"errors"`
	}
	if err := json.Unmarshal(raw, &decoded); err == nil {
		out.Data, out.Errors = decoded.Data, decoded.Errors
	}
	return out
}

// Query is Do with just a query and variables.
func (s *Server) Query(t testing.TB, token, query string, vars map[string]any) Response {
	t.Helper()
	return s.Do(t, Request{Query: query, Variables: vars, Token: token})
}

// ExpectCode fails the test unless the response carries exactly one error, with this code.
func (r Response) ExpectCode(t testing.TB, code string) Error {
	t.Helper()
	if len(r.Errors) != 1 || r.Errors[0].Code() != code {
		t.Fatalf("want one %s error, got %s", code, r.Raw)
	}
	return r.Errors[0]
}
