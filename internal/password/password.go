// Package password hashes and checks passwords with argon2id (RFC 9106), in the PHC string format
// so parameters can be raised later without invalidating stored hashes.
package password

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"

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

// MinLength is the shortest password accepted for a new account.
const MinLength = 10

// MaxLength bounds the work an attacker can make one hash cost.
const MaxLength = 256

// ErrMismatch reports a password that does not match the hash.
var ErrMismatch = errors.New("password does not match")

// dummyHash is checked against when an account does not exist, so a wrong e-mail takes as long
// as a wrong password and login timing reveals nothing about which accounts exist.
var dummyHash = mustHash("timing-equaliser-never-a-real-password")

// Hash returns an argon2id PHC string for the password.
func Hash(plain string) (string, error) {
	if len(plain) > MaxLength {
		return "", fmt.Errorf("password longer than %d bytes", MaxLength)
	}
	salt := make([]byte, saltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	key := argon2.IDKey([]byte(plain), salt, passes, memoryKiB, lanes, keyLen)
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
		argon2.Version, memoryKiB, passes, lanes, b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// Verify checks plain against a hash made by Hash. An empty hash (an account with no password
// yet) never matches but still costs one hash, like every other failure.
func Verify(hash, plain string) error {
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
	got := argon2.IDKey([]byte(plain), salt, time, memory, threads, uint32(len(want)))
	if subtle.ConstantTimeCompare(got, want) != 1 {
		return ErrMismatch
	}
	return nil
}

// VerifyMissing spends the same time as a real check, for a login whose account does not exist.
func VerifyMissing(plain string) { _ = Verify(dummyHash, plain+"\x00never") }

func mustHash(plain string) string {
	h, err := Hash(plain)
	if err != nil {
		panic(err)
	}
	return h
}
