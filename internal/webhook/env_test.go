package webhook_test

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/graph"
	"github.com/partnerhub/partnerhub/internal/mail"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
	"github.com/partnerhub/partnerhub/internal/viewer"
	"github.com/partnerhub/partnerhub/internal/webhook"
)

const secret = "whsec-test-0123456789abcdef-0123"

func sys() context.Context { return viewer.NewContext(context.Background(), viewer.System()) }

// received is one request a receiver got.
type received struct {
	header http.Header
	body   []byte
}

// receiver is a real HTTP server standing in for a subscriber's endpoint. It answers status(n)
// to its n-th request (from 1).
type receiver struct {
	*httptest.Server
	mu     sync.Mutex
	got    []received
	status func(n int) int
}

func newReceiver(t *testing.T, status func(n int) int) *receiver {
	t.Helper()
	r := &receiver{status: status}
	r.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		b, _ := io.ReadAll(req.Body)
		r.mu.Lock()
		r.got = append(r.got, received{req.Header.Clone(), b})
		n := len(r.got)
		r.mu.Unlock()
		w.WriteHeader(r.status(n))
	}))
	t.Cleanup(r.Close)
	return r
}

func (r *receiver) requests() []received {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]received(nil), r.got...)
}

// verify checks a request's signature the way docs/webhooks.md tells receivers to, written out
// here independently of the package's own Verify: HMAC-SHA256 over "<t>.<body>" with the secret,
// hex, and t within five minutes of now.
func verify(t *testing.T, r received, now time.Time) {
	t.Helper()
	header := r.header.Get("PartnerHub-Signature")
	var ts, sig string
	for _, part := range strings.Split(header, ",") {
		k, v, _ := strings.Cut(part, "=")
		switch k {
		case "t":
			ts = v
		case "v1":
			sig = v
		}
	}
	unix, err := strconv.ParseInt(ts, 10, 64)
	if err != nil || sig == "" {
		t.Fatalf("malformed PartnerHub-Signature %q", header)
	}
	if d := now.Sub(time.Unix(unix, 0)); d > 5*time.Minute || d < -5*time.Minute {
		t.Fatalf("signature timestamp %s is %s from now", ts, d)
	}
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(ts + "." + string(r.body)))
	if want := hex.EncodeToString(m.Sum(nil)); !hmac.Equal([]byte(want), []byte(sig)) {
		t.Fatalf("signature %s does not match the body (want %s)", sig, want)
	}
	if err := webhook.Verify(secret, header, r.body, now); err != nil {
		t.Fatalf("webhook.Verify: %v", err)
	}
}

// event is a delivery body.
type event struct {
	ID        string
	Type      string
	CreatedAt time.Time
	Sequence  int64
	Object    map[string]any
}

func decode(t *testing.T, r received) event {
	t.Helper()
	var e event
	if err := json.Unmarshal(r.body, &e); err != nil {
		t.Fatalf("body %s: %v", r.body, err)
	}
	return e
}

// clock is the worker's time, moved forward by the test to reach retries.
type clock struct{ now time.Time }

func (c *clock) Now() time.Time          { return c.now }
func (c *clock) Advance(d time.Duration) { c.now = c.now.Add(d) }
func newClock() *clock                   { return &clock{now: time.Now()} }
func worker(s *apitest.Server, c *clock, cfg webhook.Config) *webhook.Worker {
	w := webhook.NewWorker(s.Client, graph.NewRenderer(s.Client), mail.NewOutbox(false), cfg)
	w.SetClock(c.Now)
	return w
}

// run fans out and delivers what is due once.
func run(t *testing.T, w *webhook.Worker) {
	t.Helper()
	if _, err := w.FanOut(sys()); err != nil {
		t.Fatal(err)
	}
	if _, err := w.DeliverDue(sys()); err != nil {
		t.Fatal(err)
	}
}

func subscribe(t *testing.T, s *apitest.Server, token, url string, types ...string) string {
	t.Helper()
	var out struct {
		CreateWebhookSubscription struct{ Subscription struct{ ID, Status string } }
	}
	s.Query(t, token, `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { subscription { id status } } }`,
		map[string]any{"input": map[string]any{"url": url, "secret": secret, "eventTypes": types}}).Decode(t, &out)
	return out.CreateWebhookSubscription.Subscription.ID
}

func registerDeal(t *testing.T, s *apitest.Server, token, customer, domain string) string {
	t.Helper()
	var out struct {
		RegisterDeal struct{ Deal struct{ ID string } }
	}
	s.Query(t, token, `mutation($input: RegisterDealInput!) { registerDeal(input: $input) { deal { id } } }`, map[string]any{"input": map[string]any{
		"customerName": customer, "customerDomain": domain, "title": "Rollout", "amount": 2500000, "currency": "USD",
		"expectedCloseDate": time.Now().AddDate(0, 2, 0).Format(time.DateOnly), "source": "SOURCED",
	}}).Decode(t, &out)
	return out.RegisterDeal.Deal.ID
}

var allowPrivate = map[string]string{"WEBHOOK_ALLOW_PRIVATE_TARGETS": "true"}

// redirectTo makes r answer every request with a redirect to url, still recording it.
func redirectTo(r *receiver, url string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		b, _ := io.ReadAll(req.Body)
		r.mu.Lock()
		r.got = append(r.got, received{req.Header.Clone(), b})
		r.mu.Unlock()
		http.Redirect(w, req, url, http.StatusTemporaryRedirect)
	})
}
