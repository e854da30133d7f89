package httpserver

import (
	"context"
	"slices"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/validator/core"
	"github.com/vektah/gqlparser/v2/validator/rules"

	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// introspectionGate lets everyone introspect in development, and only signed-in callers (a session
// or an API key) in production. Partner developers without credentials still get the committed SDL
// at /schema.graphql, so nothing is hidden from them; the gate only keeps anonymous scanners from
// mapping the API through the endpoint.
type introspectionGate struct{ production bool }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = introspectionGate{}

func (introspectionGate) ExtensionName() string { return "IntrospectionGate" }

func (introspectionGate) Validate(graphql.ExecutableSchema) error { return nil }

func (g introspectionGate) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if !g.production || viewer.FromContext(ctx) != nil {
		oc.DisableIntrospection = false
		return nil
	}
	if oc.Operation == nil {
		return nil
	}
	// gqlgen would answer each introspection field with an uncoded "introspection disabled"; refuse
	// the operation up front instead, with a code and a way forward.
	if pos := introspectionField(oc.Operation.SelectionSet, map[*ast.FragmentDefinition]bool{}); pos != nil {
		e := &gqlerror.Error{
			Err: apperr.New(apperr.Unauthenticated,
				"introspection needs a signed-in user or an API key; the schema is published at /schema.graphql"),
			Locations: []gqlerror.Location{{Line: pos.Line, Column: pos.Column}},
		}
		e.Message = e.Err.(*apperr.Error).Message
		return e
	}
	return nil
}

// introspectionField finds __schema or __type among the root fields (where alone they exist).
func introspectionField(set ast.SelectionSet, seen map[*ast.FragmentDefinition]bool) *ast.Position {
	for _, sel := range set {
		switch sel := sel.(type) {
		case *ast.Field:
			if sel.Name == "__schema" || sel.Name == "__type" {
				if sel.Position != nil {
					return sel.Position
				}
				return &ast.Position{}
			}
		case *ast.InlineFragment:
			if pos := introspectionField(sel.SelectionSet, seen); pos != nil {
				return pos
			}
		case *ast.FragmentSpread:
			if sel.Definition != nil && !seen[sel.Definition] {
				seen[sel.Definition] = true
				if pos := introspectionField(sel.Definition.SelectionSet, seen); pos != nil {
					return pos
				}
			}
		}
	}
	return nil
}

// rulesWithoutSuggestions is gqlparser's validation rule set with every "Did you mean …?" cut from
// the messages: in production a typo must not reveal the names of fields, arguments, types or enum
// values to someone who may not introspect. (gqlgen's SetDisableSuggestion covers only unknown
// fields and scalar leaves.)
func rulesWithoutSuggestions() *rules.Rules {
	r := rules.NewDefaultRules()
	for name, fn := range r.GetInner() {
		r.ReplaceRule(name, withoutSuggestions(fn))
	}
	return r
}

func withoutSuggestions(fn core.RuleFunc) core.RuleFunc {
	return func(observers *core.Events, addError core.AddErrFunc) {
		fn(observers, func(options ...core.ErrorOption) {
			addError(append(slices.Clip(options), stripSuggestion)...)
		})
	}
}

func stripSuggestion(err *gqlerror.Error) {
	if i := strings.Index(err.Message, " Did you mean"); i >= 0 {
		err.Message = err.Message[:i]
	}
}
