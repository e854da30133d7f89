package metrics_test

import (
	"testing"

	"entgo.io/ent/dialect/sql"

	"github.com/partnerhub/partnerhub/ent/auditevent"
	"github.com/partnerhub/partnerhub/internal/seed"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
)

// ScanRows reads what Scan reads, and refuses an entity whose interceptors rewrite results (the
// audit log's scrubbing), which rows handed out one at a time would escape.
func TestScanRowsReadsAsScanAndRefusesInterceptors(t *testing.T) {
	client := testdb.Client(t)
	ctx := sys()
	if _, err := seed.Program(ctx, client, "test-password"); err != nil {
		t.Fatal(err)
	}
	if err := client.AuditEvent.Query().Select(auditevent.FieldID).ScanRows(ctx, func(*sql.Rows) error { return nil }); err == nil {
		t.Error("ScanRows read the audit log past its scrubbing interceptor")
	}
	var viaScan []struct {
		N int `json:"n"`
	}
	count := func(s *sql.Selector) { s.Select(sql.As(sql.Count("*"), "n")) }
	if err := client.Partner.Query().Modify(count).Scan(ctx, &viaScan); err != nil {
		t.Fatal(err)
	}
	rows := 0
	var n int
	err := client.Partner.Query().Modify(count).ScanRows(ctx, func(r *sql.Rows) error {
		rows++
		return r.Scan(&n)
	})
	if err != nil || rows != 1 || n == 0 || n != viaScan[0].N {
		t.Errorf("ScanRows gave %d rows, n=%d, %v; Scan gave %+v", rows, n, err, viaScan)
	}
}
