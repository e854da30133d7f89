package perftest

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/internal/config"
	"github.com/partnerhub/partnerhub/internal/database"
	"github.com/partnerhub/partnerhub/internal/httpserver"
	"github.com/partnerhub/partnerhub/internal/tools/bench"
)

// BenchmarkOps runs the benchmark's operations in-process, through the server's whole HTTP
// handler, against a database `make bench` prepared, so they can be profiled with pprof:
//
//	PERF_DATABASE_URL='postgres://postgres@127.0.0.1:5432/partnerhub_bench?sslmode=disable' \
//	  go test -run '^$' -bench Ops -benchmem -cpuprofile cpu.out -memprofile mem.out ./internal/testsupport/perftest
func BenchmarkOps(b *testing.B) {
	url := os.Getenv("PERF_DATABASE_URL")
	if url == "" {
		b.Skip("set PERF_DATABASE_URL to a database `make bench` prepared")
	}
	ctx := context.Background()
	db, err := database.OpenPostgres(ctx, url)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	fx, err := bench.LoadFixtures(ctx, db.DB)
	if err != nil {
		b.Fatal(err)
	}
	// Raised rate limits, as make bench runs the server: it measures the work, not the refusals.
	cfg, err := config.Load(func(k string) string {
		if strings.HasPrefix(k, "RATE_LIMIT_") {
			return "1000000000"
		}
		return ""
	})
	if err != nil {
		b.Fatal(err)
	}
	h, err := httpserver.New(httpserver.Deps{Config: cfg, DB: db, Client: ent.NewClient(ent.Driver(db.Driver())),
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		b.Fatal(err)
	}
	post := func(token string, body []byte) []byte {
		req := httptest.NewRequest(http.MethodPost, "/query", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK || bytes.Contains(rec.Body.Bytes(), []byte(`"errors"`)) {
			b.Fatalf("HTTP %d: %.300s", rec.Code, rec.Body.Bytes())
		}
		return rec.Body.Bytes()
	}
	tokens := map[string]string{}
	for _, op := range bench.Ops {
		if tokens[op.Role] != "" {
			continue
		}
		body, _ := json.Marshal(map[string]any{"query": `mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { accessToken } }`,
			"variables": map[string]any{"e": fx.Logins[op.Role][0], "p": cfg.DemoPassword}})
		var out struct {
			Data struct{ Login struct{ AccessToken string } }
		}
		json.Unmarshal(post("", body), &out)
		tokens[op.Role] = out.Data.Login.AccessToken
	}
	for _, op := range bench.Ops {
		b.Run(op.Name, func(b *testing.B) {
			rng := rand.New(rand.NewPCG(1, 2))
			n := 64
			if op.Mutation { // each registration is of a new customer
				n = b.N
			}
			var bodies [][]byte
			for i := 0; i < n; i++ {
				body, _ := json.Marshal(map[string]any{"query": op.Query, "operationName": op.Name, "variables": op.Vars(rng, fx)})
				bodies = append(bodies, body)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				post(tokens[op.Role], bodies[i%len(bodies)])
			}
		})
	}
}
