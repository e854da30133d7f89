package auth_test

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent/passwordreset"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

const (
	requestReset   = `mutation($email: String!) { requestPasswordReset(input: {email: $email}) { expiresAt } }`
	resetPassword  = `mutation($token: String!, $password: String!) { resetPassword(input: {token: $token, password: $password}) { success } }`
	changePassword = `mutation($current: String!, $next: String!) {
  changePassword(input: {currentPassword: $current, newPassword: $next}) { accessToken refreshToken viewer { email } }
}`
	loginAs = `mutation($email: String!, $password: String!) { login(input: {email: $email, password: $password}) { accessToken } }`
	refresh = `mutation($t: String!) { refreshSession(input: {refreshToken: $t}) { accessToken } }`
)

var resetTokenInMail = regexp.MustCompile(`#token=(php_[A-Za-z0-9_-]+)`)

func resetToken(t *testing.T, mb *apitest.Mailbox, to string) string {
	t.Helper()
	m := mb.Next(t)
	if len(m.To) != 1 || m.To[0] != to {
		t.Fatalf("reset e-mail went to %v, want %s", m.To, to)
	}
	found := resetTokenInMail.FindStringSubmatch(m.Data)
	if found == nil {
		t.Fatalf("no reset link in the e-mail:\n%s", m.Data)
	}
	return found[1]
}

func TestForgotPasswordResetsOnceAndEndsSessions(t *testing.T) {
	mb := apitest.StartSMTP(t)
	s := apitest.NewWithEnv(t, map[string]string{"SMTP_URL": mb.URL})
	const email = "sales@globex-msp.test"
	old := s.LoginSession(t, email)

	// An address with an account and one without get the same answer; only the first gets mail.
	var known, unknown struct{ RequestPasswordReset struct{ ExpiresAt time.Time } }
	s.Query(t, "", requestReset, map[string]any{"email": "Sales@Globex-MSP.test"}).Decode(t, &known)
	s.Query(t, "", requestReset, map[string]any{"email": "nobody@globex-msp.test"}).Decode(t, &unknown)
	if d := time.Until(known.RequestPasswordReset.ExpiresAt); d < 25*time.Minute || d > 31*time.Minute {
		t.Errorf("link expires in %s, want about 30 minutes", d)
	}
	if unknown.RequestPasswordReset.ExpiresAt.IsZero() {
		t.Error("an unknown address got a different answer")
	}
	token := resetToken(t, mb, email)
	if !mb.Empty(500 * time.Millisecond) {
		t.Error("an e-mail was sent for an address without an account")
	}

	// The database keeps only the hash.
	sys := viewer.NewContext(context.Background(), viewer.System())
	rows := s.Client.PasswordReset.Query().Where(passwordreset.HasUserWith(user.Email(email))).AllX(sys)
	if len(rows) != 1 || strings.Contains(rows[0].TokenHash, token) || rows[0].TokenHash == token {
		t.Fatalf("reset rows: %+v", rows)
	}

	s.Query(t, "", resetPassword, map[string]any{"token": token, "password": "short"}).ExpectCode(t, "BAD_USER_INPUT")
	var done struct{ ResetPassword struct{ Success bool } }
	s.Query(t, "", resetPassword, map[string]any{"token": token, "password": "a brand new password"}).Decode(t, &done)
	if !done.ResetPassword.Success {
		t.Fatal("reset did not succeed")
	}
	// Single use.
	if e := s.Query(t, "", resetPassword, map[string]any{"token": token, "password": "yet another password"}).ExpectCode(t, "BAD_USER_INPUT"); e.Extensions["field"] != "token" {
		t.Errorf("second use: field %v, want token", e.Extensions["field"])
	}
	// The old password no longer works, the new one does, and the sessions opened before ended.
	s.Query(t, "", loginAs, map[string]any{"email": email, "password": s.Config.DemoPassword}).ExpectCode(t, "UNAUTHENTICATED")
	var in struct{ Login struct{ AccessToken string } }
	s.Query(t, "", loginAs, map[string]any{"email": email, "password": "a brand new password"}).Decode(t, &in)
	if in.Login.AccessToken == "" {
		t.Fatal("no sign-in with the new password")
	}
	s.Query(t, "", refresh, map[string]any{"t": old.RefreshToken}).ExpectCode(t, "UNAUTHENTICATED")
}

func TestResetLinksExpireAndANewOneSupersedesTheOld(t *testing.T) {
	mb := apitest.StartSMTP(t)
	s := apitest.NewWithEnv(t, map[string]string{"SMTP_URL": mb.URL})
	const email = "admin@globex-msp.test"
	s.Query(t, "", requestReset, map[string]any{"email": email}).Decode(t, &struct{}{})
	first := resetToken(t, mb, email)
	s.Query(t, "", requestReset, map[string]any{"email": email}).Decode(t, &struct{}{})
	second := resetToken(t, mb, email)
	s.Query(t, "", resetPassword, map[string]any{"token": first, "password": "a brand new password"}).ExpectCode(t, "BAD_USER_INPUT")

	// Expired: move the link's expiry into the past, as 30 minutes passing would.
	res, err := s.DB.DB.ExecContext(context.Background(), `UPDATE password_resets SET expires_at = $1 WHERE used_at IS NULL`, time.Now().Add(-time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		t.Fatalf("%d live links, want 1", n)
	}
	s.Query(t, "", resetPassword, map[string]any{"token": second, "password": "a brand new password"}).ExpectCode(t, "BAD_USER_INPUT")
	s.Query(t, "", resetPassword, map[string]any{"token": "php_made_up", "password": "a brand new password"}).ExpectCode(t, "BAD_USER_INPUT")
	// Nothing changed: the demo password still signs in.
	s.Login(t, email)
}

func TestForgotPasswordIsRateLimitedLikeLogin(t *testing.T) {
	mb := apitest.StartSMTP(t)
	s := apitest.NewWithEnv(t, map[string]string{"SMTP_URL": mb.URL})
	for _, email := range []string{"admin@acme-reseller.test", "ghost@acme-reseller.test"} {
		for i := 0; i < 5; i++ {
			s.Query(t, "", requestReset, map[string]any{"email": email}).Decode(t, &struct{}{})
		}
		// The sixth is refused, with or without an account: the limit tells nothing either.
		if e := s.Query(t, "", requestReset, map[string]any{"email": email}).ExpectCode(t, "RATE_LIMITED"); e.Extensions["retryAfter"] == nil {
			t.Errorf("%s: no retryAfter", email)
		}
	}
	// Exactly five e-mails reached the real account.
	for i := 0; i < 5; i++ {
		mb.Next(t)
	}
	if !mb.Empty(500 * time.Millisecond) {
		t.Error("more than five reset e-mails were sent")
	}
}

func TestChangePasswordNeedsTheCurrentOneAndEndsOtherSessions(t *testing.T) {
	s := apitest.New(t)
	const email = "sales@acme-reseller.test"
	other := s.LoginSession(t, email) // another device
	this := s.LoginSession(t, email)

	e := s.Query(t, this.AccessToken, changePassword, map[string]any{"current": "not my password", "next": "a brand new password"}).ExpectCode(t, "BAD_USER_INPUT")
	if e.Extensions["field"] != "currentPassword" {
		t.Errorf("wrong current password: field %v", e.Extensions["field"])
	}
	// Nothing was changed by the refused attempt.
	s.Login(t, email)
	if e := s.Query(t, this.AccessToken, changePassword, map[string]any{"current": s.Config.DemoPassword, "next": "short"}).ExpectCode(t, "BAD_USER_INPUT"); e.Extensions["field"] != "newPassword" {
		t.Errorf("short password: field %v", e.Extensions["field"])
	}

	var out struct {
		ChangePassword struct {
			AccessToken, RefreshToken string
			Viewer                    struct{ Email string }
		}
	}
	s.Query(t, this.AccessToken, changePassword, map[string]any{"current": s.Config.DemoPassword, "next": "a brand new password"}).Decode(t, &out)
	if out.ChangePassword.Viewer.Email != email || out.ChangePassword.RefreshToken == "" {
		t.Fatalf("payload: %+v", out.ChangePassword)
	}
	// The other device's session has ended; this one goes on with the new tokens.
	s.Query(t, "", refresh, map[string]any{"t": other.RefreshToken}).ExpectCode(t, "UNAUTHENTICATED")
	s.Query(t, "", refresh, map[string]any{"t": this.RefreshToken}).ExpectCode(t, "UNAUTHENTICATED")
	s.Query(t, "", refresh, map[string]any{"t": out.ChangePassword.RefreshToken}).Decode(t, &struct{}{})
	s.Query(t, "", loginAs, map[string]any{"email": email, "password": s.Config.DemoPassword}).ExpectCode(t, "UNAUTHENTICATED")
	s.Query(t, "", loginAs, map[string]any{"email": email, "password": "a brand new password"}).Decode(t, &struct{}{})

	// Signed out, nobody changes a password.
	s.Query(t, "", changePassword, map[string]any{"current": "a brand new password", "next": "another new password"}).ExpectCode(t, "UNAUTHENTICATED")
}
