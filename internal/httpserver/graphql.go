package httpserver

import (
	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/graph"
	"github.com/partnerhub/partnerhub/internal/auth"
	"github.com/partnerhub/partnerhub/internal/deal"
)

// complexityLimit bounds the work one query may ask for (each field costs 1, lists multiply).
const complexityLimit = 5000

// newGraphQLHandler builds the GraphQL endpoint with every transport and extension listed
// explicitly, rather than gqlgen's permissive defaults.
func newGraphQLHandler(client *ent.Client, authService *auth.Service, deals deal.Config, production bool, m *metrics) *handler.Server {
	srv := handler.New(graph.NewSchema(client, authService, deals))
	// POST only with a JSON body (a plain HTML form cannot send one, which blocks CSRF); GET only
	// for queries (gqlgen's GET transport refuses mutations).
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})

	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetErrorPresenter(graph.PresentError)
	srv.SetRecoverFunc(graph.Recover)

	if !production {
		srv.Use(extension.Introspection{})
	}
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](1000)})
	srv.Use(extension.FixedComplexityLimit(complexityLimit))
	srv.Use(m)
	// Every mutation runs in one transaction, so a failed mutation leaves nothing half-written.
	// Session mutations keep their own: a failed sign-in must still count towards the lockout.
	srv.Use(entgql.Transactioner{TxOpener: client, SkipTxFunc: entgql.SkipIfHasFields("login", "refreshSession", "logout")})
	srv.AroundFields(graph.LimitPages)
	srv.AroundFields(graph.AuditMutations)
	return srv
}

var _ graphql.ResponseInterceptor = (*metrics)(nil)
