package requestid

import (
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// FromRequest returns the caller of r: its address and user agent. The address is the peer's,
// unless the peer is one of the trusted proxies: then X-Forwarded-For is read from the right, each
// trusted proxy skipped, and the first address that is not one is the client. Entries further left
// were written by that client and are ignored, so a client cannot choose its own address (and with
// it a fresh rate-limit budget). Without trusted proxies X-Forwarded-For is never read.
func FromRequest(r *http.Request, trusted []netip.Prefix) Client {
	c := Client{IP: peer(r.RemoteAddr), UserAgent: r.UserAgent()}
	addr, err := netip.ParseAddr(c.IP)
	if err != nil || !isTrusted(addr, trusted) {
		return c
	}
	hops := forwardedFor(r.Header.Values("X-Forwarded-For"))
	for i := len(hops) - 1; i >= 0; i-- {
		hop, ok := parseHop(hops[i])
		if !ok {
			break // a trusted proxy wrote something unreadable: keep the last address known
		}
		c.IP = hop.String()
		if !isTrusted(hop, trusted) {
			break
		}
	}
	return c
}

func peer(remoteAddr string) string {
	host, _, err := net.SplitHostPort(remoteAddr)
	if err != nil {
		return remoteAddr
	}
	return host
}

func isTrusted(addr netip.Addr, trusted []netip.Prefix) bool {
	addr = addr.Unmap()
	for _, p := range trusted {
		if p.Contains(addr) {
			return true
		}
	}
	return false
}

// forwardedFor lists the entries of every X-Forwarded-For header, in order.
func forwardedFor(values []string) []string {
	var hops []string
	for _, v := range values {
		for _, hop := range strings.Split(v, ",") {
			if hop = strings.TrimSpace(hop); hop != "" {
				hops = append(hops, hop)
			}
		}
	}
	return hops
}

// parseHop reads one X-Forwarded-For entry: an address, possibly with a port or in brackets.
func parseHop(s string) (netip.Addr, bool) {
	if ap, err := netip.ParseAddrPort(s); err == nil {
		return ap.Addr().Unmap(), true
	}
	addr, err := netip.ParseAddr(strings.TrimSuffix(strings.TrimPrefix(s, "["), "]"))
	if err != nil {
		return netip.Addr{}, false
	}
	return addr.Unmap(), true
}
