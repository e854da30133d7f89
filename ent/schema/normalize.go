package schema

import (
	"context"

	"entgo.io/ent"

	gen "github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/hook"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/normalize"
)

// normalizeEmail stores e-mail addresses in lower case whatever path writes them, so the unique
// index and sign-in compare like with like.
func normalizeEmail() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.UserFunc(func(ctx context.Context, m *gen.UserMutation) (ent.Value, error) {
			if email, ok := m.Email(); ok {
				n, err := normalize.Email(email)
				if err != nil {
					return nil, apperr.BadInput("email", "%q is not a valid e-mail address", email)
				}
				m.SetEmail(n)
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpCreate|ent.OpUpdate|ent.OpUpdateOne)
}

// deriveDomain keeps a partner's domain in step with its website; the unique index on domain then
// stops two partner records for one company.
func deriveDomain() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.PartnerFunc(func(ctx context.Context, m *gen.PartnerMutation) (ent.Value, error) {
			if website, ok := m.Website(); ok {
				if website == "" {
					m.ClearDomain()
				} else {
					d, err := normalize.Domain(website)
					if err != nil {
						return nil, apperr.BadInput("website", "%q has no valid web domain", website)
					}
					m.SetDomain(d)
				}
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpCreate|ent.OpUpdate|ent.OpUpdateOne)
}

// normalizeInvitationEmail stores invitees' addresses like users' so acceptance finds an existing
// INVITED user and a second invitation to the same person is recognised.
func normalizeInvitationEmail() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.InvitationFunc(func(ctx context.Context, m *gen.InvitationMutation) (ent.Value, error) {
			if email, ok := m.Email(); ok {
				n, err := normalize.Email(email)
				if err != nil {
					return nil, apperr.BadInput("email", "%q is not a valid e-mail address", email)
				}
				m.SetEmail(n)
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpCreate|ent.OpUpdate|ent.OpUpdateOne)
}

// deriveMatchKeys keeps an account's match keys in step with its name key, whoever writes it.
func deriveMatchKeys() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.AccountFunc(func(ctx context.Context, m *gen.AccountMutation) (ent.Value, error) {
			if key, ok := m.NameKey(); ok {
				m.SetMatchKeys(normalize.Lexemes(normalize.MatchKeys(key), " "))
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpCreate|ent.OpUpdate|ent.OpUpdateOne)
}
