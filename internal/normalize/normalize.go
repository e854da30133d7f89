// Package normalize puts e-mail addresses and web domains into the one form PartnerHub stores and
// compares, so "Sales@ACME.com" and "https://www.acme.com/about" match "sales@acme.com" and "acme.com".
package normalize

import (
	"errors"
	"net"
	"net/mail"
	"net/url"
	"regexp"
	"strings"

	"golang.org/x/net/publicsuffix"
)

var (
	// ErrEmail reports an address that is not a plain e-mail address.
	ErrEmail = errors.New("not a valid e-mail address")
	// ErrDomain reports a value with no usable web domain in it.
	ErrDomain = errors.New("not a valid web domain")
)

var label = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$`)

// Email lower-cases and checks an e-mail address; display names ("Ann <a@b.c>") are refused.
func Email(s string) (string, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	addr, err := mail.ParseAddress(s)
	if err != nil || addr.Address != s || len(s) > 254 {
		return "", ErrEmail
	}
	at := strings.LastIndexByte(s, '@')
	// Domain reads a website, so it would drop a path or fragment ("a@b.com#x"); an address has none.
	if domain := s[at+1:]; strings.Trim(domain, "abcdefghijklmnopqrstuvwxyz0123456789.-") != "" {
		return "", ErrEmail
	}
	if _, err := Domain(s[at+1:]); err != nil {
		return "", ErrEmail
	}
	return s, nil
}

// Domain extracts the host of a website or bare domain: lower case, without scheme, "www.", path,
// port or trailing dot.
func Domain(s string) (string, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return "", ErrDomain
	}
	if !strings.Contains(s, "://") {
		s = "http://" + s
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || u.User != nil {
		return "", ErrDomain
	}
	// The trailing dot goes first, so "0.0.0.0." is an address like "0.0.0.0".
	host := strings.TrimSuffix(u.Hostname(), ".")
	if net.ParseIP(host) != nil {
		return "", ErrDomain
	}
	// "www." is the site, not the company, unless it is all there is before the suffix
	// ("www.example"): stripping it then would leave no domain, and a second pass would differ.
	for rest := strings.TrimPrefix(host, "www."); rest != host && strings.Contains(rest, "."); rest = strings.TrimPrefix(host, "www.") {
		host = rest
	}
	labels := strings.Split(host, ".")
	if len(host) > 253 || len(labels) < 2 {
		return "", ErrDomain
	}
	for _, l := range labels {
		if !label.MatchString(l) {
			return "", ErrDomain
		}
	}
	return host, nil
}

// RegistrableDomain returns the registrable domain of a host already normalized by Domain: its
// public suffix and one label more (eTLD+1, from the public suffix list compiled into
// golang.org/x/net/publicsuffix), so shop.northwind.example and northwind.example are both
// northwind.example, and shop.northwind.co.uk is northwind.co.uk. Suffixes the list does not know
// (.example, .test) count as one label. Private suffixes of the list (github.io) count as
// suffixes: two sites under them belong to different owners. A host that is itself a public
// suffix (co.uk) has no registrable domain: ErrDomain.
func RegistrableDomain(host string) (string, error) {
	d, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		return "", ErrDomain
	}
	return d, nil
}

// EmailDomain returns the domain of an e-mail address already normalized by Email.
func EmailDomain(email string) string {
	return email[strings.LastIndexByte(email, '@')+1:]
}
