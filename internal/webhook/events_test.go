package webhook_test

import (
	"slices"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/internal/deal"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
	"github.com/partnerhub/partnerhub/internal/webhook"
)

// Every deal, partner, user and lead event type reaches a vendor subscription, signed, with the object it is about.
func TestEveryEventTypeIsDelivered(t *testing.T) {
	s := apitest.NewWithEnv(t, allowPrivate)
	rcv := newReceiver(t, func(int) int { return 200 })
	admin, pam := s.Login(t, "admin@vendor.test"), s.Login(t, "pam@vendor.test")
	acmeSales, acmeAdmin := s.Login(t, "sales@acme-reseller.test"), s.Login(t, "admin@acme-reseller.test")
	subscribe(t, s, admin, rcv.URL, webhook.EventTypes...)
	ok := func(q string, vars map[string]any) { t.Helper(); s.Query(t, admin, q, vars).Decode(t, &struct{}{}) }
	as := func(token, q string, vars map[string]any) {
		t.Helper()
		s.Query(t, token, q, vars).Decode(t, &struct{}{})
	}

	approved := registerDeal(t, s, acmeSales, "Event Approved Co", "event-approved.example")
	rejected := registerDeal(t, s, acmeSales, "Event Rejected Co", "event-rejected.example")
	withdrawn := registerDeal(t, s, acmeSales, "Event Withdrawn Co", "event-withdrawn.example")
	as(pam, `mutation($id: ID!) { approveDeal(input: {id: $id}) { deal { id } } }`, map[string]any{"id": approved})
	as(pam, `mutation($id: ID!) { rejectDeal(input: {id: $id, note: "no budget"}) { deal { id } } }`, map[string]any{"id": rejected})
	as(acmeSales, `mutation($id: ID!) { withdrawDeal(input: {id: $id}) { deal { id } } }`, map[string]any{"id": withdrawn})
	undone := registerDeal(t, s, acmeSales, "Event Undone Co", "event-undone.example")
	as(pam, `mutation($id: ID!) { approveDeal(input: {id: $id}) { deal { id } } }`, map[string]any{"id": undone})
	as(pam, `mutation($id: ID!) { undoDealDecision(input: {id: $id}) { deal { id } } }`, map[string]any{"id": undone})
	closed := registerDeal(t, s, acmeSales, "Event Closed Co", "event-closed.example")
	as(pam, `mutation($id: ID!) { approveDeal(input: {id: $id}) { deal { id } } }`, map[string]any{"id": closed})
	as(acmeSales, `mutation($id: ID!, $d: String!) { closeDeal(input: {id: $id, outcome: LOST, closeDate: $d}) { deal { id } } }`,
		map[string]any{"id": closed, "d": time.Now().Format(time.DateOnly)})
	as(pam, `mutation($id: ID!) { reopenDeal(input: {id: $id, note: "the customer came back"}) { deal { id } } }`, map[string]any{"id": closed})
	if _, err := deal.ExpireProtection(sys(), s.Client, time.Now().AddDate(2, 0, 0)); err != nil {
		t.Fatal(err)
	}
	ok(`mutation { createPartner(input: {name: "Event Partner", type: VAR, region: EMEA}) { partner { id } } }`, nil)
	acme := s.Client.Partner.Query().Where(partner.Slug("acme-reseller")).OnlyX(sys())
	ok(`mutation($id: ID!) { updatePartner(input: {id: $id, website: "https://acme-reseller.test/events"}) { partner { id } } }`, map[string]any{"id": acme.ID})
	var user struct {
		CreateUser struct{ User struct{ ID string } }
	}
	s.Query(t, admin, `mutation { createUser(input: {email: "events@vendor.test", name: "Eve Events", role: CHANNEL_MANAGER}) { user { id } } }`, nil).Decode(t, &user)
	ok(`mutation($id: ID!) { updateUser(input: {id: $id, name: "Eve Evented"}) { user { id } } }`, map[string]any{"id": user.CreateUser.User.ID})
	newLead := func(company string) string {
		var out struct {
			CreateLead struct{ Lead struct{ ID string } }
		}
		s.Query(t, admin, `mutation($c: String!) { createLead(input: {company: $c, country: "US", region: NA}) { lead { id } } }`, map[string]any{"c": company}).Decode(t, &out)
		ok(`mutation($id: ID!, $p: ID!) { assignLead(input: {id: $id, partnerId: $p}) { lead { id } } }`, map[string]any{"id": out.CreateLead.Lead.ID, "p": acme.ID})
		return out.CreateLead.Lead.ID
	}
	as(acmeAdmin, `mutation($id: ID!) { acceptLead(input: {id: $id}) { lead { id } } }`, map[string]any{"id": newLead("Event Lead One")})
	as(acmeAdmin, `mutation($id: ID!) { declineLead(input: {id: $id, reason: DUPLICATE, note: "we have it already"}) { offer { id } } }`,
		map[string]any{"id": newLead("Event Lead Two")})

	run(t, worker(s, newClock(), webhook.Config{AllowPrivateTargets: true}))
	seen := map[string]int{}
	for _, r := range rcv.requests() {
		verify(t, r, time.Now())
		e := decode(t, r)
		if e.Object["id"] == nil || e.Sequence < 1 {
			t.Errorf("%s without its object or sequence: %s", e.Type, r.body)
		}
		seen[e.Type]++
	}
	for _, typ := range webhook.EventTypes {
		if slices.Contains(domainTypes, typ) || slices.Contains(authoringTypes, typ) {
			continue // TestDomainEventsAreDelivered, TestAuthoringEventsAreDelivered
		}
		if seen[typ] == 0 {
			t.Errorf("no %s event was delivered (got %v)", typ, seen)
		}
	}
	if seen[webhook.DealApproved] < 3 || seen[webhook.DealDecisionUndone] != 1 {
		t.Errorf("an undone approval sends deal.approved, then deal.decision_undone (got %v)", seen)
	}
	if !slices.Contains(webhook.EventTypes, webhook.DealExpired) {
		t.Fatal("deal.expired is not a subscribable event type")
	}
}
