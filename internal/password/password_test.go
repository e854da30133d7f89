package password

import (
	"crypto/rand"
	"encoding/base64"
	"errors"
	"strings"
	"testing"

	"golang.org/x/crypto/argon2"
)

// legacyHash is a hash as PartnerHub stored them before the parameters changed: 64 MiB, 1 pass,
// 2 lanes.
func legacyHash(t *testing.T, plain string) string {
	t.Helper()
	salt := make([]byte, 16)
	rand.Read(salt)
	key := argon2.IDKey([]byte(plain), salt, 1, 64*1024, 2, 32)
	b64 := base64.RawStdEncoding
	return "$argon2id$v=19$m=65536,t=1,p=2$" + b64.EncodeToString(salt) + "$" + b64.EncodeToString(key)
}

// TestStoredHashesOfOtherParameters: a hash stored with the earlier parameters still checks a
// password, and is the one that asks to be rewritten.
func TestStoredHashesOfOtherParameters(t *testing.T) {
	legacy := legacyHash(t, "correct horse battery staple")
	if err := Verify(legacy, "correct horse battery staple"); err != nil {
		t.Fatalf("right password against a 64 MiB hash rejected: %v", err)
	}
	if err := Verify(legacy, "correct horse"); !errors.Is(err, ErrMismatch) {
		t.Fatalf("wrong password against a 64 MiB hash: got %v, want ErrMismatch", err)
	}
	if !NeedsRehash(legacy) {
		t.Error("a 64 MiB hash does not ask to be rewritten")
	}
	h, err := Hash("correct horse battery staple")
	if err != nil {
		t.Fatal(err)
	}
	if NeedsRehash(h) || NeedsRehash("") {
		t.Error("a hash with today's parameters (or none) asks to be rewritten")
	}
	huge := strings.Replace(legacy, "m=65536", "m=1048576", 1)
	if err := Verify(huge, "correct horse battery staple"); err == nil || errors.Is(err, ErrMismatch) {
		t.Errorf("a 1 GiB stored hash: got %v, want it refused before allocating", err)
	}
}

func TestHashAndVerify(t *testing.T) {
	h, err := Hash("correct horse battery staple")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$v=19$m=19456,t=2,p=1$") {
		t.Fatalf("unexpected hash format %q", h)
	}
	if err := Verify(h, "correct horse battery staple"); err != nil {
		t.Fatalf("right password rejected: %v", err)
	}
	if err := Verify(h, "correct horse battery stapler"); !errors.Is(err, ErrMismatch) {
		t.Fatalf("wrong password: got %v, want ErrMismatch", err)
	}
	h2, _ := Hash("correct horse battery staple")
	if h == h2 {
		t.Fatal("two hashes of one password are equal: salt is not random")
	}
}

func TestEmptyHashNeverMatches(t *testing.T) {
	for _, plain := range []string{"", "timing-equaliser-never-a-real-password"} {
		if err := Verify("", plain); err == nil {
			t.Fatalf("empty hash matched %q", plain)
		}
	}
}

func TestMalformedHashes(t *testing.T) {
	for _, h := range []string{"plain", "$2a$10$abc", "$argon2id$v=19$m=x$a$b", "$argon2id$v=18$m=1,t=1,p=1$AAAA$AAAA"} {
		if err := Verify(h, "x"); err == nil || errors.Is(err, ErrMismatch) {
			t.Errorf("Verify(%q) = %v, want a format error", h, err)
		}
	}
}
