package graph_test

import (
	"strings"
	"testing"

	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

// TestDealRegistrationStory is deal registration end to end (docs/deal-lifecycle.md): a partner
// registers, the channel manager sees it in the queue with its due time and approves it, the
// partner sees it APPROVED with its protection expiry and timeline; a competitor registering the
// same customer is flagged without learning who holds it.
func TestDealRegistrationStory(t *testing.T) {
	s := apitest.New(t)
	acme, pamToken, globex := s.Login(t, acmeSales), s.Login(t, pam), s.Login(t, globexSales)
	domain := freshDomain("initrode")

	in := registerInput("Initrode Corp.", domain)
	in["customerDomain"] = "https://www." + domain + "/about"
	d := register(t, s, acme, in)
	if d.Status != "SUBMITTED" || d.CustomerDomain != domain || len(d.Conflicts) != 0 || len(d.Events) != 1 {
		t.Fatalf("registered deal = %+v", d)
	}

	res := s.Query(t, pamToken, `{ dealApprovalQueue(first: 100) { edges { node { deal { id conflicts { reason } } decisionDueAt overdue managedByViewer } } } }`, nil)
	var queue struct {
		DealApprovalQueue struct {
			Edges []struct {
				Node struct {
					Deal struct {
						ID string `json:"id"`
					} `json:"deal"`
					DecisionDueAt   string `json:"decisionDueAt"`
					Overdue         bool   `json:"overdue"`
					ManagedByViewer bool   `json:"managedByViewer"`
				}
			}
		} `json:"dealApprovalQueue"`
	}
	res.Decode(t, &queue)
	found := false
	for _, edge := range queue.DealApprovalQueue.Edges {
		it := edge.Node
		if it.Deal.ID == d.ID {
			found = true
			if it.DecisionDueAt == "" || it.Overdue || !it.ManagedByViewer {
				t.Errorf("queue item = %+v", it)
			}
		}
	}
	if !found {
		t.Fatalf("deal %s not in the channel manager's queue: %s", d.ID, res.Raw)
	}

	approved := mustMutate(t, s, pamToken, "approveDeal", map[string]any{"id": d.ID, "note": "Looks good"})
	if approved.Status != "APPROVED" || approved.ProtectionExpiresAt == nil {
		t.Fatalf("approved = %+v", approved)
	}

	res = s.Query(t, acme, `query($id: ID!) { node(id: $id) { ... on Deal { `+dealFields+` } } }`, map[string]any{"id": d.ID})
	var seen struct{ Node dealJSON }
	res.Decode(t, &seen)
	if seen.Node.Status != "APPROVED" || seen.Node.ProtectionExpiresAt == nil || len(seen.Node.Events) != 2 {
		t.Fatalf("partner sees %+v", seen.Node)
	}

	// Globex registers the same customer: saved, flagged, and nothing names Acme.
	res = s.Query(t, globex, registerMutation, map[string]any{"input": registerInput("INITRODE corporation", domain)})
	g := struct {
		RegisterDeal struct{ Deal dealJSON } `json:"registerDeal"`
	}{}
	res.Decode(t, &g)
	if len(g.RegisterDeal.Deal.Conflicts) == 0 || g.RegisterDeal.Deal.Conflicts[0].Kind != "SAME_DOMAIN" || !g.RegisterDeal.Deal.Conflicts[0].Blocking {
		t.Fatalf("globex registration not flagged: %s", res.Raw)
	}
	for _, leak := range []string{"Acme", "acme", d.ID, seen.Node.Partner.ID} {
		if strings.Contains(string(res.Raw), leak) {
			t.Errorf("Globex's answer contains %q: %s", leak, res.Raw)
		}
	}
}

func TestIdempotencyKeyHeader(t *testing.T) {
	s := apitest.New(t)
	tok := s.Login(t, acmeSales)
	in := registerInput("Header Co", freshDomain("header"))
	send := func() apitest.Response {
		return s.Do(t, apitest.Request{Query: registerMutation, Variables: map[string]any{"input": in}, Token: tok,
			Header: map[string][]string{"Idempotency-Key": {"retry-7d1e"}}})
	}
	var a, b struct {
		RegisterDeal struct{ Deal dealJSON } `json:"registerDeal"`
	}
	send().Decode(t, &a)
	send().Decode(t, &b)
	if a.RegisterDeal.Deal.ID == "" || a.RegisterDeal.Deal.ID != b.RegisterDeal.Deal.ID {
		t.Fatalf("retry with the same Idempotency-Key gave %q then %q", a.RegisterDeal.Deal.ID, b.RegisterDeal.Deal.ID)
	}
}

func TestDealFiguresOverTheAPI(t *testing.T) {
	s := apitest.New(t)
	vars := map[string]any{"from": "2024-01-01T00:00:00Z", "to": "2028-01-01T00:00:00Z"}
	q := `query($from: Time!, $to: Time!) {
	  pipelineSummary(from: $from, to: $to, groupBy: PARTNER) { key label currency count amount sourcedAmount influencedAmount }
	  dealRegistrationTrend(from: $from, to: $to) { weekStart registered approvalRate }
	  dealWinRate(from: $from, to: $to) { won lost winRate averageDaysToClose }
	}`
	var out struct {
		PipelineSummary []struct {
			Key, Label, Currency string
			Count                int
			Amount               int64
		} `json:"pipelineSummary"`
	}
	s.Query(t, s.Login(t, globexAdmin), q, vars).Decode(t, &out)
	globexID := s.Client.User.Query().Where(user.Email(globexAdmin)).OnlyX(sysCtx()).PartnerID
	if len(out.PipelineSummary) == 0 {
		t.Fatal("Globex has no figures in the demo data")
	}
	for _, f := range out.PipelineSummary {
		if f.Key != globexID || f.Label != "Globex MSP" {
			t.Errorf("Globex's figures include %s (%s)", f.Label, f.Key)
		}
	}
	// The vendor sees every partner's and both currencies.
	var vendor struct {
		PipelineSummary []struct{ Key, Currency string } `json:"pipelineSummary"`
	}
	s.Query(t, s.Login(t, pam), q, vars).Decode(t, &vendor)
	partners, currencies := map[string]bool{}, map[string]bool{}
	for _, f := range vendor.PipelineSummary {
		partners[f.Key], currencies[f.Currency] = true, true
	}
	if len(partners) < 5 || !currencies["USD"] || !currencies["EUR"] {
		t.Errorf("vendor figures cover %d partners, currencies %v", len(partners), currencies)
	}
	// The queue and decision statistics are the channel team's.
	wantCode(t, s.Query(t, s.Login(t, acmeAdmin), `{ dealApprovalQueue { totalCount } }`, nil), "FORBIDDEN")
	res := s.Query(t, s.Login(t, pam), `query($from: Time!, $to: Time!) { dealDecisionStats(from: $from, to: $to) { reviewer { email } decided medianHoursToDecision withinSlaRate } }`, vars)
	if len(res.Errors) > 0 || !strings.Contains(string(res.Raw), "pam@vendor.test") {
		t.Errorf("decision stats: %s", res.Raw)
	}
}
