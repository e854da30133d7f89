package graph_test

import (
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent/auditevent"
	"github.com/partnerhub/partnerhub/ent/webhookevent"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

// TestReopenDealAPI: the channel manager reopens a won deal with a note, as a client sees it: the
// deal is APPROVED without its outcome, the note is on the timeline, the decision is audited and
// published as deal.reopened; without a note it is BAD_USER_INPUT, and partners are refused.
func TestReopenDealAPI(t *testing.T) {
	s := apitest.New(t)
	sales, pamToken := s.Login(t, acmeSales), s.Login(t, pam)
	d := register(t, s, sales, registerInput("Reopen Co", freshDomain("reopen")))
	mustMutate(t, s, pamToken, "approveDeal", map[string]any{"id": d.ID})
	mustMutate(t, s, sales, "closeDeal", map[string]any{"id": d.ID, "outcome": "WON",
		"closeDate": time.Now().UTC().Format(time.DateOnly), "closedAmount": 9_000_000})
	_, res := mutate(t, s, pamToken, "reopenDeal", map[string]any{"id": d.ID, "note": " "})
	wantCode(t, res, "BAD_USER_INPUT")
	_, res = mutate(t, s, sales, "reopenDeal", map[string]any{"id": d.ID, "note": "we lost it after all"})
	wantCode(t, res, "FORBIDDEN")
	reopened := mustMutate(t, s, pamToken, "reopenDeal", map[string]any{"id": d.ID, "note": "the customer's PO was cancelled"})
	if reopened.Status != "APPROVED" {
		t.Fatalf("reopened: %+v", reopened)
	}
	var got struct {
		Node struct {
			ClosedAt     *string
			ClosedAmount *int
		}
	}
	s.Query(t, sales, `query($id: ID!) { node(id: $id) { ... on Deal { closedAt closedAmount } } }`, map[string]any{"id": d.ID}).Decode(t, &got)
	if got.Node.ClosedAt != nil || got.Node.ClosedAmount != nil {
		t.Fatalf("a reopened deal keeps its outcome: %+v", got.Node)
	}
	last := reopened.Events[len(reopened.Events)-1]
	if last.Note != "the customer's PO was cancelled" || last.ToStatus != "APPROVED" {
		t.Fatalf("timeline: %+v", reopened.Events)
	}
	if n := s.Client.AuditEvent.Query().Where(auditevent.Action("reopenDeal"), auditevent.EntityID(d.ID)).CountX(sysCtx()); n != 1 {
		t.Fatalf("%d reopenDeal audit entries", n)
	}
	if n := s.Client.WebhookEvent.Query().Where(webhookevent.ObjectID(d.ID), webhookevent.Type("deal.reopened")).CountX(sysCtx()); n != 1 {
		t.Fatalf("%d deal.reopened events", n)
	}
}
