package onboarding

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/onboardingdigest"
	"github.com/partnerhub/partnerhub/ent/onboardingstep"
	"github.com/partnerhub/partnerhub/internal/mail"
)

// maxDigestSteps bounds one run; a manager with more overdue steps than this has a bigger problem
// than an incomplete e-mail.
const maxDigestSteps = 5000

// SendDigests queues, once per UTC day, an e-mail to each channel manager listing their partners'
// overdue onboarding steps, and reports how many it queued. It runs as a job in the system's
// context, and is safe on every instance at once: the (manager, day) row is inserted with ON
// CONFLICT DO NOTHING in the message's transaction, so only the run whose insert took effect
// queues the message.
func SendDigests(ctx context.Context, client *ent.Client, outbox *mail.Outbox, publicURL string, now time.Time) (int, error) {
	steps, err := client.OnboardingStep.Query().
		Where(onboardingstep.CompletedAtIsNil(), onboardingstep.DueAtLT(now)).
		WithPartner(func(q *ent.PartnerQuery) { q.WithManager() }).
		Order(ent.Asc(onboardingstep.FieldDueAt), ent.Asc(onboardingstep.FieldID)).
		Limit(maxDigestSteps).All(ctx)
	if err != nil {
		return 0, err
	}
	byManager := map[string][]*ent.OnboardingStep{}
	managers := map[string]*ent.User{}
	for _, s := range steps {
		m := s.Edges.Partner.Edges.Manager
		if m == nil {
			continue
		}
		managers[m.ID] = m
		byManager[m.ID] = append(byManager[m.ID], s)
	}
	today := now.UTC().Format(time.DateOnly)
	ids := make([]string, 0, len(byManager))
	for id := range byManager {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	sent := 0
	for _, id := range ids {
		ok, err := sendOne(ctx, client, outbox, managers[id], byManager[id], today, publicURL, now)
		if err != nil {
			return sent, err
		}
		if ok {
			sent++
		}
	}
	return sent, nil
}

func sendOne(ctx context.Context, client *ent.Client, outbox *mail.Outbox, m *ent.User, steps []*ent.OnboardingStep, today, publicURL string, now time.Time) (bool, error) {
	tx, err := client.Tx(ctx)
	if err != nil {
		return false, err
	}
	_, err = tx.OnboardingDigest.Create().
		SetManagerID(m.ID).SetDay(today).SetOverdueSteps(len(steps)).
		OnConflictColumns(onboardingdigest.FieldManagerID, onboardingdigest.FieldDay).DoNothing().
		ID(ctx)
	if errors.Is(err, sql.ErrNoRows) { // another run sent today's digest
		return false, tx.Rollback()
	}
	if err == nil {
		err = outbox.Enqueue(ctx, tx.Client(), digestMessage(m, steps, publicURL, now))
	}
	if err != nil {
		tx.Rollback()
		return false, err
	}
	return true, tx.Commit()
}

func digestMessage(m *ent.User, steps []*ent.OnboardingStep, publicURL string, now time.Time) mail.Message {
	var b strings.Builder
	fmt.Fprintf(&b, "Hello %s,\n\n%d onboarding step(s) of your partners are overdue:\n\n", m.Name, len(steps))
	for _, s := range steps {
		late := int(now.Sub(s.DueAt) / day)
		fmt.Fprintf(&b, "- %s: %s (%s, due %s, %d day(s) late)\n", s.Edges.Partner.Name, s.Title, s.OwnerRole,
			s.DueAt.UTC().Format("2 January 2006"), late)
	}
	link := publicURL + "/onboarding"
	fmt.Fprintf(&b, "\nSee them in PartnerHub: %s\n\nPartnerHub\n", link)
	return mail.Message{
		Kind:    "onboarding_overdue_digest",
		To:      m.Email,
		Subject: fmt.Sprintf("%d overdue onboarding step(s) at your partners", len(steps)),
		Body:    b.String(),
		Link:    link,
	}
}
