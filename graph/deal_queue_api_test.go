package graph_test

import (
	"strings"
	"testing"

	"github.com/partnerhub/partnerhub/ent/auditevent"
	"github.com/partnerhub/partnerhub/ent/webhookevent"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

const queuePageQuery = `query($first: Int, $after: Cursor, $where: DealApprovalQueueWhereInput) {
  dealApprovalQueue(first: $first, after: $after, where: $where) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { managedByViewer deal { id } } } } }`

type queuePage struct {
	DealApprovalQueue struct {
		TotalCount int
		PageInfo   struct {
			HasNextPage bool
			EndCursor   string
		}
		Edges []struct {
			Node struct {
				ManagedByViewer bool
				Deal            struct{ ID string }
			}
		}
	}
}

func queueIDs(t *testing.T, s *apitest.Server, token string, where map[string]any) (ids []string, total int) {
	t.Helper()
	vars := map[string]any{"first": 7, "where": where}
	for {
		var page queuePage
		s.Query(t, token, queuePageQuery, vars).Decode(t, &page)
		total = page.DealApprovalQueue.TotalCount
		for _, e := range page.DealApprovalQueue.Edges {
			ids = append(ids, e.Node.Deal.ID)
		}
		if !page.DealApprovalQueue.PageInfo.HasNextPage {
			return ids, total
		}
		vars["after"] = page.DealApprovalQueue.PageInfo.EndCursor
	}
}

// TestApprovalQueueBulkApproveAndUndo is the queue as a channel manager works it through the API:
// filter it, approve several registrations at once, take one decision back.
func TestApprovalQueueBulkApproveAndUndo(t *testing.T) {
	s := apitest.New(t)
	acme, pamToken, globex := s.Login(t, acmeSales), s.Login(t, pam), s.Login(t, globexSales)
	a := register(t, s, acme, registerInput("Wolfram Orchards", freshDomain("wolfram")))
	b := register(t, s, acme, registerInput("Nimbus Ceramics", freshDomain("nimbus")))
	clashDomain := freshDomain("quartz")
	held := register(t, s, acme, registerInput("Quartz Kilns", clashDomain))
	clash := register(t, s, globex, registerInput("Quartz Kilns", clashDomain))

	// Paging through the whole queue lists every registration once; the filter narrows it.
	all, total := queueIDs(t, s, pamToken, nil)
	seen := map[string]bool{}
	for _, id := range all {
		if seen[id] {
			t.Fatalf("%s listed twice", id)
		}
		seen[id] = true
	}
	if len(all) != total || !seen[a.ID] || !seen[clash.ID] {
		t.Fatalf("%d of %d listed", len(all), total)
	}
	conflicted, n := queueIDs(t, s, pamToken, map[string]any{"hasConflicts": true})
	if n == 0 || !contains(conflicted, clash.ID) || contains(conflicted, a.ID) {
		t.Fatalf("with conflicts: %v", conflicted)
	}
	wantCode(t, s.Query(t, pamToken, queuePageQuery, map[string]any{"where": map[string]any{"minAmount": 1}}), "BAD_USER_INPUT")
	wantCode(t, s.Query(t, pamToken, queuePageQuery, map[string]any{"first": 101}), "BAD_USER_INPUT")

	const bulk = `mutation($input: ApproveDealsInput!) { approveDeals(input: $input) { deals { id status } } }`
	res := s.Query(t, pamToken, bulk, map[string]any{"input": map[string]any{"ids": []string{a.ID, clash.ID}}})
	wantCode(t, res, "BAD_USER_INPUT")
	if f, _ := res.Errors[0].Extensions["field"].(string); f != "ids" || !strings.Contains(res.Errors[0].Message, clash.ID) {
		t.Fatalf("refusal names %q: %s", f, res.Raw)
	}
	var out struct {
		ApproveDeals struct{ Deals []struct{ ID, Status string } }
	}
	s.Query(t, pamToken, bulk, map[string]any{"input": map[string]any{"ids": []string{a.ID, b.ID}, "note": "fine"}}).Decode(t, &out)
	if len(out.ApproveDeals.Deals) != 2 || out.ApproveDeals.Deals[0].Status != "APPROVED" || out.ApproveDeals.Deals[1].ID != b.ID {
		t.Fatalf("approveDeals = %+v", out)
	}
	for _, id := range []string{a.ID, b.ID} {
		if n := s.Client.AuditEvent.Query().Where(auditevent.Action("approveDeals"), auditevent.EntityID(id)).CountX(sysCtx()); n != 1 {
			t.Fatalf("%s: %d audit entries", id, n)
		}
		if n := s.Client.WebhookEvent.Query().Where(webhookevent.ObjectID(id), webhookevent.Type("deal.approved")).CountX(sysCtx()); n != 1 {
			t.Fatalf("%s: %d deal.approved events", id, n)
		}
	}

	// The decider takes one back; nobody else may.
	wantCode(t, s.Query(t, s.Login(t, vendorAdmin), `mutation($id: ID!) { undoDealDecision(input: {id: $id}) { deal { id } } }`, map[string]any{"id": a.ID}), "FORBIDDEN")
	undone := mustMutate(t, s, pamToken, "undoDealDecision", map[string]any{"id": a.ID})
	if undone.Status != "SUBMITTED" || undone.ProtectionExpiresAt != nil {
		t.Fatalf("undone = %+v", undone)
	}
	if n := s.Client.WebhookEvent.Query().Where(webhookevent.ObjectID(a.ID), webhookevent.Type("deal.decision_undone")).CountX(sysCtx()); n != 1 {
		t.Fatalf("%d deal.decision_undone events", n)
	}
	if n := s.Client.AuditEvent.Query().Where(auditevent.Action("undoDealDecision"), auditevent.EntityID(a.ID)).CountX(sysCtx()); n != 1 {
		t.Fatalf("%d undo audit entries", n)
	}
	if back, _ := queueIDs(t, s, pamToken, nil); !contains(back, a.ID) || contains(back, b.ID) || !contains(back, held.ID) {
		t.Fatal("the undone registration is not back in the queue")
	}
	_, res = mutate(t, s, pamToken, "undoDealDecision", map[string]any{"id": a.ID})
	wantCode(t, res, "CONFLICT")
}

func contains(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}
