package seed_test

import (
	"context"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/tierchange"
	"github.com/partnerhub/partnerhub/internal/seed"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
	"github.com/partnerhub/partnerhub/internal/tiering"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// The demo program shows the tier evaluation at work: a pending upgrade, partners in a grace
// period, and Acme holding Gold with progress to Platinum (the health trend: health_test.go).
func TestDemoTiering(t *testing.T) {
	ctx := viewer.SystemContext(context.Background())
	c := testdb.Client(t)
	if _, err := seed.Demo(ctx, c, "x"); err != nil {
		t.Fatal(err)
	}
	for _, ch := range c.TierChange.Query().AllX(ctx) {
		t.Logf("%s %s %s→%s: %s", c.Partner.GetX(ctx, ch.PartnerID).Name, ch.Status, ch.FromTierID, ch.ToTierID, ch.Reason)
	}
	if n := c.TierChange.Query().Where(tierchange.StatusEQ(tierchange.StatusPROPOSED)).CountX(ctx); n == 0 {
		t.Error("no pending upgrade in the demo")
	}
	if n := c.TierChange.Query().Where(tierchange.StatusEQ(tierchange.StatusGRACE)).CountX(ctx); n == 0 {
		t.Error("no partner in a grace period in the demo")
	}
	acme := c.Partner.Query().Where(partner.Slug("acme-reseller")).OnlyX(ctx)
	s, err := tiering.StandingOf(ctx, c, acme.ID, tiering.Extra{}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if s.Current == nil || s.Current.Name != "Gold" || !s.Current.Qualified || s.Next == nil || s.Next.Name != "Platinum" || s.Next.Qualified {
		t.Fatalf("Acme's standing: current %+v next %+v", s.Current, s.Next)
	}
	met := 0
	for _, r := range s.Next.Requirements {
		if r.Met {
			met++
		}
	}
	if met == 0 || met == len(s.Next.Requirements) {
		t.Errorf("Acme's progress to Platinum should be partial: %+v", s.Next.Requirements)
	}
}
