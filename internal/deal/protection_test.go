package deal_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/dealevent"
	"github.com/partnerhub/partnerhub/ent/dealextension"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/deal"
	"github.com/partnerhub/partnerhub/internal/deal/status"

	entdeal "github.com/partnerhub/partnerhub/ent/deal"
)

// TestSweepIsIdempotentWithConcurrentSweepers: two sweepers run at once (as on two instances);
// each expired deal moves once and gets exactly one EXPIRED event; a later run moves nothing.
func TestSweepIsIdempotentWithConcurrentSweepers(t *testing.T) {
	e := newEnv(t)
	var due []*ent.Deal
	for range 6 {
		due = append(due, e.inState(t, status.Approved))
	}
	keep := e.inState(t, status.Approved)
	for _, d := range due {
		e.client.Deal.UpdateOneID(d.ID).SetProtectionExpiresAt(e.now.Add(-time.Minute)).ExecX(sys())
	}
	sweepAt := e.now.Add(time.Second)
	var wg sync.WaitGroup
	moved := make([]int, 2)
	errs := make([]error, 2)
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			moved[i], errs[i] = deal.ExpireProtection(sys(), e.client, sweepAt)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if moved[0]+moved[1] != len(due) {
		t.Fatalf("sweepers moved %d + %d, want %d in total", moved[0], moved[1], len(due))
	}
	for _, d := range due {
		n := e.client.DealEvent.Query().Where(dealevent.DealID(d.ID), dealevent.ToStatusEQ(status.Expired)).CountX(sys())
		ev := e.client.DealEvent.Query().Where(dealevent.DealID(d.ID), dealevent.ToStatusEQ(status.Expired)).FirstX(sys())
		if got := e.client.Deal.GetX(sys(), d.ID); got.Status != status.Expired || n != 1 || ev.ActorType != dealevent.ActorTypeSYSTEM {
			t.Errorf("deal %s: %s with %d EXPIRED events (actor %s)", d.ID, got.Status, n, ev.ActorType)
		}
	}
	if got := e.client.Deal.GetX(sys(), keep.ID); got.Status != status.Approved {
		t.Errorf("deal inside its window became %s", got.Status)
	}
	if again, err := deal.ExpireProtection(sys(), e.client, sweepAt); err != nil || again != 0 {
		t.Fatalf("second sweep moved %d (%v), want 0", again, err)
	}
}

func TestExtensionFlow(t *testing.T) {
	e := newEnv(t)
	sales, pam, emea := e.as(t, "sales@acme-reseller.test"), e.as(t, "pam@vendor.test"), e.as(t, "emea-pam@vendor.test")
	d := e.inState(t, status.Approved)
	request := func(ctx context.Context, id string, days int) (*ent.DealExtension, error) {
		var x *ent.DealExtension
		err := e.tx(ctx, func(c *ent.Client) (err error) {
			_, x, err = deal.RequestExtension(ctx, c, id, "customer board meets next quarter", days, e.now)
			return err
		})
		return x, err
	}
	decide := func(ctx context.Context, id string, approve bool) (*ent.Deal, error) {
		var got *ent.Deal
		err := e.tx(ctx, func(c *ent.Client) (err error) {
			got, _, err = deal.DecideExtension(ctx, c, id, approve, "ok", e.now)
			return err
		})
		return got, err
	}
	if _, err := request(sales, d.ID, 0); codeOf(err) != apperr.BadUserInput {
		t.Fatalf("0 days: %v", err)
	}
	if _, err := request(sales, e.inState(t, status.Submitted).ID, 30); codeOf(err) != apperr.Conflict {
		t.Fatalf("extending a SUBMITTED deal: %v, want CONFLICT", err)
	}
	// Ten racing requests: the partial unique index keeps exactly one pending.
	var wg sync.WaitGroup
	var mu sync.Mutex
	okCount := 0
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := request(sales, d.ID, 30); err == nil {
				mu.Lock()
				okCount++
				mu.Unlock()
			} else if codeOf(err) != apperr.Conflict {
				t.Errorf("racing request: %v", err)
			}
		}()
	}
	wg.Wait()
	pending := e.client.DealExtension.Query().Where(dealextension.DealID(d.ID), dealextension.StatusEQ(dealextension.StatusPENDING)).AllX(sys())
	if okCount != 1 || len(pending) != 1 {
		t.Fatalf("%d requests accepted, %d pending; want 1 and 1", okCount, len(pending))
	}
	if _, err := decide(emea, pending[0].ID, true); codeOf(err) != apperr.Forbidden {
		t.Fatalf("another channel manager deciding: %v, want FORBIDDEN", err)
	}
	if _, err := decide(sales, pending[0].ID, true); codeOf(err) != apperr.Forbidden {
		t.Fatalf("the partner deciding: %v, want FORBIDDEN", err)
	}
	got, err := decide(pam, pending[0].ID, true)
	if err != nil {
		t.Fatal(err)
	}
	if want := d.ProtectionExpiresAt.AddDate(0, 0, 30); !got.ProtectionExpiresAt.Equal(want) {
		t.Fatalf("expiry %v, want %v", got.ProtectionExpiresAt, want)
	}
	if _, err := decide(pam, pending[0].ID, false); codeOf(err) != apperr.Conflict {
		t.Fatalf("deciding twice: %v, want CONFLICT", err)
	}
	kinds := map[dealevent.Kind]int{}
	for _, ev := range e.events(d) {
		kinds[ev.Kind]++
	}
	if kinds[dealevent.KindEXTENSION_REQUESTED] != 1 || kinds[dealevent.KindEXTENSION_APPROVED] != 1 {
		t.Fatalf("timeline kinds %v", kinds)
	}
	// After the decision a new request may be made.
	if _, err := request(sales, d.ID, 10); err != nil {
		t.Fatalf("new request after a decision: %v", err)
	}
}

func TestApprovalQueueOrderAndStats(t *testing.T) {
	e := newEnv(t)
	// Acme and Globex are managed by pam; Umbrella by emea-pam.
	late := e.inState(t, status.Submitted)
	e.client.Deal.UpdateOneID(late.ID).SetDecisionDueAt(e.now.Add(-time.Hour)).ExecX(sys())
	other := e.mustRegister(t, e.as(t, "admin@umbrella-cloud.test"), input("Queue Co", "queue.example"))
	fresh := e.inState(t, status.Submitted)

	page, err := deal.ApprovalQueue(e.as(t, "pam@vendor.test"), e.client, deal.QueueFilter{}, deal.QueuePage{}, e.now)
	if err != nil {
		t.Fatal(err)
	}
	var items []*deal.QueueItem
	for _, edge := range page.Edges {
		items = append(items, edge.Node)
	}
	var order []string
	for _, it := range items {
		order = append(order, it.Deal.ID)
	}
	if len(items) != 3 || items[0].Deal.ID != late.ID || !items[0].Overdue || items[1].Deal.ID != fresh.ID || !items[1].ManagedByViewer ||
		items[2].Deal.ID != other.ID || items[2].ManagedByViewer {
		t.Fatalf("pam's queue = %v", order)
	}
	// Decisions: one within SLA, one late.
	pam := e.as(t, "pam@vendor.test")
	if _, err := e.approve(pam, deal.ApproveInput{ID: fresh.ID}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.approve(pam, deal.ApproveInput{ID: late.ID}); err != nil {
		t.Fatal(err)
	}
	stats, err := deal.Decisions(pam, e.client, e.now.Add(-time.Hour), e.now.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if len(stats) != 1 || stats[0].Decided != 2 || stats[0].WithinSLARate != 0.5 || stats[0].Reviewer.Email != "pam@vendor.test" {
		t.Fatalf("stats = %+v", stats[0])
	}
	_ = entdeal.Table
}
