package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/auditevent"
	"github.com/partnerhub/partnerhub/ent/refreshtoken"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/apikey"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/audit"
	"github.com/partnerhub/partnerhub/internal/ids"
	"github.com/partnerhub/partnerhub/internal/normalize"
	"github.com/partnerhub/partnerhub/internal/password"
	"github.com/partnerhub/partnerhub/internal/requestid"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// Session and lockout settings.
const (
	RefreshTokenTTL = 30 * 24 * time.Hour
	MaxFailedLogins = 5
	FailureWindow   = 15 * time.Minute
	LockoutDuration = 15 * time.Minute
	// refreshPrefix marks PartnerHub refresh tokens so secret scanners can recognise leaked ones.
	refreshPrefix = "phr_"
)

// Session is what a successful sign-in or refresh returns.
type Session struct {
	AccessToken           string
	AccessTokenExpiresAt  time.Time
	RefreshToken          string
	RefreshTokenExpiresAt time.Time
	User                  *ent.User
	Viewer                *viewer.Viewer
}

// Service signs users in and out. It uses its own transactions, not the request's: a failed
// sign-in must still count towards the lockout, and a detected token reuse must still revoke the
// family, although the mutation itself answers with an error.
type Service struct {
	client        *ent.Client
	keys          *KeySet
	apiKeys       *apikey.Authenticator
	now           func() time.Time
	secureCookies bool
}

// NewService returns a sign-in service; secureCookies marks the portal's session cookie Secure
// (production, behind HTTPS).
func NewService(client *ent.Client, keys *KeySet, secureCookies bool) *Service {
	s := &Service{client: client, keys: keys, now: time.Now, secureCookies: secureCookies}
	s.apiKeys = apikey.NewAuthenticator(client, s.clock)
	return s
}

// clock reads s.now late, so WithClock also moves the API key checks.
func (s *Service) clock() time.Time { return s.now() }

// WithClock returns a copy of s that reads time from now (tests of expiry and lockout).
func (s *Service) WithClock(now func() time.Time) *Service {
	c := *s
	c.now = now
	c.apiKeys = apikey.NewAuthenticator(c.client, c.clock)
	return &c
}

// Keys returns the key set access tokens are signed with.
func (s *Service) Keys() *KeySet { return s.keys }

// asSignInService is the sessions' one way past the privacy rules: sign-in, refresh and sign-out
// happen before there is a viewer, and refresh tokens belong to the sign-in service alone (an admin
// disabling someone revokes their sessions without reading them).
func asSignInService(ctx context.Context) context.Context {
	return viewer.SystemContext(ctx) // privacy escape: authentication: sessions and refresh tokens are the sign-in service's alone
}

// errBadCredentials is the one answer to a wrong e-mail and a wrong password alike.
var errBadCredentials = apperr.New(apperr.Unauthenticated, "wrong e-mail address or password")

// errSessionEnded is the answer to any refresh token that cannot be used.
var errSessionEnded = apperr.New(apperr.Unauthenticated, "your session has ended; sign in again")

// Login checks an e-mail address and password and opens a new session family.
func (s *Service) Login(ctx context.Context, email, plain string, ci requestid.Client) (*Session, error) {
	ctx = asSignInService(ctx)
	now := s.now()
	normalized, err := normalize.Email(email)
	if err != nil {
		return nil, missingAccount(ctx, plain)
	}
	u, err := s.client.User.Query().Where(user.Email(normalized)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, missingAccount(ctx, plain)
	}
	if err != nil {
		return nil, err
	}
	if u.LockedUntil != nil && now.Before(*u.LockedUntil) {
		return nil, lockedError(*u.LockedUntil, now)
	}
	// The attempt is reserved before the password is checked, so a burst of simultaneous guesses
	// gets no more than MaxFailedLogins checks, on any number of instances.
	reserved, err := s.reserveAttempt(ctx, u.ID, now)
	if err != nil {
		return nil, err
	}
	if !reserved {
		until := now.Add(LockoutDuration)
		if cur, err := s.client.User.Get(ctx, u.ID); err == nil && cur.LockedUntil != nil && cur.LockedUntil.After(now) {
			until = *cur.LockedUntil
		}
		return nil, lockedError(until, now)
	}
	if err := password.VerifyContext(ctx, u.PasswordHash, plain); err != nil {
		if ctx.Err() != nil {
			// The request ended while waiting for a hash slot: the reserved attempt stays counted.
			return nil, err
		}
		return nil, s.recordFailure(ctx, u, now)
	}
	if u.Status != user.StatusACTIVE {
		return nil, apperr.New(apperr.Forbidden, "this account is not active; ask your administrator")
	}
	var sess *Session
	err = s.inTx(ctx, func(tx *ent.Client) error {
		u, err = tx.User.UpdateOne(u).
			SetLastLoginAt(now).SetFailedLogins(0).ClearFailedLoginsSince().ClearLockedUntil().
			Save(ctx)
		if err != nil {
			return err
		}
		sess, err = s.open(ctx, tx, u, ids.New("fam"), ci, now)
		if err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Entry{
			Action: "login", EntityType: "users", EntityID: u.ID, PartnerID: u.PartnerID,
			ActorType: auditevent.ActorTypeUSER, ActorID: u.ID,
		})
	})
	if err != nil {
		return nil, err
	}
	// The user was loaded in the committed transaction; its edges must load outside it.
	sess.User = sess.User.Unwrap()
	return sess, nil
}

// missingAccount answers a sign-in to an account that does not exist after the same password
// check a real account costs, so timing reveals nothing about which accounts exist.
func missingAccount(ctx context.Context, plain string) error {
	if err := password.VerifyMissingContext(ctx, plain); err != nil {
		return err
	}
	return errBadCredentials
}

// reserveAttempt counts a sign-in attempt in the current window with two conditional updates
// (start a fresh window if the old one is over; then take a slot if fewer than MaxFailedLogins are
// taken and the account is not locked). Each is one statement, so concurrent attempts cannot both
// take the last slot.
func (s *Service) reserveAttempt(ctx context.Context, userID string, now time.Time) (bool, error) {
	err := s.client.User.Update().
		Where(user.ID(userID), user.Or(user.FailedLoginsSinceIsNil(), user.FailedLoginsSinceLT(now.Add(-FailureWindow)))).
		SetFailedLogins(0).SetFailedLoginsSince(now).
		Exec(ctx)
	if err != nil {
		return false, err
	}
	n, err := s.client.User.Update().
		Where(user.ID(userID), user.FailedLoginsLT(MaxFailedLogins),
			user.Or(user.LockedUntilIsNil(), user.LockedUntilLTE(now))).
		AddFailedLogins(1).
		Save(ctx)
	return n == 1, err
}

// SignIn opens a session for a user who just proved who they are some other way (accepting an
// invitation), inside the caller's transaction: the session exists only if the change that
// admitted the user commits.
func (s *Service) SignIn(ctx context.Context, tx *ent.Client, u *ent.User, ci requestid.Client) (*Session, error) {
	ctx = asSignInService(ctx)
	now := s.now()
	u, err := tx.User.UpdateOne(u).SetLastLoginAt(now).Save(ctx)
	if err != nil {
		return nil, err
	}
	return s.open(ctx, tx, u, ids.New("fam"), ci, now)
}

// recordFailure keeps the reserved attempt as a failure and locks the account once the window
// holds MaxFailedLogins of them.
func (s *Service) recordFailure(ctx context.Context, u *ent.User, now time.Time) error {
	err := s.inTx(ctx, func(tx *ent.Client) error {
		locked, err := tx.User.Update().
			Where(user.ID(u.ID), user.FailedLoginsGTE(MaxFailedLogins)).
			SetFailedLogins(0).ClearFailedLoginsSince().SetLockedUntil(now.Add(LockoutDuration)).
			Save(ctx)
		if err != nil {
			return err
		}
		if locked > 0 {
			slog.WarnContext(ctx, "account locked after repeated failed sign-ins", "user_id", u.ID)
		}
		return audit.Record(ctx, tx, audit.Entry{
			Action: "login.failed", EntityType: "users", EntityID: u.ID, PartnerID: u.PartnerID,
			ActorType: auditevent.ActorTypeANONYMOUS,
			Summary:   map[string]any{"locked": locked > 0},
		})
	})
	if err != nil {
		return err
	}
	return errBadCredentials
}

func lockedError(until, now time.Time) error {
	retry := int(until.Sub(now).Seconds()) + 1
	e := apperr.New(apperr.RateLimited, "too many failed sign-ins; try again in %d minutes", (retry+59)/60)
	e.Extensions = map[string]any{"retryAfter": retry, "lockedUntil": until.UTC().Format(time.RFC3339)}
	return e
}

// Refresh exchanges a refresh token for a new session of the same family. A token that was already
// exchanged proves it was copied: the whole family is revoked and the caller must sign in again.
func (s *Service) Refresh(ctx context.Context, token string, ci requestid.Client) (*Session, error) {
	ctx = asSignInService(ctx)
	now := s.now()
	rt, err := s.client.RefreshToken.Query().
		Where(refreshtoken.TokenHash(hashToken(token))).
		WithUser().
		Only(ctx)
	if ent.IsNotFound(err) {
		return nil, errSessionEnded
	}
	if err != nil {
		return nil, err
	}
	switch {
	case rt.RevokedAt != nil:
		return nil, errSessionEnded
	case rt.RotatedAt != nil:
		return nil, s.revokeReused(ctx, rt, now)
	case !now.Before(rt.ExpiresAt):
		return nil, errSessionEnded
	case rt.Edges.User.Status != user.StatusACTIVE:
		if err := s.revokeFamily(ctx, s.client, rt.FamilyID, now); err != nil {
			return nil, err
		}
		return nil, errSessionEnded
	}
	var sess *Session
	reused := false
	err = s.inTx(ctx, func(tx *ent.Client) error {
		// Compare-and-set: of two requests racing with one token, exactly one rotates it.
		n, err := tx.RefreshToken.Update().
			Where(refreshtoken.ID(rt.ID), refreshtoken.RotatedAtIsNil(), refreshtoken.RevokedAtIsNil()).
			SetRotatedAt(now).
			Save(ctx)
		if err != nil {
			return err
		}
		if n == 0 {
			reused = true
			return nil
		}
		sess, err = s.open(ctx, tx, rt.Edges.User, rt.FamilyID, ci, now)
		return err
	})
	if err != nil {
		return nil, err
	}
	if reused {
		return nil, s.revokeReused(ctx, rt, now)
	}
	return sess, nil
}

func (s *Service) revokeReused(ctx context.Context, rt *ent.RefreshToken, now time.Time) error {
	slog.WarnContext(ctx, "refresh token reused; session family revoked", "user_id", rt.UserID, "family", rt.FamilyID)
	err := s.inTx(ctx, func(tx *ent.Client) error {
		if err := s.revokeFamily(ctx, tx, rt.FamilyID, now); err != nil {
			return err
		}
		u, err := tx.User.Get(ctx, rt.UserID)
		if err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Entry{
			Action: "session.reuse_detected", EntityType: "users", EntityID: u.ID, PartnerID: u.PartnerID,
			Summary: map[string]any{"family": rt.FamilyID, "revoked": "every session of this sign-in"},
		})
	})
	if err != nil {
		return err
	}
	return errSessionEnded
}

// Logout ends the session family a refresh token belongs to. An unknown token is not an error:
// the session is over either way.
func (s *Service) Logout(ctx context.Context, token string) error {
	ctx = asSignInService(ctx)
	rt, err := s.client.RefreshToken.Query().Where(refreshtoken.TokenHash(hashToken(token))).Only(ctx)
	if ent.IsNotFound(err) {
		return nil
	}
	if err != nil {
		return err
	}
	return s.inTx(ctx, func(tx *ent.Client) error {
		if err := s.revokeFamily(ctx, tx, rt.FamilyID, s.now()); err != nil {
			return err
		}
		u, err := tx.User.Get(ctx, rt.UserID)
		if err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Entry{
			Action: "logout", EntityType: "users", EntityID: u.ID, PartnerID: u.PartnerID,
			ActorType: auditevent.ActorTypeUSER, ActorID: u.ID,
		})
	})
}

// RevokeUser ends every session of a user (disabled, password changed) inside the caller's
// transaction.
func RevokeUser(ctx context.Context, tx *ent.Client, userID string, now time.Time) error {
	return tx.RefreshToken.Update().
		Where(refreshtoken.UserID(userID), refreshtoken.RevokedAtIsNil()).
		SetRevokedAt(now).
		Exec(asSignInService(ctx))
}

func (s *Service) revokeFamily(ctx context.Context, c *ent.Client, family string, now time.Time) error {
	return c.RefreshToken.Update().
		Where(refreshtoken.FamilyID(family), refreshtoken.RevokedAtIsNil()).
		SetRevokedAt(now).
		Exec(ctx)
}

// open issues a refresh token of the family and a matching access token.
func (s *Service) open(ctx context.Context, tx *ent.Client, u *ent.User, family string, ci requestid.Client, now time.Time) (*Session, error) {
	secret := make([]byte, 32)
	if _, err := rand.Read(secret); err != nil {
		return nil, err
	}
	token := refreshPrefix + base64.RawURLEncoding.EncodeToString(secret)
	exp := now.Add(RefreshTokenTTL)
	err := tx.RefreshToken.Create().
		SetTokenHash(hashToken(token)).
		SetFamilyID(family).
		SetUserID(u.ID).
		SetExpiresAt(exp).
		SetIP(truncate(ci.IP, 64)).
		SetUserAgent(truncate(ci.UserAgent, 300)).
		Exec(ctx)
	if err != nil {
		return nil, err
	}
	v := &viewer.Viewer{UserID: u.ID, Role: viewer.Role(u.Role), PartnerID: u.PartnerID}
	access, accessExp, err := s.keys.Issue(u.ID, v.Role, u.PartnerID, now)
	if err != nil {
		return nil, fmt.Errorf("signing access token: %w", err)
	}
	return &Session{
		AccessToken: access, AccessTokenExpiresAt: accessExp,
		RefreshToken: token, RefreshTokenExpiresAt: exp,
		User: u, Viewer: v,
	}, nil
}

func (s *Service) inTx(ctx context.Context, fn func(tx *ent.Client) error) error {
	tx, err := s.client.Tx(ctx)
	if err != nil {
		return err
	}
	if err := fn(tx.Client()); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// hashToken stores refresh tokens as SHA-256: they carry 256 random bits, so a slow hash adds
// nothing, and a fast one keeps the lookup indexable.
func hashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

func truncate(s string, n int) string {
	if len(s) > n {
		return strings.ToValidUTF8(s[:n], "")
	}
	return s
}

// PruneSessions deletes refresh tokens that can no longer be used: expired or revoked more than a
// day ago (the day keeps recent revocations visible when investigating a reuse alert). It runs as a
// job, in the system's context.
func PruneSessions(ctx context.Context, client *ent.Client, now time.Time) (int, error) {
	cutoff := now.Add(-24 * time.Hour)
	return client.RefreshToken.Delete().
		Where(refreshtoken.Or(refreshtoken.ExpiresAtLT(cutoff), refreshtoken.RevokedAtLT(cutoff))).
		Exec(ctx)
}
