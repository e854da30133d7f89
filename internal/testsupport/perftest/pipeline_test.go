package perftest

import (
	"strings"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/internal/testsupport/sqlcount"
)

// TestPipelineSummaryAggregatesInSQL: pipelineSummary groups and sums in the database by the
// grouping asked for (one row per group, currency and source), not per partner or per deal: one
// statement over the deals, plus one for the labels of tiers or partners.
func TestPipelineSummaryAggregatesInSQL(t *testing.T) {
	e := start(t, openDB(t), countShape)
	token := e.Login(t, "admin@vendor.test")
	now := time.Now().UTC()
	vars := map[string]any{"from": now.AddDate(-2, 0, 0).Format(time.RFC3339), "to": now.AddDate(0, 0, 1).Format(time.RFC3339)}
	for _, tt := range []struct {
		groupBy string
		budget  int // statements besides authentication
		labels  string
	}{
		{"STATUS", 1, ""},
		{"MONTH", 1, ""},
		{"PARTNER_TYPE", 1, ""},
		{"TIER", 2, "tiers"},
		{"PARTNER", 2, "partners"},
	} {
		t.Run(tt.groupBy, func(t *testing.T) {
			vars["groupBy"] = tt.groupBy
			var out struct {
				PipelineSummary []struct{ Key, Currency string } `json:"pipelineSummary"`
			}
			stmts := e.Driver.Measure(func() {
				res := e.Query(t, token, `query($from: Time!, $to: Time!, $groupBy: PipelineGroupBy!) {
  pipelineSummary(from: $from, to: $to, groupBy: $groupBy) { key label currency count amount } }`, vars)
				if len(res.Errors) > 0 {
					t.Fatalf("unexpected errors: %s", res.Raw)
				}
				res.Decode(t, &out)
			})
			if len(out.PipelineSummary) == 0 {
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
				switch {
				case strings.HasPrefix(tables, "deals"):
					if !strings.Contains(strings.ToUpper(s.Query), "GROUP BY") {
						t.Errorf("deals read without grouping in the database: %s", s.Query)
					}
				case tables != tt.labels:
					t.Errorf("unexpected statement on %s: %s", tables, s.Query)
				}
			}
		})
	}
}

// isAuthStatement is the auth middleware's read of the viewer's user row.
func isAuthStatement(s sqlcount.Statement) bool {
	tables := sqlcount.Tables(s.Query)
	return len(tables) == 1 && tables[0] == "users"
}
