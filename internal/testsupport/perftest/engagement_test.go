package perftest

import (
	"strings"
	"testing"
	"time"
)

// contentEngagement costs a fixed number of statements however many events, items and partners
// the period holds: the counts grouped in SQL by the group's key, then by item the partners active
// in all and the items' titles, by partner the partners' names.
func TestContentEngagementStatementsAreFixed(t *testing.T) {
	e := start(t, openDB(t), countShape)
	token := e.Login(t, "admin@vendor.test")
	const q = `query($from: Time!, $to: Time!, $groupBy: ContentEngagementGroup!) { contentEngagement(from: $from, to: $to, groupBy: $groupBy) {
  views downloads activePartners rows { key label views downloads activePartners } } }`
	now := time.Now().UTC()
	to := now.AddDate(0, 0, 1).Format(time.RFC3339)
	for group, want := range map[string]int{"CONTENT": 3, "PARTNER": 2} {
		var rows []int
		for _, from := range []time.Time{now.AddDate(0, -1, 0), now.AddDate(-1, 0, 0)} {
			vars := map[string]any{"from": from.Format(time.RFC3339), "to": to, "groupBy": group}
			stmts := e.count(t, token, q, vars)
			res := e.Query(t, token, q, vars)
			n := strings.Count(string(res.Raw), `"key"`)
			rows = append(rows, n)
			if len(stmts) != want {
				t.Errorf("%s since %s: %d statements for %d rows, want %d:\n%s", group, from.Format(time.DateOnly), len(stmts), n, want, describe(stmts))
			}
		}
		// Not vacuous: the year has many more groups than the month, and the count stayed.
		if rows[0] == 0 || rows[1] <= 2*rows[0] {
			t.Errorf("%s: %d rows for the month, %d for the year: want the year to hold many more", group, rows[0], rows[1])
		}
	}
}
