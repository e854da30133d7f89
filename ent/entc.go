//go:build ignore

// entc.go generates the ent data model and, through entgql, the GraphQL schema for it.
package main

import (
	"encoding/json"
	"fmt"
	"log"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/entc"
	"entgo.io/ent/entc/gen"
	"github.com/vektah/gqlparser/v2/ast"
)

func main() {
	ex, err := entgql.NewExtension(
		entgql.WithSchemaGenerator(),
		entgql.WithSchemaPath("graph/ent.graphql"),
		entgql.WithConfigPath("gqlgen.yml"),
		entgql.WithWhereInputs(true),
		entgql.WithSchemaHook(restrictFilters),
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
		},
	}, entc.Extensions(ex))
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
