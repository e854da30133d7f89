package graph_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/ent/webhooksubscription"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
	"github.com/partnerhub/partnerhub/internal/webhook"
)

// The write cells of leads and webhooks (docs/leads-and-routing.md, docs/webhooks.md): the vendor
// creates and assigns leads, ADMIN writes routing rules, the partner a lead is offered to answers
// and converts it, and webhook subscriptions are managed by ADMIN for the vendor and by a partner
// admin for its own organisation.
func init() {
	writeCells = append(writeCells, leadWriteCells...)
}

// seesAcmeLead: the vendor reads every lead, a partner the leads offered to it.
func (w *writer) seesAcmeLead() bool { return w.vendor() || w.org == "acme" }

// managesAcmeWebhooks: ADMIN manages every subscription, Acme's partner admin Acme's.
func (w *writer) managesAcmeWebhooks() bool {
	return w.role == user.RoleADMIN || (w.org == "acme" && w.role == user.RolePARTNER_ADMIN)
}

var leadWriteCells = []writeCell{
	{
		name:   "createLead",
		expect: func(w *writer) string { return outcome(w, vendorRoles, true, true) },
		setup:  none,
		run: func(t *testing.T, f *writeFixture, w *writer, _ string) apitest.Response {
			return f.s.Query(t, w.token, `mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } } }`,
				map[string]any{"input": map[string]any{"company": "Matrix Prospect", "country": "US", "region": "NA"}})
		},
	},
	{
		name:   "assignLead to Acme",
		expect: func(w *writer) string { return outcome(w, vendorRoles, true, true) },
		setup:  func(f *writeFixture, t *testing.T) string { return f.lead(t, false) },
		run: leadMutation("assignLead", func(f *writeFixture, id string) map[string]any {
			return map[string]any{"id": id, "partnerId": f.acmeID}
		}),
	},
	{
		name:   "acceptLead offered to Acme",
		expect: func(w *writer) string { return outcome(w, partnerRoles, w.seesAcmeLead(), w.org == "acme") },
		setup:  func(f *writeFixture, t *testing.T) string { return f.lead(t, false) },
		run:    leadMutation("acceptLead", func(_ *writeFixture, id string) map[string]any { return byID(id) }),
	},
	{
		name:   "declineLead offered to Acme",
		expect: func(w *writer) string { return outcome(w, partnerRoles, w.seesAcmeLead(), w.org == "acme") },
		setup:  func(f *writeFixture, t *testing.T) string { return f.lead(t, false) },
		run: leadMutation("declineLead", func(_ *writeFixture, id string) map[string]any {
			return map[string]any{"id": id, "reason": "NO_FIT", "note": "not our segment"}
		}),
	},
	{
		name:   "convertLeadToDeal accepted by Acme",
		expect: func(w *writer) string { return outcome(w, partnerRoles, w.seesAcmeLead(), w.org == "acme") },
		setup:  func(f *writeFixture, t *testing.T) string { return f.lead(t, true) },
		run:    leadMutation("convertLeadToDeal", func(_ *writeFixture, id string) map[string]any { return byID(id) }),
	},
	{
		name:   "createRoutingRule",
		expect: func(w *writer) string { return outcome(w, []user.Role{user.RoleADMIN}, true, true) },
		setup:  none,
		run: func(t *testing.T, f *writeFixture, w *writer, _ string) apitest.Response {
			return f.s.Query(t, w.token, `mutation($input: CreateRoutingRuleInput!) { createRoutingRule(input: $input) { rule { id } } }`,
				map[string]any{"input": map[string]any{"name": "Matrix rule", "position": 999, "kind": "TIER", "minTierRank": 1}})
		},
	},
	{
		name:   "createWebhookSubscription for its organisation",
		expect: func(w *writer) string { return outcome(w, adminRoles, true, true) },
		setup:  none,
		run: func(t *testing.T, f *writeFixture, w *writer, _ string) apitest.Response {
			return f.s.Query(t, w.token, `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { subscription { id } } }`,
				map[string]any{"input": map[string]any{"url": "https://hooks.example.com/partnerhub", "secret": "matrix-secret-0123456789abcdef",
					"eventTypes": []string{webhook.DealRegistered}}})
		},
	},
	{
		name: "redeliverWebhook of Acme's subscription",
		expect: func(w *writer) string {
			return outcome(w, adminRoles, w.managesAcmeWebhooks(), w.managesAcmeWebhooks())
		},
		setup: (*writeFixture).acmeDelivery,
		run: func(t *testing.T, f *writeFixture, w *writer, id string) apitest.Response {
			return f.s.Query(t, w.token, `mutation($id: ID!) { redeliverWebhook(input: {id: $id}) { delivery { id } } }`, map[string]any{"id": id})
		},
	},
	{
		name: "deleteWebhookSubscription of Acme",
		expect: func(w *writer) string {
			return outcome(w, adminRoles, w.managesAcmeWebhooks(), w.managesAcmeWebhooks())
		},
		setup: func(f *writeFixture, t *testing.T) string { return f.acmeSubscription(t) },
		run: func(t *testing.T, f *writeFixture, w *writer, id string) apitest.Response {
			return f.s.Query(t, w.token, `mutation($id: ID!) { deleteWebhookSubscription(input: {id: $id}) { deletedId } }`, map[string]any{"id": id})
		},
	},
}

func leadMutation(name string, input func(f *writeFixture, id string) map[string]any) func(*testing.T, *writeFixture, *writer, string) apitest.Response {
	return func(t *testing.T, f *writeFixture, w *writer, id string) apitest.Response {
		typ := string(name[0]-'a'+'A') + name[1:] + "Input"
		return f.s.Query(t, w.token, fmt.Sprintf(`mutation($input: %s!) { %s(input: $input) { __typename } }`, typ, name),
			map[string]any{"input": input(f, id)})
	}
}

// lead makes a fresh lead offered to Acme (accepted by Acme's admin when accepted is set).
func (f *writeFixture) lead(t *testing.T, accepted bool) string {
	t.Helper()
	var out struct {
		CreateLead struct{ Lead struct{ ID string } }
	}
	f.s.Query(t, f.as(t, vendorAdmin), `mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } } }`,
		map[string]any{"input": map[string]any{"company": "Matrix Lead Co", "domain": freshDomain("matrix-lead"), "country": "US", "region": "NA", "estimatedValue": 1_000_000}}).Decode(t, &out)
	id := out.CreateLead.Lead.ID
	f.s.Query(t, f.as(t, vendorAdmin), `mutation($id: ID!, $p: ID!) { assignLead(input: {id: $id, partnerId: $p}) { lead { id } } }`,
		map[string]any{"id": id, "p": f.acmeID}).Decode(t, &struct{}{})
	if accepted {
		f.s.Query(t, f.as(t, acmeAdmin), `mutation($id: ID!) { acceptLead(input: {id: $id}) { lead { id } } }`, map[string]any{"id": id}).Decode(t, &struct{}{})
	}
	return id
}

func (f *writeFixture) acmeSubscription(t *testing.T) string {
	t.Helper()
	return f.s.Client.WebhookSubscription.Create().SetPartnerID(f.acmeID).SetCreatedByID(f.userIDs[acmeAdmin]).
		SetURL("https://hooks.example.com/acme").SetSecret("acme-secret-0123456789abcdef").
		SetEventTypes([]string{webhook.DealRegistered}).SetStatus(webhooksubscription.StatusPAUSED).SaveX(sysCtx()).ID
}

// acmeDelivery is a delivery of Acme's subscription that gave up.
func (f *writeFixture) acmeDelivery(t *testing.T) string {
	t.Helper()
	sub := f.acmeSubscription(t)
	now := time.Now()
	return f.s.Client.WebhookDelivery.Create().SetSubscriptionID(sub).SetPartnerID(f.acmeID).
		SetEventID("wev_matrix").SetEventType(webhook.DealRegistered).SetBody(`{}`).SetStatus("FAILED").
		SetAttempts(9).SetNextAttemptAt(now).SetGiveUpAt(now).SaveX(sysCtx()).ID
}
