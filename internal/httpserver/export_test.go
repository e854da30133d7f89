package httpserver_test

import (
	"context"
	"encoding/csv"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/partnerhub/partnerhub/ent/deal"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// export GETs /export/{list} with the given query parameters as token's owner.
func export(t *testing.T, s *apitest.Server, token, list string, params url.Values) (int, [][]string, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, s.URL+"/export/"+list+"?"+params.Encode(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res := s.Send(t, req)
	if res.Status != http.StatusOK {
		return res.Status, nil, string(res.Raw)
	}
	if ct := res.Header.Get("Content-Type"); ct != "text/csv; charset=utf-8" || !strings.Contains(res.Header.Get("Content-Disposition"), "attachment") {
		t.Errorf("export headers: %v", res.Header)
	}
	rows, err := csv.NewReader(strings.NewReader(string(res.Raw))).ReadAll()
	if err != nil {
		t.Fatalf("not CSV: %v\n%s", err, res.Raw)
	}
	return res.Status, rows, ""
}

// TestCSVExportStreamsAnyListWithTheViewersPrivacy: a list exports whole, page after page, with
// the columns asked for; a partner's export holds only what that partner reads; a column the
// viewer may not read refuses the export rather than leaving it blank; filters apply.
func TestCSVExportStreamsAnyListWithTheViewersPrivacy(t *testing.T) {
	s := apitest.New(t)
	ctx := viewer.NewContext(context.Background(), viewer.System())
	admin := s.Login(t, "admin@vendor.test")
	fields := url.Values{"fields": {"title,status,amount,currency,partner.name"}}

	status, rows, body := export(t, s, admin, "deals", fields)
	if status != http.StatusOK {
		t.Fatalf("vendor export: %d %s", status, body)
	}
	all := s.Client.Deal.Query().CountX(ctx)
	if all <= 100 || len(rows) != all+1 {
		t.Fatalf("vendor export: %d rows for %d deals (more than one page expected)", len(rows)-1, all)
	}
	if strings.Join(rows[0], ",") != "title,status,amount,currency,partner.name" {
		t.Errorf("header %v", rows[0])
	}

	acme := s.Login(t, "admin@acme-reseller.test")
	_, rows, body = export(t, s, acme, "deals", fields)
	own := s.Client.Deal.Query().Where(deal.HasPartnerWith(partner.Name("Acme Reseller"))).CountX(ctx)
	if len(rows) != own+1 {
		t.Fatalf("partner export: %d rows, %d own deals (%s)", len(rows)-1, own, body)
	}
	for _, r := range rows[1:] {
		if r[4] != "Acme Reseller" {
			t.Fatalf("a partner's export holds another partner's deal: %v", r)
		}
	}

	submitted := url.Values{"fields": {"title,status"}, "where": {`{"status": "SUBMITTED"}`}}
	_, rows, _ = export(t, s, admin, "deals", submitted)
	if want := s.Client.Deal.Query().Where(deal.StatusEQ("SUBMITTED")).CountX(ctx); len(rows) != want+1 {
		t.Errorf("filtered export: %d rows, want %d", len(rows)-1, want)
	}
	for _, r := range rows[1:] {
		if r[1] != "SUBMITTED" {
			t.Fatalf("filter not applied: %v", r)
		}
	}

	if status, _, body := export(t, s, acme, "accounts", url.Values{"fields": {"name,ownerKind"}}); status != http.StatusForbidden {
		t.Errorf("a partner exporting a vendor-only column: %d %s", status, body)
	}
	for name, params := range map[string]url.Values{
		"no such list":       {"fields": {"title"}},
		"a column not there": {"fields": {"title,secret"}},
		"an object column":   {"fields": {"partner"}},
		"no columns":         {},
		"where not JSON":     {"fields": {"title"}, "where": {"{"}},
	} {
		list := "deals"
		if name == "no such list" {
			list = "secrets"
		}
		if status, _, body := export(t, s, admin, list, params); status != http.StatusBadRequest || !strings.Contains(body, "BAD_USER_INPUT") {
			t.Errorf("%s: %d %s", name, status, body)
		}
	}
	if status, _, _ := export(t, s, "", "deals", fields); status != http.StatusUnauthorized {
		t.Errorf("anonymous export: %d", status)
	}
}
