package httpserver_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/partnerhub/partnerhub/ent/deal"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/internal/deal/status"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// TestCSVExportOfPartnerPerformance: the partner list exports its performance columns, money per
// currency in one cell ("EUR 1250000; USD 480000", docs/csv.md) recomputed here from the raw rows;
// the notes of a partner export for the channel team and refuse partners.
func TestCSVExportOfPartnerPerformance(t *testing.T) {
	s := apitest.New(t)
	ctx := viewer.NewContext(context.Background(), viewer.System())
	pam := s.Login(t, "pam@vendor.test")
	cols := "name,performance.openPipelineText,performance.openDeals,performance.wonDeals,performance.risk,performance.riskReasonsText,performance.tierProgressText,performance.healthScore"
	status_, rows, body := export(t, s, pam, "partners", url.Values{"fields": {cols}})
	if status_ != http.StatusOK {
		t.Fatalf("export: %d %s", status_, body)
	}
	if strings.Join(rows[0], ",") != cols {
		t.Errorf("header %v", rows[0])
	}
	partners := s.Client.Partner.Query().AllX(ctx)
	if len(rows) != len(partners)+1 {
		t.Fatalf("%d rows for %d partners", len(rows)-1, len(partners))
	}
	byName := map[string][]string{}
	for _, r := range rows[1:] {
		byName[r[0]] = r
	}
	checked := 0
	for _, p := range partners {
		open := s.Client.Deal.Query().Where(deal.PartnerID(p.ID), deal.StatusIn(status.Submitted, status.Approved)).AllX(ctx)
		sum := map[string]int64{}
		for _, d := range open {
			sum[d.Currency] += d.Amount
		}
		var cells []string
		for c, a := range sum {
			cells = append(cells, fmt.Sprintf("%s %d", c, a))
		}
		sort.Strings(cells)
		r := byName[p.Name]
		if r == nil {
			t.Fatalf("no row for %s", p.Name)
		}
		if r[1] != strings.Join(cells, "; ") || r[2] != strconv.Itoa(len(open)) {
			t.Errorf("%s: pipeline %q (%s deals), want %q (%d)", p.Name, r[1], r[2], strings.Join(cells, "; "), len(open))
		}
		if r[4] != "LOW" && r[4] != "MEDIUM" && r[4] != "HIGH" {
			t.Errorf("%s: risk %q", p.Name, r[4])
		}
		if (r[4] == "LOW") != (r[5] == "") {
			t.Errorf("%s: risk %s with reasons %q", p.Name, r[4], r[5])
		}
		if len(open) > 0 {
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("no partner has open deals: the export proves little")
	}

	acme := s.Client.Partner.Query().Where(partner.Slug("acme-reseller")).OnlyX(ctx)
	notes := url.Values{"fields": {"createdAt,author.name,body"}, "where": {`{"partnerID":"` + acme.ID + `"}`},
		"orderBy": {`{"field":"CREATED_AT","direction":"DESC"}`}}
	status_, rows, body = export(t, s, pam, "partnerNotes", notes)
	if status_ != http.StatusOK || len(rows) < 3 {
		t.Fatalf("notes export: %d %v %s", status_, rows, body)
	}
	if status_, _, body = export(t, s, s.Login(t, "admin@acme-reseller.test"), "partnerNotes", notes); status_ == http.StatusOK || !strings.Contains(body, "FORBIDDEN") {
		t.Errorf("a partner admin exports notes: %d %s", status_, body)
	}
}
