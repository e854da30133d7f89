package learning_test

import (
	"sync"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/certificationaward"
	"github.com/partnerhub/partnerhub/ent/outboxmessage"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/internal/learning"
	"github.com/partnerhub/partnerhub/internal/mail"
)

// TestCertificationLifecycle: completing the sales track issues a two-year certification that
// counts toward the partner's certified people; reminders go out 60 and 14 days before expiry,
// once each even with two runs at once; past its expiry it stops counting before the sweep marks
// it EXPIRED; passing the quizzes again renews it.
func TestCertificationLifecycle(t *testing.T) {
	e := newEnv(t)
	ctx := e.as(t, "sales@acme-reseller.test")
	acme, err := e.client.Partner.Query().Where(partner.Slug("acme-reseller")).Only(sys())
	if err != nil {
		t.Fatal(err)
	}
	certified := func(at time.Time) int {
		t.Helper()
		n, err := learning.CertifiedPeople(sys(), e.client, acme.ID, at)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	t0 := time.Date(2026, 1, 15, 9, 0, 0, 0, time.UTC)
	if certified(t0) != 0 {
		t.Fatal("Acme counts certified people before anyone certified")
	}
	awards := e.completeTrack(t, ctx, "Sales essentials", t0)
	if len(awards) != 1 {
		t.Fatalf("completing the track awarded %d certifications", len(awards))
	}
	a := awards[0]
	exp := t0.AddDate(2, 0, 0)
	if a.Status != certificationaward.StatusACTIVE || a.ExpiresAt == nil || !a.ExpiresAt.Equal(exp) || len(a.VerificationCode) < 30 {
		t.Fatalf("award: %+v", a)
	}
	if certified(t0) != 1 {
		t.Fatalf("certified people %d after the award, want 1", certified(t0))
	}
	// Passing again a year later, outside the renewal window, issues nothing new.
	quizzes := []*ent.Quiz{}
	for _, c := range e.trackCourses(t, "Sales essentials") {
		quizzes = append(quizzes, c.Edges.Quiz)
	}
	if got := e.pass(t, ctx, quizzes[1], t0.AddDate(1, 0, 0)); len(got) != 0 {
		t.Fatalf("re-passing a year in awarded %d", len(got))
	}

	outbox := mail.NewOutbox(false)
	remind := func(at time.Time) int {
		t.Helper()
		n, err := learning.Remind(sys(), e.client, outbox, "https://portal.example", at)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	reminders := func() int {
		n, err := e.client.OutboxMessage.Query().Where(outboxmessage.Kind("certification_expiring")).Count(sys())
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	if remind(exp.Add(-61*24*time.Hour)) != 0 {
		t.Fatal("reminded 61 days before expiry")
	}
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() { defer wg.Done(); remind(exp.Add(-59 * 24 * time.Hour)) }()
	}
	wg.Wait()
	if reminders() != 1 {
		t.Fatalf("%d reminders after two runs at 59 days, want 1", reminders())
	}
	if remind(exp.Add(-30*24*time.Hour)) != 0 || remind(exp.Add(-13*24*time.Hour)) != 1 || remind(exp.Add(-12*24*time.Hour)) != 0 {
		t.Fatal("the 14-day reminder is not sent exactly once")
	}
	if reminders() != 2 {
		t.Fatalf("%d reminders in all, want 2", reminders())
	}

	after := exp.Add(time.Second)
	if certified(after) != 0 {
		t.Fatal("an expired certification still counts toward the tier")
	}
	if n, err := learning.Expire(sys(), e.client, after); err != nil || n != 1 {
		t.Fatalf("expiry sweep: %d, %v", n, err)
	}
	if n, _ := learning.Expire(sys(), e.client, after); n != 0 {
		t.Fatal("the expiry sweep is not idempotent")
	}

	// Renewal: both quizzes passed again after expiry issue a new award; the old one is RENEWED.
	renewAt := exp.Add(2 * 24 * time.Hour)
	if got := e.pass(t, ctx, quizzes[0], renewAt); len(got) != 0 {
		t.Fatal("renewed with one of two quizzes passed again")
	}
	got := e.pass(t, ctx, quizzes[1], renewAt)
	if len(got) != 1 || got[0].Status != certificationaward.StatusACTIVE || !got[0].ExpiresAt.Equal(renewAt.AddDate(2, 0, 0)) {
		t.Fatalf("renewal: %+v", got)
	}
	old, err := e.client.CertificationAward.Get(sys(), a.ID)
	if err != nil || old.Status != certificationaward.StatusRENEWED {
		t.Fatalf("the replaced award: %+v %v", old, err)
	}
	if certified(renewAt) != 1 {
		t.Fatalf("certified people %d after renewal, want 1", certified(renewAt))
	}
}

// TestOneAwardUnderRace: the last two lessons completed at once issue one certification.
func TestOneAwardUnderRace(t *testing.T) {
	e := newEnv(t)
	ctx := e.as(t, "admin@acme-reseller.test")
	c := e.trackCourses(t, "Running the partnership")[0]
	now := time.Now().UTC()
	e.pass(t, ctx, c.Edges.Quiz, now)
	var wg sync.WaitGroup
	for _, l := range c.Edges.Lessons {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := e.tx(ctx, func(cl *ent.Client) error {
				_, _, err := learning.CompleteLesson(ctx, cl, l.ID, now)
				return err
			}); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	n, err := e.client.CertificationAward.Query().Count(sys())
	if err != nil || n != 1 {
		t.Fatalf("%d awards, %v; want 1", n, err)
	}
}
