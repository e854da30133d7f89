package team_test

import (
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

const (
	setRole = `mutation($id: ID!, $role: UserRole!) { updateUser(input: {id: $id, role: $role}) { user { role } } }`
	rename  = `mutation($id: ID!) { updateUser(input: {id: $id, name: "Renamed"}) { user { name } } }`
	disable = `mutation($id: ID!) { disableUser(input: {id: $id}) { user { status } } }`
)

func userID(t *testing.T, s *apitest.Server, email string) string {
	t.Helper()
	var out struct {
		Users struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	s.Query(t, s.Login(t, "admin@vendor.test"), `query($e: String!) { users(where: {email: $e}) { edges { node { id } } } }`, map[string]any{"e": email}).Decode(t, &out)
	return out.Users.Edges[0].Node.ID
}

// TestPartnerAdminManagesOwnTeam: a partner admin lists and changes their own people, and nobody
// else's.
func TestPartnerAdminManagesOwnTeam(t *testing.T) {
	s := apitest.New(t)
	acme := s.Login(t, "admin@acme-reseller.test")
	var team struct {
		Users struct {
			Edges []struct{ Node struct{ Email string } }
		}
	}
	s.Query(t, acme, `{ users(first: 100) { edges { node { email } } } }`, nil).Decode(t, &team)
	var emails []string
	for _, e := range team.Users.Edges {
		emails = append(emails, e.Node.Email)
	}
	all := strings.Join(emails, " ")
	if !strings.Contains(all, "presales@acme-reseller.test") || strings.Contains(all, "globex") {
		t.Fatalf("Acme's admin lists %v", emails)
	}

	presales := userID(t, s, "presales@acme-reseller.test")
	var renamed struct {
		UpdateUser struct{ User struct{ Name string } }
	}
	s.Query(t, acme, rename, map[string]any{"id": presales}).Decode(t, &renamed)
	if renamed.UpdateUser.User.Name != "Renamed" {
		t.Fatalf("rename: %+v", renamed)
	}
	var promoted struct {
		UpdateUser struct{ User struct{ Role string } }
	}
	s.Query(t, acme, setRole, map[string]any{"id": presales, "role": "PARTNER_ADMIN"}).Decode(t, &promoted)
	if promoted.UpdateUser.User.Role != "PARTNER_ADMIN" {
		t.Fatalf("promotion: %+v", promoted)
	}

	globexSales := userID(t, s, "sales@globex-msp.test")
	for _, q := range []string{rename, disable} {
		s.Query(t, acme, q, map[string]any{"id": globexSales}).ExpectCode(t, "NOT_FOUND")
		s.Query(t, acme, q, map[string]any{"id": userID(t, s, "pam@vendor.test")}).ExpectCode(t, "FORBIDDEN")
		s.Query(t, s.Login(t, "sales@acme-reseller.test"), q, map[string]any{"id": presales}).ExpectCode(t, "FORBIDDEN")
		s.Query(t, s.Login(t, "pam@vendor.test"), q, map[string]any{"id": presales}).ExpectCode(t, "FORBIDDEN")
	}
}

// TestNoEscalation: nobody grants a role above their own, and roles never cross between the vendor
// and a partner.
func TestNoEscalation(t *testing.T) {
	s := apitest.New(t)
	acme := s.Login(t, "admin@acme-reseller.test")
	sales := userID(t, s, "sales@acme-reseller.test")
	for _, role := range []string{"ADMIN", "CHANNEL_MANAGER"} {
		s.Query(t, acme, setRole, map[string]any{"id": sales, "role": role}).ExpectCode(t, "FORBIDDEN")
	}
	self := userID(t, s, "admin@acme-reseller.test")
	s.Query(t, acme, setRole, map[string]any{"id": self, "role": "ADMIN"}).ExpectCode(t, "FORBIDDEN")
	s.Query(t, s.Login(t, "admin@vendor.test"), setRole, map[string]any{"id": sales, "role": "ADMIN"}).ExpectCode(t, "BAD_USER_INPUT")
}

// TestLastPartnerAdmin: an organisation always keeps an active partner admin.
func TestLastPartnerAdmin(t *testing.T) {
	s := apitest.New(t)
	acme := s.Login(t, "admin@acme-reseller.test")
	self := userID(t, s, "admin@acme-reseller.test")
	s.Query(t, acme, setRole, map[string]any{"id": self, "role": "PARTNER_SALES"}).ExpectCode(t, "CONFLICT")
	s.Query(t, acme, disable, map[string]any{"id": self}).ExpectCode(t, "BAD_USER_INPUT")
	vendorAdmin := s.Login(t, "admin@vendor.test")
	s.Query(t, vendorAdmin, disable, map[string]any{"id": self}).ExpectCode(t, "CONFLICT")
	s.Query(t, vendorAdmin, setRole, map[string]any{"id": self, "role": "PARTNER_SALES"}).ExpectCode(t, "CONFLICT")

	sales := userID(t, s, "sales@acme-reseller.test")
	s.Query(t, acme, setRole, map[string]any{"id": sales, "role": "PARTNER_ADMIN"}).Decode(t, &struct{}{})
	if res := s.Query(t, acme, setRole, map[string]any{"id": self, "role": "PARTNER_SALES"}); len(res.Errors) > 0 {
		t.Fatalf("stepping down with another admin in place: %s", res.Raw)
	}
	// Globex's only admin is unaffected by Acme having two.
	s.Query(t, vendorAdmin, disable, map[string]any{"id": userID(t, s, "admin@globex-msp.test")}).ExpectCode(t, "CONFLICT")
}

// TestDisablingEndsEverythingAtOnce: a disabled user's access token, refresh token and API keys all
// stop on the next request.
func TestDisablingEndsEverythingAtOnce(t *testing.T) {
	s := apitest.New(t)
	acme := s.Login(t, "admin@acme-reseller.test")
	sales := userID(t, s, "sales@acme-reseller.test")
	s.Query(t, acme, setRole, map[string]any{"id": sales, "role": "PARTNER_ADMIN"}).Decode(t, &struct{}{})
	victim := s.LoginSession(t, "sales@acme-reseller.test")
	var key struct {
		CreateApiKey struct{ Secret string }
	}
	s.Query(t, victim.AccessToken, `mutation { createApiKey(input: {name: "sync", scope: READ}) { secret } }`, nil).Decode(t, &key)

	var disabled struct {
		DisableUser struct{ User struct{ Status string } }
	}
	s.Query(t, acme, disable, map[string]any{"id": sales}).Decode(t, &disabled)
	if disabled.DisableUser.User.Status != "DISABLED" {
		t.Fatalf("disable: %+v", disabled)
	}
	for name, token := range map[string]string{"access token": victim.AccessToken, "API key": key.CreateApiKey.Secret} {
		if res := s.Query(t, token, `{ viewer { email } }`, nil); res.Status != http.StatusUnauthorized {
			t.Errorf("%s of a disabled user: %d %s", name, res.Status, res.Raw)
		}
	}
	s.Query(t, "", `mutation($t: String!) { refreshSession(input: {refreshToken: $t}) { accessToken } }`, map[string]any{"t": victim.RefreshToken}).ExpectCode(t, "UNAUTHENTICATED")
	// A disabled account with its right password answers exactly as a wrong password does, so a
	// leaked password is not confirmed.
	right := s.Query(t, "", `mutation { login(input: {email: "sales@acme-reseller.test", password: "partnerhub-demo"}) { accessToken } }`, nil)
	wrong := s.Query(t, "", `mutation { login(input: {email: "sales@acme-reseller.test", password: "not-the-password"}) { accessToken } }`, nil)
	if len(right.Errors) != 1 || right.Status != wrong.Status || right.Errors[0].Message != wrong.Errors[0].Message || !slices.Equal(right.Codes(), wrong.Codes()) {
		t.Fatalf("a disabled account answers %d %s with its password, %d %s without", right.Status, right.Raw, wrong.Status, wrong.Raw)
	}
}

// TestConcurrentDemotionsKeepAnAdmin: two ADMINs stepping down at the same moment must not leave the
// program without one; the database orders the two changes, and the second is refused.
func TestConcurrentDemotionsKeepAnAdmin(t *testing.T) {
	s := apitest.New(t)
	admins := []string{"admin@vendor.test", "pam@vendor.test"}
	ids := []string{userID(t, s, admins[0]), userID(t, s, admins[1])}
	tokens := []string{s.Login(t, admins[0]), s.Login(t, admins[1])}
	s.Query(t, tokens[0], setRole, map[string]any{"id": ids[1], "role": "ADMIN"}).Decode(t, &struct{}{})
	for round := 0; round < 8; round++ {
		results := make([]apitest.Response, 2)
		start := make(chan struct{})
		var wg sync.WaitGroup
		for i := range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				results[i] = s.Query(t, tokens[i], setRole, map[string]any{"id": ids[i], "role": "CHANNEL_MANAGER"})
			}()
		}
		close(start)
		wg.Wait()
		stayed := -1
		for i, res := range results {
			if len(res.Errors) > 0 {
				if code := res.Errors[0].Code(); code != "CONFLICT" {
					t.Fatalf("round %d: %s stepping down: %s", round, admins[i], res.Raw)
				}
				stayed = i
			}
		}
		if stayed < 0 {
			t.Fatalf("round %d: both ADMINs stepped down; nobody can configure the program any more", round)
		}
		// The one still ADMIN promotes the other again for the next round.
		s.Query(t, tokens[stayed], setRole, map[string]any{"id": ids[1-stayed], "role": "ADMIN"}).Decode(t, &struct{}{})
	}
}
