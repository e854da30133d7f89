// Package graph holds the GraphQL resolvers. They stay thin: validate input, call the domain
// function in internal/<capability>, return the payload.
package graph

import (
	"github.com/99designs/gqlgen/graphql"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/graph/generated"
	"github.com/partnerhub/partnerhub/internal/auth"
	"github.com/partnerhub/partnerhub/internal/deal"
)

// Resolver carries the dependencies resolvers share.
type Resolver struct {
	client *ent.Client
	auth   *auth.Service
	deals  deal.Config
}

// NewSchema builds the executable schema over an ent client.
func NewSchema(client *ent.Client, authService *auth.Service, deals deal.Config) graphql.ExecutableSchema {
	return generated.NewExecutableSchema(generated.Config{
		Resolvers:  &Resolver{client: client, auth: authService, deals: deals},
		Directives: generated.DirectiveRoot{HasRole: hasRole},
	})
}
