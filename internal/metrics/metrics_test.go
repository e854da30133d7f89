package metrics_test

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	entdeal "github.com/partnerhub/partnerhub/ent/deal"
	"github.com/partnerhub/partnerhub/ent/mdfledgerentry"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/programcost"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/deal/status"
	"github.com/partnerhub/partnerhub/internal/metrics"
	"github.com/partnerhub/partnerhub/internal/seed"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

func sys() context.Context { return viewer.NewContext(context.Background(), viewer.System()) }

var base = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

type world struct {
	client *ent.Client
	admin  context.Context
}

// newWorld is the demo program (tiers, partners, people) plus generated partners, deals, rates and
// costs with the edge cases the metrics must survive: partners joining mid-period or never signing,
// deals in a currency without a rate before some date, and reopened deals (closed once, APPROVED
// again: their stale close must not count).
func newWorld(t testing.TB) *world {
	t.Helper()
	return newWorldOf(t, 600)
}

// newWorldOf is newWorld with deals generated deals besides the hand-placed edge cases.
func newWorldOf(t testing.TB, deals int) *world {
	t.Helper()
	client := testdb.Client(t)
	if _, err := seed.Program(sys(), client, "test-password"); err != nil {
		t.Fatal(err)
	}
	ctx := sys()
	rng := rand.New(rand.NewPCG(17, 42))
	admin, err := client.User.Query().Where(user.RoleEQ(user.RoleADMIN)).First(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tiers := client.Tier.Query().AllX(ctx)
	types := []partner.Type{partner.TypeRESELLER, partner.TypeVAR, partner.TypeMSP, partner.TypeSI}
	regions := []partner.Region{partner.RegionNA, partner.RegionEMEA, partner.RegionAPAC}
	for i := range 14 {
		c := client.Partner.Create().SetName(fmt.Sprintf("Gen %02d", i)).SetSlug(fmt.Sprintf("gen-%02d", i)).
			SetType(types[rng.IntN(len(types))]).SetRegion(regions[rng.IntN(len(regions))])
		if i%4 != 0 {
			c.SetTier(tiers[rng.IntN(len(tiers))])
		}
		if i != 13 { // one partner never signed
			c.SetContractSignedAt(base.AddDate(0, -6, 0).Add(time.Duration(rng.IntN(24*30*24)) * time.Hour))
		}
		c.SaveX(ctx)
	}
	// Spread the demo partners' signatures over the generated window too.
	for _, p := range client.Partner.Query().Where(partner.Not(partner.SlugHasPrefix("gen-"))).AllX(ctx) {
		p.Update().SetContractSignedAt(base.Add(time.Duration(rng.IntN(24*400)) * time.Hour)).ExecX(ctx)
	}
	partners := client.Partner.Query().AllX(ctx)
	currencies := []string{"USD", "USD", "USD", "USD", "EUR", "EUR", "EUR", "GBP", "JPY"}
	statuses := []status.Status{status.Submitted, status.Approved, status.Approved, status.Rejected, status.Withdrawn,
		status.Won, status.Won, status.Won, status.Lost, status.Lost, status.Expired, "REOPENED"}
	for i := range deals {
		p := partners[rng.IntN(len(partners))]
		created := base.AddDate(0, -8, 0).Add(time.Duration(rng.IntN(26*30*24*60)) * time.Minute)
		if p.ContractSignedAt != nil && rng.IntN(10) > 0 { // most register after signing, some before
			created = p.ContractSignedAt.Add(time.Duration(rng.IntN(400*24*60)-20*24*60) * time.Minute)
		}
		cur := currencies[rng.IntN(len(currencies))]
		amount := int64(1000 + rng.IntN(5_000_000))
		if cur == "JPY" {
			amount *= 100
		}
		acc := client.Account.Create().SetName(fmt.Sprintf("Customer %d", i)).SetDomain(fmt.Sprintf("c%d.example", i)).SaveX(ctx)
		st := statuses[rng.IntN(len(statuses))]
		c := client.Deal.Create().SetPartner(p).SetRegisteredByID(admin.ID).SetAccount(acc).
			SetCustomerName(acc.Name).SetCustomerDomain(acc.Domain).SetTitle("Deal").SetAmount(amount).SetCurrency(cur).
			SetExpectedCloseDate(created.AddDate(0, 2, 0)).SetSource([]entdeal.Source{entdeal.SourceSOURCED, entdeal.SourceINFLUENCED}[rng.IntN(2)]).
			SetDecisionDueAt(created.AddDate(0, 0, 3)).SetCreatedAt(created).SetProducts(productLists[i%len(productLists)])
		decided := created.Add(time.Duration(1+rng.IntN(10*24*60)) * time.Minute)
		closed := decided.Add(time.Duration(rng.IntN(200*24*60)) * time.Minute)
		switch st {
		case status.Submitted:
		case status.Withdrawn:
			if rng.IntN(2) == 0 {
				c.SetDecidedAt(decided)
			}
		case status.Rejected, status.Approved, status.Expired:
			c.SetDecidedAt(decided)
		case status.Won:
			c.SetDecidedAt(decided).SetClosedAt(closed).SetClosedAmount(amount + int64(rng.IntN(1000)) - 500)
		case status.Lost:
			c.SetDecidedAt(decided).SetClosedAt(closed)
		case "REOPENED":
			st = status.Approved
			c.SetDecidedAt(decided).SetClosedAt(closed).SetClosedAmount(amount)
		}
		c.SetStatus(st).SaveX(ctx)
	}
	// Edge cases placed by hand: a partner joining mid-period whose first approval comes on day 70
	// (activated within 90 days, not within 60), and a GBP deal won before any GBP rate exists.
	late := client.Partner.Create().SetName("Late bloomer").SetSlug("late-bloomer").SetType(partner.TypeVAR).
		SetRegion(partner.RegionEMEA).SetContractSignedAt(base.AddDate(0, 2, 0)).SaveX(ctx)
	edge := func(p *ent.Partner, i int, cur string, created, decided time.Time, closed *time.Time, st status.Status) {
		acc := client.Account.Create().SetName(fmt.Sprintf("Edge %d", i)).SetDomain(fmt.Sprintf("edge%d.example", i)).SaveX(ctx)
		c := client.Deal.Create().SetPartner(p).SetRegisteredByID(admin.ID).SetAccount(acc).
			SetCustomerName(acc.Name).SetCustomerDomain(acc.Domain).SetTitle("Edge").SetAmount(777_00).SetCurrency(cur).
			SetExpectedCloseDate(created).SetSource(entdeal.SourceSOURCED).SetDecisionDueAt(created).SetCreatedAt(created).
			SetDecidedAt(decided).SetStatus(st)
		if closed != nil {
			c.SetClosedAt(*closed).SetClosedAmount(777_00)
		}
		c.SaveX(ctx)
	}
	client.Partner.Create().SetName("Silent").SetSlug("silent").SetType(partner.TypeMSP).SetRegion(partner.RegionNA).
		SetContractSignedAt(base.AddDate(0, 3, 0)).SaveX(ctx) // joins mid-period, never registers
	signed := *late.ContractSignedAt
	edge(late, 1, "USD", signed.AddDate(0, 0, 65), signed.AddDate(0, 0, 70), nil, status.Approved)
	wonAt := base.AddDate(0, 1, 3)
	edge(partners[0], 2, "GBP", base, base.AddDate(0, 0, 2), &wonAt, status.Won)

	// EUR and JPY rates monthly from before the first deal; GBP only from mid-2025, so earlier GBP
	// deals have no rate; nothing converts into EUR from USD.
	for m := -10; m < 20; m++ {
		d := base.AddDate(0, m, 0)
		client.ExchangeRate.Create().SetDate(d).SetFromCurrency("EUR").SetToCurrency("USD").SetRate(1.05 + 0.01*float64(m%5)).SaveX(ctx)
		client.ExchangeRate.Create().SetDate(d).SetFromCurrency("JPY").SetToCurrency("USD").SetRate(0.0067).SaveX(ctx)
		if m >= 6 {
			client.ExchangeRate.Create().SetDate(d).SetFromCurrency("GBP").SetToCurrency("USD").SetRate(1.27).SaveX(ctx)
		}
		client.ExchangeRate.Create().SetDate(d).SetFromCurrency("USD").SetToCurrency("GBP").SetRate(0.79).SaveX(ctx)
	}
	for i := range 24 {
		start := base.AddDate(0, i-4, 0)
		cur := []string{"USD", "EUR"}[i%2]
		client.ProgramCost.Create().SetCategory(programcost.CategorySPIFF).SetPeriodStart(start).SetPeriodEnd(start.AddDate(0, 1, 0)).
			SetAmount(int64(100_000 + rng.IntN(2_000_000))).SetCurrency(cur).SaveX(ctx)
	}
	// MDF paid to generated partners, in two currencies, one payment per month: program cost too.
	// None to the demo partners, so a demo partner's viewer must see none of it.
	for i, p := range client.Partner.Query().Where(partner.SlugHasPrefix("gen-")).Limit(6).AllX(ctx) {
		cur := []string{"USD", "EUR"}[i%2]
		start := base.AddDate(0, i-3, 0)
		a := client.MdfAllocation.Create().SetPartnerID(p.ID).SetPeriodStart(start).SetPeriodEnd(start.AddDate(0, 3, 0)).
			SetCurrency(cur).SaveX(ctx)
		for m := range 3 {
			client.MdfLedgerEntry.Create().SetPartnerID(p.ID).SetAllocationID(a.ID).SetKind(mdfledgerentry.KindPAID).
				SetAmount(int64(50_000 + rng.IntN(500_000))).SetCurrency(cur).SetCreatedAt(start.AddDate(0, m, 10)).SaveX(ctx)
		}
	}
	// Survey answers over the period, some recorded under a tier the partner no longer holds.
	sv := client.Survey.Create().SetTitle("Pulse").SetNpsQuestion("Recommend?").SetCreatedByID(admin.ID).SaveX(ctx)
	for range 90 {
		p := partners[rng.IntN(len(partners))]
		tierID := p.TierID
		if rng.IntN(5) == 0 {
			tierID = tiers[rng.IntN(len(tiers))].ID
		}
		client.SurveyResponse.Create().SetSurveyID(sv.ID).SetPartnerID(p.ID).SetTierID(tierID).SetPartnerType(string(p.Type)).
			SetScore(rng.IntN(11)).SetCreatedAt(base.AddDate(0, -7, 0).Add(time.Duration(rng.IntN(20*30*24)) * time.Hour)).SaveX(ctx)
	}
	return &world{client: client, admin: viewer.NewContext(context.Background(), &viewer.Viewer{UserID: admin.ID, Role: viewer.Admin})}
}

func (w *world) naive(t *testing.T, from, to time.Time, by metrics.GroupBy, currency string) *naive {
	t.Helper()
	ctx := sys()
	n := &naive{from: from, to: to, by: by, currency: currency, partners: map[string]*ent.Partner{}, margin: -1}
	for _, p := range w.client.Partner.Query().AllX(ctx) {
		n.partners[p.ID] = p
	}
	n.deals = w.client.Deal.Query().AllX(ctx)
	n.rates = w.client.ExchangeRate.Query().AllX(ctx)
	n.costs = w.client.ProgramCost.Query().AllX(ctx)
	n.mdfPaid = w.client.MdfLedgerEntry.Query().Where(mdfledgerentry.KindEQ(mdfledgerentry.KindPAID)).AllX(ctx)
	n.answers = w.client.SurveyResponse.Query().AllX(ctx)
	n.products = map[string]int{}
	for _, m := range w.client.MarginRate.Query().AllX(ctx) {
		if m.Product == "" {
			n.margin = m.RateBps
		} else {
			n.products[strings.ToLower(m.Product)] = m.RateBps
		}
	}
	return n
}

func close(a, b float64) bool {
	return math.Abs(a-b) <= 1e-6*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

func show(v *float64) string {
	if v == nil {
		return "nil"
	}
	return fmt.Sprint(*v)
}

// compare checks the package's figures against the naive ones, both ways.
func compare(t *testing.T, label string, got []*metrics.Figure, want map[fkey]nfig) {
	t.Helper()
	seen := map[fkey]bool{}
	for _, f := range got {
		k := fkey{f.Key, f.Group, f.Currency, f.Converted}
		if seen[k] {
			t.Errorf("%s: %v given twice", label, k)
		}
		seen[k] = true
		w, ok := want[k]
		if !ok {
			t.Errorf("%s: unexpected figure %v = %s", label, k, show(f.Value))
			continue
		}
		var missing []string
		for _, m := range f.MissingRates {
			missing = append(missing, m.From+"@"+m.Date.UTC().Format("2006-01-02"))
		}
		sort.Strings(missing)
		if fmt.Sprint(missing) != fmt.Sprint(w.missing) {
			t.Errorf("%s: %v missing rates %v, naive %v", label, k, missing, w.missing)
		}
		switch {
		case (f.Value == nil) != (w.value == nil):
			t.Errorf("%s: %v = %s, naive %s", label, k, show(f.Value), show(w.value))
		case f.Value != nil && !close(*f.Value, *w.value):
			t.Errorf("%s: %v = %v, naive %v", label, k, *f.Value, *w.value)
		}
		if f.Count != w.count {
			t.Errorf("%s: %v count %d, naive %d", label, k, f.Count, w.count)
		}
	}
	for k := range want {
		if !seen[k] {
			t.Errorf("%s: missing figure %v (naive %s)", label, k, show(want[k].value))
		}
	}
}

// productLists are the deals' products in turn: none, one with its own margin (spelled as
// partners do), one without, and a mix.
var productLists = [][]string{nil, {"cloud suite"}, {"Support"}, {"Cloud Suite", "Hardware ", "Support"}}

func TestMetricsMatchNaiveRecomputation(t *testing.T) {
	w := newWorld(t)
	periods := []struct {
		name     string
		from, to time.Time
	}{
		{"18 months", base.AddDate(0, -6, 0), base.AddDate(1, 0, 0)},
		{"one quarter", base.AddDate(0, 3, 0), base.AddDate(0, 6, 0)},
		{"no deals", base.AddDate(-5, 0, 0), base.AddDate(-4, 0, 0)},
	}
	run := func(t *testing.T) {
		for _, p := range periods {
			for _, by := range []metrics.GroupBy{metrics.None, metrics.ByMonth, metrics.ByPartner, metrics.ByTier, metrics.ByPartnerType, metrics.ByRegion} {
				for _, cur := range []string{"", "USD", "GBP"} {
					label := fmt.Sprintf("%s/%s/%q", p.name, by, cur)
					got, err := metrics.Compute(w.admin, w.client, metrics.Request{From: p.from, To: p.to, By: by, Currency: cur})
					if err != nil {
						t.Fatalf("%s: %v", label, err)
					}
					compare(t, label, got, w.naive(t, p.from, p.to, by, cur).figures())
				}
			}
		}
	}
	t.Run("without a margin rate", run)
	if _, err := metrics.SetMarginRate(w.admin, w.client, "", 3500); err != nil {
		t.Fatal(err)
	}
	t.Run("with a margin rate", run)
	for product, bps := range map[string]int{"Cloud Suite": 6000, "hardware": 1200} {
		if _, err := metrics.SetMarginRate(w.admin, w.client, product, bps); err != nil {
			t.Fatal(err)
		}
	}
	t.Run("with product margin rates", run)
}

// The generated data must actually contain the edge cases, or the comparison above proves little.
func TestGeneratedDataHasTheEdgeCases(t *testing.T) {
	w := newWorld(t)
	from, to := base.AddDate(0, -6, 0), base.AddDate(1, 0, 0)
	got, err := metrics.Compute(w.admin, w.client, metrics.Request{From: from, To: to, By: metrics.None, Currency: "USD"})
	if err != nil {
		t.Fatal(err)
	}
	var sourced, winRate, activation *metrics.Figure
	for _, f := range got {
		switch {
		case f.Key == metrics.SourcedRevenue && f.Converted:
			sourced = f
		case f.Key == metrics.WinRate:
			winRate = f
		case f.Key == metrics.ActivationRate:
			activation = f
		}
	}
	if sourced == nil || sourced.Value != nil || len(sourced.MissingRates) != 1 || sourced.MissingRates[0].From != "GBP" {
		t.Fatalf("converted sourced revenue should name the missing GBP→USD rate, got %+v", sourced)
	}
	if d := sourced.MissingRates[0].Date; !d.Before(base.AddDate(0, 6, 0)) {
		t.Errorf("the missing rate is dated %v, before the first GBP rate", d)
	}
	if winRate == nil || winRate.Value == nil || *winRate.Denominator < 20 {
		t.Fatalf("win rate over too few deals: %+v", winRate)
	}
	if activation == nil || activation.Value == nil || *activation.Value <= 0 || *activation.Value >= 1 {
		t.Fatalf("activation should be strictly between 0 and 1 on this data: %+v", activation)
	}
	reopened, err := w.client.Deal.Query().Where(entdeal.StatusEQ(status.Approved), entdeal.ClosedAtNotNil()).Count(sys())
	if err != nil || reopened == 0 {
		t.Fatalf("no reopened deal generated (%v)", err)
	}
	midJoin, err := w.client.Partner.Query().Where(partner.ContractSignedAtGT(from), partner.ContractSignedAtLT(to)).Count(sys())
	if err != nil || midJoin < 3 {
		t.Fatalf("too few partners joining inside the period: %d (%v)", midJoin, err)
	}
	empty, err := metrics.Compute(w.admin, w.client, metrics.Request{From: base.AddDate(-5, 0, 0), To: base.AddDate(-4, 0, 0), Currency: "USD"})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range empty {
		if f.Key == metrics.WinRate && f.Value != nil {
			t.Errorf("win rate of a period without deals = %v, want none", *f.Value)
		}
		if f.Key == metrics.SourcedRevenue && f.Converted && (f.Value == nil || *f.Value != 0) {
			t.Errorf("converted revenue of a period without deals = %s, want 0", show(f.Value))
		}
	}
}

// Program figures are the vendor's (the API refuses partners at @hasRole). A partner viewer that
// reached the package anyway would get only its own registrations, and no program costs (nor the
// MDF paid to other partners): every query goes through the privacy policies like a list.
func TestPartnerViewerSeesOnlyItsOwn(t *testing.T) {
	w := newWorld(t)
	u, err := w.client.User.Query().Where(user.RoleEQ(user.RolePARTNER_ADMIN)).First(sys())
	if err != nil {
		t.Fatal(err)
	}
	ctx := viewer.NewContext(context.Background(), &viewer.Viewer{UserID: u.ID, Role: viewer.PartnerAdmin, PartnerID: u.PartnerID})
	got, err := metrics.Compute(ctx, w.client, metrics.Request{From: base.AddDate(0, -6, 0), To: base.AddDate(1, 0, 0), By: metrics.ByPartner})
	if err != nil {
		t.Fatal(err)
	}
	own := 0
	for _, f := range got {
		d, _ := metrics.DefinitionOf(f.Key)
		if d.Supports(metrics.ByPartner) && f.Group != u.PartnerID {
			t.Errorf("a partner admin gets %s of %q", f.Key, f.Group)
		}
		if f.Group == u.PartnerID {
			own++
		}
		if f.Key == metrics.ProgramCost {
			t.Errorf("a partner admin gets program costs: %+v", f)
		}
	}
	if own == 0 {
		t.Error("no figures of the partner's own, so the test proves nothing")
	}
}

func TestExchangeRateAndCostValidation(t *testing.T) {
	w := newWorld(t)
	if _, err := metrics.CreateExchangeRate(w.admin, w.client, metrics.ExchangeRateInput{Date: base, From: "EUR", To: "USD", Rate: 1.1}); err == nil {
		t.Error("a second EUR→USD rate for the same day was accepted")
	}
	if _, err := metrics.CreateExchangeRate(w.admin, w.client, metrics.ExchangeRateInput{Date: base, From: "XXX", To: "USD", Rate: 1.1}); err == nil {
		t.Error("an unknown currency was accepted")
	}
	if _, err := metrics.CreateExchangeRate(w.admin, w.client, metrics.ExchangeRateInput{Date: base, From: "CHF", To: "USD", Rate: 0}); err == nil {
		t.Error("a zero rate was accepted")
	}
	if _, err := metrics.CreateProgramCost(w.admin, w.client, metrics.ProgramCostInput{Category: "BRIBES", PeriodStart: base, PeriodEnd: base.AddDate(0, 1, 0), Amount: 1, Currency: "USD"}); err == nil {
		t.Error("an unknown category was accepted")
	}
	if _, err := metrics.CreateProgramCost(w.admin, w.client, metrics.ProgramCostInput{Category: programcost.CategoryTOOLS, PeriodStart: base, PeriodEnd: base, Amount: 1, Currency: "USD"}); err == nil {
		t.Error("an empty period was accepted")
	}
	x, err := metrics.CreateExchangeRate(w.admin, w.client, metrics.ExchangeRateInput{Date: base.Add(13 * time.Hour), From: "chf", To: "USD", Rate: 1.13})
	if err != nil || !x.Date.Equal(base) || x.FromCurrency != "CHF" {
		t.Errorf("rate = %+v, %v; want CHF from %v", x, err, base)
	}
}
