package mdf

import (
	"context"
	"fmt"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/mdfallocation"
	"github.com/partnerhub/partnerhub/ent/mdfledgerentry"
	"github.com/partnerhub/partnerhub/ent/outboxmessage"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/mail"
	"github.com/partnerhub/partnerhub/internal/webhook"
)

// DefaultGraceDays is how long after its period's last day an allocation's uncommitted funds stay
// available before they expire, while ADMIN has not set it (MdfSettings).
const DefaultGraceDays = 14

// ReminderKind is the outbox kind of the use-it-or-lose-it reminders.
const ReminderKind = "mdf_expiry_reminder"

// reminderDays are how long before the deadline a partner's admins are reminded: most MDF is
// never spent because partners learn of it too late.
var reminderDays = []int{30, 7}

// ExpiryConfig holds the configurable expiry rules.
type ExpiryConfig struct {
	// GraceDays after the period's last day (0: DefaultGraceDays; negative: none).
	GraceDays int
}

// Deadline is the last moment an allocation's funds may still be committed: the end of its
// period's last day plus the grace.
func (c ExpiryConfig) Deadline(a *ent.MdfAllocation) time.Time {
	grace := c.GraceDays
	if grace == 0 {
		grace = DefaultGraceDays
	}
	if grace < 0 {
		grace = 0
	}
	return endOfDay(a.PeriodEnd).AddDate(0, 0, grace)
}

// RunExpiry is the hourly expire_mdf job: Expire under the program's settings as they are now.
func RunExpiry(ctx context.Context, client *ent.Client, now time.Time) (int, error) {
	s, err := LoadSettings(ctx, client)
	if err != nil {
		return 0, err
	}
	return Expire(ctx, client, s.Expiry(), now)
}

// RunReminders is the hourly remind_mdf_expiry job: Remind under the program's settings as they
// are now.
func RunReminders(ctx context.Context, client *ent.Client, outbox *mail.Outbox, publicURL string, now time.Time) (int, error) {
	s, err := LoadSettings(ctx, client)
	if err != nil {
		return 0, err
	}
	return Remind(ctx, client, outbox, s.Expiry(), publicURL, now)
}

// Expire releases, with an EXPIRED entry, what remains uncommitted of every allocation past its
// deadline, and reports how many allocations it expired. Each allocation is decided in its own
// transaction under the allocation's lock, so running it on every instance at once, or again, books
// nothing twice: a second run finds nothing remaining. The mdf.allocation_expired event is
// published in the booking's transaction, so it too is sent once per expiry.
func Expire(ctx context.Context, client *ent.Client, cfg ExpiryConfig, now time.Time) (int, error) {
	candidates, err := client.MdfAllocation.Query().Where(mdfallocation.PeriodEndLT(now)).All(ctx)
	if err != nil {
		return 0, err
	}
	expired := 0
	for _, c := range candidates {
		if now.Before(cfg.Deadline(c)) {
			continue
		}
		tx, err := client.Tx(ctx)
		if err != nil {
			return expired, err
		}
		a, b, err := lockAllocation(ctx, tx.Client(), c.ID)
		if err == nil && b.Remaining > 0 {
			err = book(ctx, tx.Client(), a, mdfledgerentry.KindEXPIRED, b.Remaining, "", "",
				fmt.Sprintf("not committed by %s", cfg.Deadline(a).Format(time.DateOnly)))
			if err == nil {
				err = webhook.Publish(ctx, tx.Client(), webhook.MdfAllocationExpired, a.ID, a.PartnerID)
			}
			if err == nil {
				expired++
			}
		}
		if err != nil {
			tx.Rollback()
			return expired, err
		}
		if err := tx.Commit(); err != nil {
			return expired, err
		}
	}
	return expired, nil
}

// Remind e-mails the partner's admins 30 and 7 days before an allocation's deadline while funds
// remain uncommitted, with the remaining balance and the deadline; each reminder goes once (the
// outbox holds it, so a retry or another instance sends nothing twice). It reports how many
// e-mails it queued.
func Remind(ctx context.Context, client *ent.Client, outbox *mail.Outbox, cfg ExpiryConfig, publicURL string, now time.Time) (int, error) {
	open, err := client.MdfAllocation.Query().
		Where(mdfallocation.PeriodEndGT(now.AddDate(0, 0, -60))).WithPartner().All(ctx)
	if err != nil {
		return 0, err
	}
	sent := 0
	for _, a := range open {
		deadline := cfg.Deadline(a)
		left := deadline.Sub(now)
		if left <= 0 {
			continue
		}
		due := 0
		for _, d := range reminderDays {
			if left <= time.Duration(d)*24*time.Hour {
				due = d // the nearest threshold passed
			}
		}
		if due == 0 {
			continue
		}
		b, err := BalanceOf(ctx, client, a.ID)
		if err != nil {
			return sent, err
		}
		if b.Remaining <= 0 {
			continue
		}
		admins, err := client.User.Query().Where(user.PartnerID(a.PartnerID), user.RoleEQ(user.RolePARTNER_ADMIN), user.StatusEQ(user.StatusACTIVE)).All(ctx)
		if err != nil {
			return sent, err
		}
		subject := fmt.Sprintf("%s of marketing funds left to commit by %s (%d-day reminder)",
			formatMinor(b.Remaining, a.Currency), deadline.Format(time.DateOnly), due)
		for _, u := range admins {
			tx, err := client.Tx(ctx)
			if err != nil {
				return sent, err
			}
			done, err := tx.OutboxMessage.Query().Where(outboxmessage.Kind(ReminderKind), outboxmessage.Recipient(u.Email),
				outboxmessage.SubjectHasSuffix(fmt.Sprintf("by %s (%d-day reminder)", deadline.Format(time.DateOnly), due))).Exist(ctx)
			if err == nil && !done {
				link := publicURL + "/mdf"
				err = outbox.Enqueue(ctx, tx.Client(), mail.Message{Kind: ReminderKind, To: u.Email, Subject: subject, Link: link,
					Body: fmt.Sprintf("Hello %s,\n\n%s of %s's marketing development funds for %s to %s are not committed yet. Funds not committed by %s expire.\n\nRequest funds for your next activity: %s\n",
						u.Name, formatMinor(b.Remaining, a.Currency), a.Edges.Partner.Name, a.PeriodStart.Format(time.DateOnly), a.PeriodEnd.Format(time.DateOnly), deadline.Format(time.DateOnly), link)})
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
	}
	return sent, nil
}

// formatMinor writes minor units as a plain amount with its currency, e.g. 1250050 USD → 12500.50 USD.
func formatMinor(minor int64, currency string) string {
	return fmt.Sprintf("%d.%02d %s", minor/100, minor%100, currency)
}
