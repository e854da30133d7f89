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
	"github.com/partnerhub/partnerhub/internal/authcache"
	"github.com/partnerhub/partnerhub/internal/ids"
	"github.com/partnerhub/partnerhub/internal/normalize"
	"github.com/partnerhub/partnerhub/internal/password"
	"github.com/partnerhub/partnerhub/internal/ratelimit"
	"github.com/partnerhub/partnerhub/internal/requestid"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// Session and lockout settings. Sign-in attempts are counted per e-mail address, whether or not
// an account has it, so the lockout reveals nothing about which accounts exist:
//   - per address and client (IP): MaxFailedLogins attempts within FailureWindow, then none from
//     that client for LockoutDuration; others, the account's owner among them, are not affected;
//   - per address from every client: MaxFailedLoginsPerAccount attempts within AccountBackoff,
//     then none for AccountBackoff, a slower back-off against guesses spread over many addresses.
//
// A successful sign-in clears both counts.
const (
	RefreshTokenTTL           = 30 * 24 * time.Hour
	MaxFailedLogins           = 5
	FailureWindow             = 15 * time.Minute
	LockoutDuration           = FailureWindow
	MaxFailedLoginsPerAccount = 40
	AccountBackoff            = time.Hour
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
	attempts      *ratelimit.Limiter
	apiKeys       *apikey.Authenticator
	invalidator   *authcache.Invalidator
	users         *authcache.Cache[activeUser]
	now           func() time.Time
	secureCookies bool
}

// NewService returns a sign-in service counting sign-in attempts in attempts; secureCookies marks
// the portal's session cookie Secure (production, behind HTTPS).
func NewService(client *ent.Client, keys *KeySet, attempts *ratelimit.Limiter, secureCookies bool) *Service {
	s := &Service{client: client, keys: keys, attempts: attempts, now: time.Now, secureCookies: secureCookies,
		invalidator: &authcache.Invalidator{}}
	client.User.Use(s.invalidator.Hook(userInvalidates...))
	client.APIKey.Use(s.invalidator.Hook(apikey.Invalidates...))
	s.users = authcache.New[activeUser](s.invalidator, s.clock)
	s.apiKeys = apikey.NewAuthenticator(client, s.invalidator, s.clock)
	return s
}

// clock reads s.now late, so WithClock also moves the API key checks.
func (s *Service) clock() time.Time { return s.now() }

// WithClock returns a copy of s that reads time from now (tests of expiry and lockout).
func (s *Service) WithClock(now func() time.Time) *Service {
	c := *s
	c.now = now
	c.users = authcache.New[activeUser](c.invalidator, c.clock)
	c.apiKeys = apikey.NewAuthenticator(c.client, c.invalidator, c.clock)
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
	normalized, emailErr := normalize.Email(email)
	if emailErr != nil {
		normalized = strings.ToLower(strings.TrimSpace(email))
	}
	keys := attemptKeys(normalized, ci.IP)
	// The attempt is reserved before anything is looked up or checked: the same for every address,
	// and a burst of simultaneous guesses gets no more checks than the limits allow, on any number
	// of instances.
	if err := s.reserveAttempt(ctx, keys, now); err != nil {
		return nil, err
	}
	if emailErr != nil {
		return nil, missingAccount(ctx, plain)
	}
	u, err := s.client.User.Query().Where(user.Email(normalized)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, missingAccount(ctx, plain)
	}
	if err != nil {
		return nil, err
	}
	if err := password.VerifyContext(ctx, u.PasswordHash, plain); err != nil {
		if ctx.Err() != nil {
			// The request ended while waiting for a hash slot: the reserved attempt stays counted.
			return nil, err
		}
		return nil, s.recordFailure(ctx, u)
	}
	if u.Status != user.StatusACTIVE {
		// The same answer as a wrong password: a different one would confirm to whoever holds a
		// leaked password that it is right. It is not counted as a failure (it would lock the
		// account against its owner's administrator, who re-enables it).
		return nil, errBadCredentials
	}
	// A hash stored with earlier parameters is rewritten now that the password is known right.
	var rehashed *string
	if password.NeedsRehash(u.PasswordHash) {
		h, err := password.HashContext(ctx, plain)
		if err != nil {
			return nil, err
		}
		rehashed = &h
	}
	var sess *Session
	err = s.inTx(ctx, func(tx *ent.Client) error {
		u, err = tx.User.UpdateOne(u).
			SetLastLoginAt(now).
			SetNillablePasswordHash(rehashed).
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
	for _, key := range keys {
		if err := s.attempts.Clear(ctx, key.id); err != nil {
			slog.WarnContext(ctx, "clearing sign-in attempts", "error", err)
		}
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

// attemptKey is one count of sign-in attempts and its limits.
type attemptKey struct {
	id     string
	max    int
	window time.Duration
}

// attemptKeys are the counts a sign-in to address from ip draws on. The address is stored only
// as a hash.
func attemptKeys(address, ip string) []attemptKey {
	sum := sha256.Sum256([]byte(address))
	account := "login:" + hex.EncodeToString(sum[:16])
	return []attemptKey{
		{id: account + "@" + ip, max: MaxFailedLogins, window: FailureWindow},
		{id: account, max: MaxFailedLoginsPerAccount, window: AccountBackoff},
	}
}

// reserveAttempt counts the attempt against each of keys in turn and refuses it, with the time to
// wait, at the first whose limit is reached.
func (s *Service) reserveAttempt(ctx context.Context, keys []attemptKey, now time.Time) error {
	for _, key := range keys {
		ok, until, err := s.attempts.Reserve(ctx, key.id, key.max, key.window, now)
		if err != nil {
			return err
		}
		if !ok {
			return lockedError(until, now)
		}
	}
	return nil
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

// recordFailure writes the audit event of a wrong password; the attempt was counted already.
func (s *Service) recordFailure(ctx context.Context, u *ent.User) error {
	err := audit.Record(ctx, s.client, audit.Entry{
		Action: "login.failed", EntityType: "users", EntityID: u.ID, PartnerID: u.PartnerID,
		ActorType: auditevent.ActorTypeANONYMOUS,
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
