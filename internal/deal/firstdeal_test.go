package deal_test

import (
	"errors"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/deal"
)

// A partner's first registration dates the end of its onboarding, later ones leave the date
// alone, and a first registration that is rolled back leaves no date for the next one to skip.
func TestFirstDealDate(t *testing.T) {
	e := newEnv(t)
	ctx := e.as(t, "sales@globex-msp.test")
	u := e.client.User.Query().Where(user.Email("sales@globex-msp.test")).OnlyX(sys())
	firstDealAt := func() *ent.Partner { return e.client.Partner.Query().Where(partner.ID(u.PartnerID)).OnlyX(sys()) }
	if p := firstDealAt(); p.FirstDealAt != nil {
		t.Fatalf("demo partner starts with a first deal date %v", p.FirstDealAt)
	}

	rollback := errors.New("rolled back")
	err := e.tx(ctx, func(c *ent.Client) error {
		if _, err := deal.Register(ctx, c, deal.Config{}, input("Rolled Back Co", "rolled-back.example"), e.now); err != nil {
			return err
		}
		return rollback
	})
	if !errors.Is(err, rollback) {
		t.Fatal(err)
	}
	if p := firstDealAt(); p.FirstDealAt != nil {
		t.Fatalf("rolled-back registration left first deal date %v", p.FirstDealAt)
	}

	first := e.now
	e.mustRegister(t, ctx, input("First Customer", "first-customer.example"))
	e.now = e.now.Add(48 * time.Hour)
	e.mustRegister(t, ctx, input("Second Customer", "second-customer.example"))
	e.mustRegister(t, ctx, input("Third Customer", "third-customer.example"))
	if p := firstDealAt(); p.FirstDealAt == nil || !p.FirstDealAt.Equal(first) {
		t.Fatalf("first deal date %v, want the first registration's %v", p.FirstDealAt, first)
	}
}
