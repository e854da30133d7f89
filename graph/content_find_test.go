package graph_test

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"

	"entgo.io/contrib/entgql"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/content"
	"github.com/partnerhub/partnerhub/ent/user"
	contentpkg "github.com/partnerhub/partnerhub/internal/content"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
	"github.com/partnerhub/partnerhub/internal/testsupport/sqlcount"
)

type contentPage struct {
	Contents struct {
		TotalCount int
		Edges      []struct {
			Cursor string
			Node   struct{ ID string }
		}
		PageInfo struct {
			HasNextPage, HasPreviousPage bool
			StartCursor, EndCursor       *string
		}
	}
}

// pageContents pages through every item of contents(orderBy) three at a time, forwards with
// first/after or backwards with last/before, and returns the IDs in list order.
func pageContents(t *testing.T, s *apitest.Server, token, order, direction string, backwards bool) []string {
	t.Helper()
	var ids []string
	var cursor *string
	total := 0
	defer func() {
		if len(ids) != total {
			t.Errorf("totalCount %d, paged through %d items", total, len(ids))
		}
	}()
	for range 100 {
		vars := map[string]any{"orderBy": map[string]any{"field": order, "direction": direction}}
		q := `query($orderBy: ContentOrder, $cursor: Cursor) { contents(first: 3, after: $cursor, orderBy: $orderBy) {
			totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`
		if backwards {
			q = strings.NewReplacer("first: 3, after:", "last: 3, before:").Replace(q)
		}
		if cursor != nil {
			vars["cursor"] = *cursor
		}
		var page contentPage
		s.Query(t, token, q, vars).Decode(t, &page)
		var got []string
		if total = page.Contents.TotalCount; total == 0 {
			t.Fatal("totalCount 0")
		}
		for _, e := range page.Contents.Edges {
			got = append(got, e.Node.ID)
		}
		if backwards {
			ids = append(got, ids...)
			if !page.Contents.PageInfo.HasPreviousPage {
				return ids
			}
			cursor = page.Contents.PageInfo.StartCursor
		} else {
			ids = append(ids, got...)
			if !page.Contents.PageInfo.HasNextPage {
				return ids
			}
			cursor = page.Contents.PageInfo.EndCursor
		}
	}
	t.Fatal("more than 100 pages")
	return nil
}

// TestContentsByPopularityPageThroughEveryItem records views and a download through the API and the
// file route, then pages through every item three at a time in both directions, most and least
// popular first, and compares with the order recomputed from the raw event rows: all of them for
// the vendor, Acme's own for Acme's admin, none for a sales rep (every item ties, the ID decides).
func TestContentsByPopularityPageThroughEveryItem(t *testing.T) {
	s := apitest.New(t)
	admin, acme, sales := s.Login(t, vendorAdmin), s.Login(t, acmeAdmin), s.Login(t, acmeSales)
	// A new item for every tier: nobody has opened it yet.
	fresh := mustCreateContent(t, s, admin, map[string]any{"title": "Channel newsletter", "kind": "CAMPAIGN_KIT"}, "news.pdf", samplePDF("news"))
	publishContent(t, s, admin, fresh.ID, nil)
	visible := contentIDs(t, s, sales, "")
	recorded := 0
	for id := range visible {
		if id == fresh.ID {
			continue
		}
		for _, token := range []string{acme, sales, sales} {
			s.Query(t, token, `mutation($id: ID!) { recordContentView(input: {id: $id}) { content { id } } }`, map[string]any{"id": id}).Decode(t, &struct{}{})
		}
		if recorded++; recorded == 2 {
			break
		}
	}
	withFile := s.Client.Content.Query().Where(content.StatusEQ(content.StatusPUBLISHED), content.FileIDNotNil(), content.MinTierIDIsNil()).FirstX(sysCtx())
	if res, _ := download(t, s, sales, "/files/"+withFile.FileID, nil); res.StatusCode != http.StatusOK {
		t.Fatalf("download: %d", res.StatusCode)
	}

	acmeID := s.Client.User.Query().Where(user.Email(acmeAdmin)).OnlyX(sysCtx()).PartnerID
	events := s.Client.ContentEvent.Query().AllX(sysCtx())
	for _, v := range []struct {
		name, token string
		counts      func(partnerID string) bool
	}{
		{"vendor", admin, func(string) bool { return true }},
		{"Acme's admin", acme, func(p string) bool { return p == acmeID }},
		{"Acme's sales rep", sales, func(string) bool { return false }},
	} {
		popularity := map[string]int{}
		for _, e := range events {
			if v.counts(e.PartnerID) {
				popularity[e.ContentID]++
			}
		}
		items := contentIDs(t, s, v.token, "")
		zero, some := 0, 0
		for id := range items {
			if popularity[id] == 0 {
				zero++
			} else {
				some++
			}
		}
		if zero == 0 || (some == 0) != (v.name == "Acme's sales rep") {
			t.Fatalf("%s: %d items with events, %d without: the data does not test the order", v.name, some, zero)
		}
		for _, direction := range []string{"DESC", "ASC"} {
			want := make([]string, 0, len(items))
			for id := range items {
				want = append(want, id)
			}
			slices.SortFunc(want, func(a, b string) int {
				c := popularity[a] - popularity[b]
				if c == 0 {
					c = strings.Compare(a, b)
				}
				if direction == "DESC" {
					return -c
				}
				return c
			})
			for _, backwards := range []bool{false, true} {
				t.Run(fmt.Sprintf("%s %s backwards=%v", v.name, direction, backwards), func(t *testing.T) {
					got := pageContents(t, s, v.token, "POPULARITY", direction, backwards)
					if !slices.Equal(got, want) {
						t.Errorf("order:\n got %v\nwant %v", counted(got, popularity), counted(want, popularity))
					}
				})
			}
		}
	}
}

func counted(ids []string, n map[string]int) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = fmt.Sprintf("%s=%d", id, n[id])
	}
	return out
}

// TestContentsPopularityIsOneStatement: the popularity is counted inside the list's own SQL, so
// ordering by it runs as many statements as ordering by a column.
func TestContentsPopularityIsOneStatement(t *testing.T) {
	s := apitest.New(t)
	drv := sqlcount.Wrap(s.DB.Driver())
	client := ent.NewClient(ent.Driver(drv))
	first := 20
	statements := func(order *ent.ContentOrderField) []sqlcount.Statement {
		q := client.Content.Query()
		if order == ent.ContentOrderFieldPopularityCount {
			popularity, err := contentpkg.Popularity(sysCtx(), client)
			if err != nil {
				t.Fatal(err)
			}
			q.Modify(popularity)
		}
		return drv.Measure(func() {
			if _, err := q.Paginate(sysCtx(), nil, &first, nil, nil, ent.WithContentOrder(&ent.ContentOrder{Field: order, Direction: entgql.OrderDirectionDesc})); err != nil {
				t.Fatal(err)
			}
		})
	}
	byPopularity, byTitle := statements(ent.ContentOrderFieldPopularityCount), statements(ent.ContentOrderFieldTitle)
	if len(byPopularity) != len(byTitle) || !strings.Contains(byPopularity[len(byPopularity)-1].Query, "content_events") {
		t.Errorf("by popularity %v\nby title %v", byPopularity, byTitle)
	}
}

// TestContentsByMinimumTier: minTierId keeps the items of that minimum tier, or with none for "",
// and a partner filters only the items they may see (a higher tier's finds nothing).
func TestContentsByMinimumTier(t *testing.T) {
	s := apitest.New(t)
	admin, acme := s.Login(t, vendorAdmin), s.Login(t, acmeAdmin)
	all := s.Client.Content.Query().AllX(sysCtx())
	acmeSees := contentIDs(t, s, acme, "")
	tierIDs := map[string]bool{"": true}
	for _, c := range all {
		tierIDs[c.MinTierID] = true
	}
	if len(tierIDs) < 3 {
		t.Fatalf("the demo library uses %d minimum tiers", len(tierIDs))
	}
	found := map[string]int{}
	for tierID := range tierIDs {
		wantVendor, wantAcme := map[string]bool{}, map[string]bool{}
		for _, c := range all {
			if c.MinTierID == tierID {
				wantVendor[c.ID] = true
				if acmeSees[c.ID] {
					wantAcme[c.ID] = true
				}
			}
		}
		arg := fmt.Sprintf(", minTierId: %q", tierID)
		if got := contentIDs(t, s, admin, arg); !mapsEqual(got, wantVendor) || len(got) == 0 {
			t.Errorf("vendor, min tier %q: %d items, want %d", tierID, len(got), len(wantVendor))
		}
		got := contentIDs(t, s, acme, arg)
		if !mapsEqual(got, wantAcme) {
			t.Errorf("Acme, min tier %q: %d items, want %d", tierID, len(got), len(wantAcme))
		}
		found[fmt.Sprint(len(got) > 0)]++
	}
	if found["true"] == 0 || found["false"] == 0 {
		t.Errorf("Acme found items for %d tiers and none for %d: want both cases", found["true"], found["false"])
	}
	platinum := tierIDNamed(t, s, "Platinum")
	if got := contentIDs(t, s, acme, fmt.Sprintf(", minTierId: %q", platinum)); len(got) != 0 {
		t.Errorf("Acme (Gold) finds %d Platinum items", len(got))
	}
}

func mapsEqual(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

func searchTitles(t *testing.T, s *apitest.Server, token, text string) []string {
	t.Helper()
	var out struct {
		Contents struct {
			Edges []struct{ Node struct{ Title string } }
		}
	}
	s.Query(t, token, `query($q: String) { contents(first: 100, search: $q, orderBy: {field: TITLE}) { edges { node { title } } } }`,
		map[string]any{"q": text}).Decode(t, &out)
	var titles []string
	for _, e := range out.Contents.Edges {
		titles = append(titles, e.Node.Title)
	}
	return titles
}

// TestContentSearch: on both databases search matches substrings of title, summary and tags
// ignoring case; on PostgreSQL it also matches English word forms, and SQLite does not.
func TestContentSearch(t *testing.T) {
	s := apitest.New(t)
	admin := s.Login(t, vendorAdmin)
	for text, want := range map[string][]string{
		"PLAYBOOK":       {"Discovery call playbook", "Renewal playbook"},
		"TEN OBJECTIONS": {"Objection handling cards"},
		"sd-WAN":         {"SD-WAN migration runbook"},
		"co-Marketin":    {"Spring demand-gen campaign kit"},
		"100%":           nil,
	} {
		got := searchTitles(t, s, admin, text)
		for _, w := range want {
			if !slices.Contains(got, w) {
				t.Errorf("search %q: %v lacks %q", text, got, w)
			}
		}
		if want == nil && len(got) != 0 {
			t.Errorf("search %q: %v, want nothing", text, got)
		}
	}
	postgres := s.DB.Dialect == "postgres"
	for text, want := range map[string]string{"partnering": "Partner program guide", "decks": "Platform overview deck", "renewing": "Renewal playbook"} {
		got := searchTitles(t, s, admin, text)
		if slices.Contains(got, want) != postgres {
			t.Errorf("search %q (postgres %v): %v", text, postgres, got)
		}
	}
	if !postgres {
		return
	}
	// The text search can be served by the GIN index (with sequential scans off, as on a big library).
	tx, err := s.DB.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.Exec("SET LOCAL enable_seqscan = off"); err != nil {
		t.Fatal(err)
	}
	rows, err := tx.Query(`EXPLAIN SELECT id FROM contents WHERE to_tsvector('english', "contents"."title" || ' ' || "contents"."summary" || ' ' || "contents"."tags"::text) @@ plainto_tsquery('english', $1)`, "decks")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan strings.Builder
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			t.Fatal(err)
		}
		plan.WriteString(line + "\n")
	}
	if !strings.Contains(plan.String(), "manual_content_search") {
		var indexes string
		tx.QueryRow(`SELECT string_agg(indexdef, E'\n') FROM pg_indexes WHERE tablename = 'contents' AND schemaname = current_schema()`).Scan(&indexes)
		t.Errorf("the search does not use the GIN index:\n%s\nindexes:\n%s", plan.String(), indexes)
	}
}
