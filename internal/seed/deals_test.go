package seed_test

import (
	"context"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent/dealconflict"
	"github.com/partnerhub/partnerhub/ent/dealextension"
	"github.com/partnerhub/partnerhub/internal/deal/status"
	"github.com/partnerhub/partnerhub/internal/seed"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
	"github.com/partnerhub/partnerhub/internal/viewer"

	entdeal "github.com/partnerhub/partnerhub/ent/deal"
)

// TestDemoDealsTellAStory checks the demo pipeline has what the dashboards need: several hundred
// deals in every status and both currencies, conflicts, co-sell, overdue approvals and extension
// requests waiting, granted and refused.
func TestDemoDealsTellAStory(t *testing.T) {
	client := testdb.Client(t)
	ctx := viewer.NewContext(context.Background(), viewer.System())
	start := time.Now()
	if _, err := seed.Demo(ctx, client, "pw"); err != nil {
		t.Fatal(err)
	}
	t.Logf("seeded in %v", time.Since(start))
	n := client.Deal.Query().CountX(ctx)
	if n < 300 {
		t.Errorf("%d demo deals, want several hundred", n)
	}
	for _, s := range []string{"SUBMITTED", "APPROVED", "REJECTED", "WITHDRAWN", "WON", "LOST", "EXPIRED"} {
		if c := client.Deal.Query().Where(entdeal.StatusEQ(status.Status(s))).CountX(ctx); c == 0 {
			t.Errorf("no %s demo deal", s)
		}
	}
	checks := map[string]int{
		"EUR":                   client.Deal.Query().Where(entdeal.Currency("EUR")).CountX(ctx),
		"co-sell":               client.Deal.Query().Where(entdeal.CoSell(true)).CountX(ctx),
		"overdue":               client.Deal.Query().Where(entdeal.StatusEQ("SUBMITTED"), entdeal.DecisionDueAtLT(time.Now())).CountX(ctx),
		"same-domain conflicts": client.DealConflict.Query().Where(dealconflict.KindEQ(dealconflict.KindSAME_DOMAIN)).CountX(ctx),
		"pending extensions":    client.DealExtension.Query().Where(dealextension.StatusEQ(dealextension.StatusPENDING)).CountX(ctx),
		"approved extensions":   client.DealExtension.Query().Where(dealextension.StatusEQ(dealextension.StatusAPPROVED)).CountX(ctx),
		"rejected extensions":   client.DealExtension.Query().Where(dealextension.StatusEQ(dealextension.StatusREJECTED)).CountX(ctx),
	}
	for what, c := range checks {
		if c == 0 {
			t.Errorf("no %s in the demo data", what)
		}
	}
	t.Logf("%d deals; %v", n, checks)
}

// TestDemoFirstDeals: every demo partner with registrations shows the date of its earliest one as
// its first deal, as registering records it; a partner without any shows none.
func TestDemoFirstDeals(t *testing.T) {
	client := testdb.Client(t)
	ctx := viewer.NewContext(context.Background(), viewer.System())
	if _, err := seed.Demo(ctx, client, "pw"); err != nil {
		t.Fatal(err)
	}
	earliest := map[string]time.Time{}
	for _, d := range client.Deal.Query().AllX(ctx) {
		if at, ok := earliest[d.PartnerID]; !ok || d.CreatedAt.Before(at) {
			earliest[d.PartnerID] = d.CreatedAt
		}
	}
	for _, p := range client.Partner.Query().AllX(ctx) {
		want, has := earliest[p.ID]
		switch {
		case !has && p.FirstDealAt != nil:
			t.Errorf("%s has no deals but a first deal on %v", p.Name, p.FirstDealAt)
		case has && (p.FirstDealAt == nil || !p.FirstDealAt.Equal(want)):
			t.Errorf("%s: first deal %v, earliest registration %v", p.Name, p.FirstDealAt, want)
		}
	}
}
