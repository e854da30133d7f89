// Package apikey issues, revokes and checks the API keys partner developers' scripts use. A key
// reads "phk_<prefix>_<secret>": the prefix is kept visible so people can tell keys apart, the
// whole key is shown once and only its SHA-256 is stored.
package apikey

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/apikey"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// Prefix starts every key, so a key is recognised without trying to parse it as a JWT, and secret
// scanners can spot leaked ones.
const Prefix = "phk_"

const (
	prefixLen    = 10
	secretBytes  = 32
	prefixLetter = "abcdefghijkmnopqrstuvwxyz23456789" // no 0/1/l: prefixes get read aloud and typed
)

// CreateInput is a new key for the signed-in user's organisation.
type CreateInput struct {
	Name      string
	Scope     apikey.Scope
	ExpiresAt *time.Time
}

// Create issues a key acting for the viewer's organisation (for an ADMIN: the vendor) and returns
// it with the whole key, which is never available again.
func Create(ctx context.Context, client *ent.Client, in CreateInput) (*ent.APIKey, string, error) {
	v := viewer.FromContext(ctx)
	if v == nil || v.UserID == "" {
		return nil, "", apperr.New(apperr.Unauthenticated, "sign in to do this")
	}
	name := strings.TrimSpace(in.Name)
	if name == "" {
		return nil, "", apperr.BadInput("name", "give the key a name that says what it is for")
	}
	if err := apikey.ScopeValidator(in.Scope); err != nil {
		return nil, "", apperr.BadInput("scope", "scope is READ or READ_WRITE")
	}
	if in.ExpiresAt != nil && !in.ExpiresAt.After(time.Now()) {
		return nil, "", apperr.BadInput("expiresAt", "the expiry must lie in the future")
	}
	prefix, secret, err := newKey()
	if err != nil {
		return nil, "", err
	}
	create := client.APIKey.Create().
		SetName(name).
		SetPrefix(prefix).
		SetSecretHash(Hash(secret)).
		SetScope(in.Scope).
		SetCreatorID(v.UserID).
		SetNillableExpiresAt(in.ExpiresAt)
	if v.PartnerID != "" {
		create.SetPartnerID(v.PartnerID)
	}
	k, err := create.Save(ctx)
	if err != nil {
		return nil, "", err
	}
	return k, secret, nil
}

// Revoke stops a key at once. Revoking a revoked key changes nothing.
func Revoke(ctx context.Context, client *ent.Client, id string) (*ent.APIKey, error) {
	k, err := client.APIKey.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if k.RevokedAt != nil {
		return k, nil
	}
	return client.APIKey.UpdateOne(k).SetRevokedAt(time.Now()).Save(ctx)
}

// RevokeCreatedBy revokes every key a user created, inside the caller's transaction (the user was
// disabled: their scripts stop with them).
func RevokeCreatedBy(ctx context.Context, client *ent.Client, userID string, now time.Time) error {
	return client.APIKey.Update().
		Where(apikey.CreatorID(userID), apikey.RevokedAtIsNil()).
		SetRevokedAt(now).
		Exec(ctx)
}

// Hash is how keys are stored: they carry 256 random bits, so a slow hash adds nothing and a fast
// one keeps authentication cheap on every request.
func Hash(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:])
}

func newKey() (prefix, key string, err error) {
	raw := make([]byte, prefixLen+secretBytes)
	if _, err := rand.Read(raw); err != nil {
		return "", "", err
	}
	p := make([]byte, prefixLen)
	for i := range p {
		p[i] = prefixLetter[int(raw[i])%len(prefixLetter)]
	}
	prefix = string(p)
	return prefix, Prefix + prefix + "_" + base64.RawURLEncoding.EncodeToString(raw[prefixLen:]), nil
}

// split returns the prefix of a well-formed key.
func split(key string) (prefix string, ok bool) {
	rest, ok := strings.CutPrefix(key, Prefix)
	if !ok {
		return "", false
	}
	prefix, secret, ok := strings.Cut(rest, "_")
	if !ok || len(prefix) != prefixLen || len(secret) < 40 {
		return "", false
	}
	return prefix, true
}
