package audit_test

import (
	"testing"

	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

// TestPartnersReadOutsidersWithoutTheirDetail: a partner admin reads every event of its
// organisation, but of those whose actor is not one of its people (here the channel manager
// approving its deal) not the address, request, API key or input; only ADMIN filters on them.
func TestPartnersReadOutsidersWithoutTheirDetail(t *testing.T) {
	s := apitest.New(t)
	acme := s.Login(t, "admin@acme-reseller.test")
	var reg struct {
		RegisterDeal struct{ Deal struct{ ID string } }
	}
	s.Query(t, acme, `mutation { registerDeal(input: {customerName: "Audit Projection Co", customerDomain: "audit-projection.example",
		title: "Rollout", source: SOURCED, amount: 5000000, currency: "EUR", expectedCloseDate: "2027-06-01", contactName: "C", contactEmail: "c@audit-projection.example"}) { deal { id } } }`, nil).Decode(t, &reg)
	s.Query(t, s.Login(t, "pam@vendor.test"), `mutation($id: ID!) { approveDeal(input: {id: $id, note: "internal: budget code 7731"}) { deal { id } } }`,
		map[string]any{"id": reg.RegisterDeal.Deal.ID}).Decode(t, &struct{}{})

	const events = `query($id: String!) { auditEvents(where: {entityID: $id}) { edges { node { action ip requestID apiKeyID summary actorType } } } }`
	type page struct {
		AuditEvents struct {
			Edges []struct {
				Node struct {
					Action, IP, RequestID, APIKeyID, ActorType string
					Summary                                    map[string]any
				}
			}
		}
	}
	read := func(token string) map[string]page {
		var p page
		s.Query(t, token, events, map[string]any{"id": reg.RegisterDeal.Deal.ID}).Decode(t, &p)
		out := map[string]page{}
		for _, e := range p.AuditEvents.Edges {
			var one page
			one.AuditEvents.Edges = append(one.AuditEvents.Edges, e)
			out[e.Node.Action] = one
		}
		return out
	}
	asPartner := read(acme)
	own, vendor := asPartner["registerDeal"].AuditEvents.Edges, asPartner["approveDeal"].AuditEvents.Edges
	if len(own) != 1 || len(vendor) != 1 {
		t.Fatalf("Acme's admin reads %v, want its registration and the approval", asPartner)
	}
	if n := own[0].Node; n.IP == "" || n.RequestID == "" || n.Summary == nil {
		t.Errorf("Acme's own registration lost its detail: %+v", n)
	}
	if n := vendor[0].Node; n.IP != "" || n.RequestID != "" || n.Summary != nil || n.ActorType != "USER" {
		t.Errorf("Acme's admin reads the channel manager's address, request or note: %+v", n)
	}
	if n := read(s.Login(t, "admin@vendor.test"))["approveDeal"].AuditEvents.Edges; len(n) != 1 || n[0].Node.IP == "" || n[0].Node.Summary == nil {
		t.Errorf("ADMIN reads the approval without its detail: %+v", n)
	}

	byIP := `{ auditEvents(where: {ipHasPrefix: "127."}) { totalCount } }`
	s.Query(t, acme, byIP, nil).ExpectCode(t, "FORBIDDEN")
	var admin struct{ AuditEvents struct{ TotalCount int } }
	s.Query(t, s.Login(t, "admin@vendor.test"), byIP, nil).Decode(t, &admin)
	if admin.AuditEvents.TotalCount == 0 {
		t.Error("ADMIN filtering events by address found none")
	}
}
