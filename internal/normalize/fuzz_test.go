package normalize_test

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/partnerhub/partnerhub/internal/normalize"
)

// FuzzDomain: whatever a partner types as a website, Domain either refuses it or returns a host
// that is its own normal form (so stored and compared values agree), in lower-case ASCII, without
// a leading "www." (unless nothing but the suffix follows it), at most 253 characters.
func FuzzDomain(f *testing.F) {
	for _, s := range []string{"https://www.Acme.com/about", "acme.com.", "shop.northwind.example:8080", "http://user@x.com",
		"xn--bcher-kva.example", "1.2.3.4", "[::1]", "a..b", "www.www.example", " -a-.com", "%41.com", "a.b/c?d#e", "ｆｕｌｌ.com"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := normalize.Domain(s)
		if err != nil {
			return
		}
		if again, err := normalize.Domain(d); err != nil || again != d {
			t.Fatalf("Domain(%q) = %q, but Domain(%q) = %q, %v", s, d, d, again, err)
		}
		www := strings.HasPrefix(d, "www.") && strings.Contains(d[4:], ".")
		if len(d) > 253 || www || strings.Trim(d, "abcdefghijklmnopqrstuvwxyz0123456789.-") != "" {
			t.Fatalf("Domain(%q) = %q: not a normal host", s, d)
		}
	})
}

// FuzzEmail: an accepted address is its own normal form and its domain a plain, valid host.
func FuzzEmail(f *testing.F) {
	for _, s := range []string{"Sales@ACME.com", "Ann <a@b.c>", "a@b", "\"quoted\"@x.com", "a@[1.2.3.4]", "a@b.c.", "@x.com", "a@@x.com"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, err := normalize.Email(s)
		if err != nil {
			return
		}
		if again, err := normalize.Email(e); err != nil || again != e {
			t.Fatalf("Email(%q) = %q, but Email(%q) = %q, %v", s, e, e, again, err)
		}
		if domain := normalize.EmailDomain(e); strings.Trim(domain, "abcdefghijklmnopqrstuvwxyz0123456789.-") != "" {
			t.Fatalf("Email(%q) = %q, whose domain %q is not a plain host", s, e, domain)
		} else if _, err := normalize.Domain(domain); err != nil {
			t.Fatalf("Email(%q) = %q, whose domain is not valid: %v", s, e, err)
		}
	})
}

// FuzzMatchKeys: a name always shares a key with itself and with itself one letter shorter, keys
// are at most five runes, and the lexemes PostgreSQL receives are balanced quoted strings.
func FuzzMatchKeys(f *testing.F) {
	for _, s := range []string{"acme", "a", "", "northwind traders", "o'brien", "ääkköset", "x'y\\z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		keys := normalize.MatchKeys(s)
		for _, k := range keys {
			if utf8.RuneCountInString(k) > 5 {
				t.Fatalf("MatchKeys(%q) has %q, longer than five", s, k)
			}
		}
		if len(keys) > 0 && !normalize.ShareMatchKey(s, s) {
			t.Fatalf("%q shares no key with itself", s)
		}
		if lex := normalize.Lexemes(keys, " | "); !slices.Equal(unquote(lex, " | "), keys) {
			t.Fatalf("Lexemes(%q) = %s, which PostgreSQL reads as %q", keys, lex, unquote(lex, " | "))
		}
	})
}

// unquote reads lexemes as PostgreSQL does: 'quoted', with ” and \ inside, joined by sep.
func unquote(s, sep string) []string {
	var out []string
	for len(s) > 0 {
		if s[0] != '\'' {
			return append(out, "<unquoted: "+s+">")
		}
		var b strings.Builder
		i := 1
		for ; i < len(s); i++ {
			switch {
			case s[i] == '\\' && i+1 < len(s):
				i++
				b.WriteByte(s[i])
			case s[i] == '\'' && i+1 < len(s) && s[i+1] == '\'':
				i++
				b.WriteByte('\'')
			case s[i] == '\'':
				goto closed
			default:
				b.WriteByte(s[i])
			}
		}
		return append(out, "<unterminated>")
	closed:
		out = append(out, b.String())
		s = strings.TrimPrefix(s[i+1:], sep)
	}
	return out
}
