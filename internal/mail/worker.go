package mail

import (
	"context"
	"log/slog"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/outboxmessage"
	"github.com/partnerhub/partnerhub/internal/jobs"
)

// Delivery settings.
const (
	claimFor    = 2 * time.Minute // a worker that dies mid-send releases its message after this
	maxAttempts = 8
	batchSize   = 20
)

// Worker delivers queued messages as a periodic job (DeliveryTask). A message is claimed with a
// compare-and-set on the database before it is sent, so even two overlapping runs send it once.
type Worker struct {
	client *ent.Client
	sender Sender
	outbox *Outbox
	now    func() time.Time
}

// NewWorker returns a worker delivering through sender.
func NewWorker(client *ent.Client, sender Sender, outbox *Outbox) *Worker {
	return &Worker{client: client, sender: sender, outbox: outbox, now: time.Now}
}

// DeliveryTask is the periodic job that delivers the outbox by SMTP at smtpURL, every interval.
func DeliveryTask(client *ent.Client, outbox *Outbox, smtpURL, from string, every time.Duration) (jobs.Task, error) {
	sender, err := NewSMTPSender(smtpURL, from)
	if err != nil {
		return jobs.Task{}, err
	}
	w := NewWorker(client, sender, outbox)
	return jobs.Task{Name: "deliver_mail", Every: every, Run: func(ctx context.Context) error {
		_, err := w.DeliverDue(ctx)
		return err
	}}, nil
}

// DeliverDue sends the messages that are due and reports how many were sent. It runs as a job, in
// the system's context, since it sends every organisation's mail.
func (w *Worker) DeliverDue(ctx context.Context) (int, error) {
	now := w.now()
	due, err := w.client.OutboxMessage.Query().
		Where(
			outboxmessage.StatusEQ(outboxmessage.StatusPENDING),
			outboxmessage.NextAttemptAtLTE(now),
			outboxmessage.Or(outboxmessage.LockedUntilIsNil(), outboxmessage.LockedUntilLT(now)),
		).
		Order(outboxmessage.ByNextAttemptAt()).
		Limit(batchSize).
		All(ctx)
	if err != nil {
		return 0, err
	}
	sent := 0
	for _, m := range due {
		claimed, err := w.client.OutboxMessage.Update().
			Where(
				outboxmessage.ID(m.ID),
				outboxmessage.StatusEQ(outboxmessage.StatusPENDING),
				outboxmessage.Or(outboxmessage.LockedUntilIsNil(), outboxmessage.LockedUntilLT(now)),
			).
			SetLockedUntil(now.Add(claimFor)).
			AddAttempts(1).
			Save(ctx)
		if err != nil {
			return sent, err
		}
		if claimed == 0 {
			continue // another instance took it
		}
		if err := w.deliver(ctx, m); err != nil {
			return sent, err
		}
		sent++
	}
	return sent, nil
}

func (w *Worker) deliver(ctx context.Context, m *ent.OutboxMessage) error {
	sendCtx, cancel := context.WithTimeout(ctx, time.Minute)
	err := w.sender.Send(sendCtx, m.Recipient, m.Subject, m.Body)
	cancel()
	now := w.now()
	if err == nil {
		// The body can hold a one-time link: once delivered it has no reason to stay.
		return w.client.OutboxMessage.UpdateOneID(m.ID).
			SetStatus(outboxmessage.StatusSENT).SetSentAt(now).SetBody("").ClearLockedUntil().SetLastError("").
			Exec(ctx)
	}
	slog.WarnContext(ctx, "sending e-mail failed", "outbox_id", m.ID, "attempt", m.Attempts+1, "error", err)
	upd := w.client.OutboxMessage.UpdateOneID(m.ID).ClearLockedUntil().SetLastError(truncate(err.Error(), 1000))
	if m.Attempts+1 >= maxAttempts {
		upd.SetStatus(outboxmessage.StatusFAILED).SetBody("")
	} else {
		// Exponential back-off: 30 s, 1 min, 2 min, … about an hour at the last attempt.
		upd.SetNextAttemptAt(now.Add(30 * time.Second << m.Attempts))
	}
	return upd.Exec(ctx)
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
