package graph_test

import (
	"strings"
	"testing"

	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

// Which deals, accounts, deal events, conflicts and extensions each role sees, on every query path,
// is the privacy matrix's (privacy_matrix_test.go). These are the cases that do not fit its shape:
// fields of rows a partner may see that only the vendor may read.

// TestDealConflictCounterpartIsVendorOnly: a partner is told that its registration collides and
// why, never with whom (docs/rules-of-engagement.md); the channel team sees the other side.
func TestDealConflictCounterpartIsVendorOnly(t *testing.T) {
	s := apitest.New(t)
	domain := freshDomain("tenant")
	acmeDeal := register(t, s, s.Login(t, acmeSales), registerInput("Tenant Test Co", domain))
	mustMutate(t, s, s.Login(t, pam), "approveDeal", map[string]any{"id": acmeDeal.ID})
	globexDeal := register(t, s, s.Login(t, globexSales), registerInput("Tenant Test Company", domain))

	q := `query($id: ID!) { node(id: $id) { ... on Deal { conflicts { kind reason detail conflictingDeal { id } conflictingPartner { name } matchedAccount { id } } } } }`
	res := s.Query(t, s.Login(t, globexSales), q, map[string]any{"id": globexDeal.ID})
	for _, leak := range []string{"Acme", "acme-reseller", acmeDeal.ID, acmeDeal.Partner.ID} {
		if strings.Contains(string(res.Raw), leak) {
			t.Errorf("Globex's view of its conflict contains %q: %s", leak, res.Raw)
		}
	}
	if !strings.Contains(string(res.Raw), "SAME_DOMAIN") || !strings.Contains(string(res.Raw), "FORBIDDEN") {
		t.Errorf("Globex should see the conflict and be refused its counterpart: %s", res.Raw)
	}
	res = s.Query(t, s.Login(t, pam), q, map[string]any{"id": globexDeal.ID})
	if len(res.Errors) > 0 || !strings.Contains(string(res.Raw), acmeDeal.ID) || !strings.Contains(string(res.Raw), "Acme Reseller") {
		t.Errorf("the channel manager should see the other side: %s", res.Raw)
	}
	// And no where filter can probe it.
	res = s.Query(t, s.Login(t, globexSales), `{ deals(where: {hasConflictsWith: {detailContains: "Acme"}}) { totalCount } }`, nil)
	wantCode(t, res, "BAD_USER_INPUT")
}

// TestAccountDirectOwnerIsVendorOnly: who owns a customer at the vendor is the vendor's business,
// even on an account the partner sees through its own deal.
func TestAccountDirectOwnerIsVendorOnly(t *testing.T) {
	s := apitest.New(t)
	d := register(t, s, s.Login(t, acmeSales), registerInput("Owner Test Co", freshDomain("owner")))
	q := `query($id: ID!) { node(id: $id) { ... on Account { name directOwner { email } } } }`
	wantCode(t, s.Query(t, s.Login(t, acmeSales), q, map[string]any{"id": d.Account.ID}), "FORBIDDEN")
	if res := s.Query(t, s.Login(t, pam), q, map[string]any{"id": d.Account.ID}); len(res.Errors) > 0 {
		t.Errorf("the channel manager reads the direct owner: %s", res.Raw)
	}
}

// TestAccountHistoryIsVendorOnly: when an account was created, and whether a partner owns it, tell
// a partner that someone registered the customer before it and when. A partner reading the account
// of its own deal is refused those fields, and cannot filter on them; the vendor reads them.
func TestAccountHistoryIsVendorOnly(t *testing.T) {
	s := apitest.New(t)
	domain := freshDomain("history")
	acmeDeal := register(t, s, s.Login(t, acmeSales), registerInput("History Test Co", domain))
	mustMutate(t, s, s.Login(t, pam), "approveDeal", map[string]any{"id": acmeDeal.ID})
	globexDeal := register(t, s, s.Login(t, globexSales), registerInput("History Test Co", domain))
	for _, field := range []string{"createdAt", "updatedAt", "ownerKind"} {
		q := `query($id: ID!) { node(id: $id) { ... on Deal { account { domain ` + field + ` } } } }`
		wantCode(t, s.Query(t, s.Login(t, globexSales), q, map[string]any{"id": globexDeal.ID}), "FORBIDDEN")
		if res := s.Query(t, s.Login(t, pam), q, map[string]any{"id": globexDeal.ID}); len(res.Errors) > 0 {
			t.Errorf("the channel manager reads account.%s: %s", field, res.Raw)
		}
	}
	for _, where := range []string{`{ownerKind: PARTNER}`, `{createdAtLT: "2100-01-01T00:00:00Z"}`} {
		wantCode(t, s.Query(t, s.Login(t, globexSales), `{ accounts(where: `+where+`) { totalCount } }`, nil), "FORBIDDEN")
	}
	res := s.Query(t, s.Login(t, globexSales), `query($id: ID!) { node(id: $id) { ... on Deal { account { domain } } } }`, map[string]any{"id": globexDeal.ID})
	if len(res.Errors) > 0 || !strings.Contains(string(res.Raw), domain) {
		t.Errorf("Globex should still read its own deal's account by domain: %s", res.Raw)
	}
}
