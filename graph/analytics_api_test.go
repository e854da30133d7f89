package graph_test

import (
	"testing"

	"github.com/partnerhub/partnerhub/internal/metrics"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

const metricsQuery = `query($cur: String) { programMetrics(from: "2022-06-01T00:00:00Z", to: "2027-06-01T00:00:00Z", groupBy: MONTH, currency: $cur) {
  key group groupLabel currency converted value numerator denominator count note missingRates { from to date } } }`

type figureJSON struct {
	Key, Group, GroupLabel string
	Currency               *string
	Converted              bool
	Value                  *float64
	Count                  int
	MissingRates           []struct{ From, To, Date string }
}

// Program analytics is the vendor's: ADMIN and CHANNEL_MANAGER read the metrics and their inputs;
// partner users are refused at the directive and find no rates, costs or margins by ID; anonymous
// callers must sign in.
func TestAnalyticsReadMatrix(t *testing.T) {
	s := apitest.New(t)
	admin := s.Login(t, vendorAdmin)
	var rates struct {
		ExchangeRates struct {
			TotalCount int
			Edges      []struct{ Node struct{ ID string } }
		}
		ProgramCosts struct{ TotalCount int }
		MarginRates  struct {
			TotalCount int
			Edges      []struct{ Node struct{ ID string } }
		}
	}
	lists := `{ exchangeRates(first: 1) { totalCount edges { node { id } } } programCosts { totalCount } marginRates(first: 1) { totalCount edges { node { id } } } }`
	s.Query(t, admin, lists, nil).Decode(t, &rates)
	if rates.ExchangeRates.TotalCount == 0 || rates.ProgramCosts.TotalCount == 0 || rates.MarginRates.TotalCount == 0 {
		t.Fatalf("the demo program has no analytics inputs: %+v", rates)
	}
	rateID, marginID := rates.ExchangeRates.Edges[0].Node.ID, rates.MarginRates.Edges[0].Node.ID
	queries := map[string]string{
		"lists":             lists,
		"metricDefinitions": `{ metricDefinitions { key name formula window } }`,
		"programMetrics":    `{ programMetrics(from: "2022-06-01T00:00:00Z", to: "2027-06-01T00:00:00Z") { key value } }`,
	}
	for _, v := range []struct {
		email  string
		vendor bool
	}{{vendorAdmin, true}, {pam, true}, {emeaPam, true}, {acmeAdmin, false}, {acmeSales, false}, {globexAdmin, false}} {
		token := s.Login(t, v.email)
		for name, q := range queries {
			res := s.Query(t, token, q, nil)
			if v.vendor && len(res.Errors) > 0 {
				t.Errorf("%s: %s: %v", v.email, name, res.Codes())
			}
			if !v.vendor {
				for _, e := range res.Errors {
					if e.Code() != "FORBIDDEN" {
						t.Errorf("%s: %s: %v", v.email, name, res.Codes())
					}
				}
				if len(res.Errors) == 0 {
					t.Errorf("%s: %s answered a partner user", v.email, name)
				}
			}
		}
		for _, id := range []string{rateID, marginID} {
			res := s.Query(t, token, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": id})
			if v.vendor && len(res.Errors) > 0 {
				t.Errorf("%s reads %s: %v", v.email, id, res.Codes())
			}
			if !v.vendor {
				res.ExpectCode(t, "NOT_FOUND")
			}
		}
	}
	for name, q := range queries {
		res := s.Query(t, "", q, nil)
		if len(res.Errors) == 0 || res.Codes()[0] != "UNAUTHENTICATED" {
			t.Errorf("anonymous %s: %v", name, res.Codes())
		}
	}
}

// An admin records a rate the figures lacked, and the converted figure appears; the definitions
// carry the fixed fields, and every figure names a defined metric.
func TestProgramMetricsOverTheAPI(t *testing.T) {
	s := apitest.New(t)
	admin := s.Login(t, vendorAdmin)
	var defs struct {
		MetricDefinitions []struct{ Key, Name, Formula, Window, Numerator, Denominator, CurrencyPolicy, Unit string }
	}
	s.Query(t, admin, `{ metricDefinitions { key name formula window numerator denominator currencyPolicy unit } }`, nil).Decode(t, &defs)
	if len(defs.MetricDefinitions) != len(metrics.Definitions) {
		t.Fatalf("%d definitions, want %d", len(defs.MetricDefinitions), len(metrics.Definitions))
	}
	known := map[string]bool{}
	for _, d := range defs.MetricDefinitions {
		if d.Formula == "" || d.Window == "" || d.Name == "" || d.CurrencyPolicy == "" {
			t.Errorf("definition %s lacks a field: %+v", d.Key, d)
		}
		known[d.Key] = true
	}
	converted := func(cur string) (figures []figureJSON) {
		var out struct{ ProgramMetrics []figureJSON }
		s.Query(t, admin, metricsQuery, map[string]any{"cur": cur}).Decode(t, &out)
		for _, f := range out.ProgramMetrics {
			if !known[f.Key] {
				t.Errorf("figure of an unknown metric %q", f.Key)
			}
			if f.Key == string(metrics.SourcedRevenue) && f.Converted {
				figures = append(figures, f)
			}
		}
		return figures
	}
	// The demo records EUR↔USD only: in GBP every month with a deal names its missing rate.
	gbp := converted("GBP")
	if len(gbp) == 0 {
		t.Fatal("no converted figures")
	}
	for _, f := range gbp {
		if f.Value != nil || len(f.MissingRates) == 0 || f.MissingRates[0].To != "GBP" {
			t.Fatalf("a GBP figure without the rates: %+v", f)
		}
	}
	for _, from := range []string{"USD", "EUR"} {
		res := s.Query(t, admin, `mutation($in: CreateExchangeRateInput!) { createExchangeRate(input: $in) { exchangeRate { id date rate } } }`,
			map[string]any{"in": map[string]any{"date": "2019-01-01T00:00:00Z", "from": from, "to": "GBP", "rate": 0.8}})
		if len(res.Errors) > 0 {
			t.Fatalf("createExchangeRate: %v", res.Codes())
		}
	}
	for _, f := range converted("GBP") {
		if f.Value == nil || len(f.MissingRates) > 0 {
			t.Errorf("with the rates recorded, %+v", f)
		}
	}
	// Only ADMIN records costs and margins; bad input names its field.
	pamToken := s.Login(t, pam)
	cost := `mutation($in: CreateProgramCostInput!) { createProgramCost(input: $in) { programCost { id amount currency } } }`
	in := map[string]any{"category": "SPIFF", "periodStart": "2026-01-01T00:00:00Z", "periodEnd": "2026-02-01T00:00:00Z", "amount": 5000, "currency": "usd"}
	s.Query(t, pamToken, cost, map[string]any{"in": in}).ExpectCode(t, "FORBIDDEN")
	if res := s.Query(t, admin, cost, map[string]any{"in": in}); len(res.Errors) > 0 {
		t.Fatalf("createProgramCost: %v", res.Codes())
	}
	in["currency"] = "XYZ"
	if e := s.Query(t, admin, cost, map[string]any{"in": in}).ExpectCode(t, "BAD_USER_INPUT"); e.Extensions["field"] != "currency" {
		t.Errorf("bad currency: %+v", e)
	}
	s.Query(t, pamToken, `mutation { setMarginRate(input: {rateBps: 4000}) { marginRate { rateBps } } }`, nil).ExpectCode(t, "FORBIDDEN")
	if res := s.Query(t, admin, `mutation { setMarginRate(input: {rateBps: 4000}) { marginRate { rateBps } } }`, nil); len(res.Errors) > 0 {
		t.Fatalf("setMarginRate: %v", res.Codes())
	}
}

// Rates import from CSV all or nothing: a bad row is reported and nothing is written; a good file
// is written, and its rates convert the figures that lacked them.
func TestImportExchangeRates(t *testing.T) {
	s := apitest.New(t)
	admin := s.Login(t, vendorAdmin)
	const q = `mutation($in: ImportCsvInput!) { importExchangeRates(input: $in) { report { rows created errors { row field message } } } }`
	var out struct {
		ImportExchangeRates struct {
			Report struct {
				Rows, Created int
				Errors        []struct {
					Row          int
					Field, Issue string
				}
			}
		}
	}
	bad := "date,from,to,rate\n2019-01-01,USD,GBP,0.8\n2019-01-01,EUR,GBP,nope\n"
	s.Query(t, admin, q, map[string]any{"in": map[string]any{"csv": bad, "dryRun": false}}).Decode(t, &out)
	if r := out.ImportExchangeRates.Report; r.Created != 0 || len(r.Errors) != 1 || r.Errors[0].Row != 2 || r.Errors[0].Field != "rate" {
		t.Fatalf("bad file: %+v", r)
	}
	good := "date,from,to,rate\n2019-01-01,USD,GBP,0.8\n2019-01-01,EUR,GBP,0.85\n"
	s.Query(t, admin, q, map[string]any{"in": map[string]any{"csv": good, "dryRun": false}}).Decode(t, &out)
	if r := out.ImportExchangeRates.Report; r.Created != 2 || len(r.Errors) != 0 {
		t.Fatalf("good file: %+v", r)
	}
	var figs struct{ ProgramMetrics []figureJSON }
	s.Query(t, admin, metricsQuery, map[string]any{"cur": "GBP"}).Decode(t, &figs)
	for _, f := range figs.ProgramMetrics {
		if f.Converted && len(f.MissingRates) > 0 {
			t.Errorf("still missing a rate after the import: %+v", f)
		}
	}
	s.Query(t, s.Login(t, pam), q, map[string]any{"in": map[string]any{"csv": good, "dryRun": true}}).ExpectCode(t, "FORBIDDEN")
}
