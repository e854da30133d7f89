package httpserver

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/partnerhub/partnerhub/graph"
	"github.com/partnerhub/partnerhub/internal/apperr"
)

// The limits of one GraphQL request. Partner developers rely on them (the README lists them), so
// change them only together with that list. A request over a limit is refused before anything
// runs, with extensions.code BAD_USER_INPUT, extensions.limit naming the limit and extensions.max
// its value.
const (
	// MaxTokens bounds the lexical tokens of a query document (names, punctuation, values), so
	// the parser and validator never work on a huge document.
	MaxTokens = 5000
	// MaxDepth bounds how deeply selections nest (fragments count where they are spread). A
	// connection takes three levels (partners → edges → node). Introspection's __schema and
	// __type are exempt: gqlparser's own rule bounds their nesting.
	MaxDepth = 12
	// MaxInputDepth bounds how deeply argument values and variables nest (where: {and: [{or: …}]}).
	MaxInputDepth = 12
	// MaxAliases bounds the aliases of a document, so one request cannot run the same field (e.g.
	// login) many times under different names.
	MaxAliases = 30
	// MaxRepeatedField bounds how often the same response key appears in one selection set,
	// counting fields merged in from fragments: repeated fields do nothing but cost validation
	// time that grows with the square of their number.
	MaxRepeatedField = 20
	// MaxDirectivesPerLocation and MaxDirectives bound the directives on one field, fragment or
	// operation and in a whole document.
	MaxDirectivesPerLocation = 5
	MaxDirectives            = 50
	// MaxComplexity bounds the estimated work of an operation: every field costs 1, and what a
	// list field selects counts once per item it may return: first/last of a connection (default
	// page size when neither is given), the number of ids of nodes(ids:), and the default page size
	// for other lists of objects.
	MaxComplexity = 10000
)

// Names of the limits as clients see them in extensions.limit.
const (
	limitTokens      = "TOKENS"
	limitDepth       = "DEPTH"
	limitInputDepth  = "INPUT_DEPTH"
	limitAliases     = "ALIASES"
	limitRepeated    = "REPEATED_FIELDS"
	limitDirectives  = "DIRECTIVES"
	limitComplexity  = "COMPLEXITY"
	limitBodySize    = "BODY_SIZE"
	limitBatching    = "BATCHING"
	limitContentType = "CONTENT_TYPE"
	limitSignIn      = "SIGN_IN"
)

// limitError is the error of a request over one of the limits above.
func limitError(limit string, max int, pos *ast.Position, format string, args ...any) *gqlerror.Error {
	cause := &apperr.Error{
		Code:       apperr.BadUserInput,
		Message:    fmt.Sprintf(format, args...),
		Extensions: map[string]any{"limit": limit, "max": max},
	}
	e := &gqlerror.Error{Err: cause, Message: cause.Message}
	if pos != nil {
		e.Locations = []gqlerror.Location{{Line: pos.Line, Column: pos.Column}}
	}
	return e
}

// queryLimits enforces the limits above. The structural ones run before gqlgen parses and
// validates the document (validation itself is what a hostile document attacks); complexity runs
// after validation, when field types and variables are known.
type queryLimits struct {
	// parsed holds documents that already passed: they are not checked again.
	parsed graphql.Cache[*ast.QueryDocument]
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
	graphql.OperationContextMutator
} = queryLimits{}

func (queryLimits) ExtensionName() string { return "QueryLimits" }

func (queryLimits) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationParameters checks the document's shape and the variables' nesting.
func (l queryLimits) MutateOperationParameters(ctx context.Context, raw *graphql.RawParams) *gqlerror.Error {
	for name, v := range raw.Variables {
		if d := jsonDepth(v); d > MaxInputDepth {
			return limitError(limitInputDepth, MaxInputDepth, nil,
				"variable $%s nests %d levels deep; at most %d are allowed", name, d, MaxInputDepth)
		}
	}
	if raw.Query == "" {
		return nil
	}
	if l.parsed != nil {
		if _, ok := l.parsed.Get(ctx, raw.Query); ok {
			return nil
		}
	}
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: raw.Query}, MaxTokens)
	if err != nil {
		if strings.Contains(err.Error(), "token limit") {
			return limitError(limitTokens, MaxTokens, nil,
				"the query has more than %d tokens", MaxTokens)
		}
		return nil // a syntax error: gqlgen's parser reports it with its position.
	}
	return checkShape(doc)
}

// MutateOperationContext checks the complexity of the operation about to run.
func (queryLimits) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	c := costCounter{vars: oc.Variables, fragments: map[*ast.FragmentDefinition]int{}}
	cost := c.selections(oc.Operation.SelectionSet, false)
	if cost > MaxComplexity {
		return limitError(limitComplexity, MaxComplexity, oc.Operation.Position,
			"the operation's complexity is %s; at most %d is allowed (lists count once per item: ask for smaller pages or fewer nested lists)",
			costString(cost), MaxComplexity)
	}
	return nil
}

// checkShape applies the structural limits to a parsed but not yet validated document: fragments
// may be unknown or cyclic here, and must not make the walk blow up.
func checkShape(doc *ast.QueryDocument) *gqlerror.Error {
	s := shapeChecker{
		doc:    doc,
		depth:  map[string]int{},
		keys:   map[string]map[string]int{},
		active: map[string]bool{},
	}
	if err := s.static(); err != nil {
		return err
	}
	for _, op := range doc.Operations {
		if d := s.selectionDepth(op.SelectionSet); d > MaxDepth {
			return limitError(limitDepth, MaxDepth, op.Position,
				"the query nests %d levels deep; at most %d are allowed", d, MaxDepth)
		}
		if err := s.repeated(op.SelectionSet); err != nil {
			return err
		}
	}
	for _, f := range doc.Fragments {
		if err := s.repeated(f.SelectionSet); err != nil {
			return err
		}
	}
	return nil
}

type shapeChecker struct {
	doc    *ast.QueryDocument
	depth  map[string]int            // fragment name → depth of its selections
	keys   map[string]map[string]int // fragment name → response keys it adds to a selection set
	active map[string]bool           // fragments being walked (a cycle is validation's to report)
}

// static counts what the document spells out: aliases, directives and nested argument values.
func (s *shapeChecker) static() *gqlerror.Error {
	aliases, directives := 0, 0
	var err *gqlerror.Error
	countDirectives := func(list ast.DirectiveList, pos *ast.Position) bool {
		if len(list) > MaxDirectivesPerLocation {
			err = limitError(limitDirectives, MaxDirectivesPerLocation, pos,
				"%d directives on one location; at most %d are allowed", len(list), MaxDirectivesPerLocation)
			return false
		}
		directives += len(list)
		if directives > MaxDirectives {
			err = limitError(limitDirectives, MaxDirectives, pos,
				"the document has more than %d directives", MaxDirectives)
			return false
		}
		for _, d := range list {
			if !checkArgs(d.Arguments, &err) {
				return false
			}
		}
		return true
	}
	var walk func(ast.SelectionSet) bool
	walk = func(set ast.SelectionSet) bool {
		for _, sel := range set {
			switch sel := sel.(type) {
			case *ast.Field:
				if sel.Alias != "" && sel.Alias != sel.Name {
					aliases++
					if aliases > MaxAliases {
						err = limitError(limitAliases, MaxAliases, sel.Position,
							"the document has more than %d aliases", MaxAliases)
						return false
					}
				}
				if !countDirectives(sel.Directives, sel.Position) || !checkArgs(sel.Arguments, &err) || !walk(sel.SelectionSet) {
					return false
				}
			case *ast.InlineFragment:
				if !countDirectives(sel.Directives, sel.Position) || !walk(sel.SelectionSet) {
					return false
				}
			case *ast.FragmentSpread:
				if !countDirectives(sel.Directives, sel.Position) {
					return false
				}
			}
		}
		return true
	}
	for _, op := range s.doc.Operations {
		if !countDirectives(op.Directives, op.Position) || !walk(op.SelectionSet) {
			return err
		}
		for _, v := range op.VariableDefinitions {
			if !countDirectives(v.Directives, v.Position) || !checkValue(v.DefaultValue, &err) {
				return err
			}
		}
	}
	for _, f := range s.doc.Fragments {
		if !countDirectives(f.Directives, f.Position) || !walk(f.SelectionSet) {
			return err
		}
	}
	return nil
}

func checkArgs(args ast.ArgumentList, err **gqlerror.Error) bool {
	for _, a := range args {
		if !checkValue(a.Value, err) {
			return false
		}
	}
	return true
}

func checkValue(v *ast.Value, err **gqlerror.Error) bool {
	if d := valueDepth(v); d > MaxInputDepth {
		*err = limitError(limitInputDepth, MaxInputDepth, v.Position,
			"an argument value nests %d levels deep; at most %d are allowed", d, MaxInputDepth)
		return false
	}
	return true
}

func valueDepth(v *ast.Value) int {
	if v == nil || (v.Kind != ast.ListValue && v.Kind != ast.ObjectValue) {
		return 0
	}
	deepest := 0
	for _, c := range v.Children {
		deepest = max(deepest, valueDepth(c.Value))
	}
	return 1 + deepest
}

// jsonDepth is valueDepth for a decoded JSON variable.
func jsonDepth(v any) int {
	deepest := 0
	switch v := v.(type) {
	case map[string]any:
		for _, c := range v {
			deepest = max(deepest, jsonDepth(c))
		}
	case []any:
		for _, c := range v {
			deepest = max(deepest, jsonDepth(c))
		}
	default:
		return 0
	}
	return 1 + deepest
}

// selectionDepth is the nesting of a selection set; fragments count where they are spread.
func (s *shapeChecker) selectionDepth(set ast.SelectionSet) int {
	deepest := 0
	for _, sel := range set {
		switch sel := sel.(type) {
		case *ast.Field:
			if sel.Name == "__schema" || sel.Name == "__type" {
				continue
			}
			deepest = max(deepest, 1+s.selectionDepth(sel.SelectionSet))
		case *ast.InlineFragment:
			deepest = max(deepest, s.selectionDepth(sel.SelectionSet))
		case *ast.FragmentSpread:
			deepest = max(deepest, s.fragmentDepth(sel.Name))
		}
	}
	return deepest
}

func (s *shapeChecker) fragmentDepth(name string) int {
	if d, ok := s.depth[name]; ok {
		return d
	}
	f := s.doc.Fragments.ForName(name)
	if f == nil || s.active[name] {
		return 0
	}
	s.active[name] = true
	d := s.selectionDepth(f.SelectionSet)
	delete(s.active, name)
	s.depth[name] = d
	return d
}

// repeated checks every selection set under set for response keys repeated too often.
func (s *shapeChecker) repeated(set ast.SelectionSet) *gqlerror.Error {
	counts := s.responseKeys(set)
	for key, n := range counts {
		if n > MaxRepeatedField {
			pos := set[0].GetPosition()
			return limitError(limitRepeated, MaxRepeatedField, pos,
				"the field %q is selected %s times in one selection set; at most %d are allowed",
				key, countString(n), MaxRepeatedField)
		}
	}
	for _, sel := range set {
		var sub ast.SelectionSet
		switch sel := sel.(type) {
		case *ast.Field:
			sub = sel.SelectionSet
		case *ast.InlineFragment:
			sub = sel.SelectionSet
		}
		if len(sub) > 0 {
			if err := s.repeated(sub); err != nil {
				return err
			}
		}
	}
	return nil
}

// responseKeys counts the response keys a selection set produces at its own level, with inline
// fragments and fragment spreads merged in. Counts saturate just above the limit.
func (s *shapeChecker) responseKeys(set ast.SelectionSet) map[string]int {
	counts := map[string]int{}
	add := func(key string, n int) { counts[key] = min(counts[key]+n, MaxRepeatedField+1) }
	for _, sel := range set {
		switch sel := sel.(type) {
		case *ast.Field:
			key := sel.Alias
			if key == "" {
				key = sel.Name
			}
			add(key, 1)
		case *ast.InlineFragment:
			for k, n := range s.responseKeys(sel.SelectionSet) {
				add(k, n)
			}
		case *ast.FragmentSpread:
			for k, n := range s.fragmentKeys(sel.Name) {
				add(k, n)
			}
		}
	}
	return counts
}

func (s *shapeChecker) fragmentKeys(name string) map[string]int {
	if k, ok := s.keys[name]; ok {
		return k
	}
	f := s.doc.Fragments.ForName(name)
	if f == nil || s.active[name] {
		return nil
	}
	s.active[name] = true
	k := s.responseKeys(f.SelectionSet)
	delete(s.active, name)
	s.keys[name] = k
	return k
}

func countString(n int) string {
	if n > MaxRepeatedField {
		return fmt.Sprintf("more than %d", MaxRepeatedField)
	}
	return fmt.Sprint(n)
}

// costCounter computes an operation's complexity on the validated document. Costs saturate at
// costCap so that hostile multipliers cannot overflow.
type costCounter struct {
	vars      map[string]any
	fragments map[*ast.FragmentDefinition]int
}

const costCap = math.MaxInt32

func (c *costCounter) selections(set ast.SelectionSet, introspection bool) int {
	total := 0
	for _, sel := range set {
		switch sel := sel.(type) {
		case *ast.Field:
			total = addCost(total, c.field(sel, introspection))
		case *ast.InlineFragment:
			total = addCost(total, c.selections(sel.SelectionSet, introspection))
		case *ast.FragmentSpread:
			if sel.Definition == nil {
				continue
			}
			cost, ok := c.fragments[sel.Definition]
			if !ok {
				c.fragments[sel.Definition] = 0 // a cycle (validation refuses those) adds nothing
				cost = c.selections(sel.Definition.SelectionSet, introspection)
				c.fragments[sel.Definition] = cost
			}
			total = addCost(total, cost)
		}
	}
	return total
}

func (c *costCounter) field(f *ast.Field, introspection bool) int {
	// Introspection answers describe the schema, whose size is fixed: no list multiplies.
	introspection = introspection || strings.HasPrefix(f.Name, "__")
	children := c.selections(f.SelectionSet, introspection)
	if introspection {
		return addCost(1, children)
	}
	return addCost(1, mulCost(c.multiplier(f), children))
}

// multiplier is how many items a field may return, each of which costs its selections.
func (c *costCounter) multiplier(f *ast.Field) int {
	if f.Definition == nil || f.Definition.Type == nil {
		return 1
	}
	args := f.ArgumentMap(c.vars)
	if strings.HasSuffix(f.Definition.Type.Name(), "Connection") {
		n, given := -1, false
		for _, name := range []string{"first", "last"} {
			if v, ok := intArg(args[name]); ok {
				n, given = max(n, v), true
			}
		}
		if !given {
			return graph.DefaultPageSize
		}
		// LimitPages refuses larger pages with a precise error; count at most a full page here.
		return min(max(n, 0), graph.MaxPageSize)
	}
	if f.Definition.Type.Elem == nil || len(f.SelectionSet) == 0 {
		return 1 // a single value, or a list of scalars
	}
	if f.ObjectDefinition != nil && strings.HasSuffix(f.ObjectDefinition.Name, "Connection") {
		return 1 // edges of a connection: the connection counted its page already
	}
	if ids, ok := args["ids"].([]any); ok {
		return len(ids)
	}
	return graph.DefaultPageSize
}

func intArg(v any) (int, bool) {
	switch v := v.(type) {
	case int:
		return v, true
	case int32:
		return int(v), true
	case int64:
		return int(min(max(v, -costCap), costCap)), true
	case float64:
		return int(min(max(v, -costCap), costCap)), true
	case json.Number:
		n, err := v.Int64()
		if err != nil {
			return 0, false
		}
		return int(min(max(n, -costCap), costCap)), true
	case *int:
		if v != nil {
			return *v, true
		}
	}
	return 0, false
}

func addCost(a, b int) int { return min(a+b, costCap) }

func mulCost(a, b int) int {
	if a == 0 || b == 0 {
		return 0
	}
	if a > costCap/b {
		return costCap
	}
	return a * b
}

func costString(cost int) string {
	if cost >= costCap {
		return fmt.Sprintf("over %d", costCap)
	}
	return fmt.Sprint(cost)
}
