package httpserver

import (
	"context"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"

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
	limitIncremental = "INCREMENTAL_DELIVERY"
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
