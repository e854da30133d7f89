package perftest

import (
	"strings"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/internal/testsupport/sqlcount"
)

// TestProgramMetricsAggregatesInSQL: programMetrics answers every metric with a fixed number of
// statements whatever the data's size, each over deals, partners, costs, MDF payments or answers grouped in the
// database; the one exception reads the per-deal cycle lengths, which the median needs (SQLite
// has no percentile aggregate).
func TestProgramMetricsAggregatesInSQL(t *testing.T) {
	e := start(t, openDB(t), countShape)
	token := e.Login(t, "admin@vendor.test")
	now := time.Now().UTC()
	vars := map[string]any{"from": now.AddDate(-1, 0, 0).Format(time.RFC3339), "to": now.AddDate(0, 0, 1).Format(time.RFC3339), "cur": "USD"}
	for _, tt := range []struct {
		groupBy string
		budget  int // statements besides authentication
	}{
		// Rates, margin rates and one aggregate per family: closed deals, cycle lengths, decisions,
		// open deals, cohort sizes, firsts, activity, costs, MDF paid, answers; and, as the demo
		// has product margin rates, sourced revenue by product list.
		{"NONE", 13},
		// Also the partners (to map them to tiers) and the tiers' names. ROPI and retention stay
		// program-wide, but ROPI's closed deals are the partner-grouped rows summed and it needs no
		// cycle lengths, so nothing is read twice.
		{"TIER", 15},
	} {
		t.Run(tt.groupBy, func(t *testing.T) {
			vars["groupBy"] = tt.groupBy
			var out struct {
				ProgramMetrics []struct{ Key string } `json:"programMetrics"`
			}
			stmts := e.Driver.Measure(func() {
				res := e.Query(t, token, `query($from: Time!, $to: Time!, $groupBy: MetricGroupBy, $cur: String) {
  programMetrics(from: $from, to: $to, groupBy: $groupBy, currency: $cur) { key group currency value count } }`, vars)
				if len(res.Errors) > 0 {
					t.Fatalf("unexpected errors: %s", res.Raw)
				}
				res.Decode(t, &out)
			})
			if len(out.ProgramMetrics) == 0 {
				t.Fatal("no figures over the dataset")
			}
			var data []sqlcount.Statement
			for _, s := range stmts {
				if !isAuthStatement(s) {
					data = append(data, s)
				}
			}
			if len(data) != tt.budget {
				t.Errorf("%d statements, want %d:\n%s", len(data), tt.budget, describe(stmts))
			}
			for _, s := range data {
				tables := strings.Join(sqlcount.Tables(s.Query), ",")
				q := strings.ToUpper(s.Query)
				switch {
				case tables == "exchange_rates" || tables == "margin_rates" || tables == "tiers":
				case tables == "partners" && !strings.Contains(q, "CONTRACT_SIGNED_AT"): // partners to map, when grouped by tier
				case strings.Contains(q, "AS \"DAYS\"") || strings.Contains(q, "AS `DAYS`"): // cycle lengths for the median
				case strings.Contains(q, "GROUP BY") || strings.Contains(q, "COUNT(") || strings.Contains(q, "SUM("):
				default:
					t.Errorf("%s read without aggregating in the database: %s", tables, s.Query)
				}
			}
		})
	}
}
