package invitation_test

import (
	"context"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/internal/viewer"
)

const preview = `query($token: String!) { invitationPreview(token: $token) { email organisation role invitedBy expiresAt state } }`

type previewed struct {
	InvitationPreview struct {
		Email, Organisation, Role, State string
		InvitedBy                        *string
		ExpiresAt                        time.Time
	}
}

// TestInvitationPreview: the invitation page tells the invitee, before they choose a password,
// which address and organisation they join, in which role, from whom and until when; the link's
// token alone opens it, and a used, withdrawn or expired link says so.
func TestInvitationPreview(t *testing.T) {
	f := newFixture(t)
	acme := f.Login(t, "admin@acme-reseller.test")
	sys := viewer.NewContext(context.Background(), viewer.System())

	f.Query(t, "", preview, map[string]any{"token": "phi_not-a-real-token-not-a-real-token-not-a-real"}).ExpectCode(t, "NOT_FOUND")

	id, token := f.invite(t, acme, map[string]any{"email": "preview@acme-reseller.test", "role": "PARTNER_SALES"})
	var got previewed
	f.Query(t, "", preview, map[string]any{"token": token}).Decode(t, &got)
	p := got.InvitationPreview
	if p.Email != "preview@acme-reseller.test" || p.Organisation != "Acme Reseller" || p.Role != "PARTNER_SALES" || p.State != "PENDING" ||
		p.InvitedBy == nil || *p.InvitedBy == "" || time.Until(p.ExpiresAt) < 6*24*time.Hour {
		t.Fatalf("preview of a fresh invitation: %+v", p)
	}

	admin := f.Login(t, "admin@vendor.test")
	_, vendorToken := f.invite(t, admin, map[string]any{"email": "new.cm@vendor.test", "role": "CHANNEL_MANAGER"})
	f.Query(t, "", preview, map[string]any{"token": vendorToken}).Decode(t, &got)
	if got.InvitationPreview.Organisation != "the vendor's channel team" || got.InvitationPreview.Role != "CHANNEL_MANAGER" {
		t.Errorf("preview of a vendor invitation: %+v", got.InvitationPreview)
	}

	if err := f.Client.Invitation.UpdateOneID(id).SetExpiresAt(time.Now().Add(-time.Minute)).Exec(sys); err != nil {
		t.Fatal(err)
	}
	f.Query(t, "", preview, map[string]any{"token": token}).Decode(t, &got)
	if got.InvitationPreview.State != "EXPIRED" {
		t.Errorf("an expired link previews as %s", got.InvitationPreview.State)
	}
	if res := f.Query(t, "", accept, map[string]any{"token": vendorToken}); len(res.Errors) > 0 {
		t.Fatal(res.Raw)
	}
	f.Query(t, "", preview, map[string]any{"token": vendorToken}).Decode(t, &got)
	if got.InvitationPreview.State != "ACCEPTED" {
		t.Errorf("a used link previews as %s", got.InvitationPreview.State)
	}
}
