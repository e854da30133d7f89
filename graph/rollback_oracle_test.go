package graph_test

import (
	"strings"
	"testing"

	"github.com/partnerhub/partnerhub/ent/auditevent"
	"github.com/partnerhub/partnerhub/ent/deal"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/internal/httpserver"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

// TestMutationSelectingHiddenFieldsRunsNothing: a partner registering with a payload that selects
// the vendor-only conflict detail used to get a registration made, rolled back, and the errors'
// paths back, which said whether a conflict existed. Now the mutation is refused before it runs,
// whatever the data: the same answer with or without a conflict, and no deal.
func TestMutationSelectingHiddenFieldsRunsNothing(t *testing.T) {
	s := apitest.New(t)
	held := freshDomain("oracle")
	mustMutate(t, s, s.Login(t, pam), "approveDeal", map[string]any{"id": register(t, s, s.Login(t, acmeSales), registerInput("Oracle Test Co", held)).ID})
	globex := s.Login(t, globexSales)
	const probe = `mutation($input: RegisterDealInput!) { registerDeal(input: $input) { deal { id conflicts { kind detail } } } }`
	globexDeals := func() int {
		return s.Client.Deal.Query().Where(deal.HasPartnerWith(partner.Slug("globex-msp"))).CountX(sysCtx())
	}
	before := globexDeals()
	var answers []string
	for _, domain := range []string{held, freshDomain("free")} {
		res := s.Query(t, globex, probe, map[string]any{"input": registerInput("Oracle Test Co", domain)})
		wantCode(t, res, "FORBIDDEN")
		if !strings.Contains(res.Errors[0].Message, "DealConflict.detail") || len(res.Errors) != 1 || string(res.Data) != "null" && string(res.Data) != "" {
			t.Fatalf("the refusal should name the field and carry no data: %s", res.Raw)
		}
		answers = append(answers, res.Errors[0].Message)
	}
	if answers[0] != answers[1] {
		t.Errorf("a held and a free domain answer differently: %q, %q", answers[0], answers[1])
	}
	if n := globexDeals(); n != before {
		t.Errorf("Globex has %d deals after the refused registrations, had %d", n, before)
	}
	// The portal's way: vendor-only fields behind @include(if: $vendor) are not resolved, so not refused.
	const portal = `mutation($input: RegisterDealInput!, $vendor: Boolean!) { registerDeal(input: $input) { deal { id conflicts { kind detail @include(if: $vendor) } } } }`
	if res := s.Query(t, globex, portal, map[string]any{"input": registerInput("Oracle Test Co", held), "vendor": false}); len(res.Errors) > 0 {
		t.Fatalf("a payload without the vendor-only field: %s", res.Raw)
	}
	if n := globexDeals(); n != before+1 {
		t.Errorf("Globex has %d deals, want %d after one registration", n, before+1)
	}
}

// TestRolledBackMutationsAreRecordedAndBudgeted: a mutation that ran and then rolled back because
// its payload failed (here a nested page over the cap) leaves an audit record outside the rolled-back
// transaction and counts against the person's budget; past it, even a good mutation is refused.
func TestRolledBackMutationsAreRecordedAndBudgeted(t *testing.T) {
	s := apitest.New(t)
	acme := s.Login(t, acmeSales)
	const failing = `mutation Probe($input: RegisterDealInput!) { registerDeal(input: $input) { deal { id account { deals(first: 1000) { totalCount } } } } }`
	records := func() int {
		return s.Client.AuditEvent.Query().Where(auditevent.Action("mutation.rolled_back")).CountX(sysCtx())
	}
	deals := s.Client.Deal.Query().CountX(sysCtx())
	for i := 0; i < httpserver.RollbackBudget; i++ {
		res := s.Query(t, acme, failing, map[string]any{"input": registerInput("Budget Test Co", freshDomain("budget"))})
		if len(res.Errors) == 0 || len(res.Errors[0].Path) < 2 {
			t.Fatalf("attempt %d should fail in its payload: %s", i+1, res.Raw)
		}
	}
	if n := s.Client.Deal.Query().CountX(sysCtx()); n != deals {
		t.Fatalf("%d deals after rolled-back registrations, had %d", n, deals)
	}
	if n := records(); n != httpserver.RollbackBudget {
		t.Fatalf("%d rolled-back mutations recorded, want %d", n, httpserver.RollbackBudget)
	}
	res := s.Query(t, acme, registerMutation, map[string]any{"input": registerInput("Budget Test Co", freshDomain("budget"))})
	wantCode(t, res, "RATE_LIMITED")
	if res.Errors[0].Extensions["retryAfter"] == nil {
		t.Errorf("no retryAfter: %s", res.Raw)
	}
	// Another person is not affected.
	register(t, s, s.Login(t, globexSales), registerInput("Budget Test Co", freshDomain("budget")))
}
