package webhook

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"

	"github.com/partnerhub/partnerhub/internal/apperr"
)

// Config is how deliveries may reach receivers.
type Config struct {
	// AllowPrivateTargets lets deliveries reach loopback, link-local and private addresses
	// (WEBHOOK_ALLOW_PRIVATE_TARGETS). Off, a subscription cannot make the server call into its
	// own network (SSRF).
	AllowPrivateTargets bool
	// RequireHTTPS refuses plain-http URLs (production).
	RequireHTTPS bool
}

// errPrivateTarget is why a delivery to a refused address failed.
var errPrivateTarget = errors.New("the address is loopback, link-local or private, which webhooks may not reach")

// sharedAddressSpace is 100.64.0.0/10 (carrier-grade NAT), private in all but name.
var sharedAddressSpace = netip.MustParsePrefix("100.64.0.0/10")

// publicAddr reports whether deliveries may go to ip when private targets are not allowed.
func publicAddr(ip netip.Addr) bool {
	ip = ip.Unmap()
	return ip.IsValid() && !ip.IsLoopback() && !ip.IsPrivate() && !ip.IsLinkLocalUnicast() &&
		!ip.IsLinkLocalMulticast() && !ip.IsInterfaceLocalMulticast() && !ip.IsMulticast() &&
		!ip.IsUnspecified() && !sharedAddressSpace.Contains(ip) && !(ip.Is4() && ip.As4()[0] == 0)
}

// checkURL validates a subscription's URL when it is created. The address it resolves to is
// checked again at every connection (a DNS name can change its answer), so this is only the early,
// friendly refusal.
func (c Config) checkURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") {
		return nil, apperr.BadInput("url", "give an absolute http(s) URL")
	}
	if c.RequireHTTPS && u.Scheme != "https" {
		return nil, apperr.BadInput("url", "webhook URLs must use https")
	}
	if u.User != nil {
		return nil, apperr.BadInput("url", "put no credentials in the URL; deliveries are signed with the secret")
	}
	if c.AllowPrivateTargets {
		return u, nil
	}
	host := u.Hostname()
	if strings.EqualFold(host, "localhost") || strings.HasSuffix(strings.ToLower(host), ".localhost") {
		return nil, apperr.BadInput("url", "%s", errPrivateTarget.Error())
	}
	if ip, err := netip.ParseAddr(host); err == nil && !publicAddr(ip) {
		return nil, apperr.BadInput("url", "%s", errPrivateTarget.Error())
	}
	return u, nil
}

// httpClient is the client deliveries use: the address is checked when the connection is made
// (after DNS resolution, so a name that resolves to 127.0.0.1 or 169.254.169.254 is refused too),
// no proxy from the environment is used (it would connect on our behalf, unchecked), and
// redirects are not followed (a redirect could lead to a private address; a 3xx is a failed
// attempt).
func (c Config) httpClient(timeout time.Duration) *http.Client {
	dialer := &net.Dialer{Timeout: timeout}
	if !c.AllowPrivateTargets {
		dialer.Control = func(network, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil {
				return fmt.Errorf("dialing %s: %w", address, err)
			}
			if !publicAddr(ap.Addr()) {
				return fmt.Errorf("dialing %s: %w", address, errPrivateTarget)
			}
			return nil
		}
	}
	return &http.Client{
		Timeout: timeout,
		Transport: &http.Transport{
			Proxy: nil,
			DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
				return dialer.DialContext(ctx, network, addr)
			},
			TLSHandshakeTimeout:   timeout,
			ResponseHeaderTimeout: timeout,
			MaxIdleConnsPerHost:   2,
		},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}
