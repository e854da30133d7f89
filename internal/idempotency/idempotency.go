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

// Claim is a key taken for one request.
type Claim struct {
	id string
	// ResultID is the ID the first request with this key produced; "" when this request is the first.
	ResultID string
}

// Hash fingerprints a request's input, so a key reused for a different request is refused.
func Hash(input any) string {
	raw, _ := json.Marshal(input)
	sum := sha256.Sum256(raw)
	return hex.EncodeToString(sum[:])
}

// Take claims key for the signed-in user inside client's transaction. If an earlier request with
// the key committed, its ResultID is returned; if one is still running, the insert waits for it
// (the unique index), so two racing retries never both create.
func Take(ctx context.Context, client *ent.Client, operation, key, requestHash string) (*Claim, error) {
	if !validKey.MatchString(key) {
		return nil, apperr.BadInput("idempotencyKey", "the Idempotency-Key must be 1 to 255 printable ASCII characters")
	}
	userID := viewer.FromContext(ctx).UserID
	sys := viewer.SystemContext(ctx)
	id, err := client.IdempotencyKey.Create().
		SetUserID(userID).SetKey(key).SetOperation(operation).SetRequestHash(requestHash).
		OnConflictColumns(idempotencykey.FieldUserID, idempotencykey.FieldKey).DoNothing().
		ID(sys)
	if err == nil { // inserted: this request is the first, and the row is all its own
		return &Claim{id: id}, nil
	}
	if !errors.Is(err, sql.ErrNoRows) { // ErrNoRows: the key exists and the insert did nothing
		return nil, err
	}
	row, err := client.IdempotencyKey.Query().
		Where(idempotencykey.UserID(userID), idempotencykey.Key(key)).Only(sys)
	if err != nil {
		return nil, err
	}
	if row.Operation != operation || row.RequestHash != requestHash {
		return nil, apperr.New(apperr.Conflict, "this Idempotency-Key was already used for a different request")
	}
	return &Claim{id: row.ID, ResultID: row.ResultID}, nil
}

// Complete records what the first request produced, in the same transaction.
func (c *Claim) Complete(ctx context.Context, client *ent.Client, resultID string) error {
	return client.IdempotencyKey.Update().Where(idempotencykey.ID(c.id)).SetResultID(resultID).
		Exec(viewer.SystemContext(ctx)) // not UpdateOne, which reads the row back
}
