package mdf_test

import (
	"sync"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/mdfrequest"
	"github.com/partnerhub/partnerhub/ent/outboxmessage"
	"github.com/partnerhub/partnerhub/ent/webhookevent"
	"github.com/partnerhub/partnerhub/internal/mail"
	"github.com/partnerhub/partnerhub/internal/mdf"
	"github.com/partnerhub/partnerhub/internal/webhook"
)

// allocatePeriod gives Acme amount USD for [start, end].
func (e *env) allocatePeriod(t *testing.T, start, end time.Time, amount int64) *ent.MdfAllocation {
	t.Helper()
	admin := e.as(t, "admin@vendor.test")
	var a *ent.MdfAllocation
	if err := e.tx(admin, func(c *ent.Client) (err error) {
		a, err = mdf.CreateAllocation(admin, c, mdf.AllocationInput{PartnerID: e.partnerID(t, "acme-reseller"), Amount: amount, Currency: "USD",
			PeriodStart: start.Format(time.DateOnly), PeriodEnd: end.Format(time.DateOnly)})
		return err
	}); err != nil {
		t.Fatal(err)
	}
	return a
}

// TestExpireUncommittedFunds: past the period's end and the grace, what is not committed expires
// once; committed funds stay with their request; before the deadline nothing expires.
func TestExpireUncommittedFunds(t *testing.T) {
	e := newEnv(t)
	end := e.now.AddDate(0, 0, -20)
	a := e.allocatePeriod(t, end.AddDate(0, -3, 0), end, 100_000)
	acme, pam := e.as(t, "admin@acme-reseller.test"), e.as(t, "pam@vendor.test")
	var r *ent.MdfRequest
	if err := e.tx(acme, func(c *ent.Client) (err error) {
		kind, title, day := mdfrequest.ActivityTypeEVENT, "Spring event", end.AddDate(0, 0, -10).Format(time.DateOnly)
		amount := int64(40_000)
		r, err = mdf.CreateRequest(acme, c, mdf.Config{}, mdf.RequestInput{AllocationID: a.ID, ActivityType: &kind, Title: &title,
			StartDate: &day, EndDate: &day, RequestedAmount: &amount}, end.AddDate(0, 0, -30))
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if err := e.approve(pam, r.ID, 30_000); err != nil {
		t.Fatal(err)
	}
	cfg := mdf.ExpiryConfig{GraceDays: 30}
	if n, err := mdf.Expire(sys(), e.client, cfg, e.now); err != nil || n != 0 {
		t.Fatalf("within the grace: %d expired, %v", n, err)
	}
	cfg.GraceDays = 14
	for run, want := range []int{1, 0} {
		if n, err := mdf.Expire(sys(), e.client, cfg, e.now); err != nil || n != want {
			t.Fatalf("run %d: %d expired, %v; want %d", run, n, err, want)
		}
	}
	b, _ := mdf.BalanceOf(sys(), e.client, a.ID)
	if b.Expired != 70_000 || b.Remaining != 0 || b.Committed != 30_000 {
		t.Fatalf("after expiry: %+v", b)
	}
}

// TestTwoSweepersExpireOnce: two instances running the expiry sweep at once book each
// allocation's expiry once and publish one mdf.allocation_expired for it.
func TestTwoSweepersExpireOnce(t *testing.T) {
	e := newEnv(t)
	end := e.now.AddDate(0, 0, -20)
	a := e.allocatePeriod(t, end.AddDate(0, -3, 0), end, 100_000)
	cfg := mdf.ExpiryConfig{GraceDays: 14}
	var wg sync.WaitGroup
	counts, errs := make([]int, 2), make([]error, 2)
	for i := range counts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counts[i], errs[i] = mdf.Expire(sys(), e.client, cfg, e.now)
		}()
	}
	wg.Wait()
	if counts[0]+counts[1] != 1 || errs[0] != nil || errs[1] != nil {
		t.Fatalf("two sweepers expired %v (errors %v); want one expiry in all", counts, errs)
	}
	events := e.client.WebhookEvent.Query().Where(webhookevent.ObjectID(a.ID)).AllX(sys())
	if len(events) != 1 || events[0].Type != webhook.MdfAllocationExpired || events[0].PartnerID != a.PartnerID {
		t.Fatalf("want one mdf.allocation_expired for Acme's allocation, got %d: %v", len(events), events)
	}
	if b, _ := mdf.BalanceOf(sys(), e.client, a.ID); b.Expired != 100_000 || b.Remaining != 0 {
		t.Fatalf("after two sweepers: %+v", b)
	}
}

// TestRemindBeforeExpiry: Acme's admins hear 30 and 7 days before the deadline, once each.
func TestRemindBeforeExpiry(t *testing.T) {
	e := newEnv(t)
	end := e.now.AddDate(0, 0, 10) // deadline with 14 days' grace: 24 days ahead
	e.allocatePeriod(t, end.AddDate(0, -3, 0), end, 100_000)
	outbox := mail.NewOutbox(false)
	cfg := mdf.ExpiryConfig{}
	count := func(when time.Time) int {
		t.Helper()
		n, err := mdf.Remind(sys(), e.client, outbox, cfg, "https://portal.test", when)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := count(e.now.AddDate(0, 0, -10)); n != 0 {
		t.Fatalf("34 days ahead: %d reminders", n)
	}
	if n := count(e.now); n != 1 {
		t.Fatalf("24 days ahead: %d reminders, want 1 (Acme has one partner admin)", n)
	}
	if n := count(e.now.Add(time.Hour)); n != 0 {
		t.Fatalf("the 30-day reminder went twice: %d", n)
	}
	if n := count(e.now.AddDate(0, 0, 18)); n != 1 {
		t.Fatalf("6 days ahead: %d reminders, want the 7-day one", n)
	}
	msgs := e.client.OutboxMessage.Query().Where(outboxmessage.Kind(mdf.ReminderKind)).AllX(sys())
	if len(msgs) != 2 || msgs[0].Recipient != "admin@acme-reseller.test" {
		t.Fatalf("reminders: %+v", msgs)
	}
	t.Logf("%s", msgs[1].Subject)
}
