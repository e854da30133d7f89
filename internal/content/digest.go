package content

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	entcontent "github.com/partnerhub/partnerhub/ent/content"
	"github.com/partnerhub/partnerhub/ent/outboxmessage"
	"github.com/partnerhub/partnerhub/internal/mail"
)

// DigestKind is the outbox kind of the weekly stale-content digest.
const DigestKind = "stale_content_digest"

// SendStaleDigests queues, once per ISO week, one e-mail per owner listing their published items
// past the review-by date, and reports how many it queued. It runs as a daily job in the system's
// context; the week's digest is recognised in the outbox by its subject, so a second run (a retry,
// another instance) in the same week queues nothing.
func SendStaleDigests(ctx context.Context, client *ent.Client, outbox *mail.Outbox, publicURL string, now time.Time) (int, error) {
	stale, err := client.Content.Query().Where(StaleAt(now)).WithOwner().
		Order(entcontent.ByReviewBy()).All(ctx)
	if err != nil {
		return 0, err
	}
	byOwner := map[string][]*ent.Content{}
	owners := map[string]*ent.User{}
	for _, c := range stale {
		if c.Edges.Owner == nil {
			continue
		}
		byOwner[c.OwnerID] = append(byOwner[c.OwnerID], c)
		owners[c.OwnerID] = c.Edges.Owner
	}
	ids := make([]string, 0, len(byOwner))
	for id := range byOwner {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	year, week := now.ISOWeek()
	subject := fmt.Sprintf("Content due for review (week %d-W%02d)", year, week)
	sent := 0
	for _, id := range ids {
		owner := owners[id]
		tx, err := client.Tx(ctx)
		if err != nil {
			return sent, err
		}
		done, err := tx.OutboxMessage.Query().Where(outboxmessage.Kind(DigestKind),
			outboxmessage.Recipient(owner.Email), outboxmessage.Subject(subject)).Exist(ctx)
		if err == nil && !done {
			err = outbox.Enqueue(ctx, tx.Client(), digest(owner, byOwner[id], subject, publicURL, now))
			if err == nil {
				sent++
			}
		}
		if err != nil {
			tx.Rollback()
			return sent, err
		}
		if err := tx.Commit(); err != nil {
			return sent, err
		}
	}
	return sent, nil
}

func digest(owner *ent.User, items []*ent.Content, subject, publicURL string, now time.Time) mail.Message {
	var b strings.Builder
	fmt.Fprintf(&b, "Hello %s,\n\n%d published item(s) you own are past their review-by date. Partners still see them; review each and publish it again with a new date, or archive it.\n\n", owner.Name, len(items))
	for _, c := range items {
		days := int(now.Sub(*c.ReviewBy).Hours() / 24)
		fmt.Fprintf(&b, "- %s (%s), review was due %s, %d day(s) ago\n", c.Title, c.Kind, c.ReviewBy.Format("2006-01-02"), days)
	}
	link := publicURL + "/content"
	fmt.Fprintf(&b, "\nThe stale list: %s\n", link)
	return mail.Message{Kind: DigestKind, To: owner.Email, Subject: subject, Body: b.String(), Link: link}
}
