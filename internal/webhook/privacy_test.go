package webhook_test

import (
	"strings"
	"testing"

	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/webhookdelivery"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
	"github.com/partnerhub/partnerhub/internal/webhook"
)

// A partner's subscription receives its own organisation's events, rendered as its partner admin
// reads them, and never another partner's.
func TestPartnerSubscriptionNeverCarriesAnotherPartnersData(t *testing.T) {
	s := apitest.NewWithEnv(t, allowPrivate)
	globexRcv := newReceiver(t, func(int) int { return 200 })
	vendorRcv := newReceiver(t, func(int) int { return 200 })
	subscribe(t, s, s.Login(t, "admin@globex-msp.test"), globexRcv.URL, webhook.DealRegistered, webhook.PartnerUpdated)
	subscribe(t, s, s.Login(t, "admin@vendor.test"), vendorRcv.URL, webhook.DealRegistered)
	acmeDeal := registerDeal(t, s, s.Login(t, "sales@acme-reseller.test"), "Acme Side Customer", "acme-side.example")
	globexDeal := registerDeal(t, s, s.Login(t, "sales@globex-msp.test"), "Globex Side Customer", "globex-side.example")
	// A vendor change to Acme's profile is Acme's event.
	acme := s.Client.Partner.Query().Where(partner.Slug("acme-reseller")).OnlyX(sys())
	s.Query(t, s.Login(t, "pam@vendor.test"), `mutation($id: ID!) { updatePartner(input: {id: $id, website: "https://acme-reseller.test/new"}) { partner { id } } }`,
		map[string]any{"id": acme.ID}).Decode(t, &struct{}{})

	run(t, worker(s, newClock(), webhook.Config{AllowPrivateTargets: true}))
	got := globexRcv.requests()
	if len(got) != 1 {
		t.Fatalf("Globex's receiver got %d events, want its own deal only", len(got))
	}
	e := decode(t, got[0])
	if e.Object["id"] != globexDeal {
		t.Fatalf("Globex received %v", e.Object["id"])
	}
	for _, r := range got {
		body := strings.ToLower(string(r.body))
		if strings.Contains(body, "acme") || strings.Contains(body, acmeDeal) || strings.Contains(body, acme.ID) {
			t.Fatalf("LEAK: Globex's webhook carried Acme's data: %s", r.body)
		}
	}
	if n := len(vendorRcv.requests()); n != 2 {
		t.Fatalf("the vendor's receiver got %d deal events, want both partners' (2)", n)
	}
	// The delivery log is the subscriber's: Globex's sales rep and Acme's admin see none of it.
	for _, email := range []string{"sales@globex-msp.test", "admin@acme-reseller.test"} {
		var out struct{ WebhookSubscriptions struct{ TotalCount int } }
		res := s.Query(t, s.Login(t, email), `{ webhookSubscriptions { totalCount } }`, nil)
		if email == "sales@globex-msp.test" {
			res.ExpectCode(t, "FORBIDDEN")
			continue
		}
		res.Decode(t, &out)
		if out.WebhookSubscriptions.TotalCount != 0 {
			t.Fatalf("%s sees %d subscriptions of others", email, out.WebhookSubscriptions.TotalCount)
		}
	}
}

// An event is written in the change's transaction: when the request fails, nothing is sent.
func TestRolledBackChangeSendsNothing(t *testing.T) {
	s := apitest.NewWithEnv(t, allowPrivate)
	rcv := newReceiver(t, func(int) int { return 200 })
	admin := s.Login(t, "admin@vendor.test")
	subscribe(t, s, admin, rcv.URL, webhook.PartnerUpdated)
	acme := s.Client.Partner.Query().Where(partner.Slug("acme-reseller")).OnlyX(sys())
	// The first update succeeds and publishes; the second fails, which rolls the request back.
	res := s.Query(t, admin, `mutation($id: ID!) {
	  ok: updatePartner(input: {id: $id, website: "https://rolled-back.example"}) { partner { id } }
	  bad: updatePartner(input: {id: $id, country: "not a country"}) { partner { id } } }`, map[string]any{"id": acme.ID})
	if len(res.Errors) == 0 {
		t.Fatalf("the second update was accepted: %s", res.Raw)
	}
	if p := s.Client.Partner.GetX(sys(), acme.ID); p.Website == "https://rolled-back.example" {
		t.Fatal("the request was not rolled back")
	}
	run(t, worker(s, newClock(), webhook.Config{AllowPrivateTargets: true}))
	if n := len(rcv.requests()); n != 0 {
		t.Fatalf("a rolled-back change sent %d events", n)
	}
	if n := s.Client.WebhookDelivery.Query().CountX(sys()); n != 0 {
		t.Fatalf("%d deliveries of a rolled-back change", n)
	}
}

// Without WEBHOOK_ALLOW_PRIVATE_TARGETS, loopback, link-local and private URLs are refused when
// subscribing, and the address is checked again when the connection is made, so a subscription
// whose name resolves to a private address (or was stored before) reaches nothing. Redirects are
// not followed.
func TestPrivateTargetsAndRedirectsAreRefused(t *testing.T) {
	s := apitest.New(t)
	admin := s.Login(t, "admin@vendor.test")
	for _, url := range []string{"http://127.0.0.1:8080/hook", "http://localhost/hook", "http://169.254.169.254/latest/meta-data",
		"http://10.1.2.3/hook", "http://[::1]/hook", "http://192.168.0.10/", "http://100.64.0.1/", "ftp://example.com/"} {
		res := s.Query(t, admin, `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { subscription { id } } }`,
			map[string]any{"input": map[string]any{"url": url, "secret": secret, "eventTypes": []string{webhook.DealRegistered}}})
		if e := res.ExpectCode(t, "BAD_USER_INPUT"); e.Extensions["field"] != "url" {
			t.Errorf("%s: %v", url, e)
		}
	}

	// Stored anyway (e.g. a name that resolved to a public address when subscribing): the dialer
	// refuses the loopback receiver, which never sees a request.
	rcv := newReceiver(t, func(int) int { return 200 })
	s.Client.WebhookSubscription.Create().SetURL(rcv.URL).SetSecret(secret).SetEventTypes([]string{webhook.DealRegistered}).ExecX(sys())
	registerDeal(t, s, s.Login(t, "sales@acme-reseller.test"), "Quiet Harbor Books", "quietharbor.example")
	run(t, worker(s, newClock(), webhook.Config{}))
	if n := len(rcv.requests()); n != 0 {
		t.Fatalf("a private address was reached %d times", n)
	}
	d := s.Client.WebhookDelivery.Query().OnlyX(sys())
	if d.Status != webhookdelivery.StatusPENDING || len(d.Log) != 1 || d.Log[0].StatusCode != 0 || !strings.Contains(d.Log[0].Error, "private") {
		t.Fatalf("the refused attempt was logged as %+v", d.Log)
	}

	// A redirect is an answer, not a new target.
	target := newReceiver(t, func(int) int { return 200 })
	redirector := newReceiver(t, func(int) int { return 307 })
	redirector.Config.Handler = redirectTo(redirector, target.URL)
	s.Client.WebhookSubscription.Create().SetURL(redirector.URL).SetSecret(secret).SetEventTypes([]string{webhook.DealRegistered}).ExecX(sys())
	registerDeal(t, s, s.Login(t, "sales@acme-reseller.test"), "Redirect Ridge", "redirect-ridge.example")
	run(t, worker(s, newClock(), webhook.Config{AllowPrivateTargets: true}))
	if n := len(target.requests()); n != 0 {
		t.Fatalf("a redirect was followed %d times", n)
	}
	logged := s.Client.WebhookDelivery.Query().Where(webhookdelivery.LastStatusCode(307)).CountX(sys())
	if len(redirector.requests()) == 0 || logged == 0 {
		t.Fatalf("the redirecting receiver got %d requests, %d deliveries logged 307", len(redirector.requests()), logged)
	}
}
