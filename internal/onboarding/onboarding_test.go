package onboarding_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/onboardingstep"
	"github.com/partnerhub/partnerhub/ent/outboxmessage"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/mail"
	"github.com/partnerhub/partnerhub/internal/onboarding"
	"github.com/partnerhub/partnerhub/internal/seed"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

func sys() context.Context { return viewer.NewContext(context.Background(), viewer.System()) }

// started is a fresh demo program in which Oscorp Resellers signed 30 days before now and got
// its journey.
func started(t *testing.T, now time.Time) (*ent.Client, *ent.Partner, *ent.OnboardingJourney) {
	t.Helper()
	client := testdb.Client(t)
	if _, err := seed.Program(sys(), client, "test-password"); err != nil {
		t.Fatal(err)
	}
	p, err := client.Partner.Query().Where(partner.Slug("oscorp-resellers")).Only(sys())
	if err != nil {
		t.Fatal(err)
	}
	p, err = client.Partner.UpdateOne(p).SetContractSignedAt(now.AddDate(0, 0, -30)).Save(sys())
	if err != nil {
		t.Fatal(err)
	}
	j, err := onboarding.Start(sys(), client, p.ID, now)
	if err != nil || j == nil {
		t.Fatalf("journey: %v %v", j, err)
	}
	return client, p, j
}

// TestOverdueSteps: a step is overdue past its due date while open; a completed profile (Oscorp
// has website, country and verticals) completed its step when the journey started.
func TestOverdueSteps(t *testing.T) {
	now := time.Date(2026, 5, 1, 8, 0, 0, 0, time.UTC)
	client, _, j := started(t, now)
	steps, err := client.OnboardingStep.Query().Where(onboardingstep.JourneyID(j.ID)).Order(ent.Asc(onboardingstep.FieldPosition)).All(sys())
	if err != nil {
		t.Fatal(err)
	}
	var overdue []string
	for _, s := range steps {
		if onboarding.Overdue(s, now) {
			overdue = append(overdue, s.Title)
		}
	}
	want := []string{"Sign the partner agreement", "Hold the kickoff call", "Invite a colleague", "Review the rules of engagement"}
	if len(overdue) != len(want) {
		t.Fatalf("overdue on day 30: %v, want %v", overdue, want)
	}
	for i := range want {
		if overdue[i] != want[i] {
			t.Fatalf("overdue on day 30: %v, want %v", overdue, want)
		}
	}
	pct, n, err := onboarding.Progress(sys(), client, j.ID, now)
	if err != nil || pct != 100/7 || n != 4 {
		t.Fatalf("progress %d%%, %d overdue (%v); want %d%%, 4", pct, n, err, 100/7)
	}
}

// TestDigestOncePerDay: the channel manager's digest of overdue steps goes out once per UTC day,
// even when two instances run the job at the same moment, and again the next day.
func TestDigestOncePerDay(t *testing.T) {
	now := time.Date(2026, 5, 1, 8, 0, 0, 0, time.UTC)
	client, p, _ := started(t, now)
	outbox := mail.NewOutbox(false)
	var wg sync.WaitGroup
	sent := make([]int, 2)
	for i := range sent {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n, err := onboarding.SendDigests(sys(), client, outbox, "https://portal.example", now)
			if err != nil {
				t.Error(err)
			}
			sent[i] = n
		}()
	}
	wg.Wait()
	digests := func() []*ent.OutboxMessage {
		m, err := client.OutboxMessage.Query().Where(outboxmessage.Kind("onboarding_overdue_digest")).All(sys())
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	manager, err := client.User.Query().Where(user.ID(p.ManagerID)).Only(sys())
	if err != nil {
		t.Fatal(err)
	}
	if got := digests(); sent[0]+sent[1] != 1 || len(got) != 1 || got[0].Recipient != manager.Email {
		t.Fatalf("two concurrent runs sent %v, outbox %+v; want one digest to %s", sent, got, manager.Email)
	}
	body := digests()[0].Body
	for _, want := range []string{"Oscorp Resellers: Hold the kickoff call", "4 onboarding step(s)"} {
		if !contains(body, want) {
			t.Errorf("digest lacks %q:\n%s", want, body)
		}
	}
	if n, _ := onboarding.SendDigests(sys(), client, outbox, "", now.Add(10*time.Hour)); n != 0 {
		t.Fatal("a second digest the same day")
	}
	if n, _ := onboarding.SendDigests(sys(), client, outbox, "", now.Add(24*time.Hour)); n != 1 || len(digests()) != 2 {
		t.Fatal("no digest the next day")
	}
}

// TestFactsNeverTickManualSteps: recording a fact completes only the open steps waiting for it,
// for the partner it belongs to.
func TestFactsNeverTickManualSteps(t *testing.T) {
	now := time.Now().UTC()
	client, p, j := started(t, now)
	acme, err := client.Partner.Query().Where(partner.Slug("acme-reseller")).Only(sys())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := onboarding.Start(sys(), client, acme.ID, now); err != nil {
		t.Fatal(err)
	}
	sales, err := client.User.Query().Where(user.Email("sales@acme-reseller.test")).Only(sys())
	if err != nil {
		t.Fatal(err)
	}
	// As Acme's sales rep: a forged fact for Oscorp reaches none of Oscorp's steps.
	ctx := viewer.NewContext(context.Background(), &viewer.Viewer{UserID: sales.ID, Role: viewer.PartnerSales, PartnerID: sales.PartnerID})
	if err := onboarding.Record(ctx, client, p.ID, onboardingstep.CompletionDEAL_REGISTERED, sales.ID, now); err != nil {
		t.Fatal(err)
	}
	if err := onboarding.Record(ctx, client, acme.ID, onboardingstep.CompletionDEAL_REGISTERED, sales.ID, now); err != nil {
		t.Fatal(err)
	}
	if n, _ := client.OnboardingStep.Query().Where(onboardingstep.JourneyID(j.ID), onboardingstep.CompletedAtNotNil(),
		onboardingstep.CompletionEQ(onboardingstep.CompletionDEAL_REGISTERED)).Count(sys()); n != 0 {
		t.Fatal("another partner's fact completed Oscorp's step")
	}
	done, err := client.OnboardingStep.Query().Where(onboardingstep.PartnerID(acme.ID), onboardingstep.CompletedAtNotNil()).All(sys())
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range done {
		if s.Completion == onboardingstep.CompletionMANUAL {
			t.Errorf("a fact ticked the manual step %q", s.Title)
		}
	}
	// A MANUAL step cannot be completed as if by a fact, even by a caller that names it.
	err = client.OnboardingStep.Update().Where(onboardingstep.PartnerID(acme.ID), onboardingstep.CompletionEQ(onboardingstep.CompletionMANUAL)).
		SetCompletedAt(now).Exec(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := client.OnboardingStep.Query().Where(onboardingstep.PartnerID(acme.ID), onboardingstep.CompletionEQ(onboardingstep.CompletionMANUAL),
		onboardingstep.CompletedAtNotNil()).Count(sys()); n != 0 {
		t.Fatalf("a bulk update ticked %d manual steps", n)
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
