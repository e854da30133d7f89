package httpserver

import (
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

// FuzzCheckShape: the structural limits run on documents nobody has validated yet (unknown or
// cyclic fragments, anything the parser accepts), so whatever an anonymous client sends, the
// check ends, and a document it lets through nests no deeper than MaxDepth and has no more
// aliases than MaxAliases.
func FuzzCheckShape(f *testing.F) {
	for _, s := range []string{
		`{ a { b { c } } }`,
		`query { ...F } fragment F on Query { ...F }`,
		`{ ...A } fragment A on Q { x ...B } fragment B on Q { y ...A }`,
		`mutation { ... on Mutation { a: login(i: 1) b: login(i: 2) } }`,
		`{ x(a: {b: {c: {d: [[[[1]]]]}}}) }`,
		`{ a @d @d @d @d @d @d { b } }`,
		`{ ...Missing }`,
		strings.Repeat("{ a ", 20) + strings.Repeat("}", 20),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, query string) {
		doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: query}, MaxTokens)
		if err != nil {
			return
		}
		if checkShape(doc) != nil {
			return
		}
		s := shapeChecker{doc: doc, depth: map[string]int{}, keys: map[string]map[string]int{}, active: map[string]bool{}}
		for _, op := range doc.Operations {
			if d := s.selectionDepth(op.SelectionSet); d > MaxDepth {
				t.Fatalf("let through a document %d deep: %s", d, query)
			}
		}
		if n := strings.Count(query, ":"); n <= MaxAliases {
			return // cannot hold more aliases than colons
		}
		aliases := 0
		var walk func(ast.SelectionSet)
		walk = func(set ast.SelectionSet) {
			for _, sel := range set {
				switch sel := sel.(type) {
				case *ast.Field:
					if sel.Alias != sel.Name {
						aliases++
					}
					walk(sel.SelectionSet)
				case *ast.InlineFragment:
					walk(sel.SelectionSet)
				}
			}
		}
		for _, op := range doc.Operations {
			walk(op.SelectionSet)
		}
		for _, fr := range doc.Fragments {
			walk(fr.SelectionSet)
		}
		if aliases > MaxAliases {
			t.Fatalf("let through %d aliases: %s", aliases, query)
		}
	})
}
