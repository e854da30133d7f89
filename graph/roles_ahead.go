package graph

import (
	"context"
	"fmt"
	"slices"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// RolesAhead applies the @hasRole directives of everything a mutation selects before the mutation
// runs. Resolved in turn, a payload field the viewer may not read fails only after the change was
// made; the request then rolls back but its errors still come back, so a partner could make a
// registration, learn from which payload fields failed whether a conflict exists, and leave no
// trace. Refused ahead, such a mutation runs nothing. Fields left out by @skip or @include are not
// resolved and are not checked.
func RolesAhead(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil || oc.Operation.Operation != ast.Mutation {
		return nil
	}
	v := viewer.FromContext(ctx)
	if v != nil && v.IsSystem() {
		return nil
	}
	f := firstForbidden(oc.Operation.SelectionSet, oc.Variables, v, true)
	if f == nil {
		return nil
	}
	code, who := apperr.Forbidden, "your role may not read"
	if v == nil {
		code, who = apperr.Unauthenticated, "only signed-in people may read"
	}
	cause := &apperr.Error{Code: code, Message: fmt.Sprintf("this mutation selects %s.%s, which %s; nothing was run", f.ObjectDefinition.Name, f.Name, who)}
	e := &gqlerror.Error{Err: cause, Message: cause.Message}
	if f.Position != nil {
		e.Locations = []gqlerror.Location{{Line: f.Position.Line, Column: f.Position.Column}}
	}
	return e
}

// firstForbidden returns the first field under set whose @hasRole leaves v out (nil: anonymous).
// The mutation fields themselves (root) keep their directive's own answer: refused, they run
// nothing anyway.
func firstForbidden(set ast.SelectionSet, vars map[string]any, v *viewer.Viewer, root bool) *ast.Field {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if !included(s.Directives, vars) || s.Definition == nil {
				continue
			}
			if d := s.Definition.Directives.ForName("hasRole"); d != nil && !root && !roleListed(d, v) {
				return s
			}
			if f := firstForbidden(s.SelectionSet, vars, v, false); f != nil {
				return f
			}
		case *ast.InlineFragment:
			if included(s.Directives, vars) {
				if f := firstForbidden(s.SelectionSet, vars, v, root); f != nil {
					return f
				}
			}
		case *ast.FragmentSpread:
			if included(s.Directives, vars) && s.Definition != nil {
				if f := firstForbidden(s.Definition.SelectionSet, vars, v, root); f != nil {
					return f
				}
			}
		}
	}
	return nil
}

func roleListed(d *ast.Directive, v *viewer.Viewer) bool {
	roles := d.Arguments.ForName("roles")
	if v == nil || roles == nil {
		return false
	}
	return slices.ContainsFunc(roles.Value.Children, func(c *ast.ChildValue) bool { return c.Value.Raw == string(v.Role) })
}

// included applies @skip(if:) and @include(if:) as execution will.
func included(directives ast.DirectiveList, vars map[string]any) bool {
	for _, d := range directives {
		if d.Name != "skip" && d.Name != "include" {
			continue
		}
		arg := d.Arguments.ForName("if")
		if arg == nil {
			continue
		}
		val, err := arg.Value.Value(vars)
		if b, ok := val.(bool); err == nil && ok && b == (d.Name == "skip") {
			return false
		}
	}
	return true
}
