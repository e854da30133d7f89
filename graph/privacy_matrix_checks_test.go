package graph_test

import (
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

// countsByKey adds up the counts of a pipelineSummary answer per key (over currencies).
func countsByKey(t *testing.T, data json.RawMessage) map[string]int {
	var out struct {
		PipelineSummary []struct {
			Key   string
			Count int
		}
	}
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatalf("decoding %s: %v", data, err)
	}
	sums := map[string]int{}
	for _, f := range out.PipelineSummary {
		sums[f.Key] += f.Count
	}
	return sums
}

// sumFields adds up every number in the answer by field name.
func sumFields(t *testing.T, data json.RawMessage) map[string]int {
	var root any
	if err := json.Unmarshal(data, &root); err != nil {
		t.Fatalf("decoding %s: %v", data, err)
	}
	sums := map[string]int{}
	var walk func(any)
	walk = func(node any) {
		switch n := node.(type) {
		case map[string]any:
			for k, child := range n {
				if f, ok := child.(float64); ok {
					if f != 0 {
						sums[k] += int(f)
					}
					continue
				}
				walk(child)
			}
		case []any:
			for _, child := range n {
				walk(child)
			}
		}
	}
	walk(root)
	return sums
}

func checkTotals(t *testing.T, node any, query string) {
	t.Helper()
	switch n := node.(type) {
	case map[string]any:
		total, hasTotal := n["totalCount"].(float64)
		edges, hasEdges := n["edges"].([]any)
		_, paged := n["pageInfo"]
		if hasTotal && hasEdges && !paged && int(total) != len(edges) {
			t.Errorf("totalCount %d but %d edges in %s", int(total), len(edges), query)
		}
		for _, child := range n {
			checkTotals(t, child, query)
		}
	case []any:
		for _, child := range n {
			checkTotals(t, child, query)
		}
	}
}

// collectIDs returns every "id" in data that belongs to the entity with prefix.
func collectIDs(t *testing.T, data json.RawMessage, prefix string) (all []string) {
	t.Helper()
	var root any
	if err := json.Unmarshal(data, &root); err != nil {
		t.Fatalf("decoding %s: %v", data, err)
	}
	var walk func(any)
	walk = func(node any) {
		switch n := node.(type) {
		case map[string]any:
			if id, ok := n["id"].(string); ok && strings.HasPrefix(id, prefix+"_") {
				all = append(all, id)
			}
			for _, child := range n {
				walk(child)
			}
		case []any:
			for _, child := range n {
				walk(child)
			}
		}
	}
	walk(root)
	return all
}

// sumTotals adds up every totalCount in data.
func sumTotals(t *testing.T, data json.RawMessage) int {
	t.Helper()
	var root any
	if err := json.Unmarshal(data, &root); err != nil {
		t.Fatalf("decoding %s: %v", data, err)
	}
	sum := 0
	var walk func(any)
	walk = func(node any) {
		switch n := node.(type) {
		case map[string]any:
			if c, ok := n["totalCount"].(float64); ok {
				sum += int(c)
			}
			for _, child := range n {
				walk(child)
			}
		case []any:
			for _, child := range n {
				walk(child)
			}
		}
	}
	walk(root)
	return sum
}

// expectRows compares the rows a path returned with the rows it should have returned.
func expectRows(t *testing.T, v *matrixViewer, what string, got []string, want idSet) {
	t.Helper()
	gotSet := setOf(got...)
	if reflect.DeepEqual(gotSet, want) || (len(gotSet) == 0 && len(want) == 0) {
		return
	}
	var leaked, missing []string
	for id := range gotSet {
		if !want[id] {
			leaked = append(leaked, id)
		}
	}
	for id := range want {
		if !gotSet[id] {
			missing = append(missing, id)
		}
	}
	if len(leaked) > 0 {
		t.Errorf("LEAK: %s via %s got %d rows it may not see: %v", v.name, what, len(leaked), leaked)
	}
	if len(missing) > 0 {
		t.Errorf("%s via %s is missing %d rows it may see: %v", v.name, what, len(missing), missing)
	}
}

// expectUnauthenticated: an anonymous request is refused with UNAUTHENTICATED only, and answers
// no rows at all.
func expectUnauthenticated(t *testing.T, res apitest.Response) {
	t.Helper()
	if len(res.Errors) == 0 {
		t.Fatalf("anonymous request answered without an error: %s", res.Raw)
	}
	for _, e := range res.Errors {
		if e.Code() != "UNAUTHENTICATED" {
			t.Errorf("anonymous request: error %s (%s), want UNAUTHENTICATED", e.Code(), e.Message)
		}
	}
	if len(res.Data) > 0 {
		for _, e := range matrixEntities {
			if got := collectIDs(t, res.Data, e.prefix); len(got) > 0 {
				t.Errorf("LEAK: anonymous request answered %s rows %v", e.typename, got)
			}
		}
	}
}

func expectNoErrors(t *testing.T, res apitest.Response, query string) {
	t.Helper()
	if len(res.Errors) > 0 {
		t.Fatalf("errors %v for %s: %.2000s", res.Codes(), query, res.Raw)
	}
}

// listedRows are the rows the entity's root list shows the viewer.
func listedRows(v *matrixViewer, e matrixEntity) idSet {
	if e.listed != nil && !v.anonymous() {
		return e.listed(v.scope)
	}
	return v.scope.vis[e.typename]
}

// pageSize walks a list of n rows in two or three pages, at least two rows a page.
func pageSize(n int) int { return min(100, max(2, (n+1)/2)) }

func checkConnection(t *testing.T, m *matrix, v *matrixViewer, e matrixEntity) {
	if e.list == "" {
		checkNoRootList(t, e)
		return
	}
	want := listedRows(v, e)
	q := fmt.Sprintf(`{ %s(first: 100) { totalCount pageInfo { hasNextPage } edges { node { id } } } }`, e.list)
	res := m.query(t, v, q, nil)
	if v.anonymous() {
		expectUnauthenticated(t, res)
		return
	}
	expectNoErrors(t, res, q)
	var first map[string]struct {
		TotalCount int
		PageInfo   struct{ HasNextPage bool }
	}
	res.Decode(t, &first)
	got := collectIDs(t, res.Data, e.prefix)
	if len(setOf(got...)) != len(got) {
		t.Errorf("%s lists a row twice: %v", e.list, got)
	}
	if len(want) <= 100 {
		expectRows(t, v, e.list, got, want)
	} else {
		for _, id := range got {
			if !want[id] {
				t.Errorf("LEAK: %s via %s got a row it may not see: %s", v.name, e.list, id)
			}
		}
		if len(got) != 100 {
			t.Errorf("%s(first: 100) answers %d of %d rows", e.list, len(got), len(want))
		}
	}
	if c := first[e.list]; c.TotalCount != len(want) || c.PageInfo.HasNextPage != (len(want) > 100) {
		t.Errorf("%s(first: 100): totalCount %d, hasNextPage %v; want %d rows", e.list, c.TotalCount, c.PageInfo.HasNextPage, len(want))
	}

	// Walking the connection page by page, forwards and backwards, gives the same rows.
	n := pageSize(len(want))
	for _, dir := range []struct{ name, query string }{
		{"forwards", `query($n: Int, $c: Cursor) { %s(first: $n, after: $c) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`},
		{"backwards", `query($n: Int, $c: Cursor) { %s(last: $n, before: $c) { totalCount pageInfo { hasPreviousPage startCursor } edges { node { id } } } }`},
	} {
		var walked []string
		pq := fmt.Sprintf(dir.query, e.list)
		cursor := any(nil)
		for page := 0; page < 100; page++ {
			res := m.query(t, v, pq, map[string]any{"n": n, "c": cursor})
			expectNoErrors(t, res, pq)
			var out map[string]struct {
				TotalCount int
				PageInfo   struct {
					HasNextPage, HasPreviousPage bool
					EndCursor, StartCursor       *string
				}
				Edges []struct{ Node struct{ ID string } }
			}
			res.Decode(t, &out)
			conn := out[e.list]
			if conn.TotalCount != len(want) {
				t.Errorf("%s page %d: totalCount %d, want %d", dir.name, page, conn.TotalCount, len(want))
			}
			for _, edge := range conn.Edges {
				walked = append(walked, edge.Node.ID)
			}
			more, next := conn.PageInfo.HasNextPage, conn.PageInfo.EndCursor
			if dir.name == "backwards" {
				more, next = conn.PageInfo.HasPreviousPage, conn.PageInfo.StartCursor
			}
			if !more || next == nil {
				break
			}
			cursor = *next
		}
		expectRows(t, v, e.list+" page by page "+dir.name, walked, want)
		if len(walked) != len(setOf(walked...)) {
			t.Errorf("paging %s repeats rows: %v", dir.name, walked)
		}
	}
}

// checkNoRootList: an entity the matrix reaches only through edges and node(s) has no root list
// either; if the schema grows one, the matrix must list it.
func checkNoRootList(t *testing.T, e matrixEntity) {
	for _, f := range matrixSchema(t).Query.Fields {
		if name := f.Type.Name(); name == e.typename || name == e.typename+"Connection" {
			t.Errorf("Query.%s lists %s: set its list in matrixEntities", f.Name, e.typename)
		}
	}
}

func checkTotalCount(t *testing.T, m *matrix, v *matrixViewer, e matrixEntity) {
	if e.list != "" {
		q := fmt.Sprintf(`{ %s { totalCount } }`, e.list)
		res := m.query(t, v, q, nil)
		if v.anonymous() {
			expectUnauthenticated(t, res)
		} else {
			expectNoErrors(t, res, q)
			if got, want := sumTotals(t, res.Data), len(listedRows(v, e)); got != want {
				t.Errorf("%s: totalCount %d, want %d", q, got, want)
			}
		}
	}
	for _, p := range append(slices.Clone(e.nested), e.filtered...) {
		if p.count == "" {
			continue
		}
		pages := m.run(t, v, p.count, nil)
		if v.anonymous() {
			expectUnauthenticated(t, pages[0])
			continue
		}
		got := 0
		for _, res := range pages {
			expectNoErrors(t, res, p.count)
			got += sumTotals(t, res.Data)
		}
		if want := len(p.expect(v.scope)); got != want {
			t.Errorf("LEAK or loss: %s: %s counts %d rows, want %d", v.name, p.count, got, want)
		}
	}
	period := map[string]any{"from": matrixPeriod.from.Format(time.RFC3339), "to": matrixPeriod.to.Format(time.RFC3339)}
	for _, a := range e.aggregates {
		res := m.query(t, v, a.query, period)
		if v.anonymous() {
			expectUnauthenticated(t, res)
			continue
		}
		expectNoErrors(t, res, a.query)
		if got, want := a.got(t, res.Data), a.want(v.scope); !maps.Equal(got, want) {
			t.Errorf("LEAK or loss: %s: %s answers %v, want %v", v.name, a.name, got, want)
		}
	}
}

func runProbes(t *testing.T, m *matrix, v *matrixViewer, e matrixEntity, probes []probe) {
	if len(probes) == 0 {
		t.Fatalf("%s has no probes for this path; add at least one", e.typename)
	}
	for _, p := range probes {
		var vars map[string]any
		if p.vars != nil {
			vars = p.vars(m.w)
		}
		pages := m.run(t, v, p.query, vars)
		if v.anonymous() {
			expectUnauthenticated(t, pages[0])
			continue
		}
		var got []string
		for _, res := range pages {
			if p.notFound {
				// Rows asked for by ID that the viewer may not see answer NOT_FOUND at their own
				// place (the nodes(ids:) path checks which); nothing else may fail.
				for _, gqlErr := range res.Errors {
					if _, ok := nodesIndex(gqlErr); !ok || len(gqlErr.Path) != 2 || gqlErr.Code() != "NOT_FOUND" {
						t.Fatalf("%s: error %+v", p.name, gqlErr)
					}
				}
			} else {
				expectNoErrors(t, res, p.query)
			}
			got = append(got, collectIDs(t, res.Data, e.prefix)...)
		}
		expectRows(t, v, p.name, got, p.expect(v.scope))
	}
}

func checkNested(t *testing.T, m *matrix, v *matrixViewer, e matrixEntity) {
	runProbes(t, m, v, e, e.nested)
}

func checkFiltered(t *testing.T, m *matrix, v *matrixViewer, e matrixEntity) {
	runProbes(t, m, v, e, e.filtered)
}
