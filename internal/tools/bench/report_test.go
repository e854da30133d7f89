package bench

import (
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
