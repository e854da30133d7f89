package deal_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/account"
	"github.com/partnerhub/partnerhub/ent/dealevent"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/deal"
	"github.com/partnerhub/partnerhub/internal/deal/status"
)

func (e *env) approveMany(ctx context.Context, ids []string) ([]*ent.Deal, error) {
	var ds []*ent.Deal
	err := e.tx(ctx, func(c *ent.Client) (err error) {
		ds, err = deal.ApproveMany(ctx, c, ids, "bulk", e.now)
		return err
	})
	return ds, err
}

func (e *env) undo(ctx context.Context, id string, at time.Time) (*ent.Deal, error) {
	var d *ent.Deal
	err := e.tx(ctx, func(c *ent.Client) (err error) {
		d, err = deal.UndoDecision(ctx, c, id, at)
		return err
	})
	return d, err
}

func TestApproveManyIsAllOrNothing(t *testing.T) {
	e := newEnv(t)
	acme, umbrella, pam := e.as(t, "sales@acme-reseller.test"), e.as(t, "admin@umbrella-cloud.test"), e.as(t, "pam@vendor.test")
	a := e.mustRegister(t, acme, input("Saffron Robotics", "saffron.example"))
	b := e.mustRegister(t, acme, input("Basalt Freight", "basalt.example"))
	held := e.mustRegister(t, acme, input("Cobalt Dairy", "cobalt.example"))
	clash := e.mustRegister(t, umbrella, input("Cobalt Dairy", "cobalt.example"))
	done := e.inState(t, status.Rejected)

	unchanged := func() {
		t.Helper()
		for _, id := range []string{a.ID, b.ID, held.ID, clash.ID} {
			if d := e.client.Deal.GetX(sys(), id); d.Status != status.Submitted || d.DecidedAt != nil {
				t.Fatalf("%s changed to %s", id, d.Status)
			}
		}
	}
	for name, c := range map[string]struct {
		ids  []string
		name string
	}{
		"a conflict":    {[]string{a.ID, clash.ID}, clash.ID},
		"not SUBMITTED": {[]string{a.ID, b.ID, done.ID}, done.ID},
		"twice":         {[]string{a.ID, a.ID}, a.ID},
		"unknown":       {[]string{a.ID, "dea_nothing"}, "dea_nothing"},
	} {
		_, err := e.approveMany(pam, c.ids)
		ae, ok := apperr.As(err)
		if !ok || ae.Code != apperr.BadUserInput || ae.Field != "ids" || !strings.Contains(ae.Message, c.name) {
			t.Fatalf("%s: %v", name, err)
		}
		unchanged()
	}
	many := make([]string, deal.MaxBulkApprove+1)
	for i := range many {
		many[i] = fmt.Sprintf("dea_%d", i)
	}
	if _, err := e.approveMany(pam, many); codeOf(err) != apperr.BadUserInput {
		t.Fatalf("51 ids: %v", err)
	}
	// Umbrella is emea-pam's partner: pam may not approve it, so neither is approved.
	other := e.mustRegister(t, umbrella, input("Granite Textiles", "granite.example"))
	if _, err := e.approveMany(pam, []string{a.ID, other.ID}); codeOf(err) != apperr.Forbidden {
		t.Fatalf("someone else's partner: %v", err)
	}
	unchanged()

	ds, err := e.approveMany(pam, []string{a.ID, b.ID})
	if err != nil {
		t.Fatal(err)
	}
	single, err := e.approve(pam, deal.ApproveInput{ID: held.ID, Note: "bulk"})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range ds {
		// Each one is what approveDeal makes of a registration.
		if d.Status != status.Approved || d.ReviewerID != single.ReviewerID || d.DecisionNote != "bulk" ||
			!d.ProtectionExpiresAt.Equal(*single.ProtectionExpiresAt) {
			t.Fatalf("bulk approval %+v, single %+v", d, single)
		}
		if n := e.client.DealEvent.Query().Where(dealevent.DealID(d.ID), dealevent.ToStatusEQ(status.Approved)).CountX(sys()); n != 1 {
			t.Fatalf("%s has %d approval events", d.ID, n)
		}
		if acc := e.client.Account.GetX(sys(), d.AccountID); acc.OwnerKind != account.OwnerKindPARTNER {
			t.Fatalf("account %s is %s", acc.Domain, acc.OwnerKind)
		}
	}
}

func TestUndoDecision(t *testing.T) {
	e := newEnv(t)
	acme, pam := e.as(t, "sales@acme-reseller.test"), e.as(t, "pam@vendor.test")
	d := e.mustRegister(t, acme, input("Lantern Optics", "lantern.example"))
	approved, err := e.approve(pam, deal.ApproveInput{ID: d.ID, Note: "fine"})
	if err != nil {
		t.Fatal(err)
	}
	if e.client.Account.GetX(sys(), d.AccountID).OwnerKind != account.OwnerKindPARTNER {
		t.Fatal("the approval did not mark the account as the partner's")
	}
	// Someone else may not undo it, not even the admin.
	if _, err := e.undo(e.as(t, "admin@vendor.test"), d.ID, e.now.Add(time.Second)); codeOf(err) != apperr.Forbidden {
		t.Fatalf("admin undoing pam's decision: %v", err)
	}
	// After the window it stands.
	if _, err := e.undo(pam, d.ID, approved.DecidedAt.Add(deal.UndoWindow+time.Second)); codeOf(err) != apperr.Conflict {
		t.Fatalf("late undo: %v", err)
	}
	back, err := e.undo(pam, d.ID, e.now.Add(deal.UndoWindow))
	if err != nil {
		t.Fatal(err)
	}
	if back.Status != status.Submitted || back.DecidedAt != nil || back.ReviewerID != "" || back.ProtectionExpiresAt != nil || back.DecisionNote != "" {
		t.Fatalf("undone: %+v", back)
	}
	if acc := e.client.Account.GetX(sys(), d.AccountID); acc.OwnerKind != account.OwnerKindUNOWNED {
		t.Fatalf("account after undo: %s", acc.OwnerKind)
	}
	ev := e.client.DealEvent.Query().Where(dealevent.DealID(d.ID)).Order(ent.Desc(dealevent.FieldCreatedAt), ent.Desc(dealevent.FieldID)).FirstX(sys())
	if ev.FromStatus == nil || *ev.FromStatus != status.Approved || ev.ToStatus != status.Submitted || ev.Note != deal.UndoNote || ev.ActorID != approved.ReviewerID {
		t.Fatalf("timeline entry %+v", ev)
	}
	// Nothing left to undo; the registration can be decided again.
	if _, err := e.undo(pam, d.ID, e.now); codeOf(err) != apperr.Conflict {
		t.Fatalf("second undo: %v", err)
	}
	var rejected *ent.Deal
	if err := e.tx(pam, func(c *ent.Client) (err error) {
		rejected, err = deal.Reject(pam, c, d.ID, "duplicate", e.now)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if back, err := e.undo(pam, rejected.ID, e.now.Add(time.Second)); err != nil || back.Status != status.Submitted {
		t.Fatalf("undoing a rejection: %v", err)
	}
}
