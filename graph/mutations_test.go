package graph_test

import (
	"context"
	"slices"
	"testing"

	"github.com/partnerhub/partnerhub/ent/auditevent"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

var systemCtx = viewer.NewContext(context.Background(), viewer.System())

func partnerID(t *testing.T, s *apitest.Server, slug string) string {
	t.Helper()
	return s.Client.Partner.Query().Where(partner.Slug(slug)).OnlyIDX(systemCtx)
}

func userID(t *testing.T, s *apitest.Server, email string) string {
	t.Helper()
	return s.Client.User.Query().Where(user.Email(email)).OnlyIDX(systemCtx)
}

func auditCount(t *testing.T, s *apitest.Server, action string) int {
	t.Helper()
	return s.Client.AuditEvent.Query().Where(auditevent.Action(action)).CountX(systemCtx)
}

const createTier = `mutation($in: CreateTierInput!) { createTier(input: $in) { tier { id name rank currency dealProtectionDays } } }`

func TestCreateTierByRole(t *testing.T) {
	s := apitest.New(t)
	input := map[string]any{"name": "Diamond", "rank": 5, "currency": "eur", "dealProtectionDays": 200, "benefits": []string{"Named architect"}}
	for _, tc := range []struct {
		email string
		code  string
	}{
		{"pam@vendor.test", "FORBIDDEN"},
		{"admin@acme-reseller.test", "FORBIDDEN"},
		{"sales@globex-msp.test", "FORBIDDEN"},
		{"", "UNAUTHENTICATED"},
	} {
		token := ""
		if tc.email != "" {
			token = s.Login(t, tc.email)
		}
		res := s.Query(t, token, createTier, map[string]any{"in": input})
		if got := res.Codes(); !slices.Equal(got, []string{tc.code}) {
			t.Errorf("%q creating a tier: codes %v, want %s", tc.email, got, tc.code)
		}
	}
	if n := s.Client.Tier.Query().CountX(systemCtx); n != 4 {
		t.Fatalf("refused mutations left %d tiers, want the 4 demo tiers", n)
	}
	if n := auditCount(t, s, "createTier"); n != 0 {
		t.Fatalf("refused mutations wrote %d audit events", n)
	}

	res := s.Query(t, s.Login(t, "admin@vendor.test"), createTier, map[string]any{"in": input})
	var out struct {
		CreateTier struct {
			Tier struct {
				ID, Name, Currency       string
				Rank, DealProtectionDays int
			}
		}
	}
	res.Decode(t, &out)
	if tier := out.CreateTier.Tier; tier.Name != "Diamond" || tier.Currency != "EUR" || tier.DealProtectionDays != 200 {
		t.Fatalf("created tier %+v", tier)
	}
	if n := auditCount(t, s, "createTier"); n != 1 {
		t.Fatalf("successful createTier wrote %d audit events, want 1", n)
	}
}

func TestTierInputErrorsNameTheField(t *testing.T) {
	s := apitest.New(t)
	admin := s.Login(t, "admin@vendor.test")
	for _, tc := range []struct {
		input       map[string]any
		code, field string
	}{
		{map[string]any{"name": "Gold", "rank": 9}, "CONFLICT", "name"},
		{map[string]any{"name": "Copper", "rank": 1}, "CONFLICT", "rank"},
		{map[string]any{"name": "Copper", "rank": 9, "currency": "XYZ"}, "BAD_USER_INPUT", "currency"},
		{map[string]any{"name": "Copper", "rank": 9, "discountBps": 12000}, "BAD_USER_INPUT", "discountBps"},
		{map[string]any{"name": "", "rank": 9}, "BAD_USER_INPUT", "name"},
		{map[string]any{"name": "Copper", "rank": 9, "minRevenueT12m": -1}, "BAD_USER_INPUT", "minRevenueT12m"},
	} {
		res := s.Query(t, admin, createTier, map[string]any{"in": tc.input})
		if len(res.Errors) != 1 || res.Errors[0].Code() != tc.code || res.Errors[0].Extensions["field"] != tc.field {
			t.Errorf("input %v: got %s, want %s on field %s", tc.input, res.Raw, tc.code, tc.field)
		}
	}
	if n := s.Client.Tier.Query().CountX(systemCtx); n != 4 {
		t.Fatalf("failed mutations left %d tiers, want 4", n)
	}
}

const updatePartner = `mutation($in: UpdatePartnerInput!) { updatePartner(input: $in) { partner { id name website domain country status } } }`

func TestUpdatePartnerByRole(t *testing.T) {
	s := apitest.New(t)
	acme := partnerID(t, s, "acme-reseller")
	umbrella := partnerID(t, s, "umbrella-cloud") // managed by emea-pam, not pam
	pamID := userID(t, s, "pam@vendor.test")
	for _, tc := range []struct {
		name  string
		email string
		input map[string]any
		code  string // "" = allowed
	}{
		{"admin changes anything", "admin@vendor.test", map[string]any{"id": umbrella, "status": "SUSPENDED"}, ""},
		{"manager changes a managed partner", "pam@vendor.test", map[string]any{"id": acme, "status": "ACTIVE", "name": "Acme Reseller Inc."}, ""},
		{"manager may not change another manager's partner", "pam@vendor.test", map[string]any{"id": umbrella, "status": "CHURNED"}, "FORBIDDEN"},
		{"manager may not reassign the manager", "pam@vendor.test", map[string]any{"id": acme, "managerId": pamID}, "FORBIDDEN"},
		{"partner admin moves within its registrable domain", "admin@acme-reseller.test", map[string]any{"id": acme, "website": "https://shop.acme-reseller.test"}, ""},
		{"partner admin edits own profile", "admin@acme-reseller.test", map[string]any{"id": acme, "website": "https://WWW.Acme-Reseller.test/home", "country": "ca"}, ""},
		// The same answer whether another partner holds the domain or nobody does.
		{"partner admin may not take another partner's domain", "admin@acme-reseller.test", map[string]any{"id": acme, "website": "globex-msp.test"}, "FORBIDDEN"},
		{"partner admin may not move to a free domain", "admin@acme-reseller.test", map[string]any{"id": acme, "website": "nobody-holds-this.test"}, "FORBIDDEN"},
		{"partner admin may not change own status", "admin@acme-reseller.test", map[string]any{"id": acme, "status": "ACTIVE"}, "FORBIDDEN"},
		{"another partner's record does not exist for a partner admin", "admin@globex-msp.test", map[string]any{"id": acme, "country": "GB"}, "NOT_FOUND"},
		{"partner sales may not edit", "sales@acme-reseller.test", map[string]any{"id": acme, "country": "GB"}, "FORBIDDEN"},
		{"unknown partner", "admin@vendor.test", map[string]any{"id": "prt_01JD5ZZZZZZZZZZZZZZZZZZZZZ", "country": "GB"}, "NOT_FOUND"},
		{"bad website", "admin@vendor.test", map[string]any{"id": acme, "website": "not a domain"}, "BAD_USER_INPUT"},
		{"unknown tier", "admin@vendor.test", map[string]any{"id": acme, "tierId": "tir_01JD5ZZZZZZZZZZZZZZZZZZZZZ"}, "BAD_USER_INPUT"},
		{"domain of another partner", "admin@vendor.test", map[string]any{"id": acme, "website": "globex-msp.test"}, "CONFLICT"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := auditCount(t, s, "updatePartner")
			res := s.Query(t, s.Login(t, tc.email), updatePartner, map[string]any{"in": tc.input})
			after := auditCount(t, s, "updatePartner")
			if tc.code == "" {
				if len(res.Errors) > 0 {
					t.Fatalf("refused: %s", res.Raw)
				}
				if after != before+1 {
					t.Fatalf("audit events %d → %d, want one more", before, after)
				}
				return
			}
			if got := res.Codes(); !slices.Equal(got, []string{tc.code}) {
				t.Fatalf("codes %v, want %s: %s", got, tc.code, res.Raw)
			}
			if after != before {
				t.Fatal("a refused mutation was audited")
			}
		})
	}
	p := s.Client.Partner.GetX(systemCtx, acme)
	if p.Domain == nil || *p.Domain != "acme-reseller.test" || p.Country != "CA" || p.Name != "Acme Reseller Inc." {
		t.Fatalf("acme after updates: domain %v country %q name %q", p.Domain, p.Country, p.Name)
	}
	if s.Client.Partner.GetX(systemCtx, umbrella).Status != partner.StatusSUSPENDED {
		t.Fatal("the refused CHURNED update changed the partner")
	}
}

const createUser = `mutation($in: CreateUserInput!) { createUser(input: $in) { user { id email role status } } }`
const disableUser = `mutation($in: DisableUserInput!) { disableUser(input: $in) { user { id status } } }`

func TestVendorUserLifecycle(t *testing.T) {
	s := apitest.New(t)
	admin := s.Login(t, "admin@vendor.test")

	res := s.Query(t, admin, createUser, map[string]any{"in": map[string]any{
		"email": " New.PAM@Vendor.test ", "name": "Nora New", "role": "CHANNEL_MANAGER", "password": "a-long-enough-password",
	}})
	var out struct {
		CreateUser struct {
			User struct{ ID, Email, Role, Status string }
		}
	}
	res.Decode(t, &out)
	if u := out.CreateUser.User; u.Email != "new.pam@vendor.test" || u.Status != "ACTIVE" {
		t.Fatalf("created %+v", u)
	}
	var newPAM struct{ Login struct{ RefreshToken string } }
	s.Query(t, "", `mutation { login(input: {email: "new.pam@vendor.test", password: "a-long-enough-password"}) { refreshToken } }`, nil).Decode(t, &newPAM)

	for _, tc := range []struct {
		in          map[string]any
		code, field string
	}{
		{map[string]any{"email": "new.pam@vendor.test", "name": "Twin", "role": "ADMIN"}, "CONFLICT", "email"},
		{map[string]any{"email": "not-an-email", "name": "X", "role": "ADMIN"}, "BAD_USER_INPUT", "email"},
		{map[string]any{"email": "x@vendor.test", "name": "  ", "role": "ADMIN"}, "BAD_USER_INPUT", "name"},
		{map[string]any{"email": "x@vendor.test", "name": "X", "role": "PARTNER_SALES"}, "BAD_USER_INPUT", "role"},
		{map[string]any{"email": "x@vendor.test", "name": "X", "role": "ADMIN", "password": "short"}, "BAD_USER_INPUT", "password"},
	} {
		res := s.Query(t, admin, createUser, map[string]any{"in": tc.in})
		if len(res.Errors) != 1 || res.Errors[0].Code() != tc.code || res.Errors[0].Extensions["field"] != tc.field {
			t.Errorf("createUser %v: %s, want %s on %s", tc.in, res.Raw, tc.code, tc.field)
		}
	}
	if s.Client.User.Query().Where(user.Email("x@vendor.test")).ExistX(systemCtx) {
		t.Fatal("a failed createUser left a row")
	}
	if res := s.Query(t, s.Login(t, "pam@vendor.test"), createUser, map[string]any{"in": map[string]any{"email": "y@vendor.test", "name": "Y", "role": "ADMIN"}}); !slices.Equal(res.Codes(), []string{"FORBIDDEN"}) {
		t.Fatalf("channel manager creating an admin: %s", res.Raw)
	}

	// Disabling ends the user's sessions at once: the refresh token stops working.
	res = s.Query(t, admin, disableUser, map[string]any{"in": map[string]any{"id": out.CreateUser.User.ID}})
	if len(res.Errors) > 0 {
		t.Fatal(res.Raw)
	}
	refresh := s.Query(t, "", `mutation($t: String!) { refreshSession(input: {refreshToken: $t}) { accessToken } }`, map[string]any{"t": newPAM.Login.RefreshToken})
	if !slices.Equal(refresh.Codes(), []string{"UNAUTHENTICATED"}) {
		t.Fatalf("refresh after disable: %s", refresh.Raw)
	}
	login := s.Query(t, "", `mutation { login(input: {email: "new.pam@vendor.test", password: "a-long-enough-password"}) { accessToken } }`, nil)
	if len(login.Errors) == 0 {
		t.Fatal("a disabled user signed in")
	}

	// The last active admin can be neither disabled nor demoted.
	adminID := userID(t, s, "admin@vendor.test")
	if res := s.Query(t, admin, disableUser, map[string]any{"in": map[string]any{"id": adminID}}); len(res.Errors) == 0 {
		t.Fatal("an admin disabled their own account")
	}
	demote := s.Query(t, admin, `mutation($id: ID!) { updateUser(input: {id: $id, role: CHANNEL_MANAGER}) { user { role } } }`, map[string]any{"id": adminID})
	if !slices.Equal(demote.Codes(), []string{"CONFLICT"}) {
		t.Fatalf("demoting the last admin: %s", demote.Raw)
	}
}

func TestAuditLogVisibility(t *testing.T) {
	s := apitest.New(t)
	acme := partnerID(t, s, "acme-reseller")
	globex := partnerID(t, s, "globex-msp")
	for _, p := range []struct{ email, id string }{{"admin@acme-reseller.test", acme}, {"admin@globex-msp.test", globex}} {
		res := s.Query(t, s.Login(t, p.email), updatePartner, map[string]any{"in": map[string]any{"id": p.id, "verticals": []string{"Retail"}}})
		if len(res.Errors) > 0 {
			t.Fatal(res.Raw)
		}
	}
	const q = `{ auditEvents(where: {action: "updatePartner"}) { totalCount edges { node { action entityType entityID actorType summary } } } }`
	var out struct {
		AuditEvents struct {
			TotalCount int
			Edges      []struct{ Node struct{ EntityID string } }
		}
	}
	s.Query(t, s.Login(t, "admin@vendor.test"), q, nil).Decode(t, &out)
	if out.AuditEvents.TotalCount != 2 {
		t.Fatalf("admin sees %d updatePartner events, want 2", out.AuditEvents.TotalCount)
	}
	s.Query(t, s.Login(t, "admin@acme-reseller.test"), q, nil).Decode(t, &out)
	if out.AuditEvents.TotalCount != 1 || out.AuditEvents.Edges[0].Node.EntityID != acme {
		t.Fatalf("Acme's admin sees %+v, want only Acme's event", out.AuditEvents)
	}
	for _, email := range []string{"sales@acme-reseller.test", "pam@vendor.test"} {
		if res := s.Query(t, s.Login(t, email), q, nil); !slices.Equal(res.Codes(), []string{"FORBIDDEN"}) {
			t.Errorf("%s reading the audit log: %s", email, res.Raw)
		}
	}
	// Sign-ins are audited too, with the password nowhere in the log.
	if n := auditCount(t, s, "login"); n < 5 {
		t.Fatalf("%d login events after 5 sign-ins", n)
	}
	for _, e := range s.Client.AuditEvent.Query().AllX(systemCtx) {
		if slices.ContainsFunc([]string{"partnerhub-demo"}, func(secret string) bool { return containsValue(e.Summary, secret) }) {
			t.Fatalf("audit event %s holds a password: %v", e.Action, e.Summary)
		}
	}
}

func containsValue(m map[string]any, needle string) bool {
	for _, v := range m {
		switch x := v.(type) {
		case string:
			if x == needle {
				return true
			}
		case map[string]any:
			if containsValue(x, needle) {
				return true
			}
		}
	}
	return false
}

func TestEmptyWhereFilterIsBadInput(t *testing.T) {
	s := apitest.New(t)
	res := s.Query(t, s.Login(t, "admin@vendor.test"), `{ deals(where: {and: [{}]}) { totalCount } }`, nil)
	if len(res.Errors) != 1 || res.Errors[0].Code() != "BAD_USER_INPUT" || res.Errors[0].Extensions["field"] != "where" {
		t.Fatalf("empty nested filter: %s", res.Raw)
	}
}
