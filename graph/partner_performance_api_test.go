package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/tierchange"
	"github.com/partnerhub/partnerhub/internal/config"
	"github.com/partnerhub/partnerhub/internal/deal/status"
	"github.com/partnerhub/partnerhub/internal/health/healthspec"
	"github.com/partnerhub/partnerhub/internal/seed"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
	"github.com/partnerhub/partnerhub/internal/testsupport/sqlcount"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
)

const performanceQuery = `query($first: Int) { partners(first: $first) { edges { node { id name performance {
  openPipeline { currency amount deals } openDeals wonRevenue { currency amount deals } wonDeals recentRegistrations
  tierProgress { evaluatedAt currentTierName qualifyingTierName nextTierName requirementsMet requirementsTotal }
  healthScore risk riskReasons { code severity message } openPipelineText wonRevenueText riskReasonsText tierProgressText } } } } }`

type moneyJSON struct {
	Currency string
	Amount   int64
	Deals    int
}

type performanceJSON struct {
	OpenPipeline        []moneyJSON
	OpenDeals           int
	WonRevenue          []moneyJSON
	WonDeals            int
	RecentRegistrations int
	TierProgress        *struct {
		EvaluatedAt                                       time.Time
		CurrentTierName, QualifyingTierName, NextTierName *string
		RequirementsMet, RequirementsTotal                int
	}
	HealthScore                                                         *float64
	Risk                                                                string
	RiskReasons                                                         []struct{ Code, Severity, Message string }
	OpenPipelineText, WonRevenueText, RiskReasonsText, TierProgressText string
}

type performanceRow struct {
	ID, Name    string
	Performance *performanceJSON
}

func performances(t *testing.T, s *apitest.Server, token string, first int) map[string]performanceRow {
	t.Helper()
	var out struct {
		Partners struct {
			Edges []struct{ Node performanceRow }
		}
	}
	s.Query(t, token, performanceQuery, map[string]any{"first": first}).Decode(t, &out)
	m := map[string]performanceRow{}
	for _, e := range out.Partners.Edges {
		m[e.Node.ID] = e.Node
	}
	return m
}

// naiveMoney sums deals per currency in Go, from every raw row: the figures the grouped SQL must match.
func naiveMoney(deals []*ent.Deal, keep func(*ent.Deal) bool, amount func(*ent.Deal) int64) ([]moneyJSON, int) {
	by := map[string]*moneyJSON{}
	n := 0
	for _, d := range deals {
		if !keep(d) {
			continue
		}
		if by[d.Currency] == nil {
			by[d.Currency] = &moneyJSON{Currency: d.Currency}
		}
		by[d.Currency].Amount += amount(d)
		by[d.Currency].Deals++
		n++
	}
	out := []moneyJSON{}
	for _, m := range by {
		out = append(out, *m)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Currency < out[j].Currency })
	return out, n
}

func sortedMoney(ms []moneyJSON) []moneyJSON {
	out := append([]moneyJSON{}, ms...)
	sort.Slice(out, func(i, j int) bool { return out[i].Currency < out[j].Currency })
	return out
}

// TestPartnerPerformanceFigures recomputes every partner's figures from the raw rows (each deal,
// each stored evaluation and score) and compares them with Partner.performance on the partner list.
func TestPartnerPerformanceFigures(t *testing.T) {
	s := apitest.New(t)
	ctx := sysCtx()
	now := time.Now()
	deals := s.Client.Deal.Query().AllX(ctx)
	evals := s.Client.TierEvaluation.Query().AllX(ctx)
	scores := s.Client.HealthScore.Query().AllX(ctx)
	got := performances(t, s, s.Login(t, vendorAdmin), 40)
	partners := s.Client.Partner.Query().AllX(ctx)
	if len(got) != len(partners) {
		t.Fatalf("the list has %d partners, the database %d", len(got), len(partners))
	}
	nonZero := 0
	for _, p := range partners {
		perf := got[p.ID].Performance
		if perf == nil {
			t.Fatalf("%s has no performance", p.Name)
		}
		mine := func(d *ent.Deal) bool { return d.PartnerID == p.ID }
		open, openN := naiveMoney(deals, func(d *ent.Deal) bool {
			return mine(d) && (d.Status == status.Submitted || d.Status == status.Approved)
		},
			func(d *ent.Deal) int64 { return d.Amount })
		won, wonN := naiveMoney(deals, func(d *ent.Deal) bool {
			return mine(d) && d.Status == status.Won && d.ClosedAt != nil && d.ClosedAt.After(now.AddDate(-1, 0, 0)) && !d.ClosedAt.After(now)
		}, func(d *ent.Deal) int64 {
			if d.ClosedAmount != nil {
				return *d.ClosedAmount
			}
			return d.Amount
		})
		recent := 0
		for _, d := range deals {
			if mine(d) && d.CreatedAt.After(now.AddDate(0, 0, -90)) {
				recent++
			}
		}
		if !slices.Equal(sortedMoney(perf.OpenPipeline), open) || perf.OpenDeals != openN {
			t.Errorf("%s open pipeline %v (%d deals), want %v (%d)", p.Name, perf.OpenPipeline, perf.OpenDeals, open, openN)
		}
		if !slices.Equal(sortedMoney(perf.WonRevenue), won) || perf.WonDeals != wonN {
			t.Errorf("%s won revenue %v (%d deals), want %v (%d)", p.Name, perf.WonRevenue, perf.WonDeals, won, wonN)
		}
		if perf.RecentRegistrations != recent {
			t.Errorf("%s recent registrations %d, want %d", p.Name, perf.RecentRegistrations, recent)
		}
		var wantText []string
		for _, m := range open {
			wantText = append(wantText, fmt.Sprintf("%s %d", m.Currency, m.Amount))
		}
		if perf.OpenPipelineText != strings.Join(wantText, "; ") {
			t.Errorf("%s openPipelineText %q, want %q", p.Name, perf.OpenPipelineText, strings.Join(wantText, "; "))
		}
		if openN+wonN > 0 {
			nonZero++
		}

		var latest *ent.TierEvaluation
		for _, e := range evals {
			if e.PartnerID == p.ID && (latest == nil || !e.EvaluatedAt.Before(latest.EvaluatedAt)) {
				latest = e
			}
		}
		switch {
		case latest == nil && perf.TierProgress != nil:
			t.Errorf("%s has tier progress without an evaluation", p.Name)
		case latest != nil && (perf.TierProgress == nil || !perf.TierProgress.EvaluatedAt.Equal(latest.EvaluatedAt)):
			t.Errorf("%s tier progress %+v, want the evaluation of %s", p.Name, perf.TierProgress, latest.EvaluatedAt)
		case latest != nil:
			// The next tier above the held one, and how many of its requirements are met.
			rank, next := -1, -1
			for i, tr := range latest.Tiers {
				if tr.TierID == latest.CurrentTierID {
					rank = tr.Rank
				}
				_ = i
			}
			for i, tr := range latest.Tiers {
				if tr.Rank > rank {
					next = i
					break
				}
			}
			if next >= 0 {
				met := 0
				for _, r := range latest.Tiers[next].Requirements {
					if r.Met {
						met++
					}
				}
				tp := perf.TierProgress
				if tp.NextTierName == nil || *tp.NextTierName != latest.Tiers[next].Name || tp.RequirementsMet != met ||
					tp.RequirementsTotal != len(latest.Tiers[next].Requirements) {
					t.Errorf("%s tier progress %+v, want %d/%d to %s", p.Name, tp, met, len(latest.Tiers[next].Requirements), latest.Tiers[next].Name)
				}
			}
		}
		var score *float64
		day := ""
		for _, h := range scores {
			if h.PartnerID == p.ID && h.Day > day {
				day, score = h.Day, &h.Score
			}
		}
		if (score == nil) != (perf.HealthScore == nil) || (score != nil && *score != *perf.HealthScore) {
			t.Errorf("%s health score %v, want %v", p.Name, perf.HealthScore, score)
		}
	}
	if nonZero < 2 {
		t.Fatalf("only %d partners have figures: the demo data proves little", nonZero)
	}
}

// TestPartnerPerformanceRisk sets up the facts behind each risk level and reads the reasons back.
func TestPartnerPerformanceRisk(t *testing.T) {
	s := apitest.New(t)
	ctx := sysCtx()
	now := time.Now().UTC()
	tiers := s.Client.Tier.Query().AllX(ctx)
	newPartner := func(name string, contract *time.Time) *ent.Partner {
		c := s.Client.Partner.Create().SetName(name).SetSlug(strings.ToLower(strings.ReplaceAll(name, " ", "-"))).
			SetType(partner.TypeRESELLER).SetStatus(partner.StatusACTIVE).SetRegion(partner.RegionEMEA).SetTierID(tiers[1].ID)
		if contract != nil {
			c.SetContractSignedAt(*contract)
		}
		return c.SaveX(ctx)
	}
	score := func(p *ent.Partner, v float64) {
		s.Client.HealthScore.Create().SetPartnerID(p.ID).SetDay(now.AddDate(0, 0, 1).Format(time.DateOnly)).SetScore(v).
			SetInputs([]healthspec.Input{}).ExecX(ctx)
		// An older, better score must not count: only the latest does.
		s.Client.HealthScore.Create().SetPartnerID(p.ID).SetDay(now.AddDate(0, 0, -30).Format(time.DateOnly)).SetScore(99).
			SetInputs([]healthspec.Input{}).ExecX(ctx)
	}
	yearAgo := now.AddDate(-1, 0, 0)
	high := newPartner("Risky Reseller", &yearAgo)
	score(high, 31.5)
	grace := now.AddDate(0, 0, 14)
	s.Client.TierChange.Create().SetPartnerID(high.ID).SetFromTierID(tiers[1].ID).SetToTierID(tiers[0].ID).
		SetKind(tierchange.KindDOWNGRADE).SetStatus(tierchange.StatusGRACE).SetOpenKey(high.ID).SetGraceEndsAt(grace).ExecX(ctx)
	medium := newPartner("Fair Reseller", nil)
	score(medium, 55)
	low := newPartner("Fine Reseller", nil)
	score(low, 82)

	got := performances(t, s, s.Login(t, pam), 40)
	codes := func(p *ent.Partner) []string {
		var out []string
		for _, r := range got[p.ID].Performance.RiskReasons {
			out = append(out, r.Code)
		}
		return out
	}
	if perf := got[high.ID].Performance; perf.Risk != "HIGH" || !slices.Equal(codes(high), []string{"DOWNGRADE_PENDING", "HEALTH_LOW", "NO_RECENT_REGISTRATION"}) ||
		!strings.Contains(perf.RiskReasonsText, "Downgrade to "+tiers[0].Name+" pending; grace period ends "+grace.Format(time.DateOnly)) ||
		!strings.Contains(perf.RiskReasonsText, "Health score 31 is below 40") || *perf.HealthScore != 31.5 {
		t.Errorf("high: %+v", perf)
	}
	if perf := got[medium.ID].Performance; perf.Risk != "MEDIUM" || !slices.Equal(codes(medium), []string{"HEALTH_FAIR"}) {
		t.Errorf("medium: %+v", perf)
	}
	if perf := got[low.ID].Performance; perf.Risk != "LOW" || len(perf.RiskReasons) != 0 || perf.RiskReasonsText != "" {
		t.Errorf("low: %+v", perf)
	}
	levels := map[string]bool{}
	for _, r := range got {
		levels[r.Performance.Risk] = true
	}
	t.Logf("risk levels on the demo list: %v", levels)
}

// TestPartnerPerformancePrivacy: a partner admin reads its own organisation's figures (the same as
// the vendor's), a sales rep may not ask, and nobody reads another organisation's.
func TestPartnerPerformancePrivacy(t *testing.T) {
	s := apitest.New(t)
	acme := s.Client.Partner.Query().Where(partner.Slug("acme-reseller")).OnlyX(sysCtx())
	vendor := performances(t, s, s.Login(t, vendorAdmin), 40)
	own := performances(t, s, s.Login(t, acmeAdmin), 40)
	if len(own) != 1 || own[acme.ID].Performance == nil {
		t.Fatalf("Acme's admin reads %d partners' performance, want its own", len(own))
	}
	a, _ := json.Marshal(own[acme.ID].Performance)
	b, _ := json.Marshal(vendor[acme.ID].Performance)
	if string(a) != string(b) {
		t.Errorf("Acme's admin reads other figures than the vendor:\n%s\n%s", a, b)
	}
	res := s.Query(t, s.Login(t, acmeSales), performanceQuery, map[string]any{"first": 10})
	if codes := res.Codes(); len(codes) == 0 || codes[0] != "FORBIDDEN" {
		t.Errorf("Acme sales: want FORBIDDEN, got %s", res.Raw)
	}
	res = s.Query(t, s.Login(t, globexAdmin), `query($id: ID!) { node(id: $id) { ... on Partner { performance { openDeals } } } }`, map[string]any{"id": acme.ID})
	if codes := res.Codes(); len(codes) != 1 || codes[0] != "NOT_FOUND" {
		t.Errorf("Globex admin on Acme: want NOT_FOUND, got %s", res.Raw)
	}
}

// TestPartnerPerformanceStatementsDoNotGrow: the performance of a page of partners costs the same
// statements for 5 partners as for 40 (the largest page of the full selection the complexity limit
// allows): grouped queries per page, never one per partner.
func TestPartnerPerformanceStatementsDoNotGrow(t *testing.T) {
	db := testdb.Open(t)
	drv := sqlcount.Wrap(db.Driver())
	client := ent.NewClient(ent.Driver(drv))
	cfg, err := config.Load(func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := seed.Demo(ctx, client, cfg.DemoPassword); err != nil {
		t.Fatal(err)
	}
	if err := seed.Health(ctx, client, time.Now()); err != nil {
		t.Fatal(err)
	}
	// Enough partners that a page of 40 is full; each with a score and a pending downgrade.
	tiers := client.Tier.Query().AllX(sysCtx())
	for i := range 60 {
		p := client.Partner.Create().SetName(fmt.Sprintf("Count Partner %02d", i)).SetSlug(fmt.Sprintf("count-partner-%02d", i)).
			SetType(partner.TypeMSP).SetStatus(partner.StatusACTIVE).SetRegion(partner.RegionNA).SaveX(sysCtx())
		client.HealthScore.Create().SetPartnerID(p.ID).SetDay(time.Now().Format(time.DateOnly)).SetScore(float64(i)).
			SetInputs([]healthspec.Input{}).ExecX(sysCtx())
		client.TierChange.Create().SetPartnerID(p.ID).SetToTierID(tiers[0].ID).SetKind(tierchange.KindDOWNGRADE).
			SetStatus(tierchange.StatusGRACE).SetOpenKey(p.ID).ExecX(sysCtx())
	}
	s := apitest.Start(t, cfg, db, client)
	token := s.Login(t, pam)
	var counts []int
	for _, first := range []int{5, 40} {
		var res apitest.Response
		stmts := drv.Measure(func() { res = s.Query(t, token, performanceQuery, map[string]any{"first": first}) })
		if len(res.Errors) > 0 {
			t.Fatal(string(res.Raw))
		}
		var out struct{ Partners struct{ Edges []any } }
		res.Decode(t, &out)
		if len(out.Partners.Edges) != first {
			t.Fatalf("page of %d has %d partners", first, len(out.Partners.Edges))
		}
		// The viewer's user row is read only when this instance's copy is older than authcache.TTL:
		// left out, so the count does not depend on how long ago the token was last seen.
		kept := stmts[:0]
		for _, st := range stmts {
			if !strings.Contains(strings.ReplaceAll(st.Query, "`", `"`), `"users"."status", "users"."role", "users"."partner_id" FROM "users" WHERE "users"."id" = `) {
				kept = append(kept, st)
			}
		}
		stmts = kept
		counts = append(counts, len(stmts))
		t.Logf("page of %d: %d statements", first, len(stmts))
		if first == 40 {
			for i, st := range stmts {
				t.Logf("  %d. %s", i+1, strings.Join(sqlcount.Tables(st.Query), ","))
			}
		}
	}
	// 1 (the page) + 7 (partnerperf.Load).
	if counts[0] != counts[1] || counts[1] > 8 {
		t.Errorf("statements: %d for 5 partners, %d for 40; want the same, at most 8", counts[0], counts[1])
	}
}
