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

func TestIsFreeMailDomain(t *testing.T) {
	for host, want := range map[string]bool{
		"gmail.com":          true,
		"googlemail.com":     true,
		"outlook.com":        true,
		"hotmail.co.uk":      true,
		"yahoo.com":          true,
		"mail.yahoo.com":     true, // a parent domain is on the list
		"protonmail.com":     true,
		"gmx.de":             true,
		"web.de":             true,
		"qq.com":             true,
		"mailinator.com":     true, // disposable
		"10minutemail.com":   true, // disposable
		"guerrillamail.com":  true, // disposable
		"acme.com":           false,
		"northwind.co.uk":    false,
		"google.com":         false, // the company, not its mail service
		"microsoft.com":      false,
		"umbrella-pharma.de": false,
		"com":                false,
	} {
		if got := IsFreeMailDomain(host); got != want {
			t.Errorf("IsFreeMailDomain(%q) = %v, want %v", host, got, want)
		}
	}
	// A maintained list, not a handful: guard against the data file being truncated by an update.
	if n := len(freeMailDomains()); n < 5000 {
		t.Errorf("the free-mail list has %d domains; expected the maintained list's thousands", n)
	}
}
