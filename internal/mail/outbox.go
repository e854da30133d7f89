// Package mail sends PartnerHub's e-mail through an outbox: a message is a row written in the
// transaction of the change that causes it (so it exists exactly when the change committed), and a
// worker on any instance claims and delivers it by SMTP.
package mail

import (
	"context"
	"log/slog"
	"time"

	"github.com/partnerhub/partnerhub/ent"
)

// Message is one e-mail to send.
type Message struct {
	Kind    string // e.g. invitation
	To      string
	Subject string
	Body    string
	// Link is the message's call to action, logged in development so a developer without a mail
	// server can follow it. Never logged in production: it is a credential.
	Link string
}

// Outbox queues messages.
type Outbox struct {
	logLinks bool
}

// NewOutbox returns an outbox; logLinks logs each message's link (development only).
func NewOutbox(logLinks bool) *Outbox {
	return &Outbox{logLinks: logLinks}
}

// Enqueue writes m through tx, the transaction of the change that sends it.
func (o *Outbox) Enqueue(ctx context.Context, tx *ent.Client, m Message) error {
	err := tx.OutboxMessage.Create().
		SetKind(m.Kind).SetRecipient(m.To).SetSubject(m.Subject).SetBody(m.Body).
		SetNextAttemptAt(time.Now()).
		Exec(ctx)
	if err != nil {
		return err
	}
	if o.logLinks && m.Link != "" {
		slog.InfoContext(ctx, "e-mail queued (development: link logged)", "kind", m.Kind, "to", m.To, "link", m.Link)
	}
	return nil
}
