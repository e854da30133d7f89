package password

import (
	"errors"
	"strings"
	"testing"
)

func TestHashAndVerify(t *testing.T) {
	h, err := Hash("correct horse battery staple")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$v=19$m=65536,t=1,p=2$") {
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
