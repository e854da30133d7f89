package deal_test

import (
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/dealevent"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/deal"
	"github.com/partnerhub/partnerhub/internal/deal/status"
)

func (e *env) reopen(t *testing.T, email, id, note string) (*ent.Deal, error) {
	t.Helper()
	ctx := e.as(t, email)
	var d *ent.Deal
	err := e.tx(ctx, func(c *ent.Client) (err error) { d, err = deal.Reopen(ctx, c, id, note, e.now); return err })
	return d, err
}

// TestReopenClosedDeal: the channel manager or an admin takes a WON or LOST deal back to
// APPROVED with a note; the outcome's date and amount are cleared, the timeline says why, and the
// deal can be closed again.
func TestReopenClosedDeal(t *testing.T) {
	e := newEnv(t)
	for _, c := range []struct {
		from status.Status
		who  string
	}{{status.Won, "pam@vendor.test"}, {status.Lost, "admin@vendor.test"}} {
		d := e.inState(t, c.from)
		got, err := e.reopen(t, c.who, d.ID, "  the customer's PO was cancelled  ")
		if err != nil {
			t.Fatalf("reopening a %s deal: %v", c.from, err)
		}
		if got.Status != status.Approved || got.ClosedAt != nil || got.ClosedAmount != nil {
			t.Fatalf("reopened %s deal: status %s, closed %v, amount %v", c.from, got.Status, got.ClosedAt, got.ClosedAmount)
		}
		evs := e.events(d)
		last := evs[len(evs)-1]
		if last.Kind != dealevent.KindSTATUS_CHANGED || last.FromStatus == nil || *last.FromStatus != c.from ||
			last.ToStatus != status.Approved || last.Note != "the customer's PO was cancelled" || last.ActorID == "" {
			t.Fatalf("timeline entry: %+v", last)
		}
		sales := e.as(t, "sales@acme-reseller.test")
		amount := int64(7_000)
		if err := e.tx(sales, func(cl *ent.Client) error {
			_, err := deal.Close(sales, cl, deal.CloseInput{ID: d.ID, Won: true, CloseDate: e.now.Format(time.DateOnly), ClosedAmount: &amount}, e.now)
			return err
		}); err != nil {
			t.Fatalf("closing the reopened deal again: %v", err)
		}
	}
}

// TestReopenRefusals: a note is required; only a WON or LOST deal is reopened; partners and a
// channel manager of another partner may not; approving is not a way to reopen; and a customer
// another registration holds now is not taken back.
func TestReopenRefusals(t *testing.T) {
	e := newEnv(t)
	won := e.inState(t, status.Won)
	if _, err := e.reopen(t, "pam@vendor.test", won.ID, "   "); codeOf(err) != apperr.BadUserInput {
		t.Fatalf("without a note: %v, want BAD_USER_INPUT", err)
	}
	for _, who := range []struct {
		email string
		code  apperr.Code
	}{
		{"sales@acme-reseller.test", apperr.Forbidden}, // the owner reports outcomes, the channel team reopens
		{"admin@acme-reseller.test", apperr.Forbidden},
		{"emea-pam@vendor.test", apperr.Forbidden}, // not Acme's manager
		{"sales@globex-msp.test", apperr.NotFound},
	} {
		if _, err := e.reopen(t, who.email, won.ID, "try"); codeOf(err) != who.code {
			t.Errorf("%s: %v, want %s", who.email, err, who.code)
		}
	}
	for _, s := range []status.Status{status.Submitted, status.Approved, status.Rejected, status.Withdrawn, status.Expired} {
		d := e.inState(t, s)
		if _, err := e.reopen(t, "admin@vendor.test", d.ID, "try"); codeOf(err) != apperr.Conflict {
			t.Errorf("reopening a %s deal: %v, want CONFLICT", s, err)
		}
	}
	pam := e.as(t, "pam@vendor.test")
	if err := e.tx(pam, func(c *ent.Client) error {
		_, err := deal.Approve(pam, c, deal.ApproveInput{ID: won.ID}, e.now)
		return err
	}); codeOf(err) != apperr.Conflict {
		t.Fatalf("approving a WON deal: %v, want CONFLICT", err)
	}
	if d := e.client.Deal.GetX(sys(), won.ID); d.Status != status.Won || d.ClosedAmount == nil {
		t.Fatalf("refusals changed the deal: %s", d.Status)
	}
	// Globex registers the customer after Acme lost it: Acme's deal stays closed.
	lost := e.mustRegister(t, e.as(t, "sales@acme-reseller.test"), input("Comeback Co", "comeback.example"))
	if err := e.tx(pam, func(c *ent.Client) error {
		_, err := deal.Approve(pam, c, deal.ApproveInput{ID: lost.ID}, e.now)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	sales := e.as(t, "sales@acme-reseller.test")
	if err := e.tx(sales, func(c *ent.Client) error {
		_, err := deal.Close(sales, c, deal.CloseInput{ID: lost.ID, CloseDate: e.now.Format(time.DateOnly)}, e.now)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	e.mustRegister(t, e.as(t, "sales@globex-msp.test"), input("Comeback Co", "comeback.example"))
	if _, err := e.reopen(t, "admin@vendor.test", lost.ID, "they came back to us"); codeOf(err) != apperr.Conflict {
		t.Fatalf("reopening while Globex holds the customer: %v, want CONFLICT", err)
	}
}
