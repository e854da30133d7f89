// Package idempotency makes a retried submission return its first result. The key a client sends
// (the Idempotency-Key header, or an input field) is stored in the database in the transaction of
// the change it guards, unique per user, so a retry on any instance finds the first result and a
// retry racing the first request waits for it instead of creating a twin.
package idempotency

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"regexp"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/idempotencykey"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

type ctxKey struct{}

// NewContext returns ctx carrying the request's Idempotency-Key.
func NewContext(ctx context.Context, key string) context.Context {
	return context.WithValue(ctx, ctxKey{}, key)
}

// FromContext returns the request's Idempotency-Key, or "".
func FromContext(ctx context.Context) string {
	k, _ := ctx.Value(ctxKey{}).(string)
	return k
}

// validKey keeps keys printable and bounded (clients usually send a UUID).
var validKey = regexp.MustCompile(`^[\x21-\x7e]{1,255}$`)

// Hash fingerprints a request's input, so a key reused for a different request is refused.
func Hash(input any) string {
	raw, _ := json.Marshal(input)
	sum := sha256.Sum256(raw)
	return hex.EncodeToString(sum[:])
}

// Take claims key for the signed-in user inside client's transaction, for a request that will
// produce resultID (IDs are made before the row they name): the claim commits with that result or
// not at all. If an earlier request with the key committed, its result ID is returned, and "" when
// this request is the first; if one is still running, the insert waits for it (the unique index),
// so two racing retries never both create.
func Take(ctx context.Context, client *ent.Client, operation, key, requestHash, resultID string) (string, error) {
	if !validKey.MatchString(key) {
		return "", apperr.BadInput("idempotencyKey", "the Idempotency-Key must be 1 to 255 printable ASCII characters")
	}
	userID := viewer.FromContext(ctx).UserID
	err := client.IdempotencyKey.Create().
		SetUserID(userID).SetKey(key).SetOperation(operation).SetRequestHash(requestHash).SetResultID(resultID).
		OnConflictColumns(idempotencykey.FieldUserID, idempotencykey.FieldKey).DoNothing().
		Exec(ctx)
	if err == nil { // inserted: this request is the first
		return "", nil
	}
	if !errors.Is(err, sql.ErrNoRows) { // ErrNoRows: the key exists and the insert did nothing
		return "", err
	}
	row, err := client.IdempotencyKey.Query().
		Where(idempotencykey.UserID(userID), idempotencykey.Key(key)).Only(ctx)
	if err != nil {
		return "", err
	}
	if row.Operation != operation || row.RequestHash != requestHash {
		return "", apperr.New(apperr.Conflict, "this Idempotency-Key was already used for a different request")
	}
	return row.ResultID, nil
}
