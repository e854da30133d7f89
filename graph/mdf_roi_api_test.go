package graph_test

import (
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/internal/mdf"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

type mdfReturnJSON struct {
	Currency      string
	Spend, Leads  int
	CostPerLead   *int
	Pipeline, Won []struct {
		Currency      string
		Amount, Deals int
	}
	ReturnOnSpend *float64
}

const mdfReturnFields = `currency spend leads costPerLead pipeline { currency amount deals } won { currency amount deals } returnOnSpend`

func roiOf(t *testing.T, s *apitest.Server, token, requestID string) mdfReturnJSON {
	t.Helper()
	var out struct{ Node struct{ Roi mdfReturnJSON } }
	s.Query(t, token, `query($id: ID!) { node(id: $id) { ... on MdfRequest { roi { `+mdfReturnFields+` } } } }`,
		map[string]any{"id": requestID}).Decode(t, &out)
	return out.Node.Roi
}

// TestMdfReturnOnSpend: a deal names the funded webinar that sourced it; the webinar's return shows
// its spend (the claim, once approved), the leads claimed, the linked deal as pipeline and then as
// won revenue, cost per lead and return on spend; only the partner's own funded requests can be
// named.
func TestMdfReturnOnSpend(t *testing.T) {
	s := apitest.New(t)
	acme, sales, pamToken, globex := s.Login(t, acmeAdmin), s.Login(t, acmeSales), s.Login(t, pam), s.Login(t, globexAdmin)
	allocation := acmeAllocation(t, s)
	req := mdfID(t, s, acme, "createMdfRequest", "request", requestInput(allocation, 300_000, -1))

	in := registerInput("Webinar Lead Co", freshDomain("webinar-lead"))
	in["mdfRequestId"] = req
	res := s.Query(t, sales, registerMutation, map[string]any{"input": in})
	if firstCode(res) != "BAD_USER_INPUT" {
		t.Fatalf("a deal naming a request not yet funded: %s", res.Raw)
	}
	mdfID(t, s, pamToken, "approveMdfRequest", "request", map[string]any{"id": req, "approvedAmount": 200_000})
	if res := s.Query(t, globex, registerMutation, map[string]any{"input": map[string]any{
		"customerName": "Elsewhere", "customerDomain": freshDomain("elsewhere"), "title": "T", "amount": 100, "currency": "USD",
		"expectedCloseDate": closeDate(30), "source": "SOURCED", "mdfRequestId": req}}); firstCode(res) != "BAD_USER_INPUT" {
		t.Fatalf("Globex naming Acme's request: %s", res.Raw)
	}

	linked := register(t, s, sales, in)
	other := register(t, s, sales, registerInput("Unrelated Co", freshDomain("unrelated")))
	if r := roiOf(t, s, acme, req); r.Currency != "USD" || r.Spend != 200_000 || r.Leads != 0 || r.CostPerLead != nil ||
		len(r.Pipeline) != 1 || r.Pipeline[0].Amount != 12_500_000 || r.Pipeline[0].Deals != 1 || len(r.Won) != 0 ||
		r.ReturnOnSpend == nil || *r.ReturnOnSpend != 0 {
		t.Fatalf("after approval and one linked registration: %+v", r)
	}

	var claimed struct {
		SubmitMdfClaim struct{ Claim struct{ ID string } }
	}
	submitClaim(t, s, acme, req, 150_000, "proof.pdf", proofPDF).Decode(t, &claimed)
	mdfID(t, s, pamToken, "approveMdfClaim", "claim", map[string]any{"id": claimed.SubmitMdfClaim.Claim.ID})
	for _, id := range []string{linked.ID, other.ID} {
		mustMutate(t, s, pamToken, "approveDeal", map[string]any{"id": id})
		mustMutate(t, s, sales, "closeDeal", map[string]any{"id": id, "outcome": "WON",
			"closeDate": time.Now().UTC().Format(time.DateOnly), "closedAmount": 9_000_000})
	}
	r := roiOf(t, s, acme, req)
	if r.Spend != 150_000 || r.Leads != 12 || r.CostPerLead == nil || *r.CostPerLead != 12_500 || len(r.Pipeline) != 0 ||
		len(r.Won) != 1 || r.Won[0].Amount != 9_000_000 || r.Won[0].Deals != 1 || r.ReturnOnSpend == nil || *r.ReturnOnSpend != 60 {
		t.Fatalf("after the claim and the won deal (the unlinked one not counted): %+v", r)
	}
	if res := s.Query(t, globex, `query($id: ID!) { node(id: $id) { ... on MdfRequest { roi { spend } } } }`,
		map[string]any{"id": req}); firstCode(res) != "NOT_FOUND" {
		t.Fatalf("Globex reads Acme's request's return: %s", res.Raw)
	}

	q, _ := mdf.Quarter(time.Now().UTC().AddDate(0, 0, -2))
	var periods struct {
		MdfReturns []struct {
			Quarter  string
			Requests int
			Roi      mdfReturnJSON
		}
	}
	s.Query(t, globex, `query($from: Time!, $to: Time!) { mdfReturns(from: $from, to: $to) { quarter requests roi { `+mdfReturnFields+` } } }`,
		map[string]any{"from": q, "to": q.AddDate(0, 3, 0)}).Decode(t, &periods)
	for _, p := range periods.MdfReturns {
		for _, w := range p.Roi.Won {
			if w.Amount >= 9_000_000 {
				t.Fatalf("Globex's returns count Acme's won deal: %+v", p)
			}
		}
	}
	s.Query(t, acme, `query($from: Time!, $to: Time!) { mdfReturns(from: $from, to: $to) { quarter requests roi { `+mdfReturnFields+` } } }`,
		map[string]any{"from": q, "to": q.AddDate(0, 3, 0)}).Decode(t, &periods)
	var usd *mdfReturnJSON
	for i, p := range periods.MdfReturns {
		if p.Quarter == q.Format(time.DateOnly) && p.Roi.Currency == "USD" {
			usd = &periods.MdfReturns[i].Roi
		}
	}
	if usd == nil || usd.Spend < 150_000 || usd.Leads < 12 || len(usd.Won) == 0 || usd.Won[0].Amount < 9_000_000 {
		t.Fatalf("Acme's quarter of returns: %+v", periods.MdfReturns)
	}

	// Unlinking takes the deal out of the return while the registration is open.
	open := register(t, s, sales, in)
	mustMutate(t, s, sales, "updateDeal", map[string]any{"id": open.ID, "clearMdfRequest": true})
	if r := roiOf(t, s, acme, req); len(r.Pipeline) != 0 {
		t.Fatalf("an unlinked registration still counts as the activity's pipeline: %+v", r)
	}
}

// TestMdfUtilization: paid ÷ allocated per partner and tier, from the ledgers; a partner sees only
// its own.
func TestMdfUtilization(t *testing.T) {
	s := apitest.New(t)
	admin, acme := s.Login(t, vendorAdmin), s.Login(t, acmeAdmin)
	start, _ := mdf.Quarter(time.Now())
	from, to := start.AddDate(0, -3, 0), start.AddDate(0, 3, 0)
	type row struct {
		Key, Label, Currency string
		Allocated, Paid      int
		Utilization          *float64
	}
	query := func(token, by string) []row {
		var out struct{ MdfUtilization []row }
		s.Query(t, token, `query($from: Time!, $to: Time!, $by: MdfUtilizationGroupBy!) { mdfUtilization(from: $from, to: $to, groupBy: $by) { key label currency allocated paid utilization } }`,
			map[string]any{"from": from, "to": to, "by": by}).Decode(t, &out)
		return out.MdfUtilization
	}
	byPartner := query(admin, "PARTNER")
	var allocated, paid int
	for _, r := range byPartner {
		allocated += r.Allocated
		paid += r.Paid
		if r.Allocated > 0 && (r.Utilization == nil || *r.Utilization != float64(r.Paid)/float64(r.Allocated)) {
			t.Errorf("%s: utilization %v of %d paid on %d", r.Label, r.Utilization, r.Paid, r.Allocated)
		}
	}
	// The ledger's own sums over the same allocations.
	var wantAllocated, wantPaid int
	for _, a := range s.Client.MdfAllocation.Query().AllX(sysCtx()) {
		if a.PeriodStart.Before(from) || !a.PeriodStart.Before(to) {
			continue
		}
		b, err := mdf.BalanceOf(sysCtx(), s.Client, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		wantAllocated += int(b.Amount)
		wantPaid += int(b.Paid)
	}
	if allocated != wantAllocated || paid != wantPaid || paid == 0 {
		t.Fatalf("utilization sums %d paid of %d, the ledgers %d of %d", paid, allocated, wantPaid, wantAllocated)
	}
	byTier := query(admin, "TIER")
	var tierAllocated int
	for _, r := range byTier {
		tierAllocated += r.Allocated
	}
	if tierAllocated != allocated || len(byTier) >= len(byPartner) {
		t.Fatalf("by tier: %+v", byTier)
	}
	own := query(acme, "PARTNER")
	if len(own) != 1 || own[0].Label != "Acme Reseller" {
		t.Fatalf("Acme's partner admin sees %+v", own)
	}
}
