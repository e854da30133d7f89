package graph_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/partnerhub/partnerhub/ent/deal"
	"github.com/partnerhub/partnerhub/internal/apitest"
)

// tenantFixture: one Acme deal by sales@acme (approved, with events), one by Acme's presales, one
// Globex deal flagged against Acme's on the same customer.
type tenantFixture struct {
	acmeDeal, acmeColleagueDeal, globexDeal dealJSON
	acmeAccountID, acmePartnerID            string
}

func newTenantFixture(t *testing.T, s *apitest.Server) tenantFixture {
	t.Helper()
	domain := freshDomain("tenant")
	f := tenantFixture{}
	f.acmeDeal = register(t, s, s.Login(t, acmeSales), registerInput("Tenant Test Co", domain))
	mustMutate(t, s, s.Login(t, pam), "approveDeal", map[string]any{"id": f.acmeDeal.ID})
	f.acmeColleagueDeal = register(t, s, s.Login(t, "presales@acme-reseller.test"), registerInput("Colleague Co", freshDomain("colleague")))
	f.globexDeal = register(t, s, s.Login(t, globexSales), registerInput("Tenant Test Company", domain))
	f.acmeAccountID, f.acmePartnerID = f.acmeDeal.Account.ID, f.acmeDeal.Partner.ID
	return f
}

// visible reports whether node(id:) returns the row to the token.
func visible(t *testing.T, s *apitest.Server, token, id string) bool {
	t.Helper()
	res := s.Query(t, token, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": id})
	var out struct{ Node *struct{ ID string } }
	json.Unmarshal(res.Data, &out)
	return out.Node != nil && out.Node.ID == id
}

func TestDealCrossTenantMatrix(t *testing.T) {
	s := apitest.New(t)
	f := newTenantFixture(t, s)
	// Event IDs of the Acme deal, read as the vendor.
	var ev struct {
		Node struct {
			Events []struct{ ID string } `json:"events"`
		} `json:"node"`
	}
	s.Query(t, s.Login(t, vendorAdmin), `query($id: ID!) { node(id: $id) { ... on Deal { events { id } } } }`, map[string]any{"id": f.acmeDeal.ID}).Decode(t, &ev)
	acmeEvent := ev.Node.Events[0].ID

	type sees struct{ acmeDeal, colleagueDeal, globexDeal, acmeAccount, acmeEvent bool }
	matrix := []struct {
		who  string
		want sees
	}{
		{vendorAdmin, sees{true, true, true, true, true}},
		{pam, sees{true, true, true, true, true}},
		{acmeAdmin, sees{true, true, false, true, true}},
		{acmeSales, sees{true, false, false, true, true}},
		{globexAdmin, sees{false, false, true, true, false}}, // the shared account, through Globex's own deal
		{globexSales, sees{false, false, true, true, false}},
	}
	for _, m := range matrix {
		t.Run(m.who, func(t *testing.T) {
			tok := s.Login(t, m.who)
			got := sees{
				visible(t, s, tok, f.acmeDeal.ID), visible(t, s, tok, f.acmeColleagueDeal.ID), visible(t, s, tok, f.globexDeal.ID),
				visible(t, s, tok, f.acmeAccountID), visible(t, s, tok, acmeEvent),
			}
			if got != m.want {
				t.Fatalf("node visibility %+v, want %+v", got, m.want)
			}
			// nodes(ids:) answers the same, row by row.
			res := s.Query(t, tok, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": []string{f.acmeDeal.ID, f.globexDeal.ID}})
			var nodes struct{ Nodes []*struct{ ID string } }
			json.Unmarshal(res.Data, &nodes)
			if len(nodes.Nodes) != 2 || (nodes.Nodes[0] != nil) != m.want.acmeDeal || (nodes.Nodes[1] != nil) != m.want.globexDeal {
				t.Errorf("nodes = %s", res.Raw)
			}
			// Connections and totalCount only count what the viewer may see.
			res = s.Query(t, tok, `{ deals(first: 100, where: {hasPartnerWith: {nameHasPrefix: "Acme"}}) { totalCount edges { node { id partner { name } registeredBy { email } } } } }`, nil)
			var conn struct {
				Deals struct {
					TotalCount int `json:"totalCount"`
					Edges      []struct {
						Node struct {
							ID      string `json:"id"`
							Partner struct{ Name string }
						} `json:"node"`
					} `json:"edges"`
				} `json:"deals"`
			}
			res.Decode(t, &conn)
			if strings.HasPrefix(m.who, "sales@globex") || strings.HasPrefix(m.who, "admin@globex") {
				if conn.Deals.TotalCount != 0 || len(conn.Deals.Edges) != 0 {
					t.Errorf("Globex sees %d Acme deals through a where filter", conn.Deals.TotalCount)
				}
			}
			if m.who == acmeSales {
				for _, e := range conn.Deals.Edges {
					if e.Node.ID == f.acmeColleagueDeal.ID {
						t.Errorf("partner sales sees a colleague's deal")
					}
				}
			}
			// Nested: account { deals } lists only the viewer's deals on the shared account.
			res = s.Query(t, tok, `query($id: ID!) { node(id: $id) { ... on Account { deals(first: 50) { totalCount edges { node { id } } } } } }`, map[string]any{"id": f.acmeAccountID})
			var acc struct {
				Node *struct {
					Deals struct {
						TotalCount int `json:"totalCount"`
					} `json:"deals"`
				} `json:"node"`
			}
			json.Unmarshal(res.Data, &acc)
			wantCount := 0
			if m.want.acmeDeal {
				wantCount++
			}
			if m.want.globexDeal {
				wantCount++
			}
			if acc.Node == nil || acc.Node.Deals.TotalCount != wantCount {
				t.Errorf("account { deals } = %s, want %d deals", res.Raw, wantCount)
			}
			if strings.Contains(m.who, "globex") && strings.Contains(string(res.Raw), "Acme") {
				t.Errorf("account answer leaks Acme: %s", res.Raw)
			}
		})
	}

	t.Run("anonymous", func(t *testing.T) {
		for _, q := range []string{`{ deals { totalCount } }`, `{ accounts { totalCount } }`} {
			wantCode(t, s.Query(t, "", q, nil), "UNAUTHENTICATED")
		}
		if visible(t, s, "", f.acmeDeal.ID) {
			t.Error("anonymous reads a deal by node(id:)")
		}
	})

	t.Run("accounts list", func(t *testing.T) {
		// A partner lists only the accounts of its own deals; the vendor lists all (demo data included).
		var out struct {
			Accounts struct {
				TotalCount int `json:"totalCount"`
			} `json:"accounts"`
		}
		s.Query(t, s.Login(t, globexSales), `{ accounts { totalCount } }`, nil).Decode(t, &out)
		mine := s.Client.Deal.Query().Where(deal.RegisteredByID(userID(t, s, globexSales))).QueryAccount().CountX(sysCtx())
		if out.Accounts.TotalCount != mine {
			t.Errorf("Globex sales lists %d accounts, owns deals on %d", out.Accounts.TotalCount, mine)
		}
	})

	t.Run("conflict counterpart is vendor only", func(t *testing.T) {
		q := `query($id: ID!) { node(id: $id) { ... on Deal { conflicts { kind reason detail conflictingDeal { id } conflictingPartner { name } matchedAccount { id } } } } }`
		res := s.Query(t, s.Login(t, globexSales), q, map[string]any{"id": f.globexDeal.ID})
		for _, leak := range []string{"Acme", "acme-reseller", f.acmeDeal.ID, f.acmePartnerID} {
			if strings.Contains(string(res.Raw), leak) {
				t.Errorf("Globex's view of its conflict contains %q: %s", leak, res.Raw)
			}
		}
		if !strings.Contains(string(res.Raw), "SAME_DOMAIN") || !strings.Contains(string(res.Raw), "FORBIDDEN") {
			t.Errorf("Globex should see the conflict and be refused its counterpart: %s", res.Raw)
		}
		res = s.Query(t, s.Login(t, pam), q, map[string]any{"id": f.globexDeal.ID})
		if len(res.Errors) > 0 || !strings.Contains(string(res.Raw), f.acmeDeal.ID) || !strings.Contains(string(res.Raw), "Acme Reseller") {
			t.Errorf("the channel manager should see the other side: %s", res.Raw)
		}
		// And no where filter can probe it.
		res = s.Query(t, s.Login(t, globexSales), `{ deals(where: {hasConflictsWith: {detailContains: "Acme"}}) { totalCount } }`, nil)
		wantCode(t, res, "BAD_USER_INPUT")
	})

	t.Run("direct owner is vendor only", func(t *testing.T) {
		res := s.Query(t, s.Login(t, acmeSales), `query($id: ID!) { node(id: $id) { ... on Account { name directOwner { email } } } }`, map[string]any{"id": f.acmeAccountID})
		wantCode(t, res, "FORBIDDEN")
	})
}
