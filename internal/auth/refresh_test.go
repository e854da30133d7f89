package auth_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/auth"
	"github.com/partnerhub/partnerhub/internal/requestid"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

func TestRefreshRotationAndReuse(t *testing.T) {
	f := newSessionFixture(t)
	ctx := context.Background()
	first := f.login(t, "admin@acme-reseller.test")
	other := f.login(t, "admin@acme-reseller.test") // a second device: its own family
	family := f.tokenRow(t, first.RefreshToken).FamilyID

	f.clock.Advance(time.Minute)
	second, err := f.svc.Refresh(ctx, first.RefreshToken, requestid.Client{})
	if err != nil {
		t.Fatalf("refresh: %v", err)
	}
	if second.RefreshToken == first.RefreshToken || second.AccessToken == first.AccessToken {
		t.Fatal("refresh returned the same tokens")
	}
	if v, err := f.keys.Verify(second.AccessToken, f.clock.Now()); err != nil || v.UserID != first.Viewer.UserID || v.Role != viewer.PartnerAdmin {
		t.Fatalf("refreshed access token: %+v, %v", v, err)
	}
	if got := f.tokenRow(t, second.RefreshToken).FamilyID; got != family {
		t.Errorf("rotated token is in family %s, want %s", got, family)
	}
	if f.tokenRow(t, first.RefreshToken).RotatedAt == nil {
		t.Error("the exchanged token is not marked rotated")
	}
	f.clock.Advance(time.Minute)
	third, err := f.svc.Refresh(ctx, second.RefreshToken, requestid.Client{})
	if err != nil {
		t.Fatalf("second refresh: %v", err)
	}

	// The first token comes back: someone copied it. The whole family ends, the newest included.
	_, err = f.svc.Refresh(ctx, first.RefreshToken, requestid.Client{})
	wantCode(t, err, apperr.Unauthenticated)
	rows := f.family(t, family)
	if len(rows) != 3 {
		t.Fatalf("family has %d tokens, want 3", len(rows))
	}
	for _, rt := range rows {
		if rt.RevokedAt == nil {
			t.Errorf("token %s of the reused family is not revoked", rt.ID)
		}
	}
	for name, token := range map[string]string{"newest": third.RefreshToken, "middle": second.RefreshToken, "reused": first.RefreshToken} {
		_, err := f.svc.Refresh(ctx, token, requestid.Client{})
		if e := wantCode(t, err, apperr.Unauthenticated); e.Message == "" {
			t.Errorf("%s token: empty message", name)
		}
	}
	// The other device's session is a different family and lives on.
	if _, err := f.svc.Refresh(ctx, other.RefreshToken, requestid.Client{}); err != nil {
		t.Errorf("another family was revoked too: %v", err)
	}
	_, err = f.svc.Refresh(ctx, "phr_unknown-token", requestid.Client{})
	wantCode(t, err, apperr.Unauthenticated)
}

// TestRefreshRace: requests racing with one refresh token (a stolen copy used at the same moment)
// get at most one new session.
func TestRefreshRace(t *testing.T) {
	f := newSessionFixture(t)
	s := f.login(t, "sales@acme-reseller.test")
	const n = 8
	var wg sync.WaitGroup
	results := make([]error, n)
	sessions := make([]*auth.Session, n)
	start := make(chan struct{})
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			sessions[i], results[i] = f.svc.Refresh(context.Background(), s.RefreshToken, requestid.Client{})
		}()
	}
	close(start)
	wg.Wait()
	won := 0
	for i, err := range results {
		if err == nil {
			won++
			continue
		}
		if e, ok := apperr.As(err); !ok || e.Code != apperr.Unauthenticated {
			t.Errorf("racer %d: %v, want UNAUTHENTICATED", i, err)
		}
	}
	if won > 1 {
		t.Fatalf("%d of %d concurrent refreshes with one token succeeded, want at most 1", won, n)
	}
	t.Logf("%d of %d racing refreshes succeeded", won, n)
	// Whoever lost saw a reused token, so nothing of the family may be refreshed any more.
	if won == 1 && n > 1 {
		for i, sess := range sessions {
			if sess == nil {
				continue
			}
			_, err := f.svc.Refresh(context.Background(), sess.RefreshToken, requestid.Client{})
			if err == nil {
				t.Errorf("racer %d's new token still refreshes after a reuse was detected", i)
			}
		}
	}
}

func TestLogoutRevokesFamily(t *testing.T) {
	f := newSessionFixture(t)
	ctx := context.Background()
	first := f.login(t, "sales@globex-msp.test")
	second, err := f.svc.Refresh(ctx, first.RefreshToken, requestid.Client{})
	if err != nil {
		t.Fatal(err)
	}
	other := f.login(t, "sales@globex-msp.test")
	if err := f.svc.Logout(ctx, second.RefreshToken); err != nil {
		t.Fatalf("logout: %v", err)
	}
	for _, rt := range f.family(t, f.tokenRow(t, first.RefreshToken).FamilyID) {
		if rt.RevokedAt == nil {
			t.Errorf("token %s survived logout", rt.ID)
		}
	}
	_, err = f.svc.Refresh(ctx, second.RefreshToken, requestid.Client{})
	wantCode(t, err, apperr.Unauthenticated)
	// Logging out twice, or with a token nobody knows, is not an error.
	if err := f.svc.Logout(ctx, second.RefreshToken); err != nil {
		t.Errorf("second logout: %v", err)
	}
	if err := f.svc.Logout(ctx, "phr_unknown"); err != nil {
		t.Errorf("logout with an unknown token: %v", err)
	}
	if _, err := f.svc.Refresh(ctx, other.RefreshToken, requestid.Client{}); err != nil {
		t.Errorf("logout ended another session too: %v", err)
	}
}

func TestRefreshAfterUserDisabled(t *testing.T) {
	f := newSessionFixture(t)
	ctx := context.Background()
	const email = "admin@acme-reseller.test"
	s := f.login(t, email)
	if err := f.client.User.UpdateOneID(s.Viewer.UserID).SetStatus(user.StatusDISABLED).Exec(sysCtx()); err != nil {
		t.Fatal(err)
	}
	_, err := f.svc.Refresh(ctx, s.RefreshToken, requestid.Client{})
	wantCode(t, err, apperr.Unauthenticated)
	_, err = f.svc.Login(ctx, email, demoPassword, requestid.Client{})
	if err == nil {
		t.Fatal("a disabled user signed in")
	}
	// Re-enabling the account does not bring the old session back.
	if err := f.client.User.UpdateOneID(s.Viewer.UserID).SetStatus(user.StatusACTIVE).Exec(sysCtx()); err != nil {
		t.Fatal(err)
	}
	_, err = f.svc.Refresh(ctx, s.RefreshToken, requestid.Client{})
	wantCode(t, err, apperr.Unauthenticated)
	// The access token already handed out dies with its lifetime (plus the clock skew) at most.
	if _, err := f.keys.Verify(s.AccessToken, f.clock.Now().Add(auth.AccessTokenTTL+31*time.Second)); err == nil {
		t.Error("an access token outlives its 15 minutes")
	}
}

func TestRefreshTokenExpiry(t *testing.T) {
	f := newSessionFixture(t)
	ctx := context.Background()
	early := f.login(t, "sales@acme-reseller.test")
	late := f.login(t, "sales@acme-reseller.test")

	f.clock.Advance(auth.RefreshTokenTTL - time.Minute)
	renewed, err := f.svc.Refresh(ctx, early.RefreshToken, requestid.Client{})
	if err != nil {
		t.Fatalf("refresh a minute before expiry: %v", err)
	}
	f.clock.Advance(time.Minute)
	_, err = f.svc.Refresh(ctx, late.RefreshToken, requestid.Client{})
	wantCode(t, err, apperr.Unauthenticated)
	// The renewed token lives 30 days from its own issue.
	if _, err := f.svc.Refresh(ctx, renewed.RefreshToken, requestid.Client{}); err != nil {
		t.Errorf("refresh with the renewed token: %v", err)
	}
}
