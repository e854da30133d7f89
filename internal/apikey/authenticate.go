package apikey

import (
	"context"
	"crypto/subtle"
	"errors"
	"log/slog"
	"slices"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/apikey"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/audit"
	"github.com/partnerhub/partnerhub/internal/authcache"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// ErrInvalid covers every key that cannot be used (unknown, wrong secret, revoked, expired, creator
// disabled); the reason is logged, not told to the caller.
var ErrInvalid = errors.New("invalid, expired or revoked API key")

const (
	// touchEvery bounds how often last_used_at is written: a busy script would otherwise turn
	// every read into a write.
	touchEvery = time.Minute
	// keepIPs is how many addresses a key remembers; use from any other is audited.
	keepIPs = 20
)

// Authenticator turns API keys into viewers.
type Authenticator struct {
	client *ent.Client
	now    func() time.Time
	// keys holds each key read, with its creator, by prefix for authcache.TTL.
	keys *authcache.Cache[*ent.APIKey]
}

// NewAuthenticator returns an authenticator reading keys through client; inv tells it when a key or
// its creator changed on this instance.
func NewAuthenticator(client *ent.Client, inv *authcache.Invalidator, now func() time.Time) *Authenticator {
	return &Authenticator{client: client, now: now, keys: authcache.New[*ent.APIKey](inv, now)}
}

// Invalidates lists the API key fields whose change must reach every instance within
// authcache.TTL.
var Invalidates = []string{apikey.FieldRevokedAt, apikey.FieldExpiresAt, apikey.FieldScope, apikey.FieldSecretHash,
	apikey.FieldCreatorID, apikey.FieldPartnerID}

// key reads the key with prefix and its creator, from the cache when it was read less than
// authcache.TTL ago.
func (a *Authenticator) key(ctx context.Context, prefix string) (*ent.APIKey, error) {
	if k, ok := a.keys.Get(prefix); ok {
		return k, nil
	}
	generation := a.keys.Generation()
	k, err := a.client.APIKey.Query().Where(apikey.Prefix(prefix)).WithCreator().Only(ctx)
	if err != nil {
		return nil, err
	}
	a.keys.Put(prefix, k, generation)
	return k, nil
}

// Authenticate checks a key sent from ip and returns the viewer it acts as: its creator's current
// role (so a demoted or disabled creator's key shrinks or stops with them), its organisation, and
// its scope.
func (a *Authenticator) Authenticate(ctx context.Context, key, ip string) (*viewer.Viewer, error) {
	sys := viewer.SystemContext(ctx) // privacy escape: authentication: the API key names its creator before there is a viewer
	prefix, ok := split(key)
	if !ok {
		return nil, ErrInvalid
	}
	k, err := a.key(sys, prefix)
	if ent.IsNotFound(err) {
		return nil, ErrInvalid
	}
	if err != nil {
		return nil, err
	}
	now := a.now()
	creator := k.Edges.Creator
	switch {
	case subtle.ConstantTimeCompare([]byte(Hash(key)), []byte(k.SecretHash)) != 1:
		return nil, refuse(ctx, k, "wrong secret")
	case k.RevokedAt != nil:
		return nil, refuse(ctx, k, "revoked")
	case k.ExpiresAt != nil && !now.Before(*k.ExpiresAt):
		return nil, refuse(ctx, k, "expired")
	case creator == nil || creator.Status != user.StatusACTIVE:
		return nil, refuse(ctx, k, "creator not active")
	case creator.PartnerID != k.PartnerID:
		return nil, refuse(ctx, k, "creator changed organisation")
	}
	v := &viewer.Viewer{
		UserID: creator.ID, Role: viewer.Role(creator.Role), PartnerID: k.PartnerID,
		APIKeyID: k.ID, Scope: viewer.Scope(k.Scope),
	}
	used, err := a.recordUse(viewer.NewContext(ctx, v), k, ip, now)
	if err != nil {
		// Bookkeeping must not lock a script out; the next request tries again.
		slog.WarnContext(ctx, "recording API key use failed", "api_key_id", k.ID, "error", err)
	} else if used != k {
		// The cached key must know of the use just written, or the next request writes it again;
		// its revocation and expiry stay as old as when they were read.
		a.keys.Replace(prefix, used)
	}
	return v, nil
}

func refuse(ctx context.Context, k *ent.APIKey, why string) error {
	slog.InfoContext(ctx, "API key refused", "api_key_id", k.ID, "reason", why)
	return ErrInvalid
}

// recordUse updates last_used_at at most once a minute, and remembers and audits a new address.
// It returns k as it now stands: k itself when nothing was written, else an updated copy.
func (a *Authenticator) recordUse(ctx context.Context, k *ent.APIKey, ip string, now time.Time) (*ent.APIKey, error) {
	sys := viewer.SystemContext(ctx) // privacy escape: authentication: last use and new addresses are recorded for any key
	newIP := ip != "" && !slices.Contains(k.KnownIps, ip)
	used := *k
	used.LastUsedAt = &now
	if !newIP {
		if k.LastUsedAt != nil && now.Sub(*k.LastUsedAt) < touchEvery {
			return k, nil
		}
		// Conditional, so instances racing on one key write once per minute between them.
		err := a.client.APIKey.Update().
			Where(apikey.ID(k.ID), apikey.Or(apikey.LastUsedAtIsNil(), apikey.LastUsedAtLT(now.Add(-touchEvery)))).
			SetLastUsedAt(now).
			Exec(sys)
		if err != nil {
			return nil, err
		}
		return &used, nil
	}
	ips := append(slices.Clone(k.KnownIps), ip)
	if len(ips) > keepIPs {
		ips = ips[len(ips)-keepIPs:]
	}
	used.KnownIps = ips
	tx, err := a.client.Tx(sys)
	if err != nil {
		return nil, err
	}
	err = tx.APIKey.UpdateOneID(k.ID).SetKnownIps(ips).SetLastUsedAt(now).Exec(sys)
	if err == nil {
		err = audit.Record(ctx, tx.Client(), audit.Entry{
			Action: "apiKey.newIP", EntityType: apikey.Table, EntityID: k.ID, PartnerID: k.PartnerID,
			Summary: map[string]any{"ip": ip, "prefix": k.Prefix, "name": k.Name},
		})
	}
	if err != nil {
		tx.Rollback()
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return &used, nil
}
