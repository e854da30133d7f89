package bench

import (
	"context"
	"encoding/json"
	"reflect"
	"testing"

	_ "github.com/lib/pq"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/internal/config"
	"github.com/partnerhub/partnerhub/internal/password"
	"github.com/partnerhub/partnerhub/internal/seed"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
)

// The programMetrics baseline answers what the server answers, figure for figure, over the demo
// data and a small generated dataset with its rates, costs and margin: grouped by tier (what the
// bench sends) and ungrouped, in USD (every rate recorded), in EUR (rates from GBP, JPY and AUD missing) and without a reporting
// currency. The bench compares three
// answers before measuring; this checks the arithmetic on every change without a bench run.
func TestProgramMetricsBaselineMatchesServer(t *testing.T) {
	if !testdb.Postgres() {
		t.Skip("the baseline's SQL is PostgreSQL's (TEST_DATABASE_URL)")
	}
	ctx := context.Background()
	db := testdb.Open(t)
	client := ent.NewClient(ent.Driver(db.Driver()))
	cfg, err := config.Load(func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	if _, err := seed.Demo(ctx, client, cfg.DemoPassword); err != nil {
		t.Fatal(err)
	}
	hash, err := password.Hash(cfg.DemoPassword)
	if err != nil {
		t.Fatal(err)
	}
	shape := Shape{Tiers: 3, Managers: 4, Partners: 60, UsersPerPartner: 3, Accounts: 200, Deals: 600}
	if _, err := Generate(ctx, db, shape, hash); err != nil {
		t.Fatal(err)
	}
	srv := apitest.Start(t, cfg, db, client)
	token := srv.Login(t, DemoLogins[RoleAdmin])
	op, _ := OpByName("programMetrics")
	b := &Baseline{DB: db.DB}
	for _, tt := range []struct{ groupBy, currency string }{{"TIER", "USD"}, {"NONE", "USD"}, {"TIER", ""}, {"NONE", "EUR"}} {
		t.Run(tt.groupBy+"/"+tt.currency, func(t *testing.T) {
			vars := op.Vars(nil, nil)
			vars["groupBy"] = tt.groupBy
			if tt.currency == "" {
				delete(vars, "currency")
			} else {
				vars["currency"] = tt.currency
			}
			res := srv.Query(t, token, op.Query, vars)
			if len(res.Errors) > 0 {
				t.Fatalf("server: %s", res.Raw)
			}
			var server, base any
			if err := json.Unmarshal(res.Data, &server); err != nil {
				t.Fatal(err)
			}
			data, err := op.Baseline(ctx, b, vars)
			if err != nil {
				t.Fatalf("baseline: %v", err)
			}
			raw, err := json.Marshal(data)
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(raw, &base); err != nil {
				t.Fatal(err)
			}
			figures, _ := server.(map[string]any)["programMetrics"].([]any)
			if !reflect.DeepEqual(server, base) {
				sj, _ := json.Marshal(server)
				t.Fatalf("the baseline differs from the server:\nserver:   %.2000s\nbaseline: %.2000s", sj, raw)
			}
			// Not vacuous: in USD converted revenue and ROPI have values (rates and margin are
			// there); in EUR some rates are missing and the figures say which.
			var converted, ropi, missing bool
			for _, f := range figures {
				f := f.(map[string]any)
				switch {
				case f["key"] == "partner_sourced_revenue" && f["converted"] == true && f["value"] != nil:
					converted = true
				case f["key"] == "ropi" && f["value"] != nil:
					ropi = true
				}
				if rates, _ := f["missingRates"].([]any); len(rates) > 0 {
					missing = true
				}
			}
			if tt.currency == "USD" && (!converted || !ropi || missing) {
				t.Errorf("%d figures, converted sourced revenue %v, ROPI %v, missing rates %v: want values and no rate missing", len(figures), converted, ropi, missing)
			}
			if tt.currency == "EUR" && !missing {
				t.Errorf("%d figures and no missing rate: want the GBP, JPY and AUD rates into EUR missing", len(figures))
			}
		})
	}
}
