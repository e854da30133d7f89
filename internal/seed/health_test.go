package seed_test

import (
	"context"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent/healthscore"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/internal/health"
	"github.com/partnerhub/partnerhub/internal/seed"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// TestDemoHealthTrend: every active demo partner has a weekly score for half a year ending today,
// the trends move (not one flat line), today's score is what the daily job measures now, and
// seeding twice adds nothing.
func TestDemoHealthTrend(t *testing.T) {
	client := testdb.Client(t)
	ctx := viewer.NewContext(context.Background(), viewer.System())
	if _, err := seed.Demo(ctx, client, "test-password"); err != nil {
		t.Fatal(err)
	}
	now := time.Now().UTC()
	for range 2 {
		if err := seed.Health(ctx, client, now); err != nil {
			t.Fatal(err)
		}
	}
	active := client.Partner.Query().Where(partner.StatusEQ(partner.StatusACTIVE)).AllX(ctx)
	if got, want := client.HealthScore.Query().CountX(ctx), 27*len(active); got != want {
		t.Fatalf("%d demo health scores for %d active partners, want %d", got, len(active), want)
	}
	w, err := health.LoadWeights(ctx, client)
	if err != nil {
		t.Fatal(err)
	}
	moving := 0
	for _, p := range active {
		scores := client.HealthScore.Query().Where(healthscore.PartnerID(p.ID)).Order(healthscore.ByDay()).AllX(ctx)
		lo, hi := scores[0].Score, scores[0].Score
		for _, s := range scores {
			lo, hi = min(lo, s.Score), max(hi, s.Score)
		}
		if hi-lo >= 5 {
			moving++
		}
		raw, err := health.Measure(ctx, client, p.ID, now)
		if err != nil {
			t.Fatal(err)
		}
		today, _ := health.Compose(raw, w)
		if last := scores[len(scores)-1]; last.Day != health.Day(now) || last.Score != today {
			t.Errorf("%s: last demo score %v on %s, the job measures %v today", p.Name, last.Score, last.Day, today)
		}
	}
	if moving < len(active)/2 {
		t.Errorf("only %d of %d demo partners' health moved by 5 points or more over half a year", moving, len(active))
	}
}
