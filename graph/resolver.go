// Package graph holds the GraphQL resolvers. They stay thin: validate input, call the domain
// function in internal/<capability>, return the payload.
package graph

import (
	"github.com/99designs/gqlgen/graphql"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/graph/generated"
	"github.com/partnerhub/partnerhub/internal/auth"
	"github.com/partnerhub/partnerhub/internal/content"
	"github.com/partnerhub/partnerhub/internal/deal"
	"github.com/partnerhub/partnerhub/internal/invitation"
	"github.com/partnerhub/partnerhub/internal/lead"
	"github.com/partnerhub/partnerhub/internal/mail"
	"github.com/partnerhub/partnerhub/internal/recruitment"
	"github.com/partnerhub/partnerhub/internal/survey"
	"github.com/partnerhub/partnerhub/internal/webhook"
)

// Services are the domain services resolvers call.
type Services struct {
	Auth        *auth.Service
	Passwords   *auth.Passwords
	Invitations *invitation.Service
	Recruitment *recruitment.Service
	Deals       deal.Config
	Leads       lead.Config
	Webhooks    webhook.Config
	// PublicURL is where people reach the portal (certificate verification links).
	PublicURL string
	// Outbox queues e-mail in the request's transaction (tier evaluation notices).
	Outbox  *mail.Outbox
	Surveys survey.Sender   // partner satisfaction surveys
	Library content.Service // the enablement content library; MDF proof files use its uploads too
}

// Resolver carries the dependencies resolvers share.
type Resolver struct {
	client *ent.Client
	auth   *auth.Service
	deals  deal.Config
	Services
}

// NewSchema builds the executable schema over an ent client.
func NewSchema(client *ent.Client, s Services) graphql.ExecutableSchema {
	return generated.NewExecutableSchema(generated.Config{
		Resolvers:  &Resolver{client: client, auth: s.Auth, deals: s.Deals, Services: s},
		Directives: generated.DirectiveRoot{HasRole: hasRole},
	})
}
