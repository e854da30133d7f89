package health_test

import (
	"context"
	"math"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/auditevent"
	"github.com/partnerhub/partnerhub/ent/content"
	"github.com/partnerhub/partnerhub/ent/contentevent"
	"github.com/partnerhub/partnerhub/ent/deal"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/deal/status"
	"github.com/partnerhub/partnerhub/internal/health"
	"github.com/partnerhub/partnerhub/internal/health/healthspec"
	"github.com/partnerhub/partnerhub/internal/seed"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

func sys() context.Context { return viewer.SystemContext(context.Background()) }

func as(t *testing.T, c *ent.Client, email string) context.Context {
	u := c.User.Query().Where(user.Email(email)).OnlyX(sys())
	return viewer.NewContext(context.Background(), &viewer.Viewer{UserID: u.ID, Role: viewer.Role(u.Role), PartnerID: u.PartnerID})
}

// TestScoreRecomputedByHand builds Acme's indicators row by row, then checks every input and the
// score against the formula worked out here: contribution = weight × min(1, raw/target) ÷ Σ
// weights × 100.
func TestScoreRecomputedByHand(t *testing.T) {
	c := testdb.Client(t)
	if _, err := seed.Program(sys(), c, "test-password"); err != nil {
		t.Fatal(err)
	}
	now := time.Now().UTC()
	acme := c.Partner.Query().Where(partner.Slug("acme-reseller")).OnlyX(sys())
	person := func(email string) *ent.User { return c.User.Query().Where(user.Email(email)).OnlyX(sys()) }
	sales := person("sales@acme-reseller.test")

	// Registrations: 3 within 90 days (won, lost, open), 1 older and won 200 days ago.
	mk := func(i int, st status.Status, created time.Time, closed *time.Time) {
		domain := []string{"a.test", "b.test", "c.test", "d.test"}[i]
		acc := c.Account.Create().SetName(domain).SetDomain(domain).SaveX(sys())
		c.Deal.Create().SetPartnerID(acme.ID).SetRegisteredByID(sales.ID).SetAccountID(acc.ID).SetCustomerName(domain).
			SetCustomerDomain(domain).SetTitle(domain).SetAmount(1000).SetCurrency("USD").SetExpectedCloseDate(now).
			SetSource(deal.SourceSOURCED).SetStatus(st).SetDecisionDueAt(now).SetCreatedAt(created).SetNillableClosedAt(closed).SaveX(sys())
	}
	ago := func(d int) time.Time { return now.AddDate(0, 0, -d) }
	p := func(t time.Time) *time.Time { return &t }
	mk(0, status.Won, ago(30), p(ago(20)))
	mk(1, status.Lost, ago(50), p(ago(40)))
	mk(2, status.Submitted, ago(5), nil)
	mk(3, status.Won, ago(250), p(ago(200)))
	// Win rate over 365 days: 2 won, 1 lost → 2/3.

	// Portal activity: Alice signed in 2 days ago, Sam acted 3 days ago (audit), Priya signed in
	// 45 days ago (outside the 30 days), and Globex's admin is another organisation.
	person("admin@acme-reseller.test").Update().SetLastLoginAt(ago(2)).ExecX(sys())
	person("presales@acme-reseller.test").Update().SetLastLoginAt(ago(45)).ExecX(sys())
	person("admin@globex-msp.test").Update().SetLastLoginAt(ago(1)).ExecX(sys())
	c.AuditEvent.Create().SetActorType(auditevent.ActorTypeUSER).SetActorID(sales.ID).SetActorPartnerID(acme.ID).
		SetAction("registerDeal").SetCreatedAt(ago(3)).ExecX(sys())
	// → 2 active people.

	// Content engagement: 5 events within 30 days, 2 older.
	item := c.Content.Create().SetTitle("Battlecard").SetKind(content.KindPLAYBOOK).SetExternalURL("https://x.test").SaveX(sys())
	for i, d := range []int{1, 2, 3, 4, 5, 40, 60} {
		c.ContentEvent.Create().SetContentID(item.ID).SetUserID(sales.ID).SetPartnerID(acme.ID).
			SetKind(contentevent.KindVIEW).SetCreatedAt(ago(d).Add(time.Duration(i) * time.Minute)).ExecX(sys())
	}
	// Certified people: none.

	weights := health.Weights{RegistrationActivity: 10, WinRate: 20, PortalActivity: 30, ContentEngagement: 40, Certifications: 50}
	if _, err := health.UpdateWeights(as(t, c, "admin@vendor.test"), c, weights); err != nil {
		t.Fatal(err)
	}
	const total = 150.0
	want := map[string]struct{ raw, norm, weight float64 }{
		healthspec.RegistrationActivity: {3, 3.0 / 6, 10},
		healthspec.WinRate:              {2.0 / 3, math.Min(1, (2.0/3)/0.5), 20},
		healthspec.PortalActivity:       {2, 2.0 / 3, 30},
		healthspec.ContentEngagement:    {5, 5.0 / 20, 40},
		healthspec.Certifications:       {0, 0, 50},
	}
	var wantScore float64
	for _, w := range want {
		wantScore += w.weight * w.norm / total * 100
	}

	// A partner sales user asks: the figures still count the whole organisation.
	s, err := health.Compute(as(t, c, "sales@acme-reseller.test"), c, acme.ID, now)
	if err != nil {
		t.Fatal(err)
	}
	near := func(a, b, eps float64) bool { return math.Abs(a-b) <= eps }
	for _, in := range s.Inputs {
		w := want[in.Key]
		if in.Raw == nil || !near(*in.Raw, w.raw, 1e-9) || !near(in.Normalised, w.norm, 1e-4) || in.Weight != int(w.weight) ||
			!near(in.Contribution, w.weight*w.norm/total*100, 0.005) {
			t.Errorf("%s: got raw %v normalised %v weight %d contribution %v, want %+v", in.Key, in.Raw, in.Normalised, in.Weight, in.Contribution, w)
		}
	}
	if len(s.Inputs) != len(want) || !near(s.Score, wantScore, 0.03) {
		t.Fatalf("score %v from %d inputs, want %v from %d", s.Score, len(s.Inputs), wantScore, len(want))
	}

	// Another organisation's health is not found.
	if _, err := health.Compute(as(t, c, "admin@globex-msp.test"), c, acme.ID, now); !ent.IsNotFound(err) {
		t.Fatalf("Globex reading Acme's health: %v", err)
	}

	// The daily snapshot stores one score per partner and day, however often it runs.
	for range 2 {
		if _, err := health.Snapshot(sys(), c, now); err != nil {
			t.Fatal(err)
		}
	}
	stored, err := health.History(as(t, c, "admin@acme-reseller.test"), c, acme.ID, ago(1))
	if err != nil {
		t.Fatal(err)
	}
	if len(stored) != 1 || !near(stored[0].Score, s.Score, 1e-9) || stored[0].Day != health.Day(now) {
		t.Fatalf("stored scores %+v, want one of %v", stored, s.Score)
	}
	if n := c.HealthScore.Query().CountX(sys()); n != c.Partner.Query().Where(partner.StatusEQ(partner.StatusACTIVE)).CountX(sys()) {
		t.Fatalf("%d stored scores for the active partners", n)
	}
}

// Without decided deals the win rate has no raw value and contributes nothing, rather than
// counting as 0% or 100%.
func TestWinRateWithoutDecidedDeals(t *testing.T) {
	score, inputs := health.Compose(health.Raw{Registrations: 6}, health.DefaultWeights)
	for _, in := range inputs {
		if in.Key == healthspec.WinRate && (in.Raw != nil || in.Contribution != 0) {
			t.Fatalf("win rate without deals: %+v", in)
		}
	}
	if score != 25 { // registrations in full: 25 of 100 weight points
		t.Fatalf("score %v, want 25", score)
	}
}
