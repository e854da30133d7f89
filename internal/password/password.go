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
	"golang.org/x/sync/semaphore"
)

// Parameters are OWASP's argon2id minimum (19 MiB, 2 passes, 1 lane). RFC 9106's 64 MiB option
// costs a 2-core server three times the memory per sign-in for the same attacker cost per guess,
// and a flood of sign-ins then holds the resident set over its 150 MB target (make soak).
// Hashes stored with other parameters (64 MiB, 1 pass, 2 lanes before) still verify, and a
// successful sign-in rewrites them with these (NeedsRehash).
const (
	memoryKiB = 19 * 1024
	passes    = 2
	lanes     = 1
	saltLen   = 16
	keyLen    = 32
)

// Each hash allocates its memory parameter. The hashes of one process share a budget:
// memoryBudgetKiB bounds what they allocate at once, so a flood of sign-ins (unknown e-mails
// included) queues for room instead of exhausting the server's memory. Two one-lane hashes keep
// a 2-core server's cores busy. A stored hash with a larger memory parameter waits for the whole
// budget and runs alone; one over maxStoredKiB is refused rather than allocated.
const (
	memoryBudgetKiB = 2 * memoryKiB
	maxStoredKiB    = 64 * 1024
	// MaxConcurrentHashes is how many hashes with today's parameters run at once.
	MaxConcurrentHashes = memoryBudgetKiB / memoryKiB
)

// budget is the process's hash memory in KiB: a hash holds its memory parameter's worth while it
// runs. The budget is the process's memory, so it is process-wide state, not a value passed around.
var budget = semaphore.NewWeighted(memoryBudgetKiB)

// inFlightKiB is the memory the running hashes hold and peakKiB the most they ever held at once;
// hashing and peakHashing count the hashes the same way (read by the tests).
var inFlightKiB, peakKiB, hashing, peakHashing atomic.Int64

// idKey runs argon2id within the budget, waiting for room at most until ctx ends.
func idKey(ctx context.Context, plain, salt []byte, time, memory uint32, threads uint8, keyLen uint32) ([]byte, error) {
	weight := min(int64(memory), memoryBudgetKiB)
	if err := budget.Acquire(ctx, weight); err != nil {
		return nil, fmt.Errorf("waiting to check a password: %w", err)
	}
	defer budget.Release(weight)
	raisePeak(&peakKiB, inFlightKiB.Add(int64(memory)))
	defer inFlightKiB.Add(-int64(memory))
	raisePeak(&peakHashing, hashing.Add(1))
	defer hashing.Add(-1)
	key := argon2.IDKey(plain, salt, time, memory, threads, keyLen)
	// The hash's memory is garbage now. Collect it before its room is free: otherwise the next
	// hash allocates its own before the collector reclaims this one, and the process holds twice
	// the budget. A collection of the server's small heap costs far less than the hash.
	runtime.GC()
	return key, nil
}

func raisePeak(peak *atomic.Int64, n int64) {
	for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
	}
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

// Hash returns an argon2id PHC string for the password, waiting as long as it takes for room
// in the hash budget.
func Hash(plain string) (string, error) { return HashContext(context.Background(), plain) }

// HashContext is Hash, waiting for room in the hash budget at most until ctx ends.
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
	return currentParams + b64.EncodeToString(salt) + "$" + b64.EncodeToString(key), nil
}

// currentParams begins every hash Hash makes today.
var currentParams = fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$", argon2.Version, memoryKiB, passes, lanes)

// NeedsRehash reports a stored hash made with other parameters than Hash uses today: once its
// password is known right, it should be replaced by Hash's.
func NeedsRehash(hash string) bool {
	return hash != "" && !strings.HasPrefix(hash, currentParams)
}

// Verify checks plain against a hash made by Hash, waiting as long as it takes for room in the
// hash budget.
func Verify(hash, plain string) error { return VerifyContext(context.Background(), hash, plain) }

// VerifyContext checks plain against a hash made by Hash. An empty hash (an account with no
// password yet) never matches but still costs one hash, like every other failure. It waits for
// room in the hash budget at most until ctx ends, and then returns ctx's error.
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
	if memory > maxStoredKiB {
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

// VerifyMissingContext is VerifyMissing within the hash budget, waiting at most until ctx
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
