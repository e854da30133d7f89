package auth

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/auditevent"
	"github.com/partnerhub/partnerhub/ent/passwordreset"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/audit"
	"github.com/partnerhub/partnerhub/internal/mail"
	"github.com/partnerhub/partnerhub/internal/normalize"
	"github.com/partnerhub/partnerhub/internal/password"
	"github.com/partnerhub/partnerhub/internal/requestid"
)

// ResetTTL is how long a "forgot password" link works: long enough to open the e-mail, short
// enough that a link found later in a mailbox is useless.
const ResetTTL = 30 * time.Minute

// resetPrefix marks reset tokens so secret scanners can recognise leaked ones.
const resetPrefix = "php_"

// Passwords resets forgotten passwords and changes known ones. Resets are limited like sign-ins
// (the same counts per address and client, and per address), so the form cannot be used to flood
// someone's inbox or to probe which addresses have accounts.
type Passwords struct {
	auth      *Service
	outbox    *mail.Outbox
	publicURL string
}

// NewPasswords returns the password service; links in e-mails point at publicURL.
func NewPasswords(s *Service, outbox *mail.Outbox, publicURL string) *Passwords {
	return &Passwords{auth: s, outbox: outbox, publicURL: publicURL}
}

// WithClock returns a copy of p reading time from now (tests of expiry).
func (p *Passwords) WithClock(now func() time.Time) *Passwords {
	c := *p
	c.auth = p.auth.WithClock(now)
	return &c
}

// RequestReset e-mails a single-use link to the account with the address, if there is one and it
// is active. The answer (the link's expiry) is the same either way; the only difference, an e-mail,
// reaches the address's owner alone. Like a sign-in it keeps its own transaction: the attempt is
// counted before anything is looked up, and stays counted.
func (p *Passwords) RequestReset(ctx context.Context, email string, ci requestid.Client) (time.Time, error) {
	ctx = asSignInService(ctx)
	now := p.auth.now()
	expires := now.Add(ResetTTL)
	normalized, err := normalize.Email(email)
	if err != nil {
		return expires, apperr.BadInput("email", "%q is not a valid e-mail address", email)
	}
	if err := p.auth.reserveAttempt(ctx, attemptKeys("reset:"+normalized, ci.IP), now); err != nil {
		return expires, err
	}
	u, err := p.auth.client.User.Query().Where(user.Email(normalized), user.StatusEQ(user.StatusACTIVE)).Only(ctx)
	if ent.IsNotFound(err) {
		return expires, nil
	}
	if err != nil {
		return expires, err
	}
	token, err := newResetToken()
	if err != nil {
		return expires, err
	}
	link := p.publicURL + "/reset-password#token=" + token
	body := fmt.Sprintf("Hello %s,\n\nsomeone (we hope you) asked to reset the password of your PartnerHub account.\n\n"+
		"Choose a new password here (the link works once, until %s):\n\n%s\n\n"+
		"If you did not ask for this, ignore this e-mail: your password stays as it is.\n",
		u.Name, expires.UTC().Format("2 January 2006 15:04 MST"), link)
	return expires, p.auth.inTx(ctx, func(tx *ent.Client) error {
		// A new link supersedes the older ones: only the latest e-mail works.
		if err := supersedeResets(ctx, tx, u.ID, now); err != nil {
			return err
		}
		err := tx.PasswordReset.Create().
			SetTokenHash(hashToken(token)).SetUserID(u.ID).SetExpiresAt(expires).SetIP(truncate(ci.IP, 64)).
			Exec(ctx)
		if err != nil {
			return err
		}
		if err := p.outbox.Enqueue(ctx, tx, mail.Message{
			Kind: "password_reset", Credential: true, To: u.Email, Subject: "Reset your PartnerHub password", Body: body, Link: link,
		}); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Entry{
			Action: "password.reset_requested", EntityType: "users", EntityID: u.ID, PartnerID: u.PartnerID,
			ActorType: auditevent.ActorTypeANONYMOUS,
		})
	})
}

// errResetLink is the one answer to a link that cannot be used, whatever the reason: an unknown,
// used or expired link all tell the holder the same thing, to ask for a new one.
var errResetLink = apperr.BadInput("token", "this link has expired or was used already; ask for a new one")

// Reset sets a new password with a link's token and ends every session of the account.
func (p *Passwords) Reset(ctx context.Context, token, plain string) error {
	ctx = asSignInService(ctx)
	now := p.auth.now()
	hash, err := newPasswordHash(ctx, "password", plain)
	if err != nil {
		return err
	}
	return p.auth.inTx(ctx, func(tx *ent.Client) error {
		// Compare-and-set: of two uses of one link, exactly one wins.
		n, err := tx.PasswordReset.Update().
			Where(passwordreset.TokenHash(hashToken(token)), passwordreset.UsedAtIsNil(), passwordreset.ExpiresAtGT(now)).
			SetUsedAt(now).
			Save(ctx)
		if err != nil {
			return err
		}
		if n == 0 {
			return errResetLink
		}
		r, err := tx.PasswordReset.Query().Where(passwordreset.TokenHash(hashToken(token))).WithUser().Only(ctx)
		if err != nil {
			return err
		}
		if r.Edges.User.Status != user.StatusACTIVE {
			return errResetLink
		}
		u, err := tx.User.UpdateOneID(r.UserID).
			SetPasswordHash(hash).
			Save(ctx)
		if err != nil {
			return err
		}
		if err := supersedeResets(ctx, tx, u.ID, now); err != nil {
			return err
		}
		if err := RevokeUser(ctx, tx, u.ID, now); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Entry{
			Action: "password.reset", EntityType: "users", EntityID: u.ID, PartnerID: u.PartnerID,
			ActorType: auditevent.ActorTypeANONYMOUS, Summary: map[string]any{"sessions": "all ended"},
		})
	})
}

// Change sets the signed-in user's password after checking the current one, ends every session of
// the account and opens a new one for this client. ctx is the user's: the User policy lets them
// change their own password hash and nothing else, and refuses API keys. The new hash is written
// before the current password is checked, so a caller the policy refuses learns nothing about the
// password; a wrong one rolls the write back. Guesses count towards the sign-in limits.
func (p *Passwords) Change(ctx context.Context, userID, current, plain string, ci requestid.Client) (*Session, error) {
	now := p.auth.now()
	sys := asSignInService(ctx)
	if current == plain {
		return nil, apperr.BadInput("newPassword", "choose a password different from the current one")
	}
	hash, err := newPasswordHash(ctx, "newPassword", plain)
	if err != nil {
		return nil, err
	}
	u, err := p.auth.client.User.Get(ctx, userID)
	if err != nil {
		return nil, err
	}
	if err := p.auth.reserveAttempt(sys, attemptKeys(u.Email, ci.IP), now); err != nil {
		return nil, err
	}
	var sess *Session
	err = p.auth.inTx(ctx, func(tx *ent.Client) error {
		changed, err := tx.User.UpdateOne(u).SetPasswordHash(hash).Save(ctx)
		if err != nil {
			return err
		}
		if err := password.VerifyContext(ctx, u.PasswordHash, current); err != nil {
			if ctx.Err() != nil {
				return err
			}
			return apperr.BadInput("currentPassword", "that is not your current password")
		}
		if err := supersedeResets(sys, tx, u.ID, now); err != nil {
			return err
		}
		if err := RevokeUser(sys, tx, u.ID, now); err != nil {
			return err
		}
		if sess, err = p.auth.SignIn(ctx, tx, changed, ci); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Entry{
			Action: "password.changed", EntityType: "users", EntityID: u.ID, PartnerID: u.PartnerID,
			ActorType: auditevent.ActorTypeUSER, ActorID: u.ID, Summary: map[string]any{"sessions": "others ended"},
		})
	})
	if err != nil {
		return nil, err
	}
	sess.User = sess.User.Unwrap()
	return sess, nil
}

// supersedeResets marks every unused link of the user used: after a new link or a new password,
// an older e-mail must not change the password again.
func supersedeResets(ctx context.Context, tx *ent.Client, userID string, now time.Time) error {
	return tx.PasswordReset.Update().
		Where(passwordreset.UserID(userID), passwordreset.UsedAtIsNil()).
		SetUsedAt(now).
		Exec(ctx)
}

// newPasswordHash checks a chosen password's length and hashes it; field names the input.
func newPasswordHash(ctx context.Context, field, plain string) (string, error) {
	if len(plain) < password.MinLength {
		return "", apperr.BadInput(field, "use at least %d characters", password.MinLength)
	}
	if len(plain) > password.MaxLength {
		return "", apperr.BadInput(field, "use at most %d characters", password.MaxLength)
	}
	if strings.TrimSpace(plain) == "" {
		return "", apperr.BadInput(field, "a password cannot be only spaces")
	}
	return password.HashContext(ctx, plain)
}

func newResetToken() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return resetPrefix + base64.RawURLEncoding.EncodeToString(b), nil
}
