// Package mail sends PartnerHub's e-mail through an outbox: a message is a row written in the
// transaction of the change that causes it (so it exists exactly when the change committed), and a
// worker on any instance claims and delivers it by SMTP.
package mail

import (
	"context"
	"log/slog"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// Message is one e-mail to send.
type Message struct {
	Kind    string // e.g. invitation
	To      string
	Subject string
	Body    string
	// Link is the message's call to action, logged in development so a developer without a mail
	// server can follow it. Never logged in production: it may be a credential.
	Link string
	// Credential marks a message whose link or text is a credential (a password reset, an
	// invitation, a survey's one-time link): it goes by e-mail only, never to the in-app bell.
	Credential bool
}

// Outbox queues messages.
type Outbox struct {
	logLinks bool
}

// NewOutbox returns an outbox; logLinks logs each message's link (development only).
func NewOutbox(logLinks bool) *Outbox {
	return &Outbox{logLinks: logLinks}
}

// Enqueue writes m through tx, the transaction of the change that sends it, and, when m goes to
// a user of PartnerHub and carries no credential, the user's in-app notification with it.
func (o *Outbox) Enqueue(ctx context.Context, tx *ent.Client, m Message) error {
	err := tx.OutboxMessage.Create().
		SetKind(m.Kind).SetRecipient(m.To).SetSubject(m.Subject).SetBody(m.Body).
		SetNextAttemptAt(time.Now()).
		Exec(ctx)
	if err != nil {
		return err
	}
	if !m.Credential {
		if err := notify(ctx, tx, m); err != nil {
			return err
		}
	}
	if o.logLinks && m.Link != "" {
		slog.InfoContext(ctx, "e-mail queued (development: link logged)", "kind", m.Kind, "to", m.To, "link", m.Link)
	}
	return nil
}

// maxNotificationBody keeps a notification to what a bell's list shows; the e-mail has the rest.
const maxNotificationBody = 4000

// notify writes the in-app copy of m for the user it is addressed to, if any. The recipient is
// looked up by address whatever the sender may read: a partner's registration notifies its
// channel manager, whom the partner cannot list.
func notify(ctx context.Context, tx *ent.Client, m Message) error {
	sys := viewer.SystemContext(ctx) // privacy escape: only the recipient's user ID is read, to address their copy of the e-mail
	ids, err := tx.User.Query().Where(user.Email(m.To)).IDs(sys)
	if err != nil || len(ids) != 1 {
		return err
	}
	body := m.Body
	if len(body) > maxNotificationBody {
		body = strings.ToValidUTF8(body[:maxNotificationBody-len("…")], "") + "…"
	}
	return tx.Notification.Create().SetUserID(ids[0]).SetKind(m.Kind).SetTitle(m.Subject).
		SetBody(body).SetLink(m.Link).Exec(sys)
}
