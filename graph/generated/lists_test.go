package generated

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
)

// edgeSelection validates a query against the schema and returns the selection under its first field's
// edges.node, as the list marshaller for those edges receives it.
func edgeSelection(t *testing.T, query string) ast.SelectionSet {
	t.Helper()
	doc, errs := gqlparser.LoadQueryWithRules(NewExecutableSchema(Config{}).Schema(), query, nil) // nil: the specification's rules
	if errs != nil {
		t.Fatalf("query does not validate: %v", errs)
	}
	root := doc.Operations[0].SelectionSet[0].(*ast.Field)
	for _, s := range root.SelectionSet {
		if f, ok := s.(*ast.Field); ok && f.Name == "edges" {
			return f.SelectionSet
		}
	}
	t.Fatal("no edges in the query")
	return nil
}

// A list whose elements only read loaded rows is marshalled without a goroutine per element; one
// that reaches a resolver (which may query) keeps them, also through fragments and interfaces.
func TestListsReachingAResolverKeepTheirGoroutines(t *testing.T) {
	cases := []struct {
		name, query string
		want        bool
	}{
		{"fields and edges", `{ deals(first: 5) { edges { node { id amount partner { name tier { name } } } } } }`, false},
		{"a resolver on a nested object", `{ partners(first: 5) { edges { node { name performance { openDeals } } } } }`, true},
		{"through an inline fragment", `{ partners(first: 5) { edges { node { ... on Partner { performance { openDeals } } } } } }`, true},
		{"through a fragment spread", `query { partners(first: 5) { edges { node { ...P } } } } fragment P on Partner { certifiedPeople }`, true},
		{"a namesake on another type", `{ deals(first: 5) { edges { node { amount } } } }`, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := reachesResolver(edgeSelection(t, c.query)); got != c.want {
				t.Errorf("reachesResolver = %v, want %v", got, c.want)
			}
		})
	}
}

// Elements marshalled in place keep their index in the path, and a panicking element becomes
// null with an error, as under graphql.MarshalSliceConcurrently.
func TestListMarshalledInPlaceReportsPanicsAndPaths(t *testing.T) {
	ctx := graphql.WithResponseContext(context.Background(), graphql.DefaultErrorPresenter, graphql.DefaultRecover)
	ctx = graphql.WithFieldContext(ctx, &graphql.FieldContext{Field: graphql.CollectedField{Field: &ast.Field{Alias: "items"}}})
	var paths []string
	out := marshalList(ctx, nil, 3, func(ctx context.Context, i int) graphql.Marshaler {
		paths = append(paths, graphql.GetPath(ctx).String())
		if i == 1 {
			panic("element 1 cannot be marshalled")
		}
		return graphql.MarshalInt(i)
	})
	var b bytes.Buffer
	out.MarshalGQL(&b)
	if b.String() != "[0,null,2]" {
		t.Errorf("list = %s, want [0,null,2]", b.String())
	}
	if strings.Join(paths, " ") != "items[0] items[1] items[2]" {
		t.Errorf("paths = %v", paths)
	}
	if errs := graphql.GetErrors(ctx); len(errs) != 1 || errs[0].Path.String() != "items[1]" {
		t.Errorf("errors = %v, want one at items[1]", errs)
	}
}
