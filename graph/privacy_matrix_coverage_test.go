package graph_test

import (
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/partnerhub/partnerhub/graph"
)

var (
	matrixSchemaOnce sync.Once
	matrixSchemaDoc  *ast.Schema
	matrixSchemaErr  error
)

// matrixSchema is the committed SDL, loaded and validated.
func matrixSchema(t *testing.T) *ast.Schema {
	t.Helper()
	matrixSchemaOnce.Do(func() {
		matrixSchemaDoc, matrixSchemaErr = gqlparser.LoadSchema(&ast.Source{Name: "schema.graphql", Input: graph.SDL()})
	})
	if matrixSchemaErr != nil {
		t.Fatalf("loading the SDL: %v", matrixSchemaErr)
	}
	return matrixSchemaDoc
}

// probeUsage validates every probe of the matrix against the schema and reports what they use:
// fields by "Type.field" and edge filters by "XWhereInput.hasYWith".
func probeUsage(t *testing.T) (fields, filters map[string]bool) {
	t.Helper()
	schema := matrixSchema(t)
	fields, filters = map[string]bool{}, map[string]bool{}
	var value func(*ast.Value)
	value = func(v *ast.Value) {
		if v == nil {
			return
		}
		for _, c := range v.Children {
			if v.Kind == ast.ObjectValue && v.Definition != nil && strings.HasPrefix(c.Name, "has") && strings.HasSuffix(c.Name, "With") {
				filters[v.Definition.Name+"."+c.Name] = true
			}
			value(c.Value)
		}
	}
	var selections func(ast.SelectionSet)
	selections = func(set ast.SelectionSet) {
		for _, sel := range set {
			switch sel := sel.(type) {
			case *ast.Field:
				if sel.ObjectDefinition != nil {
					fields[sel.ObjectDefinition.Name+"."+sel.Name] = true
				}
				for _, a := range sel.Arguments {
					value(a.Value)
				}
				selections(sel.SelectionSet)
			case *ast.InlineFragment:
				selections(sel.SelectionSet)
			case *ast.FragmentSpread:
				selections(sel.Definition.SelectionSet)
			}
		}
	}
	for _, e := range matrixEntities {
		for _, p := range append(slices.Clone(e.nested), e.filtered...) {
			for _, q := range []string{p.query, p.count} {
				if q == "" {
					continue
				}
				doc, errs := gqlparser.LoadQueryWithRules(schema, q, nil) // nil: the specification's rules
				if len(errs) > 0 {
					t.Fatalf("probe %s of %s does not validate: %v\n%s", p.name, e.typename, errs, q)
				}
				for _, op := range doc.Operations {
					selections(op.SelectionSet)
				}
			}
		}
	}
	return fields, filters
}

// TestMatrixProbesEveryEdge: every field of a matrix entity that leads to a matrix entity has a
// nested probe, so a new edge cannot skip the matrix. Fields only vendor roles may read
// (@hasRole(roles: [ADMIN, CHANNEL_MANAGER])) are refused to partners before any row is read, and
// vendors see every row; their refusal is asserted in deal_privacy_test.go.
func TestMatrixProbesEveryEdge(t *testing.T) {
	schema := matrixSchema(t)
	fields, _ := probeUsage(t)
	types := map[string]bool{}
	for _, e := range matrixEntities {
		types[e.typename] = true
	}
	edges := 0
	for _, e := range matrixEntities {
		def := schema.Types[e.typename]
		if def == nil {
			t.Fatalf("no type %s in the SDL", e.typename)
		}
		for _, f := range def.Fields {
			if !types[strings.TrimSuffix(f.Type.Name(), "Connection")] || vendorOnly(f) {
				continue
			}
			edges++
			if !fields[e.typename+"."+f.Name] {
				t.Errorf("%s.%s leads to %s but no probe of the privacy matrix follows it", e.typename, f.Name, f.Type.Name())
			}
		}
	}
	t.Logf("%d edges between %d matrix entities", edges, len(matrixEntities))
}

// vendorOnly reports whether only vendor roles may read the field.
func vendorOnly(f *ast.FieldDefinition) bool {
	d := f.Directives.ForName("hasRole")
	if d == nil || d.Arguments.ForName("roles") == nil {
		return false
	}
	for _, role := range d.Arguments.ForName("roles").Value.Children {
		if r := role.Value.Raw; r != "ADMIN" && r != "CHANNEL_MANAGER" {
			return false
		}
	}
	return true
}

// safeEdgeFilters are the where filters over an edge the API exposes. ent runs a HasXWith predicate
// as a plain subquery, without the target entity's privacy rules (github.com/ent/ent/issues/2957), so such a filter
// is an oracle on rows the viewer may not see unless every row it reaches from a visible row is
// itself visible. Each entry says why that holds; the matrix probes each one. Exposing a new edge
// filter means arguing it here and adding a probe, or skipping it (entgql.SkipWhereInput).
var safeEdgeFilters = map[string]string{
	"PartnerWhereInput.hasTierWith":      "tiers are visible to every signed-in viewer",
	"PartnerWhereInput.hasManagerWith":   "a partner viewer sees only their own partner, and its manager",
	"UserWhereInput.hasPartnerWith":      "a partner viewer sees only users of their own partner and vendor users, who have none",
	"DealWhereInput.hasPartnerWith":      "a partner viewer sees only its own deals, whose partner is its own",
	"DealWhereInput.hasRegisteredByWith": "a partner admin sees its organisation's deals, registered by its own users, whom it sees; partner sales only its own, registered by itself (this holds while a user's partner never changes)",
}

func TestEdgeFiltersAreSafe(t *testing.T) {
	schema := matrixSchema(t)
	_, probed := probeUsage(t)
	found := 0
	for _, def := range schema.Types {
		if def.Kind != ast.InputObject || !strings.HasSuffix(def.Name, "WhereInput") {
			continue
		}
		for _, f := range def.Fields {
			if !strings.HasPrefix(f.Name, "has") || !strings.HasSuffix(f.Name, "With") {
				continue
			}
			found++
			key := def.Name + "." + f.Name
			if _, ok := safeEdgeFilters[key]; !ok {
				t.Errorf("%s filters over an edge without privacy (github.com/ent/ent/issues/2957); argue it in safeEdgeFilters and probe it in the matrix, or skip it", key)
			}
			if !probed[key] {
				t.Errorf("%s has no probe in the privacy matrix", key)
			}
		}
	}
	if found == 0 {
		t.Fatal("no edge filters found in the SDL; the test no longer looks at the right place")
	}
}
