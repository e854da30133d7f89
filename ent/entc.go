//go:build ignore

// entc.go generates the ent data model and, through entgql, the GraphQL schema for it.
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"text/template"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/entc"
	"entgo.io/ent/entc/gen"
	"github.com/vektah/gqlparser/v2/ast"
)

func main() {
	pagination, collection, err := pageInfoWithoutCount()
	if err != nil {
		log.Fatalf("patching entgql's templates: %v", err)
	}
	// entgql.AllTemplates, with pagination and collection patched (see pageInfoWithoutCount).
	templates := []*gen.Template{
		collection,
		entgql.EnumTemplate,
		entgql.NodeTemplate,
		pagination,
		entgql.TransactionTemplate,
		entgql.EdgeTemplate,
		entgql.MutationInputTemplate,
	}
	// ent merges every template's functions into one set, the last template's winning, so each
	// carries the extended orderFields (WhereTemplate too, which WithWhereInputs appends).
	funcs := templateFuncs()
	for _, t := range append(templates, entgql.WhereTemplate) {
		t.Template.Funcs(funcs)
		for k, v := range funcs {
			t.FuncMap[k] = v
		}
	}
	ex, err := entgql.NewExtension(
		// WithTemplates replaces the list, so it comes before WithWhereInputs, which adds to it.
		entgql.WithTemplates(templates...),
		entgql.WithSchemaGenerator(),
		entgql.WithSchemaPath("graph/ent.graphql"),
		entgql.WithConfigPath("gqlgen.yml"),
		entgql.WithWhereInputs(true),
		entgql.WithSchemaHook(restrictFilters, computedOrderValues),
	)
	if err != nil {
		log.Fatalf("creating entgql extension: %v", err)
	}
	err = entc.Generate("./ent/schema", &gen.Config{
		Target:  "./ent",
		Package: "github.com/partnerhub/partnerhub/ent",
		Features: []gen.Feature{
			gen.FeaturePrivacy,
			gen.FeatureEntQL,
			gen.FeatureSnapshot,
			gen.FeatureVersionedMigration,
			gen.FeatureIntercept,
			gen.FeatureUpsert,
			gen.FeatureLock,
			gen.FeatureExecQuery,
			gen.FeatureModifier,
		},
	}, entc.Extensions(ex), entc.TemplateFiles(
		"ent/template/scanrows.tmpl",
		"ent/template/computedorder.tmpl",
		"ent/template/policyselector.tmpl",
	))
	if err != nil {
		log.Fatalf("running ent codegen: %v", err)
	}
}

// whereSuffixes are the predicates entgql generates per field.
var whereSuffixes = []string{"", "NEQ", "In", "NotIn", "GT", "GTE", "LT", "LTE", "Contains", "HasPrefix",
	"HasSuffix", "EqualFold", "ContainsFold", "IsNil", "NotNil"}

// restrictFilters puts @hasRole on the where predicates of fields annotated with FilterRoles
// (ent/schema/directives.go), so a role that reads a field blanked on some rows cannot filter on it.
func restrictFilters(g *gen.Graph, s *ast.Schema) error {
	camel := gen.Funcs["camel"].(func(string) string)
	for _, n := range g.Nodes {
		for _, f := range n.Fields {
			raw, ok := f.Annotations["FilterRoles"]
			if !ok {
				continue
			}
			var a struct{ Roles []string }
			b, _ := json.Marshal(raw)
			if err := json.Unmarshal(b, &a); err != nil || len(a.Roles) == 0 {
				return fmt.Errorf("%s.%s: FilterRoles needs roles", n.Name, f.Name)
			}
			where := s.Types[n.Name+"WhereInput"]
			if where == nil {
				return fmt.Errorf("%s.%s: FilterRoles on a type without a where input", n.Name, f.Name)
			}
			roles := make(ast.ChildValueList, len(a.Roles))
			for i, r := range a.Roles {
				roles[i] = &ast.ChildValue{Value: &ast.Value{Raw: r, Kind: ast.EnumValue}}
			}
			found := 0
			for _, suffix := range whereSuffixes {
				if wf := where.Fields.ForName(camel(f.Name) + suffix); wf != nil {
					found++
					wf.Directives = append(wf.Directives, &ast.Directive{Name: "hasRole", Arguments: ast.ArgumentList{
						{Name: "roles", Value: &ast.Value{Kind: ast.ListValue, Children: roles}},
					}})
				}
			}
			if found == 0 {
				return fmt.Errorf("%s.%s: FilterRoles on a field without where predicates", n.Name, f.Name)
			}
		}
	}
	return nil
}

// pageInfoWithoutCount returns entgql's pagination and collection templates changed so that a
// connection runs SELECT COUNT(*) only when totalCount is selected. Unchanged, entgql counts the
// whole filtered set whenever pageInfo is selected, although hasNextPage and hasPreviousPage
// already come from fetching one row more than asked (the connection's build step); so with
// pageInfo selected the rows are fetched (first/last + 1) and the count is skipped. Each patch
// must match entgql's text exactly once: a new entgql version that changes it stops generation
// here instead of silently counting again.
func pageInfoWithoutCount() (pagination, collection *gen.Template, err error) {
	out, err := exec.Command("go", "list", "-mod=mod", "-m", "-f", "{{.Dir}}", "entgo.io/contrib").Output()
	if err != nil {
		return nil, nil, fmt.Errorf("locating entgo.io/contrib: %w", err)
	}
	dir := filepath.Join(strings.TrimSpace(string(out)), "entgql", "template")
	pagination, err = patched(filepath.Join(dir, "pagination.tmpl"), map[string]string{
		// Top-level Paginate.
		"ignoredEdges := !hasCollectedField(ctx, edgesField)\n" +
			"\tif hasCollectedField(ctx, totalCountField) || hasCollectedField(ctx, pageInfoField) {": "" +
			"ignoredEdges := !hasCollectedField(ctx, edgesField) && !hasCollectedField(ctx, pageInfoField)\n" +
			"\tif hasCollectedField(ctx, totalCountField) {",
	})
	if err != nil {
		return nil, nil, err
	}
	collection, err = patched(filepath.Join(dir, "collection.tmpl"), map[string]string{
		// Nested connections loaded with their parents (a grouped COUNT per parent).
		"ignoredEdges := !hasCollectedField(ctx, append(path, edgesField)...)\n" +
			"\t\t\t\t\t\t\tif hasCollectedField(ctx, append(path, totalCountField)...) || hasCollectedField(ctx, append(path, pageInfoField)...) {": "" +
			"ignoredEdges := !hasCollectedField(ctx, append(path, edgesField)...) && !hasCollectedField(ctx, append(path, pageInfoField)...)\n" +
			"\t\t\t\t\t\t\tif hasCollectedField(ctx, append(path, totalCountField)...) {",
	})
	return pagination, collection, err
}

func patched(path string, replacements map[string]string) (*gen.Template, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	text := string(raw)
	for old, repl := range replacements {
		if n := strings.Count(text, old); n != 1 {
			return nil, fmt.Errorf("%s: expected the text to patch once, found it %d times:\n%s", path, n, old)
		}
		text = strings.Replace(text, old, repl, 1)
	}
	return gen.NewTemplate(filepath.Base(path)).Funcs(entgql.TemplateFuncs).Parse(text)
}

// templateFuncs are entgql's template functions with orderFields extended by the ComputedOrder
// annotation (ent/schema/directives.go): each computed order is declared to entgql's pagination
// as an edge-count term of a pseudo edge named after it, so entgql generates the enum value, its
// cursor (read from the selected value) and leaves the value out of the entity's own columns; the
// term's order option By<Name>Count comes from ent/template/computedorder.tmpl.
func templateFuncs() template.FuncMap {
	funcs := make(template.FuncMap, len(entgql.TemplateFuncs))
	for k, v := range entgql.TemplateFuncs {
		funcs[k] = v
	}
	orderFields := entgql.TemplateFuncs["orderFields"].(func(*gen.Type) ([]*entgql.OrderTerm, error))
	funcs["orderFields"] = func(n *gen.Type) ([]*entgql.OrderTerm, error) {
		terms, err := orderFields(n)
		if err != nil {
			return nil, err
		}
		names, err := computedOrders(n)
		for _, name := range names {
			terms = append(terms, &entgql.OrderTerm{Owner: n, GQL: name, Type: n, Edge: &gen.Edge{Name: strings.ToLower(name)}, Count: true})
		}
		return terms, err
	}
	return funcs
}

// computedOrders returns the names of n's ComputedOrder annotation.
func computedOrders(n *gen.Type) ([]string, error) {
	raw, ok := n.Annotations["ComputedOrder"]
	if !ok {
		return nil, nil
	}
	var a struct{ Fields []string }
	b, _ := json.Marshal(raw)
	if err := json.Unmarshal(b, &a); err != nil || len(a.Fields) == 0 {
		return nil, fmt.Errorf("%s: ComputedOrder needs fields", n.Name)
	}
	return a.Fields, nil
}

// computedOrderValues adds the ComputedOrder names to the entity's GraphQL order enum (entgql's
// schema generator reads only the annotated fields and edges).
func computedOrderValues(g *gen.Graph, s *ast.Schema) error {
	for _, n := range g.Nodes {
		names, err := computedOrders(n)
		if err != nil {
			return err
		}
		if len(names) == 0 {
			continue
		}
		enum := s.Types[n.Name+"OrderField"]
		if enum == nil {
			return fmt.Errorf("%s: ComputedOrder on a type without an order enum", n.Name)
		}
		for _, name := range names {
			enum.EnumValues = append(enum.EnumValues, &ast.EnumValueDefinition{Name: name})
		}
	}
	return nil
}
