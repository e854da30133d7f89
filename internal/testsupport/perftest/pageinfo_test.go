package perftest

import (
	"strings"
	"testing"

	"github.com/partnerhub/partnerhub/internal/testsupport/sqlcount"
)

// counts returns how many of stmts are a COUNT.
func counts(stmts []sqlcount.Statement) int {
	n := 0
	for _, s := range stmts {
		if strings.Contains(strings.ToUpper(s.Query), "COUNT(") {
			n++
		}
	}
	return n
}

type pageInfo struct {
	HasNextPage     bool    `json:"hasNextPage"`
	HasPreviousPage bool    `json:"hasPreviousPage"`
	StartCursor     *string `json:"startCursor"`
	EndCursor       *string `json:"endCursor"`
}

func samePageInfo(a, b pageInfo) bool {
	str := func(p *string) string {
		if p == nil {
			return "<nil>"
		}
		return *p
	}
	return a.HasNextPage == b.HasNextPage && a.HasPreviousPage == b.HasPreviousPage &&
		str(a.StartCursor) == str(b.StartCursor) && str(a.EndCursor) == str(b.EndCursor)
}

type dealsPage struct {
	Deals struct {
		TotalCount int      `json:"totalCount"`
		PageInfo   pageInfo `json:"pageInfo"`
		Edges      []struct {
			Node struct {
				ID string `json:"id"`
			} `json:"node"`
		} `json:"edges"`
	} `json:"deals"`
}

const dealsPageQuery = `query($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  deals(first: $first, after: $after, last: $last, before: $before) {
    %s pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { node { id title partner { id name } account { id name } registeredBy { id name } } } } }`

// TestPageInfoRunsNoCount: hasNextPage and hasPreviousPage come from fetching one row more than
// asked, so a connection with edges and pageInfo runs no COUNT; only totalCount runs one, on the
// top-level list and on a nested connection alike. The flags stay right on every page.
func TestPageInfoRunsNoCount(t *testing.T) {
	e := start(t, openDB(t), countShape)
	token := e.Login(t, "admin@vendor.test")
	withoutTotal := strings.Replace(dealsPageQuery, "%s", "", 1)
	withTotal := strings.Replace(dealsPageQuery, "%s", "totalCount", 1)

	run := func(t *testing.T, query string, vars map[string]any) (dealsPage, []sqlcount.Statement) {
		t.Helper()
		var page dealsPage
		stmts := e.Driver.Measure(func() {
			res := e.Query(t, token, query, vars)
			if len(res.Errors) > 0 {
				t.Fatalf("unexpected errors: %s", res.Raw)
			}
			res.Decode(t, &page)
		})
		return page, stmts
	}

	first, stmts := run(t, withoutTotal, map[string]any{"first": 50})
	if n := counts(stmts); n != 0 {
		t.Errorf("edges + pageInfo ran %d COUNT statements, want none:\n%s", n, describe(stmts))
	}
	if len(first.Deals.Edges) != 50 || !first.Deals.PageInfo.HasNextPage || first.Deals.PageInfo.HasPreviousPage {
		t.Errorf("first page: %d edges, hasNextPage %v, hasPreviousPage %v; want 50, true, false",
			len(first.Deals.Edges), first.Deals.PageInfo.HasNextPage, first.Deals.PageInfo.HasPreviousPage)
	}

	counted, stmts := run(t, withTotal, map[string]any{"first": 50})
	if n := counts(stmts); n != 1 {
		t.Errorf("edges + pageInfo + totalCount ran %d COUNT statements, want one:\n%s", n, describe(stmts))
	}
	total := counted.Deals.TotalCount
	if total <= 100 || !samePageInfo(counted.Deals.PageInfo, first.Deals.PageInfo) {
		t.Fatalf("with totalCount: total %d (want > 100, the dataset's deals), pageInfo %+v (want %+v as without)",
			total, counted.Deals.PageInfo, first.Deals.PageInfo)
	}

	// Forwards to the end: every deal once, hasNextPage false only on the last page, and no COUNT.
	seen := map[string]bool{}
	page, after := first, (*string)(nil)
	for pages := 1; ; pages++ {
		for _, edge := range page.Deals.Edges {
			seen[edge.Node.ID] = true
		}
		if pages > 1 && !page.Deals.PageInfo.HasPreviousPage {
			t.Errorf("page %d after a cursor: hasPreviousPage false", pages)
		}
		if !page.Deals.PageInfo.HasNextPage {
			if len(seen) != total {
				t.Errorf("%d pages gave %d deals, totalCount says %d", pages, len(seen), total)
			}
			break
		}
		if len(page.Deals.Edges) != 50 {
			t.Fatalf("page %d has %d edges and hasNextPage true", pages, len(page.Deals.Edges))
		}
		after = page.Deals.PageInfo.EndCursor
		page, stmts = run(t, withoutTotal, map[string]any{"first": 50, "after": *after})
		if n := counts(stmts); n != 0 {
			t.Errorf("page %d ran %d COUNT statements:\n%s", pages+1, n, describe(stmts))
		}
	}

	// Backwards: the last 5 before the first page's end cursor are a page with rows before it.
	back, stmts := run(t, withoutTotal, map[string]any{"last": 5, "before": *first.Deals.PageInfo.EndCursor})
	if n := counts(stmts); n != 0 {
		t.Errorf("last + before ran %d COUNT statements:\n%s", n, describe(stmts))
	}
	if len(back.Deals.Edges) != 5 || !back.Deals.PageInfo.HasPreviousPage || !back.Deals.PageInfo.HasNextPage {
		t.Errorf("last 5 before the 50th: %d edges, hasPreviousPage %v, hasNextPage %v; want 5, true, true",
			len(back.Deals.Edges), back.Deals.PageInfo.HasPreviousPage, back.Deals.PageInfo.HasNextPage)
	}
	if got, want := back.Deals.Edges[4].Node.ID, first.Deals.Edges[48].Node.ID; got != want {
		t.Errorf("last 5 before the 50th end with %s, want the 49th %s", got, want)
	}

	// A nested connection: hasNextPage from the rows, agreeing with the grouped COUNT of totalCount.
	const nested = `query { accounts(first: 20) { edges { node { id deals(first: 1) {
  %s pageInfo { hasNextPage } edges { node { id } } } } } } }`
	stmts = e.count(t, token, strings.Replace(nested, "%s", "", 1), nil)
	if n := counts(stmts); n != 0 {
		t.Errorf("nested edges + pageInfo ran %d COUNT statements, want none:\n%s", n, describe(stmts))
	}
	var accounts struct {
		Accounts struct {
			Edges []struct {
				Node struct {
					Deals struct {
						TotalCount int      `json:"totalCount"`
						PageInfo   pageInfo `json:"pageInfo"`
						Edges      []any    `json:"edges"`
					} `json:"deals"`
				} `json:"node"`
			} `json:"edges"`
		} `json:"accounts"`
	}
	stmts = e.Driver.Measure(func() {
		res := e.Query(t, token, strings.Replace(nested, "%s", "totalCount", 1), nil)
		if len(res.Errors) > 0 {
			t.Fatalf("unexpected errors: %s", res.Raw)
		}
		res.Decode(t, &accounts)
	})
	if n := counts(stmts); n != 1 {
		t.Errorf("nested edges + pageInfo + totalCount ran %d COUNT statements, want one:\n%s", n, describe(stmts))
	}
	more := 0
	for _, a := range accounts.Accounts.Edges {
		d := a.Node.Deals
		if d.PageInfo.HasNextPage != (d.TotalCount > 1) || len(d.Edges) != min(d.TotalCount, 1) {
			t.Errorf("nested deals: totalCount %d, %d edges, hasNextPage %v", d.TotalCount, len(d.Edges), d.PageInfo.HasNextPage)
		}
		if d.PageInfo.HasNextPage {
			more++
		}
	}
	if more == 0 {
		t.Errorf("no account of %d has more than one deal; the nested case shows nothing", len(accounts.Accounts.Edges))
	}
}
