package mail_test

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/partnerhub/partnerhub/ent/outboxmessage"
	"github.com/partnerhub/partnerhub/internal/mail"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

type countingSender struct {
	sent atomic.Int32
	fail atomic.Bool
}

func (c *countingSender) Send(context.Context, string, string, string) error {
	if c.fail.Load() {
		return errors.New("mail server says no")
	}
	c.sent.Add(1)
	return nil
}

func sys() context.Context { return viewer.NewContext(context.Background(), viewer.System()) }

// TestEachMessageSentOnce: workers of several instances racing over one outbox send every message
// exactly once, and a sent message no longer holds its body (which may carry a one-time link).
func TestEachMessageSentOnce(t *testing.T) {
	client := testdb.Client(t)
	outbox := mail.NewOutbox(false)
	for range 10 {
		if err := outbox.Enqueue(sys(), client, mail.Message{Kind: "test", To: "a@b.test", Subject: "s", Body: "secret link"}); err != nil {
			t.Fatal(err)
		}
	}
	sender := &countingSender{}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := mail.NewWorker(client, sender, outbox).DeliverDue(asJob()); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if n := sender.sent.Load(); n != 10 {
		t.Fatalf("%d messages sent, want 10", n)
	}
	left, err := client.OutboxMessage.Query().Where(outboxmessage.Or(outboxmessage.StatusNEQ(outboxmessage.StatusSENT), outboxmessage.BodyNEQ(""))).Count(sys())
	if err != nil || left != 0 {
		t.Fatalf("%d messages not sent or still holding their body (%v)", left, err)
	}
}

// TestFailedDeliveryBacksOff: a failure is recorded and the message retried later, not at once.
func TestFailedDeliveryBacksOff(t *testing.T) {
	client := testdb.Client(t)
	outbox := mail.NewOutbox(false)
	if err := outbox.Enqueue(sys(), client, mail.Message{Kind: "test", To: "a@b.test", Subject: "s", Body: "b"}); err != nil {
		t.Fatal(err)
	}
	sender := &countingSender{}
	sender.fail.Store(true)
	w := mail.NewWorker(client, sender, outbox)
	if _, err := w.DeliverDue(asJob()); err != nil {
		t.Fatal(err)
	}
	m, err := client.OutboxMessage.Query().Only(sys())
	if err != nil {
		t.Fatal(err)
	}
	if m.Status != outboxmessage.StatusPENDING || m.Attempts != 1 || m.LastError == "" || !m.NextAttemptAt.After(m.CreatedAt) {
		t.Fatalf("after a failure: %+v", m)
	}
	sender.fail.Store(false)
	if n, _ := w.DeliverDue(asJob()); n != 0 {
		t.Fatal("a failed message was retried before its back-off")
	}
}

// asJob is the context the job runner gives the delivery task.
func asJob() context.Context { return viewer.SystemContext(context.Background()) }
