package seed

import (
	"context"
	"fmt"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/user"
)

// demoNotes are the channel team's notes on Acme, so the partner page's notes have shape.
var demoNotes = []struct {
	author  string
	daysAgo int
	body    string
}{
	{pam, 21, "Quarterly business review with Acme: they want to grow the healthcare vertical and asked for two more certified engineers by Q3."},
	{"admin@vendor.test", 9, "Acme's co-op plan for the spring campaign is approved in principle; waiting for the MDF request."},
	{pam, 2, "Call with Acme's partner admin: pipeline is healthy, but two registrations are close to their protection expiry. Follow up next week."},
}

func seedNotes(ctx context.Context, c *ent.Client, now time.Time) error {
	acme, err := c.Partner.Query().Where(partner.Slug("acme-reseller")).Only(ctx)
	if err != nil {
		return fmt.Errorf("demo notes: %w", err)
	}
	for _, n := range demoNotes {
		author, err := c.User.Query().Where(user.Email(n.author)).Only(ctx)
		if err != nil {
			return fmt.Errorf("demo note author %s: %w", n.author, err)
		}
		at := now.AddDate(0, 0, -n.daysAgo)
		if err := c.PartnerNote.Create().SetPartnerID(acme.ID).SetAuthorID(author.ID).SetBody(n.body).
			SetCreatedAt(at).SetUpdatedAt(at).Exec(ctx); err != nil {
			return fmt.Errorf("demo note: %w", err)
		}
	}
	return nil
}
