package rule

import (
	"context"

	entgo "entgo.io/ent"
	"entgo.io/ent/entql"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/notification"
	"github.com/partnerhub/partnerhub/ent/privacy"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// userFilter is a query filter on an entity with a user_id column.
type userFilter interface {
	WhereUserID(entql.StringP)
}

// userOwned is a mutation of an entity with a user_id column.
type userOwned interface {
	entgo.Mutation
	UserID() (string, bool)
}

// FilterOwnUserRows shows a signed-in viewer only the rows it owns itself (bookkeeping such as
// idempotency claims, which answer "did I do this already?" and nothing about anyone else).
func FilterOwnUserRows() privacy.QueryRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		v := viewer.FromContext(ctx)
		if v == nil || v.UserID == "" {
			return privacy.Skip
		}
		uf, ok := f.(userFilter)
		if !ok {
			return privacy.Denyf("%T has no user column", f)
		}
		uf.WhereUserID(entql.StringEQ(v.UserID))
		return privacy.Allow
	})
}

// AllowCreateOwnUserRow lets a signed-in viewer create a row it owns itself.
func AllowCreateOwnUserRow() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m entgo.Mutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || v.UserID == "" || !m.Op().Is(entgo.OpCreate) {
			return privacy.Skip
		}
		um, ok := m.(userOwned)
		if !ok {
			return privacy.Denyf("%T has no user column", m)
		}
		if uid, _ := um.UserID(); uid != v.UserID {
			return Forbidden("you may only act for yourself")
		}
		return privacy.Allow
	})
}

// AllowCreateIfSignedIn lets any signed-in viewer's change add a row that only the system reads
// afterwards (mail queued in the change's transaction).
func AllowCreateIfSignedIn() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m entgo.Mutation) error {
		if viewer.FromContext(ctx) != nil && m.Op().Is(entgo.OpCreate) {
			return privacy.Allow
		}
		return privacy.Skip
	})
}

// AllowMarkOwnNotificationRead lets a user mark its own notifications read, and change nothing
// else of them.
func AllowMarkOwnNotificationRead() privacy.MutationRule {
	return privacy.NotificationMutationRuleFunc(func(ctx context.Context, m *ent.NotificationMutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || v.UserID == "" || !m.Op().Is(entgo.OpUpdate|entgo.OpUpdateOne) {
			return privacy.Skip
		}
		for _, f := range m.Fields() {
			if f != notification.FieldReadAt && f != notification.FieldUpdatedAt {
				return Forbidden("a notification's %s does not change", f)
			}
		}
		m.Where(notification.UserID(v.UserID))
		return privacy.Allow
	})
}
