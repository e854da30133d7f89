package deal_test

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent/outboxmessage"
	"github.com/partnerhub/partnerhub/internal/deal"
	"github.com/partnerhub/partnerhub/internal/deal/status"
	"github.com/partnerhub/partnerhub/internal/mail"
)

// TestExpiryNoticesGoOutOnce checks that a registrant hears once, two weeks ahead, that a deal's
// protection is about to end, even with two instances running the job at the same moment.
func TestExpiryNoticesGoOutOnce(t *testing.T) {
	e := newEnv(t)
	soon := e.inState(t, status.Approved)
	later := e.inState(t, status.Approved)
	e.inState(t, status.Submitted) // no window yet: no notice
	e.client.Deal.UpdateOneID(soon.ID).SetProtectionExpiresAt(e.now.Add(10 * 24 * time.Hour)).ExecX(sys())
	e.client.Deal.UpdateOneID(later.ID).SetProtectionExpiresAt(e.now.Add(30 * 24 * time.Hour)).ExecX(sys())

	outbox := mail.NewOutbox(false)
	var wg sync.WaitGroup
	sent := make([]int, 2)
	errs := make([]error, 2)
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sent[i], errs[i] = deal.NotifyExpiring(sys(), e.client, outbox, "https://portal.example", e.now)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if sent[0]+sent[1] != 1 {
		t.Fatalf("two concurrent runs queued %d + %d notices, want 1 in total", sent[0], sent[1])
	}
	again, err := deal.NotifyExpiring(sys(), e.client, outbox, "https://portal.example", e.now.Add(time.Hour))
	if err != nil || again != 0 {
		t.Fatalf("a later run queued %d (err %v), want 0", again, err)
	}
	msgs := e.client.OutboxMessage.Query().Where(outboxmessage.Kind("deal_protection_expiring")).AllX(sys())
	if len(msgs) != 1 {
		t.Fatalf("%d notices in the outbox, want 1", len(msgs))
	}
	registrant := e.client.User.GetX(sys(), soon.RegisteredByID)
	if msgs[0].Recipient != registrant.Email || !strings.Contains(msgs[0].Body, "https://portal.example/deals/"+soon.ID) {
		t.Fatalf("notice to %s with body %q", msgs[0].Recipient, msgs[0].Body)
	}
}
