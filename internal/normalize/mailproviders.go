package normalize

import (
	_ "embed"
	"strings"
	"sync"
)

// freeMailList is a maintained public list of free e-mail providers and disposable inboxes
// (source and licence in its header). A company's web domain is what deal registrations meet on,
// so a customer "at gmail.com" would let the first partner to register any Gmail user block every
// other partner's unrelated customer with the same mailbox provider.
//
//go:embed data/free-email-domains.txt
var freeMailList string

// freeMailDomains is the list as a set, built once on first use; it is never written after that.
var freeMailDomains = sync.OnceValue(func() map[string]struct{} {
	set := make(map[string]struct{}, 16384)
	for line := range strings.Lines(freeMailList) {
		d := strings.TrimSpace(line)
		if d == "" || strings.HasPrefix(d, "#") {
			continue
		}
		set[d] = struct{}{}
	}
	return set
})

// IsFreeMailDomain reports whether a host already normalized by Domain belongs to a free e-mail
// provider or a disposable-inbox service: the host itself or any parent domain of it is on the
// list (mail.yahoo.co.uk is yahoo.co.uk's), down to but not including the public suffix.
func IsFreeMailDomain(host string) bool {
	set := freeMailDomains()
	for d := host; strings.Contains(d, "."); d = d[strings.IndexByte(d, '.')+1:] {
		if _, ok := set[d]; ok {
			return true
		}
	}
	return false
}
