package webhook_test

import (
	"strings"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent/outboxmessage"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
	"github.com/partnerhub/partnerhub/internal/webhook"
)

// The "done when": a receiver gets the signed deal.registered event and, after failing
// twice, the retried delivery; the delivery log shows every status code.
func TestSignedDealRegisteredIsRetriedUntilTheReceiverRecovers(t *testing.T) {
	s := apitest.NewWithEnv(t, allowPrivate)
	rcv := newReceiver(t, func(n int) int {
		if n <= 2 {
			return 503
		}
		return 204
	})
	admin := s.Login(t, "admin@vendor.test")
	subscribe(t, s, admin, rcv.URL, webhook.DealRegistered)
	dealID := registerDeal(t, s, s.Login(t, "sales@acme-reseller.test"), "Hollow Pine Outfitters", "hollowpine.example")

	c := newClock()
	w := worker(s, c, webhook.Config{AllowPrivateTargets: true})
	run(t, w)
	if n := len(rcv.requests()); n != 1 {
		t.Fatalf("the receiver got %d requests, want the first attempt", n)
	}
	run(t, w) // nothing is due before the back-off ends
	if n := len(rcv.requests()); n != 1 {
		t.Fatalf("a retry came before its back-off: %d requests", n)
	}
	c.Advance(31 * time.Second)
	run(t, w)
	c.Advance(61 * time.Second)
	run(t, w)
	c.Advance(10 * time.Minute)
	run(t, w) // delivered: nothing more is sent
	got := rcv.requests()
	if len(got) != 3 {
		t.Fatalf("the receiver got %d requests, want 3 (two failures, then the retried delivery)", len(got))
	}
	first := decode(t, got[0])
	for i, r := range got {
		verify(t, r, time.Now())
		e := decode(t, r)
		if e.ID != first.ID || string(r.body) != string(got[0].body) || r.header.Get("PartnerHub-Event-Id") != e.ID {
			t.Fatalf("attempt %d carried another event or body: %s", i+1, r.body)
		}
	}
	if first.Type != webhook.DealRegistered || first.Sequence != 1 || first.Object["id"] != dealID ||
		first.Object["__typename"] != "Deal" || first.Object["customerDomain"] != "hollowpine.example" || first.Object["status"] != "SUBMITTED" {
		t.Fatalf("event body: %+v", first)
	}

	var log struct {
		WebhookSubscriptions struct {
			Edges []struct {
				Node struct {
					Status     string
					Deliveries struct {
						Edges []struct {
							Node struct {
								EventType      string
								Status         string
								Attempts       int
								LastStatusCode int
								Log            []struct{ StatusCode int }
							}
						}
					}
				}
			}
		}
	}
	s.Query(t, admin, `{ webhookSubscriptions(first: 5) { edges { node { status deliveries(first: 5) { edges { node { eventType status attempts lastStatusCode log { statusCode } } } } } } } }`, nil).Decode(t, &log)
	d := log.WebhookSubscriptions.Edges[0].Node.Deliveries.Edges[0].Node
	if d.Status != "DELIVERED" || d.Attempts != 3 || d.LastStatusCode != 204 || len(d.Log) != 3 ||
		d.Log[0].StatusCode != 503 || d.Log[1].StatusCode != 503 || d.Log[2].StatusCode != 204 {
		t.Fatalf("delivery log: %+v", d)
	}
}

// After 24 hours of failures the delivery fails, the subscription is marked failing and its owner
// is e-mailed through the outbox; a redelivery once the receiver is back succeeds and heals it.
func TestGivingUpMarksFailingAndRedeliverRecovers(t *testing.T) {
	s := apitest.NewWithEnv(t, allowPrivate)
	healthy := false
	rcv := newReceiver(t, func(int) int {
		if healthy {
			return 200
		}
		return 500
	})
	admin := s.Login(t, "admin@vendor.test")
	subscribe(t, s, admin, rcv.URL, webhook.DealRegistered)
	registerDeal(t, s, s.Login(t, "sales@acme-reseller.test"), "Copperleaf Dental", "copperleaf.example")
	c := newClock()
	w := worker(s, c, webhook.Config{AllowPrivateTargets: true})
	for range 40 { // every retry for a day: the back-off doubles up to six hours
		run(t, w)
		c.Advance(time.Hour)
	}
	attempts := len(rcv.requests())
	if attempts < 5 || attempts > 20 {
		t.Fatalf("%d attempts in 40 hours, want exponential back-off over 24", attempts)
	}
	var out struct {
		WebhookSubscriptions struct {
			Edges []struct {
				Node struct {
					Status     string
					Deliveries struct {
						Edges []struct{ Node struct{ ID, Status string } }
					}
				}
			}
		}
	}
	const q = `{ webhookSubscriptions(first: 5) { edges { node { status deliveries(first: 5) { edges { node { id status } } } } } } }`
	s.Query(t, admin, q, nil).Decode(t, &out)
	sub := out.WebhookSubscriptions.Edges[0].Node
	if sub.Status != "FAILING" || sub.Deliveries.Edges[0].Node.Status != "FAILED" {
		t.Fatalf("after a day of failures: subscription %s, delivery %s", sub.Status, sub.Deliveries.Edges[0].Node.Status)
	}
	mails := s.Client.OutboxMessage.Query().Where(outboxmessage.Kind("webhook_failing")).AllX(sys())
	if len(mails) != 1 || mails[0].Recipient != "admin@vendor.test" || !strings.Contains(mails[0].Body, rcv.URL) {
		t.Fatalf("owner e-mails: %+v", mails)
	}

	healthy = true
	var re struct {
		RedeliverWebhook struct{ Delivery struct{ Status string } }
	}
	s.Query(t, admin, `mutation($id: ID!) { redeliverWebhook(input: {id: $id}) { delivery { status } } }`,
		map[string]any{"id": sub.Deliveries.Edges[0].Node.ID}).Decode(t, &re)
	if re.RedeliverWebhook.Delivery.Status != "PENDING" {
		t.Fatalf("redelivered delivery is %s", re.RedeliverWebhook.Delivery.Status)
	}
	c.now = time.Now()
	run(t, w)
	if n := len(rcv.requests()); n != attempts+1 {
		t.Fatalf("redeliver sent %d requests", n-attempts)
	}
	verify(t, rcv.requests()[attempts], time.Now())
	s.Query(t, admin, q, nil).Decode(t, &out)
	if sub := out.WebhookSubscriptions.Edges[0].Node; sub.Status != "ACTIVE" || sub.Deliveries.Edges[0].Node.Status != "DELIVERED" {
		t.Fatalf("after the redelivery: subscription %s, delivery %s", sub.Status, sub.Deliveries.Edges[0].Node.Status)
	}
}

// The package's Verify refuses a changed body, another secret and an old timestamp.
func TestVerifyRefusesTamperingAndReplays(t *testing.T) {
	body := []byte(`{"id":"wev_1","type":"deal.registered"}`)
	now := time.Now()
	header := webhook.Sign(secret, now, body)
	if err := webhook.Verify(secret, header, body, now.Add(time.Minute)); err != nil {
		t.Fatalf("a fresh signature: %v", err)
	}
	for name, err := range map[string]error{
		"changed body": webhook.Verify(secret, header, []byte(`{"id":"wev_2"}`), now),
		"other secret": webhook.Verify("another-secret-of-24-characters", header, body, now),
		"replayed":     webhook.Verify(secret, header, body, now.Add(webhook.ReplayWindow+time.Second)),
		"malformed":    webhook.Verify(secret, "v1=abc", body, now),
	} {
		if err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
