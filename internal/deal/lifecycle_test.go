package deal_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/account"
	"github.com/partnerhub/partnerhub/ent/dealevent"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/deal"
	"github.com/partnerhub/partnerhub/internal/deal/status"
)

var seq int

// inState registers a fresh Acme deal and moves it to s through the lifecycle.
func (e *env) inState(t *testing.T, s status.Status) *ent.Deal {
	t.Helper()
	seq++
	sales, pam := e.as(t, "sales@acme-reseller.test"), e.as(t, "pam@vendor.test")
	d := e.mustRegister(t, sales, input("Lifecycle Co", fmt.Sprintf("lifecycle-%d.example", seq)))
	step := func(ctx context.Context, fn func(*ent.Client) (*ent.Deal, error)) {
		t.Helper()
		if err := e.tx(ctx, func(c *ent.Client) (err error) { d, err = fn(c); return err }); err != nil {
			t.Fatalf("moving to %s: %v", s, err)
		}
	}
	approve := func() {
		step(pam, func(c *ent.Client) (*ent.Deal, error) {
			return deal.Approve(pam, c, deal.ApproveInput{ID: d.ID}, e.now)
		})
	}
	switch s {
	case status.Submitted:
	case status.Approved:
		approve()
	case status.Rejected:
		step(pam, func(c *ent.Client) (*ent.Deal, error) { return deal.Reject(pam, c, d.ID, "no", e.now) })
	case status.Withdrawn:
		step(sales, func(c *ent.Client) (*ent.Deal, error) { return deal.Withdraw(sales, c, d.ID, "", e.now) })
	case status.Won, status.Lost:
		approve()
		amount := int64(100)
		step(sales, func(c *ent.Client) (*ent.Deal, error) {
			return deal.Close(sales, c, deal.CloseInput{ID: d.ID, Won: s == status.Won, CloseDate: e.now.Format(time.DateOnly), ClosedAmount: &amount}, e.now)
		})
	case status.Expired:
		approve()
		e.client.Deal.UpdateOneID(d.ID).SetProtectionExpiresAt(e.now.Add(-time.Hour)).ExecX(sys())
		if _, err := deal.ExpireProtection(sys(), e.client, e.now); err != nil {
			t.Fatal(err)
		}
		d = e.client.Deal.GetX(sys(), d.ID)
	}
	if d.Status != s {
		t.Fatalf("deal is %s, want %s", d.Status, s)
	}
	return d
}

func (e *env) events(d *ent.Deal) []*ent.DealEvent {
	return e.client.DealEvent.Query().Where(dealevent.DealID(d.ID)).Order(ent.Asc(dealevent.FieldCreatedAt), ent.Asc(dealevent.FieldID)).AllX(sys())
}

// TestEveryTransitionAllowedAndRefused tries every action from every state: the transitions of
// docs/deal-lifecycle.md succeed and write one DealEvent; all others are CONFLICT and change nothing.
func TestEveryTransitionAllowedAndRefused(t *testing.T) {
	e := newEnv(t)
	sales, pam := e.as(t, "sales@acme-reseller.test"), e.as(t, "pam@vendor.test")
	amount := int64(5000)
	// from limits an action to some of the states the table lets its target be reached from:
	// APPROVED is reached by approving a SUBMITTED registration or by reopening a closed one.
	actions := []struct {
		to   status.Status
		do   func(c *ent.Client, id string) (*ent.Deal, error)
		from []status.Status
	}{
		{status.Approved, func(c *ent.Client, id string) (*ent.Deal, error) {
			return deal.Approve(pam, c, deal.ApproveInput{ID: id, Note: "ok"}, e.now)
		}, []status.Status{status.Submitted}},
		{status.Approved, func(c *ent.Client, id string) (*ent.Deal, error) {
			return deal.Reopen(pam, c, id, "the customer came back", e.now)
		}, []status.Status{status.Won, status.Lost}},
		{status.Rejected, func(c *ent.Client, id string) (*ent.Deal, error) { return deal.Reject(pam, c, id, "duplicate", e.now) }, nil},
		{status.Withdrawn, func(c *ent.Client, id string) (*ent.Deal, error) {
			return deal.Withdraw(sales, c, id, "lost interest", e.now)
		}, nil},
		{status.Won, func(c *ent.Client, id string) (*ent.Deal, error) {
			return deal.Close(sales, c, deal.CloseInput{ID: id, Won: true, CloseDate: e.now.Format(time.DateOnly), ClosedAmount: &amount}, e.now)
		}, nil},
		{status.Lost, func(c *ent.Client, id string) (*ent.Deal, error) {
			return deal.Close(sales, c, deal.CloseInput{ID: id, CloseDate: e.now.Format(time.DateOnly)}, e.now)
		}, nil},
	}
	states := []status.Status{status.Submitted, status.Approved, status.Rejected, status.Withdrawn, status.Won, status.Lost, status.Expired}
	for _, from := range states {
		for _, a := range actions {
			t.Run(fmt.Sprintf("%s→%s", from, a.to), func(t *testing.T) {
				d := e.inState(t, from)
				before := len(e.events(d))
				var got *ent.Deal
				err := e.tx(context.Background(), func(c *ent.Client) (err error) { got, err = a.do(c, d.ID); return err })
				after := e.events(d)
				if status.CanMove(from, a.to) && (a.from == nil || slices.Contains(a.from, from)) {
					if err != nil {
						t.Fatalf("allowed transition refused: %v", err)
					}
					var written *ent.DealEvent
					for _, ev := range after {
						if ev.FromStatus != nil && *ev.FromStatus == from && ev.ToStatus == a.to {
							written = ev
						}
					}
					if got.Status != a.to || len(after) != before+1 || written == nil || written.ActorID == "" {
						t.Fatalf("status %s, events %d→%d, event %+v", got.Status, before, len(after), written)
					}
					return
				}
				if codeOf(err) != apperr.Conflict {
					t.Fatalf("impossible transition: %v, want CONFLICT", err)
				}
				if now := e.client.Deal.GetX(sys(), d.ID); now.Status != from || len(after) != before {
					t.Fatalf("refused transition changed the deal: %s, events %d→%d", now.Status, before, len(after))
				}
			})
		}
	}
}

func TestWhoMayDecide(t *testing.T) {
	e := newEnv(t)
	d := e.inState(t, status.Submitted)
	for _, who := range []struct {
		email string
		code  apperr.Code
	}{
		{"emea-pam@vendor.test", apperr.Forbidden},       // not Acme's manager
		{"sales@acme-reseller.test", apperr.Forbidden},   // partners do not decide
		{"admin@acme-reseller.test", apperr.Forbidden},   // not even their admin
		{"sales@globex-msp.test", apperr.NotFound},       // cannot even see it
		{"presales@acme-reseller.test", apperr.NotFound}, // a colleague's deal is invisible to partner sales
	} {
		if _, err := e.approve(e.as(t, who.email), deal.ApproveInput{ID: d.ID}); codeOf(err) != who.code {
			t.Errorf("%s approving: %v, want %s", who.email, err, who.code)
		}
	}
	if _, err := e.approve(e.as(t, "admin@vendor.test"), deal.ApproveInput{ID: d.ID}); err != nil {
		t.Errorf("admin approving: %v", err)
	}
}

// TestFirstWinsAtApproval: a flagged registration cannot be approved while the earlier one is
// active, unless an ADMIN overrides with a note; once the earlier one is gone it can.
func TestFirstWinsAtApproval(t *testing.T) {
	e := newEnv(t)
	acme, globex := e.as(t, "sales@acme-reseller.test"), e.as(t, "sales@globex-msp.test")
	pam, admin := e.as(t, "pam@vendor.test"), e.as(t, "admin@vendor.test")
	first := e.mustRegister(t, acme, input("Hooli", "hooli.example"))
	second := e.mustRegister(t, globex, input("Hooli", "hooli.example"))

	if _, err := e.approve(pam, deal.ApproveInput{ID: second.ID}); codeOf(err) != apperr.Conflict {
		t.Fatalf("approving the later registration: %v, want CONFLICT", err)
	}
	if _, err := e.approve(pam, deal.ApproveInput{ID: second.ID, OverrideConflict: true, Note: "CM says so"}); codeOf(err) != apperr.Forbidden {
		t.Fatalf("channel manager overriding: %v, want FORBIDDEN", err)
	}
	if _, err := e.approve(admin, deal.ApproveInput{ID: second.ID, OverrideConflict: true}); codeOf(err) != apperr.BadUserInput {
		t.Fatalf("admin overriding without a note: %v, want BAD_USER_INPUT", err)
	}
	if n := len(e.events(second)); n != 1 {
		t.Fatalf("refused approvals wrote events: %d", n)
	}
	// The first registration is rejected: the second is now first in line.
	if err := e.tx(pam, func(c *ent.Client) error { _, err := deal.Reject(pam, c, first.ID, "not qualified", e.now); return err }); err != nil {
		t.Fatal(err)
	}
	got, err := e.approve(pam, deal.ApproveInput{ID: second.ID})
	if err != nil || got.ConflictOverridden {
		t.Fatalf("approving after the earlier one was rejected: %v %+v", err, got)
	}

	// And the override path, on a fresh pair.
	third := e.mustRegister(t, acme, input("Pied Piper", "piedpiper.example"))
	fourth := e.mustRegister(t, globex, input("Pied Piper", "piedpiper.example"))
	got, err = e.approve(admin, deal.ApproveInput{ID: fourth.ID, OverrideConflict: true, Note: "customer asked for Globex"})
	if err != nil || !got.ConflictOverridden {
		t.Fatalf("admin override: %v %+v", err, got)
	}
	// Globex reads its timeline: it learns an earlier registration was overridden, never which.
	for _, ev := range e.client.DealEvent.Query().Where(dealevent.DealID(fourth.ID)).AllX(globex) {
		if strings.Contains(ev.Note, third.ID) {
			t.Errorf("Globex's timeline names Acme's registration: %q", ev.Note)
		}
	}
}

func TestDirectAccountNeedsCoSell(t *testing.T) {
	e := newEnv(t)
	admin := e.client.User.Query().Where(user.Email("admin@vendor.test")).OnlyX(sys())
	e.client.Account.Create().SetName("Named Co").SetNameKey("named").SetDomain("named.example").
		SetOwnerKind(account.OwnerKindDIRECT).SetDirectOwnerID(admin.ID).ExecX(sys())
	d := e.mustRegister(t, e.as(t, "sales@acme-reseller.test"), input("Named Co", "named.example"))
	pam := e.as(t, "pam@vendor.test")
	for _, c := range []struct {
		in    deal.ApproveInput
		field string
	}{
		{deal.ApproveInput{ID: d.ID}, "coSell"},
		{deal.ApproveInput{ID: d.ID, CoSell: true}, "directRepId"},
		{deal.ApproveInput{ID: d.ID, CoSell: true, DirectRepID: d.RegisteredByID}, "directRepId"}, // a partner user is no direct rep
	} {
		_, err := e.approve(pam, c.in)
		if ae, ok := apperr.As(err); !ok || ae.Field != c.field {
			t.Errorf("approve %+v: %v, want BAD_USER_INPUT on %s", c.in, err, c.field)
		}
	}
	if got := e.client.Deal.GetX(sys(), d.ID); got.Status != status.Submitted || len(e.events(d)) != 1 {
		t.Fatalf("refused approvals changed the deal: %s", got.Status)
	}
	got, err := e.approve(pam, deal.ApproveInput{ID: d.ID, CoSell: true, DirectRepID: admin.ID, Note: "co-sell with Ada"})
	if err != nil || !got.CoSell || got.DirectRepID != admin.ID {
		t.Fatalf("co-sell approval: %v %+v", err, got)
	}
}

func TestApprovalSetsProtectionFromTier(t *testing.T) {
	e := newEnv(t)
	d := e.inState(t, status.Approved) // Acme is Gold: 120 days
	want := e.now.AddDate(0, 0, 120)
	if d.ProtectionExpiresAt == nil || !d.ProtectionExpiresAt.Equal(want) {
		t.Fatalf("protection expires %v, want %v (Gold tier, 120 days)", d.ProtectionExpiresAt, want)
	}
	if acc := e.client.Account.GetX(sys(), d.AccountID); acc.OwnerKind != account.OwnerKindPARTNER {
		t.Errorf("account owner kind %s after approval, want PARTNER", acc.OwnerKind)
	}
}

func TestUpdateOnlyWhileSubmittedForOwner(t *testing.T) {
	e := newEnv(t)
	sales, pam := e.as(t, "sales@acme-reseller.test"), e.as(t, "pam@vendor.test")
	title := "Bigger rollout"
	update := func(ctx context.Context, id string) (*ent.Deal, error) {
		var d *ent.Deal
		err := e.tx(ctx, func(c *ent.Client) (err error) {
			d, err = deal.Update(ctx, c, deal.UpdateInput{ID: id, Title: &title}, e.now)
			return err
		})
		return d, err
	}
	sub := e.inState(t, status.Submitted)
	if d, err := update(sales, sub.ID); err != nil || d.Title != title || len(e.events(sub)) != 2 {
		t.Fatalf("owner updating a SUBMITTED deal: %v", err)
	}
	app := e.inState(t, status.Approved)
	if _, err := update(sales, app.ID); codeOf(err) != apperr.Conflict {
		t.Fatalf("owner updating an APPROVED deal: %v, want CONFLICT", err)
	}
	if _, err := update(pam, app.ID); err != nil {
		t.Fatalf("channel manager updating an APPROVED deal: %v", err)
	}
	if _, err := update(e.as(t, "sales@globex-msp.test"), sub.ID); codeOf(err) != apperr.NotFound {
		t.Fatalf("another partner updating: %v, want NOT_FOUND", err)
	}
}
