// Package password hashes and checks passwords with argon2id (RFC 9106), in the PHC string format
// so parameters can be raised later without invalidating stored hashes.
package password

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync/atomic"

	"golang.org/x/crypto/argon2"
)

// Parameters follow RFC 9106's second recommended option, scaled to a 2-core server: 64 MiB, 1 pass.
const (
	memoryKiB = 64 * 1024
	passes    = 1
	lanes     = 2
	saltLen   = 16
	keyLen    = 32
)

// Each hash allocates its memory parameter (memoryKiB for hashes made here). The hashes of one
// process share a budget: memoryBudgetKiB bounds what they allocate at once, so a flood of
// sign-ins (unknown e-mails included) queues for a slot instead of exhausting the server's memory.
// One hash already keeps both cores busy (two lanes), so a second at once would only share them.
const (
	memoryBudgetKiB = 64 * 1024
	// MaxConcurrentHashes is how many hashes run at once.
	MaxConcurrentHashes = max(1, memoryBudgetKiB/memoryKiB)
)

// slots is the process's hash budget: a hash holds one slot while it runs. The budget is the
// process's memory, so it is process-wide state, not a value passed around.
var slots = make(chan struct{}, MaxConcurrentHashes)

// hashing counts the hashes running now and peakHashing the most that ever ran at once (read by
// the tests).
var hashing, peakHashing atomic.Int32

// idKey runs argon2id in a slot of the budget, waiting for one at most until ctx ends.
func idKey(ctx context.Context, plain, salt []byte, time, memory uint32, threads uint8, keyLen uint32) ([]byte, error) {
	select {
	case slots <- struct{}{}:
	case <-ctx.Done():
		return nil, fmt.Errorf("waiting to check a password: %w", ctx.Err())
	}
	defer func() { <-slots }()
	n := hashing.Add(1)
	defer hashing.Add(-1)
	for p := peakHashing.Load(); n > p && !peakHashing.CompareAndSwap(p, n); p = peakHashing.Load() {
	}
	key := argon2.IDKey(plain, salt, time, memory, threads, keyLen)
	// The hash's memory is garbage now. Collect it before the slot is free: otherwise the next
	// hash allocates its own before the collector reclaims this one, and the process holds twice
	// the budget. A collection of the server's small heap costs far less than the hash.
	runtime.GC()
	return key, nil
}

// MinLength is the shortest password accepted for a new account.
const MinLength = 10

// MaxLength bounds the work an attacker can make one hash cost.
const MaxLength = 256

// ErrMismatch reports a password that does not match the hash.
var ErrMismatch = errors.New("password does not match")

// dummyHash is checked against when an account does not exist, so a wrong e-mail takes as long
// as a wrong password and login timing reveals nothing about which accounts exist.
var dummyHash = mustHash("timing-equaliser-never-a-real-password")

// Hash returns an argon2id PHC string for the password, waiting as long as it takes for a slot.
func Hash(plain string) (string, error) { return HashContext(context.Background(), plain) }

// HashContext is Hash, waiting for a slot of the hash budget at most until ctx ends.
func HashContext(ctx context.Context, plain string) (string, error) {
	if len(plain) > MaxLength {
		return "", fmt.Errorf("password longer than %d bytes", MaxLength)
	}
	salt := make([]byte, saltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	key, err := idKey(ctx, []byte(plain), salt, passes, memoryKiB, lanes, keyLen)
	if err != nil {
		return "", err
	}
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
		argon2.Version, memoryKiB, passes, lanes, b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// Verify checks plain against a hash made by Hash, waiting as long as it takes for a slot.
func Verify(hash, plain string) error { return VerifyContext(context.Background(), hash, plain) }

// VerifyContext checks plain against a hash made by Hash. An empty hash (an account with no
// password yet) never matches but still costs one hash, like every other failure. It waits for
// a slot of the hash budget at most until ctx ends, and then returns ctx's error.
func VerifyContext(ctx context.Context, hash, plain string) error {
	if hash == "" {
		hash = dummyHash
		plain += "\x00never"
	}
	var version int
	var memory, time uint32
	var threads uint8
	parts := strings.Split(hash, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return errors.New("unsupported password hash")
	}
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil || version != argon2.Version {
		return errors.New("unsupported argon2 version")
	}
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &memory, &time, &threads); err != nil {
		return errors.New("malformed argon2 parameters")
	}
	b64 := base64.RawStdEncoding
	salt, err := b64.DecodeString(parts[4])
	if err != nil {
		return errors.New("malformed salt")
	}
	want, err := b64.DecodeString(parts[5])
	if err != nil {
		return errors.New("malformed key")
	}
	if len(plain) > MaxLength {
		plain = plain[:MaxLength]
	}
	if memory > memoryBudgetKiB {
		return errors.New("argon2 memory parameter over the hash budget")
	}
	got, err := idKey(ctx, []byte(plain), salt, time, memory, threads, uint32(len(want)))
	if err != nil {
		return err
	}
	if subtle.ConstantTimeCompare(got, want) != 1 {
		return ErrMismatch
	}
	return nil
}

// VerifyMissing spends the same time as a real check, for a login whose account does not exist.
func VerifyMissing(plain string) { _ = VerifyMissingContext(context.Background(), plain) }

// VerifyMissingContext is VerifyMissing in a slot of the hash budget, waiting at most until ctx
// ends; it returns only that wait's error.
func VerifyMissingContext(ctx context.Context, plain string) error {
	if err := VerifyContext(ctx, dummyHash, plain+"\x00never"); !errors.Is(err, ErrMismatch) {
		return err
	}
	return nil
}

func mustHash(plain string) string {
	h, err := Hash(plain)
	if err != nil {
		panic(err)
	}
	return h
}
