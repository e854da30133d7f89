package tiering

import (
	"context"
	"fmt"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/mail"
)

// mailAdmins queues m to every active admin of the partner, in the transaction of the change.
func (e Evaluator) mailAdmins(ctx context.Context, c *ent.Client, p *ent.Partner, m mail.Message) error {
	if e.Outbox == nil {
		return nil
	}
	admins, err := c.User.Query().Where(user.PartnerID(p.ID), user.RoleEQ(user.RolePARTNER_ADMIN),
		user.StatusEQ(user.StatusACTIVE)).All(ctx)
	if err != nil {
		return err
	}
	for _, a := range admins {
		m.To = a.Email
		if err := e.Outbox.Enqueue(ctx, c, m); err != nil {
			return err
		}
	}
	return nil
}

// mailManager tells the partner's channel manager an upgrade awaits their approval.
func (e Evaluator) mailManager(ctx context.Context, c *ent.Client, p *ent.Partner, ch *ent.TierChange, tiers map[string]string) error {
	if e.Outbox == nil || p.ManagerID == "" {
		return nil
	}
	m, err := c.User.Get(ctx, p.ManagerID)
	if err != nil {
		return err
	}
	link := e.PublicURL + "/tiers"
	return e.Outbox.Enqueue(ctx, c, mail.Message{
		Kind: "tier_upgrade_proposed", To: m.Email, Link: link,
		Subject: fmt.Sprintf("%s qualifies for %s", p.Name, tiers[ch.ToTierID]),
		Body: fmt.Sprintf("Hello %s,\n\n%s %s. Approve the upgrade from %s to %s here:\n\n%s\n\nPartnerHub\n",
			m.Name, p.Name, ch.Reason, tiers[ch.FromTierID], tiers[ch.ToTierID], link),
	})
}

func graceStarted(p *ent.Partner, ch *ent.TierChange, tiers map[string]string, publicURL string) mail.Message {
	link := publicURL + "/scorecard"
	return mail.Message{
		Kind: "tier_grace_started", Link: link,
		Subject: fmt.Sprintf("%s keeps %s until %s", p.Name, tiers[ch.FromTierID], day(*ch.GraceEndsAt)),
		Body: fmt.Sprintf("Hello,\n\n%s no longer meets the requirements of %s: it %s. It keeps %s until %s; "+
			"if it meets them again by then, nothing changes, otherwise it moves to %s. Your progress:\n\n%s\n\nPartnerHub\n",
			p.Name, tiers[ch.FromTierID], ch.Reason, tiers[ch.FromTierID], day(*ch.GraceEndsAt), tiers[ch.ToTierID], link),
	}
}

func graceEnding(p *ent.Partner, ch *ent.TierChange, tiers map[string]string, publicURL string) mail.Message {
	link := publicURL + "/scorecard"
	return mail.Message{
		Kind: "tier_grace_ending", Link: link,
		Subject: fmt.Sprintf("%s's grace period for %s ends on %s", p.Name, tiers[ch.FromTierID], day(*ch.GraceEndsAt)),
		Body: fmt.Sprintf("Hello,\n\n%s still does not meet the requirements of %s. Unless it does by %s, it moves to %s. "+
			"What is missing:\n\n%s\n\nPartnerHub\n", p.Name, tiers[ch.FromTierID], day(*ch.GraceEndsAt), tiers[ch.ToTierID], link),
	}
}

func downgraded(p *ent.Partner, ch *ent.TierChange, tiers map[string]string, publicURL string) mail.Message {
	link := publicURL + "/scorecard"
	return mail.Message{
		Kind: "tier_downgraded", Link: link,
		Subject: fmt.Sprintf("%s moved from %s to %s", p.Name, tiers[ch.FromTierID], tiers[ch.ToTierID]),
		Body: fmt.Sprintf("Hello,\n\n%s moved from %s to %s: %s. Your progress back:\n\n%s\n\nPartnerHub\n",
			p.Name, tiers[ch.FromTierID], tiers[ch.ToTierID], ch.DecisionNote, link),
	}
}
