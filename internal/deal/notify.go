package deal

import (
	"context"
	"fmt"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/internal/deal/status"
	"github.com/partnerhub/partnerhub/internal/mail"

	entdeal "github.com/partnerhub/partnerhub/ent/deal"
)

// NoticeWindow is how long before its protection ends a registrant is told, so there is time to
// close the deal or ask for an extension.
const NoticeWindow = 14 * 24 * time.Hour

// NotifyExpiring queues an e-mail to the registrant of every approved deal whose protection ends
// within NoticeWindow, once per deal, and reports how many it queued. Like ExpireProtection it is
// safe on several instances at once: a deal is marked by a conditional UPDATE, and its message is
// queued in the same transaction only when that UPDATE changed the row. It runs as a job, in the
// system's context, since it reaches every partner's registrants.
func NotifyExpiring(ctx context.Context, client *ent.Client, outbox *mail.Outbox, publicURL string, now time.Time) (int, error) {
	due, err := client.Deal.Query().
		Where(
			entdeal.StatusEQ(status.Approved),
			entdeal.ProtectionExpiresAtGT(now),
			entdeal.ProtectionExpiresAtLTE(now.Add(NoticeWindow)),
			entdeal.ExpiryNoticeAtIsNil(),
		).
		WithRegisteredBy().
		Order(entdeal.ByID()).Limit(sweepBatch).All(ctx)
	if err != nil {
		return 0, err
	}
	sent := 0
	for _, d := range due {
		tx, err := client.Tx(ctx)
		if err != nil {
			return sent, err
		}
		n, err := tx.Deal.Update().
			Where(entdeal.ID(d.ID), entdeal.ExpiryNoticeAtIsNil()).
			SetExpiryNoticeAt(now).
			Save(ctx)
		if err == nil && n == 1 {
			err = outbox.Enqueue(ctx, tx.Client(), expiryNotice(d, publicURL))
		}
		if err != nil {
			tx.Rollback()
			return sent, err
		}
		if err := tx.Commit(); err != nil {
			return sent, err
		}
		sent += n
	}
	return sent, nil
}

func expiryNotice(d *ent.Deal, publicURL string) mail.Message {
	link := fmt.Sprintf("%s/deals/%s", publicURL, d.ID)
	ends := d.ProtectionExpiresAt.UTC().Format("2 January 2006")
	return mail.Message{
		Kind:    "deal_protection_expiring",
		To:      d.Edges.RegisteredBy.Email,
		Subject: fmt.Sprintf("Protection for %q ends on %s", d.Title, ends),
		Body: fmt.Sprintf("Hello %s,\n\nyour approved deal registration %q is protected until %s. "+
			"After that another partner may register the customer. Close the deal, or ask for an "+
			"extension, before then:\n\n%s\n\nPartnerHub\n", d.Edges.RegisteredBy.Name, d.Title, ends, link),
		Link: link,
	}
}

// NotifyDecision tells a registration's registrant, by e-mail and in the portal, that the channel
// team approved or rejected it; the note goes with a rejection.
func NotifyDecision(ctx context.Context, client *ent.Client, outbox *mail.Outbox, publicURL string, d *ent.Deal) error {
	by, err := client.User.Get(ctx, d.RegisteredByID)
	if err != nil {
		return err
	}
	link := fmt.Sprintf("%s/deals/%s", publicURL, d.ID)
	verdict, more := "approved", "It is protected for you"
	if d.ProtectionExpiresAt != nil {
		more += " until " + d.ProtectionExpiresAt.UTC().Format("2 January 2006")
	}
	more += "."
	if d.Status == status.Rejected {
		verdict, more = "rejected", "The channel team's note: "+d.DecisionNote
	}
	return outbox.Enqueue(ctx, client, mail.Message{
		Kind: "deal_" + verdict, To: by.Email, Link: link,
		Subject: fmt.Sprintf("Your registration %q was %s", d.Title, verdict),
		Body:    fmt.Sprintf("Hello %s,\n\nyour deal registration %q was %s. %s\n\n%s\n\nPartnerHub\n", by.Name, d.Title, verdict, more, link),
	})
}

// NotifyConflict tells a registrant that their new registration was flagged against an earlier
// claim on the customer and waits for the channel team's review. It says that a conflict exists,
// never whose (docs/rules-of-engagement.md).
func NotifyConflict(ctx context.Context, client *ent.Client, outbox *mail.Outbox, publicURL string, d *ent.Deal) error {
	n, err := d.QueryConflicts().Count(ctx)
	if err != nil || n == 0 {
		return err
	}
	by, err := client.User.Get(ctx, d.RegisteredByID)
	if err != nil {
		return err
	}
	link := fmt.Sprintf("%s/deals/%s", publicURL, d.ID)
	return outbox.Enqueue(ctx, client, mail.Message{
		Kind: "deal_conflict", To: by.Email, Link: link,
		Subject: fmt.Sprintf("Your registration %q needs a review", d.Title),
		Body: fmt.Sprintf("Hello %s,\n\nyour deal registration %q may overlap an earlier claim on %s. "+
			"Your channel manager reviews it and decides; you will hear the outcome.\n\n%s\n\nPartnerHub\n",
			by.Name, d.Title, d.CustomerDomain, link),
	})
}
