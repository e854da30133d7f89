package webhook

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"slices"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/webhookdelivery"
	"github.com/partnerhub/partnerhub/ent/webhookevent"
	"github.com/partnerhub/partnerhub/ent/webhooksubscription"
	"github.com/partnerhub/partnerhub/internal/jobs"
	"github.com/partnerhub/partnerhub/internal/mail"
	"github.com/partnerhub/partnerhub/internal/viewer"
	"github.com/partnerhub/partnerhub/internal/webhook/attempt"
)

// Delivery settings.
const (
	// RetryFor is how long a delivery is retried before it fails and the subscription is marked
	// failing.
	RetryFor = 24 * time.Hour
	// firstRetry doubles after each failed attempt (30 s, 1 min, 2 min, … ), up to maxRetryWait.
	firstRetry   = 30 * time.Second
	maxRetryWait = 6 * time.Hour
	claimFor     = 2 * time.Minute // a worker that dies mid-send releases its delivery after this
	sendTimeout  = 10 * time.Second
	batchSize    = 50
)

// Renderer renders an object as the given viewer reads it through the API (the same privacy
// rules, the same fields), or returns nil when that viewer may not see it. graph.NewRenderer is
// the implementation.
type Renderer interface {
	Render(ctx context.Context, objectID string) (json.RawMessage, error)
}

// Worker fans events out to subscriptions and delivers them.
type Worker struct {
	client *ent.Client
	render Renderer
	outbox *mail.Outbox
	http   *http.Client
	now    func() time.Time
	// PublicURL is where the portal is, for the link in the failing-subscription e-mail.
	PublicURL string
}

// NewWorker returns a worker for client (the root client: it opens its own transactions).
func NewWorker(client *ent.Client, render Renderer, outbox *mail.Outbox, cfg Config) *Worker {
	return &Worker{client: client, render: render, outbox: outbox, http: cfg.httpClient(sendTimeout), now: time.Now}
}

// SetClock makes the worker read the time from now (tests move time forward to reach retries).
func (w *Worker) SetClock(now func() time.Time) { w.now = now }

// Task is the periodic River job that runs the worker every interval.
func (w *Worker) Task(every time.Duration) jobs.Task {
	return jobs.Task{Name: "deliver_webhooks", Every: every, Run: func(ctx context.Context) error {
		if _, err := w.FanOut(ctx); err != nil {
			return err
		}
		_, err := w.DeliverDue(ctx)
		return err
	}}
}

// body is what a receiver gets.
type body struct {
	ID        string          `json:"id"`
	Type      string          `json:"type"`
	CreatedAt time.Time       `json:"createdAt"`
	Sequence  int64           `json:"sequence"`
	Object    json.RawMessage `json:"object"`
}

// subscriberViewer is who a subscription reads as: the vendor's subscriptions as an ADMIN, a
// partner's as its partner admin. The body then holds exactly what that viewer may read.
func subscriberViewer(s *ent.WebhookSubscription) *viewer.Viewer {
	if s.PartnerID == "" {
		return &viewer.Viewer{UserID: s.CreatedByID, Role: viewer.Admin}
	}
	return &viewer.Viewer{UserID: s.CreatedByID, Role: viewer.PartnerAdmin, PartnerID: s.PartnerID}
}

// FanOut creates the deliveries of events not yet fanned out and reports how many. It runs as a
// job, in the system's context; each body is rendered as its subscriber's viewer. An event is
// claimed by a conditional update in the transaction that creates its deliveries, so two
// instances never fan one event out twice.
func (w *Worker) FanOut(ctx context.Context) (int, error) {
	created := 0
	for {
		events, err := w.client.WebhookEvent.Query().
			Where(webhookevent.FannedOut(false)).
			Order(webhookevent.ByCreatedAt(), webhookevent.ByID()).Limit(batchSize).All(ctx)
		if err != nil || len(events) == 0 {
			return created, err
		}
		subs, err := w.client.WebhookSubscription.Query().
			Where(webhooksubscription.StatusNEQ(webhooksubscription.StatusPAUSED)).All(ctx)
		if err != nil {
			return created, err
		}
		for _, e := range events {
			n, err := w.fanOutOne(ctx, e, subs)
			if err != nil {
				return created, err
			}
			created += n
		}
		if len(events) < batchSize {
			return created, nil
		}
	}
}

func (w *Worker) fanOutOne(ctx context.Context, e *ent.WebhookEvent, subs []*ent.WebhookSubscription) (int, error) {
	type delivery struct {
		sub  *ent.WebhookSubscription
		body []byte
	}
	var out []delivery
	for _, s := range subs {
		if !reaches(s, e) {
			continue
		}
		object, err := w.object(ctx, s, e)
		if err != nil {
			return 0, err
		}
		if object == nil {
			continue // the subscriber may not see the object
		}
		raw, err := json.Marshal(body{ID: e.ID, Type: e.Type, CreatedAt: e.OccurredAt.UTC(), Sequence: e.Sequence, Object: object})
		if err != nil {
			return 0, err
		}
		out = append(out, delivery{s, raw})
	}
	now := w.now()
	tx, err := w.client.Tx(ctx)
	if err != nil {
		return 0, err
	}
	claimed, err := tx.WebhookEvent.Update().
		Where(webhookevent.ID(e.ID), webhookevent.FannedOut(false)).SetFannedOut(true).Save(ctx)
	if err != nil || claimed == 0 {
		tx.Rollback()
		return 0, err // claimed == 0: another instance fanned it out
	}
	bulk := make([]*ent.WebhookDeliveryCreate, len(out))
	for i, d := range out {
		bulk[i] = tx.WebhookDelivery.Create().
			SetSubscriptionID(d.sub.ID).SetPartnerID(d.sub.PartnerID).SetEventID(e.ID).SetEventType(e.Type).
			SetBody(string(d.body)).SetNextAttemptAt(now).SetGiveUpAt(now.Add(RetryFor)).SetLog([]attempt.Attempt{})
	}
	if err := tx.WebhookDelivery.CreateBulk(bulk...).Exec(ctx); len(bulk) > 0 && err != nil {
		tx.Rollback()
		return 0, err
	}
	return len(out), tx.Commit()
}

// object is the event's object as subscriber s reads it; a deleted row is only its ID.
func (w *Worker) object(ctx context.Context, s *ent.WebhookSubscription, e *ent.WebhookEvent) (json.RawMessage, error) {
	if deletions[e.Type] {
		return json.Marshal(map[string]any{"id": e.ObjectID, "deleted": true})
	}
	return w.render.Render(viewer.NewContext(ctx, subscriberViewer(s)), e.ObjectID)
}

// DeliverDue sends the deliveries that are due and reports how many reached their receiver. A
// delivery is claimed by a conditional update before it is sent, so overlapping runs send it once.
func (w *Worker) DeliverDue(ctx context.Context) (int, error) {
	delivered := 0
	for {
		n, more, err := w.deliverBatch(ctx)
		delivered += n
		if err != nil || !more {
			return delivered, err
		}
	}
}

// deliverBatch sends up to batchSize due deliveries and reports whether more may be due.
func (w *Worker) deliverBatch(ctx context.Context) (int, bool, error) {
	now := w.now()
	due, err := w.client.WebhookDelivery.Query().
		Where(
			webhookdelivery.StatusEQ(webhookdelivery.StatusPENDING),
			webhookdelivery.NextAttemptAtLTE(now),
			webhookdelivery.Or(webhookdelivery.LockedUntilIsNil(), webhookdelivery.LockedUntilLT(now)),
		).
		Order(webhookdelivery.ByNextAttemptAt(), webhookdelivery.ByID()).Limit(batchSize).
		WithSubscription().All(ctx)
	if err != nil {
		return 0, false, err
	}
	delivered := 0
	for _, d := range due {
		claimed, err := w.client.WebhookDelivery.Update().
			Where(
				webhookdelivery.ID(d.ID), webhookdelivery.StatusEQ(webhookdelivery.StatusPENDING),
				webhookdelivery.Or(webhookdelivery.LockedUntilIsNil(), webhookdelivery.LockedUntilLT(now)),
			).
			SetLockedUntil(now.Add(claimFor)).AddAttempts(1).Save(ctx)
		if err != nil {
			return delivered, false, err
		}
		if claimed == 0 {
			continue // another instance took it
		}
		ok, err := w.attempt(ctx, d)
		if err != nil {
			return delivered, false, err
		}
		if ok {
			delivered++
		}
	}
	return delivered, len(due) == batchSize, nil
}

// attempt sends d once and records the outcome.
func (w *Worker) attempt(ctx context.Context, d *ent.WebhookDelivery) (bool, error) {
	sub := d.Edges.Subscription
	started := w.now()
	code, sendErr := w.send(ctx, sub, d)
	now := w.now()
	a := attempt.Attempt{At: started.UTC(), StatusCode: code, DurationMs: int(now.Sub(started).Milliseconds())}
	if sendErr != nil {
		a.Error = truncate(sendErr.Error(), 500)
	}
	log := append(slices.Clone(d.Log), a)
	tx, err := w.client.Tx(ctx)
	if err != nil {
		return false, err
	}
	upd := tx.WebhookDelivery.UpdateOneID(d.ID).ClearLockedUntil().SetLog(log)
	if code != 0 {
		upd.SetLastStatusCode(code)
	}
	switch {
	case sendErr == nil:
		upd.SetStatus(webhookdelivery.StatusDELIVERED).SetDeliveredAt(now)
		// The receiver is back: a failing subscription is healthy again.
		if err := tx.WebhookSubscription.Update().
			Where(webhooksubscription.ID(sub.ID), webhooksubscription.StatusEQ(webhooksubscription.StatusFAILING)).
			SetStatus(webhooksubscription.StatusACTIVE).ClearFailingSince().Exec(ctx); err != nil {
			tx.Rollback()
			return false, err
		}
	case !now.Before(d.GiveUpAt):
		upd.SetStatus(webhookdelivery.StatusFAILED)
		if err := w.markFailing(ctx, tx.Client(), sub, d, now); err != nil {
			tx.Rollback()
			return false, err
		}
	default:
		upd.SetNextAttemptAt(minTime(now.Add(backoff(d.Attempts+1)), d.GiveUpAt))
		slog.WarnContext(ctx, "webhook delivery failed; will retry", "delivery_id", d.ID, "attempt", d.Attempts+1, "status", code, "error", sendErr)
	}
	if err := upd.Exec(ctx); err != nil {
		tx.Rollback()
		return false, err
	}
	return sendErr == nil, tx.Commit()
}

// backoff is the wait after the n-th failed attempt: 30 s doubling, at most maxRetryWait.
func backoff(n int) time.Duration {
	wait := firstRetry
	for i := 1; i < n && wait < maxRetryWait; i++ {
		wait *= 2
	}
	return min(wait, maxRetryWait)
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// send POSTs the delivery's body, signed now, and returns the receiver's status code.
func (w *Worker) send(ctx context.Context, sub *ent.WebhookSubscription, d *ent.WebhookDelivery) (int, error) {
	payload := []byte(d.Body)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, sub.URL, bytes.NewReader(payload))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "PartnerHub-Webhooks/1")
	req.Header.Set("PartnerHub-Event-Id", d.EventID)
	req.Header.Set("PartnerHub-Event-Type", d.EventType)
	req.Header.Set("PartnerHub-Delivery-Id", d.ID)
	req.Header.Set(SignatureHeader, Sign(sub.Secret, w.now(), payload))
	res, err := w.http.Do(req)
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	io.Copy(io.Discard, io.LimitReader(res.Body, 64<<10))
	if res.StatusCode < 200 || res.StatusCode > 299 {
		return res.StatusCode, fmt.Errorf("the receiver answered %s", res.Status)
	}
	return res.StatusCode, nil
}

// markFailing marks the subscription failing and tells whoever subscribed, once per failing
// spell (not for every delivery that gives up while it is failing).
func (w *Worker) markFailing(ctx context.Context, tx *ent.Client, sub *ent.WebhookSubscription, d *ent.WebhookDelivery, now time.Time) error {
	n, err := tx.WebhookSubscription.Update().
		Where(webhooksubscription.ID(sub.ID), webhooksubscription.StatusEQ(webhooksubscription.StatusACTIVE)).
		SetStatus(webhooksubscription.StatusFAILING).SetFailingSince(now).Save(ctx)
	if err != nil || n == 0 {
		return err
	}
	owner, err := tx.User.Get(ctx, sub.CreatedByID)
	if ent.IsNotFound(err) {
		return nil // nobody left to tell
	}
	if err != nil {
		return err
	}
	return w.outbox.Enqueue(ctx, tx, mail.Message{
		Kind:    "webhook_failing",
		To:      owner.Email,
		Subject: "A PartnerHub webhook is failing",
		Body: fmt.Sprintf("Deliveries to %s have failed for %s (event %s, %s; last status %s).\n\n"+
			"Fix the receiver, then redeliver the failed events from the webhook's delivery log: %s/webhooks\n",
			sub.URL, RetryFor, d.EventID, d.EventType, lastStatus(d), w.PublicURL),
	})
}

func lastStatus(d *ent.WebhookDelivery) string {
	if d.LastStatusCode == nil {
		return "no answer"
	}
	return fmt.Sprint(*d.LastStatusCode)
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
