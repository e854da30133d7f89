package graph_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/partnerhub/partnerhub/internal/ids"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

// nodeError is what a client learns from a missing node: code, message and extensions, with the ID
// it asked for taken out.
func nodeError(e apitest.Error, id string) string {
	b, _ := json.Marshal(map[string]any{"message": strings.ReplaceAll(e.Message, id, "<id>"), "extensions": e.Extensions})
	return string(b)
}

type nodeAnswer struct {
	Typename string `json:"__typename"`
	ID       string `json:"id"`
}

// checkNodeAnswers compares answers (by position) and errors (by key) for the rows of e plus one
// ID that exists nowhere, which comes last.
func checkNodeAnswers(t *testing.T, v *matrixViewer, e matrixEntity, asked []string, answers []*nodeAnswer, errs map[int]apitest.Error) {
	t.Helper()
	missing := len(asked) - 1
	missingErr, ok := errs[missing]
	if !ok || missingErr.Code() != "NOT_FOUND" || answers[missing] != nil {
		t.Fatalf("an ID that exists nowhere: answer %v, error %+v; want null and NOT_FOUND", answers[missing], missingErr)
	}
	want := nodeError(missingErr, asked[missing])
	for i, id := range asked[:missing] {
		got, gotErr := answers[i], errs[i]
		if v.scope.vis[e.typename][id] {
			if got == nil || got.ID != id || got.Typename != e.typename {
				t.Errorf("%s may see %s %s but got %+v (error %+v)", v.name, e.typename, id, got, gotErr)
			}
			continue
		}
		if got != nil {
			t.Errorf("LEAK: %s resolved hidden %s %s", v.name, e.typename, id)
		}
		if _, has := errs[i]; !has {
			t.Errorf("%s: hidden %s %s answers null without NOT_FOUND", v.name, e.typename, id)
		} else if nodeError(gotErr, id) != want {
			t.Errorf("LEAK: hidden %s %s answers %s, a missing one %s", e.typename, id, nodeError(gotErr, id), want)
		}
	}
}

// nodeBatch is how many node(id:) fields one request asks: the alias limit is 30, one of them
// goes to an ID that exists nowhere.
const nodeBatch = 29

func checkNode(t *testing.T, m *matrix, v *matrixViewer, e matrixEntity) {
	// Aliased node(id:) fields, one per row, so each answers on its own; in batches that stay
	// within the server's alias limit, each ending with an ID that exists nowhere.
	if len(e.rows(m.w)) == 0 {
		t.Fatalf("no %s rows in the matrix's data", e.typename)
	}
	rows := nodeSample(e.rows(m.w), v.scope.vis[e.typename])
	for len(rows) > 0 {
		n := min(len(rows), nodeBatch)
		checkNodeBatch(t, m, v, e, append(slices.Clone(rows[:n]), ids.New(e.prefix)))
		rows = rows[n:]
	}

	// A single hidden row and a single missing row, asked alone, answer alike too.
	for _, id := range e.rows(m.w) {
		if v.scope.vis[e.typename][id] {
			continue
		}
		const single = `query($id: ID!) { node(id: $id) { id } }`
		hidden := m.query(t, v, single, map[string]any{"id": id})
		random := ids.New(e.prefix)
		missing := m.query(t, v, single, map[string]any{"id": random})
		if len(hidden.Errors) != 1 || len(missing.Errors) != 1 || nodeError(hidden.Errors[0], id) != nodeError(missing.Errors[0], random) ||
			string(hidden.Data) != string(missing.Data) {
			t.Errorf("LEAK: hidden %s answers %s, a missing one %s", e.typename, hidden.Raw, missing.Raw)
		}
		break
	}
}

// nodeSample is the rows node(id:) asks for, at most two batches (every node(id:) runs queries of
// its own, and nodes(ids:) asks for every row anyway): the newest rows, which are matrixFixture's
// and tell viewers apart most, and rows spread over the rest, visible and hidden alike.
func nodeSample(rows []string, vis idSet) []string {
	const n = 2 * nodeBatch
	if len(rows) <= n {
		return rows
	}
	rows = slices.Sorted(slices.Values(rows))
	out := slices.Clone(rows[len(rows)-n/4:])
	var shown, hidden []string
	for _, id := range rows[:len(rows)-n/4] {
		if vis[id] {
			shown = append(shown, id)
		} else {
			hidden = append(hidden, id)
		}
	}
	out = append(out, spread(shown, min(len(shown), max((n-len(out))/2, n-len(out)-len(hidden))))...)
	return append(out, spread(hidden, min(len(hidden), n-len(out)))...)
}

// spread picks k of xs, evenly spaced.
func spread(xs []string, k int) []string {
	out := make([]string, 0, k)
	for i := range k {
		out = append(out, xs[i*len(xs)/k])
	}
	return out
}

func checkNodeBatch(t *testing.T, m *matrix, v *matrixViewer, e matrixEntity, asked []string) {
	t.Helper()
	var q strings.Builder
	q.WriteString("{")
	for i, id := range asked {
		fmt.Fprintf(&q, " n%d: node(id: %q) { __typename id }", i, id)
	}
	q.WriteString(" }")
	res := m.query(t, v, q.String(), nil)
	if v.anonymous() {
		expectUnauthenticated(t, res)
		if len(res.Errors) != len(asked) {
			t.Errorf("anonymous: %d errors for %d node(id:) fields", len(res.Errors), len(asked))
		}
		return
	}
	var data map[string]*nodeAnswer
	if err := json.Unmarshal(res.Data, &data); err != nil {
		t.Fatalf("decoding %s: %v", res.Raw, err)
	}
	answers := make([]*nodeAnswer, len(asked))
	errs := map[int]apitest.Error{}
	for i := range asked {
		answers[i] = data[fmt.Sprintf("n%d", i)]
	}
	for _, gqlErr := range res.Errors {
		var i int
		if len(gqlErr.Path) != 1 {
			t.Fatalf("error without an alias path: %+v", gqlErr)
		}
		if _, err := fmt.Sscanf(fmt.Sprint(gqlErr.Path[0]), "n%d", &i); err != nil {
			t.Fatalf("error path %v: %v", gqlErr.Path, err)
		}
		errs[i] = gqlErr
	}
	checkNodeAnswers(t, v, e, asked, answers, errs)
}

func checkNodes(t *testing.T, m *matrix, v *matrixViewer, e matrixEntity) {
	asked := append(e.rows(m.w), ids.New(e.prefix))
	const q = `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`
	res := m.query(t, v, q, map[string]any{"ids": asked})
	if v.anonymous() {
		expectUnauthenticated(t, res)
		return
	}
	var data struct{ Nodes []*nodeAnswer }
	if err := json.Unmarshal(res.Data, &data); err != nil || len(data.Nodes) != len(asked) {
		t.Fatalf("nodes answered %d of %d: %.2000s", len(data.Nodes), len(asked), res.Raw)
	}
	errs := map[int]apitest.Error{}
	for _, gqlErr := range res.Errors {
		i, ok := nodesIndex(gqlErr)
		if !ok || len(gqlErr.Path) != 2 {
			t.Fatalf("error outside nodes[i]: %+v", gqlErr)
		}
		errs[i] = gqlErr
	}
	checkNodeAnswers(t, v, e, asked, data.Nodes, errs)
}

// nodesIndex is the position in nodes(ids:) an error is about.
func nodesIndex(e apitest.Error) (int, bool) {
	if len(e.Path) < 2 || e.Path[0] != "nodes" {
		return 0, false
	}
	i, ok := e.Path[1].(float64)
	return int(i), ok
}
