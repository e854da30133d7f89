package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent/schema"
	"github.com/vektah/gqlparser/v2/ast"
)

// hasRole renders the @hasRole directive (layer 1 of authorization, docs/roles-and-permissions.md)
// for generated query fields.
func hasRole(roles ...string) entgql.Directive {
	values := make(ast.ChildValueList, len(roles))
	for i, r := range roles {
		values[i] = &ast.ChildValue{Value: &ast.Value{Raw: r, Kind: ast.EnumValue}}
	}
	return entgql.NewDirective("hasRole", &ast.Argument{
		Name:  "roles",
		Value: &ast.Value{Kind: ast.ListValue, Children: values},
	})
}

// anyRole is every signed-in role; the data layer then filters what each one sees.
var anyRole = hasRole("ADMIN", "CHANNEL_MANAGER", "PARTNER_ADMIN", "PARTNER_SALES")

// FilterRoles is an annotation on a field that some roles read blanked on some rows: only the given
// roles, which read it on every row, may filter on it, or totalCount would spell out what the
// blanked rows hold. ent/entc.go puts @hasRole with these roles on the field's where predicates.
type FilterRoles struct{ Roles []string }

// Name of the FilterRoles annotation.
func (FilterRoles) Name() string { return "FilterRoles" }

func filterableBy(roles ...string) FilterRoles { return FilterRoles{Roles: roles} }

// vendorOnlyField is the annotation set of a field only the vendor's roles read, filter on or sort
// by (leave it out of the order fields).
func vendorOnlyField() []schema.Annotation {
	return []schema.Annotation{entgql.Directives(hasRole("ADMIN", "CHANNEL_MANAGER")), filterableBy("ADMIN", "CHANNEL_MANAGER")}
}

// ComputedOrder is an annotation on an entity ordered by values computed per request (what the
// viewer may count) rather than stored: each name becomes a value of the entity's GraphQL order
// enum. ent/entc.go declares each as an entgql order term, and ent/template/computedorder.tmpl
// writes its order option, which orders by a derived table the query must join (for Content's
// POPULARITY: internal/content.Popularity).
type ComputedOrder struct{ Fields []string }

// Name of the ComputedOrder annotation.
func (ComputedOrder) Name() string { return "ComputedOrder" }
