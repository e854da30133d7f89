package httpserver

import (
	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/graph"
)

// newGraphQLHandler builds the GraphQL endpoint with every transport and extension listed
// explicitly, rather than gqlgen's permissive defaults. limits.go lists the limits of a request.
func newGraphQLHandler(client *ent.Client, services graph.Services, production bool, m *metrics, signIns signInBudget, guard mutationGuard, uploads *uploadLimits) *handler.Server {
	srv := handler.New(graph.NewSchema(client, services))
	// OPTIONS and HEAD first; every other request is GraphQL over HTTP (transport.go): POST only
	// with a JSON body, which a plain HTML form cannot send (CSRF), or a multipart upload with an
	// Authorization header (uploads.go); GET only for queries.
	srv.AddTransport(transport.Options{})
	srv.AddTransport(graphQLHTTP{maxBodyBytes: MaxBodyBytes, uploads: uploads})

	parsed := lru.New[*ast.QueryDocument](1000)
	srv.SetQueryCache(parsed)
	srv.SetParserTokenLimit(MaxTokens)
	srv.SetErrorPresenter(graph.PresentError)
	srv.SetRecoverFunc(graph.Recover)
	if production {
		// A typo must not reveal the schema's names to someone who may not introspect.
		srv.SetDisableSuggestion(true)
		srv.SetValidationRulesFn(rulesWithoutSuggestions)
	}

	// Order matters: a persisted query's text is looked up before the limits check it.
	srv.Use(persistedQueries{cache: lru.New[string](PersistedQueryCacheSize)})
	srv.Use(queryLimits{parsed: parsed})
	srv.Use(introspectionGate{production: production})
	srv.Use(m)
	// Outside the transaction: it refuses a mutation before it opens and records one that rolled
	// back after it closed (rollback.go).
	srv.Use(guard)
	// Every mutation runs in one transaction, so a failed mutation leaves nothing half-written.
	// Sign-ins keep their own and must be sent alone (transaction.go).
	srv.Use(operationTransactioner{entgql.Transactioner{TxOpener: client}})
	srv.Use(signIns)
	// One field middleware (page limits and the audit log) rather than one per concern: gqlgen runs
	// each around every field of every row.
	srv.AroundFields(graph.FieldMiddleware)
	srv.AroundOperations(graph.BalanceCache)
	srv.AroundOperations(graph.PerformanceBatches)
	return srv
}

var _ graphql.ResponseInterceptor = (*metrics)(nil)
