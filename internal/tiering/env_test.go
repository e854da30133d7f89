package tiering_test

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/deal"
	"github.com/partnerhub/partnerhub/ent/outboxmessage"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/tier"
	"github.com/partnerhub/partnerhub/ent/tierchange"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/deal/status"
	"github.com/partnerhub/partnerhub/internal/mail"
	"github.com/partnerhub/partnerhub/internal/seed"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
	"github.com/partnerhub/partnerhub/internal/tiering"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// t0 is the fixed clock of these tests: every evaluation passes its now explicitly.
var t0 = time.Date(2026, 3, 2, 6, 0, 0, 0, time.UTC)

func sys() context.Context { return viewer.SystemContext(context.Background()) }

// env is the demo program (tiers, partners, people, no deals) with tier requirements small enough
// to reach with a handful of deals: Registered nothing; Silver 1 won deal, $1,000, 1 approved
// registration; Gold 3 won deals, $5,000, 3 approved registrations; Platinum 10 won deals and a
// manual check.
type env struct {
	client *ent.Client
	e      tiering.Evaluator
	tiers  map[string]*ent.Tier
	n      atomic.Int64
}

func newEnv(t *testing.T) *env {
	t.Helper()
	client := testdb.Client(t)
	if _, err := seed.Program(sys(), client, "test-password"); err != nil {
		t.Fatal(err)
	}
	v := &env{client: client, e: tiering.Evaluator{Client: client, Outbox: mail.NewOutbox(false), PublicURL: "http://portal.test"},
		tiers: map[string]*ent.Tier{}}
	set := func(name string, deals int, revenue int64, approved int, manual bool) {
		tr := client.Tier.Query().Where(tier.Name(name)).OnlyX(sys())
		v.tiers[name] = tr.Update().SetMinWonDeals(deals).SetMinRevenueT12m(revenue).SetMinApprovedRegistrations(approved).
			SetMinCertifiedPeople(0).SetRequiresManualCheck(manual).SetWindowDays(365).SetCurrency("USD").SaveX(sys())
	}
	set("Registered", 0, 0, 0, false)
	set("Silver", 1, 1000_00, 1, false)
	set("Gold", 3, 5000_00, 3, false)
	set("Platinum", 10, 0, 0, true)
	return v
}

func (v *env) partner(t *testing.T, slug string) *ent.Partner {
	t.Helper()
	return v.client.Partner.Query().Where(partner.Slug(slug)).OnlyX(sys())
}

// hold puts the partner in a tier, as the channel team would.
func (v *env) hold(t *testing.T, slug, tierName string) *ent.Partner {
	t.Helper()
	return v.partner(t, slug).Update().SetTierID(v.tiers[tierName].ID).SaveX(sys())
}

// won records a won, partner-sourced registration of the partner, approved and closed daysAgo
// days before at, for amount cents of currency.
func (v *env) won(t *testing.T, slug string, amount int64, currency string, at time.Time, daysAgo int) *ent.Deal {
	t.Helper()
	p := v.partner(t, slug)
	rep := v.client.User.Query().Where(user.PartnerID(p.ID)).FirstX(sys())
	n := v.n.Add(1)
	domain := fmt.Sprintf("customer%d-%s.test", n, slug)
	acc := v.client.Account.Create().SetName("Customer " + domain).SetDomain(domain).SaveX(sys())
	closed := at.AddDate(0, 0, -daysAgo)
	return v.client.Deal.Create().SetPartnerID(p.ID).SetRegisteredByID(rep.ID).SetAccountID(acc.ID).
		SetCustomerName(acc.Name).SetCustomerDomain(domain).SetTitle("Deal " + domain).SetAmount(amount).SetCurrency(currency).
		SetExpectedCloseDate(closed).SetSource(deal.SourceSOURCED).SetStatus(status.Won).
		SetDecisionDueAt(closed).SetDecidedAt(closed.Add(-time.Hour)).SetClosedAt(closed).SaveX(sys())
}

func (v *env) evaluate(t *testing.T, slug string, at time.Time) tiering.Outcome {
	t.Helper()
	o, err := v.e.EvaluatePartner(sys(), v.partner(t, slug).ID, at, "")
	if err != nil {
		t.Fatalf("evaluating %s at %s: %v", slug, at, err)
	}
	return o
}

func (v *env) as(t *testing.T, email string) context.Context {
	t.Helper()
	u := v.client.User.Query().Where(user.Email(email)).OnlyX(sys())
	return viewer.NewContext(context.Background(), &viewer.Viewer{UserID: u.ID, Role: viewer.Role(u.Role), PartnerID: u.PartnerID})
}

// tx runs fn in one transaction, as the server does for a mutation.
func (v *env) tx(ctx context.Context, fn func(*ent.Client) error) error {
	tx, err := v.client.Tx(ctx)
	if err != nil {
		return err
	}
	if err := fn(tx.Client()); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// mails are the queued messages of a kind, by recipient.
func (v *env) mails(t *testing.T, kind string) map[string]int {
	t.Helper()
	out := map[string]int{}
	for _, m := range v.client.OutboxMessage.Query().Where(outboxmessage.Kind(kind)).AllX(sys()) {
		out[m.Recipient]++
	}
	return out
}

func (v *env) changes(t *testing.T, slug string) []*ent.TierChange {
	t.Helper()
	return v.client.TierChange.Query().Where(tierchange.PartnerID(v.partner(t, slug).ID)).
		Order(ent.Asc(tierchange.FieldCreatedAt), ent.Asc(tierchange.FieldID)).AllX(sys())
}
