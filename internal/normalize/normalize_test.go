package normalize

import (
	"errors"
	"testing"
)

func TestDomain(t *testing.T) {
	tests := []struct{ in, want string }{
		{"acme.com", "acme.com"},
		{"  ACME.com ", "acme.com"},
		{"https://www.Acme.com/about?x=1", "acme.com"},
		{"http://shop.acme.co.uk:8443/", "shop.acme.co.uk"},
		{"www.acme.com.", "acme.com"},
		{"globex-msp.test", "globex-msp.test"},
	}
	for _, tt := range tests {
		got, err := Domain(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("Domain(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "localhost", "http://", "127.0.0.1", "acme..com", "-acme.com", "user@acme.com", "ac me.com", "https://user:pw@acme.com"} {
		if got, err := Domain(bad); !errors.Is(err, ErrDomain) {
			t.Errorf("Domain(%q) = %q, %v; want ErrDomain", bad, got, err)
		}
	}
}

func TestEmail(t *testing.T) {
	got, err := Email("  Sales@ACME-Reseller.test ")
	if err != nil || got != "sales@acme-reseller.test" {
		t.Fatalf("Email = %q, %v", got, err)
	}
	if d := EmailDomain(got); d != "acme-reseller.test" {
		t.Fatalf("EmailDomain = %q", d)
	}
	for _, bad := range []string{"", "no-at-sign", "Ann <ann@acme.com>", "ann@localhost", "ann@acme..com", "a@b@c.com"} {
		if got, err := Email(bad); !errors.Is(err, ErrEmail) {
			t.Errorf("Email(%q) = %q, %v; want ErrEmail", bad, got, err)
		}
	}
}

// TestRegistrableDomain: hosts of one organisation share their registrable domain (the public
// suffix plus one label), whatever the depth of the suffix; a bare public suffix has none.
func TestRegistrableDomain(t *testing.T) {
	tests := []struct{ in, want string }{
		{"northwind.example", "northwind.example"},
		{"shop.northwind.example", "northwind.example"},
		{"eu.shop.northwind.example", "northwind.example"},
		{"northwind.co.uk", "northwind.co.uk"},
		{"shop.northwind.co.uk", "northwind.co.uk"},
		{"other.co.uk", "other.co.uk"},
		{"northwind.com.au", "northwind.com.au"},
		{"sales.northwind.com.au", "northwind.com.au"},
		// Private suffixes of the list keep their customers apart.
		{"northwind.github.io", "northwind.github.io"},
		{"docs.northwind.github.io", "northwind.github.io"},
	}
	for _, tt := range tests {
		got, err := RegistrableDomain(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("RegistrableDomain(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"co.uk", "com.au", "github.io", "example"} {
		if got, err := RegistrableDomain(bad); !errors.Is(err, ErrDomain) {
			t.Errorf("RegistrableDomain(%q) = %q, %v; want ErrDomain", bad, got, err)
		}
	}
}
