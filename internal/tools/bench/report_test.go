package bench

import (
	"reflect"
	"strings"
	"testing"
)

// The printed table says where its columns were measured; a report of a run from before the direct
// instances (everything through the proxy) says nothing rather than something wrong.
func TestPrintSaysWhereColumnsWereMeasured(t *testing.T) {
	for _, tt := range []struct {
		name     string
		settings map[string]any
		want     bool
	}{
		{"direct and counted", map[string]any{"throughput_connection": "direct", "counted_burst_s": 1.0}, true},
		{"older run", map[string]any{}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var out strings.Builder
			(&Report{Settings: tt.settings, Machine: map[string]any{}, Dataset: map[string]any{}}).Print(&out)
			s := out.String()
			direct := strings.Contains(s, "connected directly to PostgreSQL")
			counted := strings.Contains(s, "behind the statement-counting proxy, 1s of the same load")
			if direct != tt.want || counted != tt.want {
				t.Errorf("notes printed = %v/%v, want %v:\n%s", direct, counted, tt.want, s)
			}
		})
	}
}

// The "vs PostGraphile" column is printed when PostGraphile was measured, with the server's ratio
// on the server's row; a run that skipped PostGraphile prints no column and says why.
func TestPrintShowsPostGraphileColumnOnlyWhenMeasured(t *testing.T) {
	server := Phase{Op: "dealsList", Endpoint: "server", Concurrency: 10, RPS: 600, VsPostGraphile: 2, CountedRequests: 5}
	pg := Phase{Op: "dealsList", Endpoint: "postgraphile", Concurrency: 10, RPS: 300}
	for _, tt := range []struct {
		name     string
		phases   []Phase
		settings map[string]any
		want     []string
		not      []string
	}{
		{"measured", []Phase{server, pg}, map[string]any{"postgraphile": map[string]any{"version": PostGraphileVersion}},
			[]string{"vs PostGraphile", "2.00×", "postgraphile", "none (users)"}, nil},
		{"node missing", []Phase{{Op: "dealsList", Endpoint: "server", Concurrency: 10, RPS: 600}},
			map[string]any{"postgraphile": "skipped: node is not installed"},
			[]string{"PostGraphile reference: skipped: node is not installed"}, []string{"vs PostGraphile"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var out strings.Builder
			(&Report{Phases: tt.phases, Settings: tt.settings, Machine: map[string]any{}, Dataset: map[string]any{}}).Print(&out)
			s := out.String()
			for _, w := range tt.want {
				if !strings.Contains(s, w) {
					t.Errorf("missing %q:\n%s", w, s)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(s, w) {
					t.Errorf("printed %q:\n%s", w, s)
				}
			}
		})
	}
}

// PostGraphile's answers are compared with the server's by their rows: the node IDs in order,
// totalCount and hasNextPage, whatever the field names.
func TestRowsOfReadsConnectionsAndNodes(t *testing.T) {
	server := rowsOf([]byte(`{"data":{"deals":{"totalCount":3,"pageInfo":{"hasNextPage":true,"endCursor":"x"},"edges":[{"cursor":"a","node":{"id":"d1","partner":{"id":"p1"}}},{"cursor":"b","node":{"id":"d2"}}]}}}`))
	pg := rowsOf([]byte(`{"data":{"allDeals":{"totalCount":3,"pageInfo":{"hasNextPage":true,"endCursor":"y"},"edges":[{"cursor":"c","node":{"id":"d1","partnerByPartnerId":{"id":"p1"}}},{"cursor":"d","node":{"id":"d2"}}]}}}`))
	if !reflect.DeepEqual(server, pg) || len(server.IDs) != 2 {
		t.Errorf("same rows read differently: %+v vs %+v", server, pg)
	}
	if other := rowsOf([]byte(`{"data":{"allDeals":{"edges":[{"node":{"id":"d2"}},{"node":{"id":"d1"}}]}}}`)); reflect.DeepEqual(server, other) {
		t.Error("rows in another order read as the same")
	}
	if n := rowsOf([]byte(`{"data":{"node":{"id":"p9","name":"x"}}}`)); !reflect.DeepEqual(n.IDs, []string{"p9"}) {
		t.Errorf("node: %+v", n)
	}
}
