package requestid

import (
	"net/http/httptest"
	"net/netip"
	"testing"
)

func TestFromRequest(t *testing.T) {
	proxies := []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("2001:db8::/32")}
	tests := []struct {
		name    string
		trusted []netip.Prefix
		peer    string
		xff     []string
		want    string
	}{
		{"no trusted proxies: the header is ignored", nil, "198.51.100.1:4000", []string{"203.0.113.7"}, "198.51.100.1"},
		{"untrusted peer: the header is ignored", proxies, "198.51.100.1:4000", []string{"203.0.113.7"}, "198.51.100.1"},
		{"trusted peer, one client", proxies, "10.0.0.2:4000", []string{"203.0.113.7"}, "203.0.113.7"},
		{"spoofed entries left of the client", proxies, "10.0.0.2:4000", []string{"1.2.3.4, 203.0.113.7"}, "203.0.113.7"},
		{"two trusted hops", proxies, "10.0.0.2:4000", []string{"203.0.113.7, 10.9.9.9"}, "203.0.113.7"},
		{"several headers", proxies, "10.0.0.2:4000", []string{"1.2.3.4", "203.0.113.7, 10.9.9.9"}, "203.0.113.7"},
		{"only trusted hops", proxies, "10.0.0.2:4000", []string{"10.1.1.1, 10.9.9.9"}, "10.1.1.1"},
		{"no header from a trusted peer", proxies, "10.0.0.2:4000", nil, "10.0.0.2"},
		{"unreadable hop: the last known address", proxies, "10.0.0.2:4000", []string{"203.0.113.7, garbage, 10.9.9.9"}, "10.9.9.9"},
		{"entry with a port", proxies, "10.0.0.2:4000", []string{"203.0.113.7:5555"}, "203.0.113.7"},
		{"IPv6 proxy and client", proxies, "[2001:db8::1]:4000", []string{"2001:db8:ffff::9, [2001:db9::5]"}, "2001:db9::5"},
		{"IPv4-mapped peer", proxies, "[::ffff:10.0.0.2]:4000", []string{"203.0.113.7"}, "203.0.113.7"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := httptest.NewRequest("GET", "/", nil)
			r.RemoteAddr = tt.peer
			for _, v := range tt.xff {
				r.Header.Add("X-Forwarded-For", v)
			}
			if got := FromRequest(r, tt.trusted).IP; got != tt.want {
				t.Errorf("client %q, want %q", got, tt.want)
			}
		})
	}
}
