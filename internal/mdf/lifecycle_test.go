package mdf_test

import (
	"context"
	"testing"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/mdfclaim"
	"github.com/partnerhub/partnerhub/ent/mdfrequest"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/mdf"
)

// requestIn puts a fresh request into a status by the product's own moves.
func (e *env) requestIn(t *testing.T, a *ent.MdfAllocation, s mdfrequest.Status) *ent.MdfRequest {
	t.Helper()
	r := e.request(t, a, 1_000)
	pam, acme := e.as(t, "pam@vendor.test"), e.as(t, "admin@acme-reseller.test")
	var err error
	switch s {
	case mdfrequest.StatusAPPROVED:
		err = e.approve(pam, r.ID, 800)
	case mdfrequest.StatusREJECTED:
		err = e.tx(pam, func(c *ent.Client) error {
			_, err := mdf.RejectRequest(pam, c, mdf.DecisionInput{ID: r.ID, Note: "no"}, e.now)
			return err
		})
	case mdfrequest.StatusCANCELLED:
		err = e.tx(acme, func(c *ent.Client) error { _, _, err := mdf.CancelRequest(acme, c, r.ID); return err })
	case mdfrequest.StatusCOMPLETED:
		claim := e.claimIn(t, e.requestIn(t, a, mdfrequest.StatusAPPROVED), mdfclaim.StatusPAID)
		return e.client.MdfRequest.GetX(sys(), claim.RequestID)
	}
	if err != nil {
		t.Fatalf("to %s: %v", s, err)
	}
	return e.client.MdfRequest.GetX(sys(), r.ID)
}

// claimIn puts a fresh claim on an approved request into a status.
func (e *env) claimIn(t *testing.T, r *ent.MdfRequest, s mdfclaim.Status) *ent.MdfClaim {
	t.Helper()
	claim, err := e.claim(e.as(t, "admin@acme-reseller.test"), r.ID, 700, pdf("proof.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	pam := e.as(t, "pam@vendor.test")
	switch s {
	case mdfclaim.StatusAPPROVED, mdfclaim.StatusPAID:
		err = e.tx(pam, func(c *ent.Client) error {
			_, _, err := mdf.ApproveClaim(pam, c, mdf.ReviewInput{ID: claim.ID}, e.now)
			return err
		})
		if err == nil && s == mdfclaim.StatusPAID {
			err = e.tx(pam, func(c *ent.Client) error {
				_, _, _, err := mdf.MarkClaimPaid(pam, c, claim.ID, "REF-1", e.now)
				return err
			})
		}
	case mdfclaim.StatusREJECTED, mdfclaim.StatusCHANGES_REQUESTED:
		err = e.tx(pam, func(c *ent.Client) error {
			_, err := mdf.RejectClaim(pam, c, mdf.ReviewInput{ID: claim.ID, Note: "no", RequestChanges: s == mdfclaim.StatusCHANGES_REQUESTED}, e.now)
			return err
		})
	}
	if err != nil {
		t.Fatalf("claim to %s: %v", s, err)
	}
	return e.client.MdfClaim.GetX(sys(), claim.ID)
}

// TestRequestTransitions: every move from every request status, allowed or CONFLICT.
func TestRequestTransitions(t *testing.T) {
	e := newEnv(t)
	a := e.allocate(t, 1_000_000)
	pam, acme := e.as(t, "pam@vendor.test"), e.as(t, "admin@acme-reseller.test")
	moves := map[string]func(ctx context.Context, c *ent.Client, id string) error{
		"approve": func(ctx context.Context, c *ent.Client, id string) error {
			_, _, err := mdf.ApproveRequest(ctx, c, mdf.DecisionInput{ID: id, ApprovedAmount: 500}, e.now)
			return err
		},
		"reject": func(ctx context.Context, c *ent.Client, id string) error {
			_, err := mdf.RejectRequest(ctx, c, mdf.DecisionInput{ID: id, Note: "no"}, e.now)
			return err
		},
		"cancel": func(ctx context.Context, c *ent.Client, id string) error {
			_, _, err := mdf.CancelRequest(ctx, c, id)
			return err
		},
		"edit": func(ctx context.Context, c *ent.Client, id string) error {
			title := "edited"
			_, err := mdf.UpdateRequest(ctx, c, mdf.Config{}, mdf.RequestInput{ID: id, Title: &title})
			return err
		},
	}
	allowed := map[mdfrequest.Status][]string{
		mdfrequest.StatusSUBMITTED: {"approve", "reject", "cancel", "edit"},
		mdfrequest.StatusAPPROVED:  {"cancel"}, // without a claim: the commitment is released
	}
	for _, from := range []mdfrequest.Status{mdfrequest.StatusSUBMITTED, mdfrequest.StatusAPPROVED, mdfrequest.StatusREJECTED, mdfrequest.StatusCANCELLED, mdfrequest.StatusCOMPLETED} {
		for name, move := range moves {
			r := e.requestIn(t, a, from)
			ctx := pam
			if name == "cancel" || name == "edit" {
				ctx = acme
			}
			err := e.tx(ctx, func(c *ent.Client) error { return move(ctx, c, r.ID) })
			want := false
			for _, m := range allowed[from] {
				want = want || m == name
			}
			if want && err != nil || !want && codeOf(err) != apperr.Conflict {
				t.Errorf("%s a %s request: %v (allowed: %v)", name, from, err, want)
			}
		}
	}
	// An approved request with a claim can no longer be cancelled.
	r := e.requestIn(t, a, mdfrequest.StatusAPPROVED)
	e.claimIn(t, r, mdfclaim.StatusSUBMITTED)
	if err := e.tx(acme, func(c *ent.Client) error { _, _, err := mdf.CancelRequest(acme, c, r.ID); return err }); codeOf(err) != apperr.Conflict {
		t.Errorf("cancelling a claimed request: %v", err)
	}
}

// TestClaimTransitions: every review move from every claim status, allowed or CONFLICT; a
// rejected claim makes room for a new one, and a claim sent back is resubmitted.
func TestClaimTransitions(t *testing.T) {
	e := newEnv(t)
	a := e.allocate(t, 1_000_000)
	pam, acme := e.as(t, "pam@vendor.test"), e.as(t, "admin@acme-reseller.test")
	moves := map[string]func(ctx context.Context, c *ent.Client, id string) error{
		"approve": func(ctx context.Context, c *ent.Client, id string) error {
			_, _, err := mdf.ApproveClaim(ctx, c, mdf.ReviewInput{ID: id}, e.now)
			return err
		},
		"reject": func(ctx context.Context, c *ent.Client, id string) error {
			_, err := mdf.RejectClaim(ctx, c, mdf.ReviewInput{ID: id, Note: "no"}, e.now)
			return err
		},
		"ask for changes": func(ctx context.Context, c *ent.Client, id string) error {
			_, err := mdf.RejectClaim(ctx, c, mdf.ReviewInput{ID: id, Note: "more", RequestChanges: true}, e.now)
			return err
		},
		"pay": func(ctx context.Context, c *ent.Client, id string) error {
			_, _, _, err := mdf.MarkClaimPaid(ctx, c, id, "REF", e.now)
			return err
		},
		"resubmit": func(ctx context.Context, c *ent.Client, id string) error {
			amount := int64(600)
			_, err := mdf.ResubmitClaim(ctx, c, e.rc, mdf.ClaimInput{ID: id, Amount: &amount, Files: []mdf.FileInput{pdf("invoice.pdf")}}, e.now)
			return err
		},
	}
	allowed := map[mdfclaim.Status][]string{
		mdfclaim.StatusSUBMITTED:         {"approve", "reject", "ask for changes"},
		mdfclaim.StatusCHANGES_REQUESTED: {"resubmit"},
		mdfclaim.StatusAPPROVED:          {"pay"},
	}
	for _, from := range []mdfclaim.Status{mdfclaim.StatusSUBMITTED, mdfclaim.StatusCHANGES_REQUESTED, mdfclaim.StatusAPPROVED, mdfclaim.StatusREJECTED, mdfclaim.StatusPAID} {
		for name, move := range moves {
			claim := e.claimIn(t, e.requestIn(t, a, mdfrequest.StatusAPPROVED), from)
			ctx := pam
			if name == "resubmit" {
				ctx = acme
			}
			err := e.tx(ctx, func(c *ent.Client) error { return move(ctx, c, claim.ID) })
			want := false
			for _, m := range allowed[from] {
				want = want || m == name
			}
			if want && err != nil || !want && codeOf(err) != apperr.Conflict {
				t.Errorf("%s a %s claim: %v (allowed: %v)", name, from, err, want)
			}
		}
	}
	r := e.requestIn(t, a, mdfrequest.StatusAPPROVED)
	e.claimIn(t, r, mdfclaim.StatusREJECTED)
	if _, err := e.claim(acme, r.ID, 500, pdf("second.pdf")); err != nil {
		t.Errorf("a new claim after a rejection: %v", err)
	}
}

// TestPaidByPartner: what analytics reads as MDF paid, per partner and currency.
func TestPaidByPartner(t *testing.T) {
	e := newEnv(t)
	a := e.allocate(t, 1_000_000)
	e.claimIn(t, e.requestIn(t, a, mdfrequest.StatusAPPROVED), mdfclaim.StatusPAID)
	e.claimIn(t, e.requestIn(t, a, mdfrequest.StatusAPPROVED), mdfclaim.StatusAPPROVED) // not paid
	paid, err := mdf.PaidByPartner(sys(), e.client, e.now.AddDate(0, 0, -1), e.now.AddDate(0, 0, 1))
	if err != nil {
		t.Fatal(err)
	}
	if len(paid) != 1 || paid[0].PartnerID != a.PartnerID || paid[0].Currency != "USD" || paid[0].Amount != 700 {
		t.Fatalf("paid: %+v, want 700 USD to Acme", paid)
	}
	if none, _ := mdf.PaidByPartner(sys(), e.client, e.now.AddDate(0, 0, 1), e.now.AddDate(0, 0, 2)); len(none) != 0 {
		t.Fatalf("paid outside the period: %+v", none)
	}
}
