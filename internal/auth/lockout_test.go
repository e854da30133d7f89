package auth_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/auth"
	"github.com/partnerhub/partnerhub/internal/requestid"
)

// TestLockoutLooksTheSameForUnknownAddresses: an address with no account locks after the same
// number of failures, with the same answer, as a real account, so the lockout tells nobody which
// accounts exist.
func TestLockoutLooksTheSameForUnknownAddresses(t *testing.T) {
	f := newSessionFixture(t)
	ctx := context.Background()
	from := requestid.Client{IP: "198.51.100.20"}
	answers := map[string][]string{}
	for _, email := range []string{"admin@globex-msp.test", "nobody@globex-msp.test"} {
		for range auth.MaxFailedLogins + 1 {
			_, err := f.svc.Login(ctx, email, "wrong-password", from)
			e, ok := apperr.As(err)
			if !ok {
				t.Fatalf("%s: %v", email, err)
			}
			b, _ := json.Marshal(map[string]any{"code": e.Code, "message": e.Message, "extensions": e.Extensions})
			answers[email] = append(answers[email], string(b))
		}
	}
	real, unknown := answers["admin@globex-msp.test"], answers["nobody@globex-msp.test"]
	if fmt.Sprint(real) != fmt.Sprint(unknown) {
		t.Errorf("a real account answers\n%v\nan unknown address\n%v", real, unknown)
	}
	if last := real[len(real)-1]; !strings.Contains(last, string(apperr.RateLimited)) {
		t.Errorf("attempt %d on a real account: %s, want RATE_LIMITED", auth.MaxFailedLogins+1, last)
	}
}

// TestLockoutIsPerClient: guesses from one address lock that address out of the account, not
// its owner signing in from elsewhere.
func TestLockoutIsPerClient(t *testing.T) {
	f := newSessionFixture(t)
	ctx := context.Background()
	const email = "admin@globex-msp.test"
	attacker, owner := requestid.Client{IP: "198.51.100.66"}, requestid.Client{IP: "203.0.113.10"}
	for range auth.MaxFailedLogins {
		f.svc.Login(ctx, email, "wrong-password", attacker)
	}
	_, err := f.svc.Login(ctx, email, demoPassword, attacker)
	wantCode(t, err, apperr.RateLimited)
	if _, err := f.svc.Login(ctx, email, demoPassword, owner); err != nil {
		t.Fatalf("the owner from another address, while the attacker is locked out: %v", err)
	}
}

// TestLockoutBacksOffAcrossClients: guesses spread over many addresses still meet a limit per
// account, higher and longer than one client's, and the same for an address with no account.
func TestLockoutBacksOffAcrossClients(t *testing.T) {
	f := newSessionFixture(t)
	ctx := context.Background()
	for _, email := range []string{"admin@globex-msp.test", "nobody@globex-msp.test"} {
		for i := range auth.MaxFailedLoginsPerAccount {
			// Each address stays below its own limit.
			from := requestid.Client{IP: fmt.Sprintf("198.51.%d.%d", i/(auth.MaxFailedLogins-1), i%(auth.MaxFailedLogins-1))}
			_, err := f.svc.Login(ctx, email, "wrong-password", from)
			wantCode(t, err, apperr.Unauthenticated)
		}
		_, err := f.svc.Login(ctx, email, demoPassword, requestid.Client{IP: "203.0.113.99"})
		e := wantCode(t, err, apperr.RateLimited)
		if retry, _ := e.Extensions["retryAfter"].(int); retry <= int(auth.LockoutDuration.Seconds()) || retry > int(auth.AccountBackoff.Seconds())+1 {
			t.Errorf("%s: retryAfter %v, want more than one client's lockout and at most %v", email, e.Extensions["retryAfter"], auth.AccountBackoff)
		}
	}
	f.clock.Advance(auth.AccountBackoff)
	f.login(t, "admin@globex-msp.test")
}
