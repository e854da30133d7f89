package schema

import (
	"context"
	"fmt"

	"entgo.io/ent"

	gen "github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/hook"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/normalize"
)

// normalizeEmail stores an entity's "email" field in lower case whatever path writes it, so unique
// indexes, sign-in and invitation acceptance compare like with like. One hook for every entity with
// an e-mail address (users, invitations).
func normalizeEmail() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if value, ok := m.Field("email"); ok {
				email, _ := value.(string)
				n, err := normalize.Email(email)
				if err != nil {
					return nil, apperr.BadInput("email", "%q is not a valid e-mail address", email)
				}
				if err := m.SetField("email", n); err != nil {
					return nil, err
				}
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

// translationGroup puts a new item in a group of its own unless it joins another's as a
// translation: every item has a group, so the partner list can keep one per group.
func translationGroup() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.ContentFunc(func(ctx context.Context, m *gen.ContentMutation) (ent.Value, error) {
			if _, ok := m.Field("translation_group"); !ok {
				id, ok := m.ID()
				if !ok {
					return nil, fmt.Errorf("content: no ID to start a translation group with")
				}
				if err := m.SetField("translation_group", id); err != nil {
					return nil, err
				}
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpCreate)
}
