package httpserver_test

import (
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

func metricsText(t *testing.T, s *apitest.Server) string {
	t.Helper()
	r := get(t, s, "/metrics")
	if r.status != http.StatusOK {
		t.Fatalf("GET /metrics = %d %s", r.status, r.body)
	}
	return r.body
}

func TestMetrics(t *testing.T) {
	s := start(t, nil)
	if res := postGraphQL(t, s, "Ping", "query Ping { __typename }"); res.Status != http.StatusOK || len(res.Errors) > 0 {
		t.Fatalf("Ping = %d %s", res.Status, res.Raw)
	}
	if res := postGraphQL(t, s, "TooMany", "query TooMany { partners(first: 1000) { totalCount } }"); len(res.Errors) == 0 {
		t.Fatalf("TooMany succeeded: %s", res.Raw)
	}
	body := metricsText(t, s)
	for _, line := range []string{
		`partnerhub_graphql_requests_total{operation="Ping",outcome="ok"} 1`,
		`partnerhub_graphql_request_duration_seconds_count{operation="Ping",outcome="ok"} 1`,
		// A failed operation is counted under its error code, so alerts can tell abuse from outages.
		`partnerhub_graphql_requests_total{operation="TooMany",outcome="BAD_USER_INPUT"} 1`,
	} {
		if !strings.Contains(body, "\n"+line+"\n") {
			t.Errorf("/metrics lacks the line %q", line)
		}
	}
	// Connection pool stats (collectors.NewDBStatsCollector names them go_sql_* and puts
	// "partnerhub" in the db_name label).
	for _, series := range []string{
		`go_sql_max_open_connections{db_name="partnerhub"} `,
		`go_sql_open_connections{db_name="partnerhub"} `,
		`go_sql_in_use_connections{db_name="partnerhub"} `,
		`go_sql_wait_count_total{db_name="partnerhub"} `,
	} {
		if !strings.Contains(body, "\n"+series) {
			t.Errorf("/metrics lacks the series %q", series)
		}
	}
}

// TestMetricsBoundOperationNames: clients choose operation names, so a script sending random
// names must not create unbounded label values.
func TestMetricsBoundOperationNames(t *testing.T) {
	// More requests than the default anonymous budget: this test is about metrics, not limits.
	s := start(t, map[string]string{"RATE_LIMIT_ANONYMOUS": "1000"})
	const names = 250
	for i := range names {
		name := fmt.Sprintf("Op%d", i)
		if res := postGraphQL(t, s, name, "query "+name+" { __typename }"); len(res.Errors) > 0 {
			t.Fatalf("%s: %s", name, res.Raw)
		}
	}
	body := metricsText(t, s)
	labels := regexp.MustCompile(`(?m)^partnerhub_graphql_requests_total\{operation="([^"]*)"`).FindAllStringSubmatch(body, -1)
	if len(labels) > 201 {
		t.Errorf("%d operation label values after %d distinct names; want at most 200 plus \"other\"", len(labels), names)
	}
	if !strings.Contains(body, `partnerhub_graphql_requests_total{operation="other",outcome="ok"}`) {
		t.Error(`names beyond the bound are not counted as operation="other"`)
	}
}
