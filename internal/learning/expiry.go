package learning

import (
	"context"
	"fmt"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/certificationaward"
	"github.com/partnerhub/partnerhub/internal/mail"
	"github.com/partnerhub/partnerhub/internal/webhook"
)

// Reminder windows before a certification expires: each reminder is sent once.
const (
	FirstReminder  = 60 * 24 * time.Hour
	SecondReminder = 14 * 24 * time.Hour
	sweepBatch     = 500
)

// Expire marks every ACTIVE award past its expiry EXPIRED, and reports how many. Each award is
// marked by a conditional UPDATE in its own transaction with its training.certification_expired
// event: safe on every instance at once (one of them marks it and publishes), and a no-op when run
// again. Runs as a job.
func Expire(ctx context.Context, client *ent.Client, now time.Time) (int, error) {
	expired := 0
	for {
		due, err := client.CertificationAward.Query().
			Where(certificationaward.StatusEQ(certificationaward.StatusACTIVE), certificationaward.ExpiresAtLTE(now)).
			Order(ent.Asc(certificationaward.FieldID)).Limit(sweepBatch).All(ctx)
		if err != nil || len(due) == 0 {
			return expired, err
		}
		for _, a := range due {
			ok, err := expireOne(ctx, client, a)
			if err != nil {
				return expired, err
			}
			if ok {
				expired++
			}
		}
	}
}

func expireOne(ctx context.Context, client *ent.Client, a *ent.CertificationAward) (bool, error) {
	tx, err := client.Tx(ctx)
	if err != nil {
		return false, err
	}
	n, err := tx.CertificationAward.Update().
		Where(certificationaward.ID(a.ID), certificationaward.StatusEQ(certificationaward.StatusACTIVE)).
		SetStatus(certificationaward.StatusEXPIRED).Save(ctx)
	if err == nil && n == 1 {
		err = webhook.Publish(ctx, tx.Client(), webhook.CertificationExpired, a.ID, a.PartnerID)
	}
	if err != nil {
		tx.Rollback()
		return false, err
	}
	return n == 1, tx.Commit()
}

// Remind queues the 60-day and 14-day expiry reminders of ACTIVE awards, each once, and reports
// how many it queued. An award first seen inside 14 days gets only the 14-day one. Each award is
// marked by a conditional UPDATE in the message's own transaction, so two instances never send a
// reminder twice. Runs as a job, in the system's context.
func Remind(ctx context.Context, client *ent.Client, outbox *mail.Outbox, publicURL string, now time.Time) (int, error) {
	due, err := client.CertificationAward.Query().
		Where(
			certificationaward.StatusEQ(certificationaward.StatusACTIVE),
			certificationaward.ExpiresAtGT(now),
			certificationaward.Or(
				certificationaward.And(certificationaward.ExpiresAtLTE(now.Add(FirstReminder)), certificationaward.Reminded60AtIsNil()),
				certificationaward.And(certificationaward.ExpiresAtLTE(now.Add(SecondReminder)), certificationaward.Reminded14AtIsNil()),
			),
		).
		WithUser().WithCertification().
		Order(ent.Asc(certificationaward.FieldID)).Limit(sweepBatch).All(ctx)
	if err != nil {
		return 0, err
	}
	sent := 0
	for _, a := range due {
		ok, err := remindOne(ctx, client, outbox, a, publicURL, now)
		if err != nil {
			return sent, err
		}
		if ok {
			sent++
		}
	}
	return sent, nil
}

func remindOne(ctx context.Context, client *ent.Client, outbox *mail.Outbox, a *ent.CertificationAward, publicURL string, now time.Time) (bool, error) {
	tx, err := client.Tx(ctx)
	if err != nil {
		return false, err
	}
	upd := tx.CertificationAward.Update().Where(certificationaward.ID(a.ID))
	final := a.ExpiresAt.Sub(now) <= SecondReminder
	if final {
		// The 14-day reminder also stands in for a 60-day one never sent.
		upd.Where(certificationaward.Reminded14AtIsNil()).SetReminded14At(now)
		if a.Reminded60At == nil {
			upd.SetReminded60At(now)
		}
	} else {
		upd.Where(certificationaward.Reminded60AtIsNil()).SetReminded60At(now)
	}
	n, err := upd.Save(ctx)
	if err == nil && n == 1 {
		err = outbox.Enqueue(ctx, tx.Client(), reminder(a, publicURL))
	}
	if err != nil {
		tx.Rollback()
		return false, err
	}
	return n == 1, tx.Commit()
}

func reminder(a *ent.CertificationAward, publicURL string) mail.Message {
	link := publicURL + "/learning"
	ends := a.ExpiresAt.UTC().Format("2 January 2006")
	return mail.Message{
		Kind:    "certification_expiring",
		To:      a.Edges.User.Email,
		Subject: fmt.Sprintf("Your %s certification expires on %s", a.Edges.Certification.Name, ends),
		Body: fmt.Sprintf("Hello %s,\n\nyour certification %q is valid until %s. Renew it by passing its "+
			"quizzes again before then:\n\n%s\n\nPartnerHub\n", a.Edges.User.Name, a.Edges.Certification.Name, ends, link),
		Link: link,
	}
}
