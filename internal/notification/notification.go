// Package notification reads and marks the viewer's in-app notifications (docs/notifications.md).
// internal/mail writes them with the e-mails they copy; the Notification policy keeps each user to
// its own.
package notification

import (
	"context"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	entnotification "github.com/partnerhub/partnerhub/ent/notification"
	"github.com/partnerhub/partnerhub/internal/apperr"
)

// MaxPage bounds one list.
const MaxPage = 100

// List returns the viewer's newest notifications (unread only if asked) and its unread count.
func List(ctx context.Context, client *ent.Client, first int, unreadOnly bool) ([]*ent.Notification, int, error) {
	if first < 1 || first > MaxPage {
		return nil, 0, apperr.BadInput("first", "first must be between 1 and %d", MaxPage)
	}
	q := client.Notification.Query()
	if unreadOnly {
		q.Where(entnotification.ReadAtIsNil())
	}
	items, err := q.Order(ent.Desc(entnotification.FieldCreatedAt), ent.Desc(entnotification.FieldID)).Limit(first).All(ctx)
	if err != nil {
		return nil, 0, err
	}
	unread, err := Unread(ctx, client)
	return items, unread, err
}

// Unread counts the viewer's unread notifications.
func Unread(ctx context.Context, client *ent.Client) (int, error) {
	return client.Notification.Query().Where(entnotification.ReadAtIsNil()).Count(ctx)
}

// MarkRead marks the viewer's given notifications, or all of them, read and reports how many it
// marked; IDs of notifications that are not the viewer's mark nothing.
func MarkRead(ctx context.Context, client *ent.Client, ids []string, all bool, now time.Time) (int, error) {
	if all == (len(ids) > 0) {
		return 0, apperr.BadInput("ids", "name the notifications to mark read, or ask for all of them")
	}
	u := client.Notification.Update().Where(entnotification.ReadAtIsNil())
	if !all {
		u.Where(entnotification.IDIn(ids...))
	}
	return u.SetReadAt(now).Save(ctx)
}
