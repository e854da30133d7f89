package graph_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

// The write matrix: every kind of caller × every mutation that changes a partner's data × a
// target of their own, of a partner they manage, or of another organisation. The expectation of
// each cell is computed below from the written rules (docs/roles-and-permissions.md), not from
// ent/schema/rule, and compared with what the API answers: done, FORBIDDEN, NOT_FOUND (a row the
// caller may not even read) or CONFLICT (a change the caller may make, but not in this status).
// The targets belong to Acme, whose channel manager is pam; Globex is the competing partner.

// writer is one row of the matrix.
type writer struct {
	name    string
	email   string // who signs in (or creates the API key)
	role    user.Role
	org     string // "acme", "globex", or "" for the vendor
	manages bool   // a channel manager of Acme
	// registrant: the Acme deals of the matrix are registered by this caller.
	registrant bool
	key        string // "" for a person, or the API key's scope
	token      string
}

var writers = []*writer{
	{name: "ADMIN", email: vendorAdmin, role: user.RoleADMIN},
	{name: "CHANNEL_MANAGER of Acme", email: pam, role: user.RoleCHANNEL_MANAGER, manages: true},
	{name: "CHANNEL_MANAGER of others", email: emeaPam, role: user.RoleCHANNEL_MANAGER},
	{name: "PARTNER_ADMIN of Acme", email: acmeAdmin, role: user.RolePARTNER_ADMIN, org: "acme"},
	{name: "PARTNER_SALES of Acme, registrant", email: acmeSales, role: user.RolePARTNER_SALES, org: "acme", registrant: true},
	{name: "PARTNER_SALES of Acme, colleague", email: "presales@acme-reseller.test", role: user.RolePARTNER_SALES, org: "acme"},
	{name: "PARTNER_ADMIN of Globex", email: globexAdmin, role: user.RolePARTNER_ADMIN, org: "globex"},
	{name: "PARTNER_SALES of Globex", email: globexSales, role: user.RolePARTNER_SALES, org: "globex"},
	{name: "READ_WRITE key of Acme's admin", email: acmeAdmin, role: user.RolePARTNER_ADMIN, org: "acme", key: "READ_WRITE"},
	{name: "READ key of Acme's admin", email: acmeAdmin, role: user.RolePARTNER_ADMIN, org: "acme", key: "READ"},
}

func (w *writer) vendor() bool { return w.role == user.RoleADMIN || w.role == user.RoleCHANNEL_MANAGER }

// seesDeal: the vendor reads every registration, a partner admin its organisation's, a sales rep
// the ones it registered.
func (w *writer) seesDeal() bool {
	return w.vendor() || (w.org == "acme" && (w.role == user.RolePARTNER_ADMIN || w.registrant))
}

// decides: ADMIN decides any registration, a channel manager those of the partners it manages.
func (w *writer) decides() bool { return w.role == user.RoleADMIN || w.manages }

// owns: the registration's owner is its registrant, and the organisation's partner admin.
func (w *writer) owns() bool {
	return w.org == "acme" && (w.registrant || w.role == user.RolePARTNER_ADMIN)
}

// outcome is the answer a cell expects: "" when the change is made.
func outcome(w *writer, directive []user.Role, sees, may bool) string {
	switch {
	case !slices.Contains(directive, w.role):
		return "FORBIDDEN"
	case w.key == "READ":
		return "FORBIDDEN"
	case !sees:
		return "NOT_FOUND"
	case !may:
		return "FORBIDDEN"
	}
	return ""
}

var (
	vendorRoles  = []user.Role{user.RoleADMIN, user.RoleCHANNEL_MANAGER}
	partnerRoles = []user.Role{user.RolePARTNER_ADMIN, user.RolePARTNER_SALES}
	allRoles     = append(slices.Clone(vendorRoles), partnerRoles...)
	adminRoles   = []user.Role{user.RoleADMIN, user.RolePARTNER_ADMIN}
)

// writeCell is one mutation of the matrix: setup makes a fresh target, run sends the mutation.
type writeCell struct {
	name   string
	expect func(w *writer) string
	setup  func(f *writeFixture, t *testing.T) string
	run    func(t *testing.T, f *writeFixture, w *writer, target string) apitest.Response
}

type writeFixture struct {
	s       *apitest.Server
	tokens  map[string]string
	acmeID  string
	userIDs map[string]string
}

func (f *writeFixture) as(t *testing.T, email string) string {
	t.Helper()
	if f.tokens[email] == "" {
		f.tokens[email] = f.s.Login(t, email)
	}
	return f.tokens[email]
}

// submitted, approved, pending and flagged make a fresh Acme registration in that state.
func (f *writeFixture) submitted(t *testing.T) string {
	return register(t, f.s, f.as(t, acmeSales), registerInput("Write Matrix Co", freshDomain("write-matrix"))).ID
}

func (f *writeFixture) approved(t *testing.T) string {
	id := f.submitted(t)
	mustMutate(t, f.s, f.as(t, vendorAdmin), "approveDeal", map[string]any{"id": id})
	return id
}

func (f *writeFixture) won(t *testing.T) string {
	id := f.approved(t)
	mustMutate(t, f.s, f.as(t, acmeSales), "closeDeal", map[string]any{"id": id, "outcome": "WON",
		"closeDate": time.Now().UTC().Format(time.DateOnly), "closedAmount": 12_000_000})
	return id
}

func (f *writeFixture) pendingExtension(t *testing.T) string {
	var out struct {
		RequestDealExtension struct{ Extension struct{ ID string } }
	}
	f.s.Query(t, f.as(t, acmeSales), `mutation($input: RequestDealExtensionInput!) { requestDealExtension(input: $input) { extension { id } } }`,
		map[string]any{"input": map[string]any{"id": f.approved(t), "reason": "legal review", "days": 30}}).Decode(t, &out)
	return out.RequestDealExtension.Extension.ID
}

func (f *writeFixture) flagged(t *testing.T) string {
	domain := freshDomain("write-matrix-shared")
	register(t, f.s, f.as(t, globexSales), registerInput("Shared Customer Works", domain))
	return register(t, f.s, f.as(t, acmeSales), registerInput("Shared Customer Works", domain)).ID
}

func none(*writeFixture, *testing.T) string { return "" }

func dealMutation(name string, input func(id string) map[string]any) func(*testing.T, *writeFixture, *writer, string) apitest.Response {
	return func(t *testing.T, f *writeFixture, w *writer, id string) apitest.Response {
		_, res := mutate(t, f.s, w.token, name, input(id))
		return res
	}
}

func byID(id string) map[string]any { return map[string]any{"id": id} }

var writeCells = []writeCell{
	{
		name:   "registerDeal for its own organisation",
		expect: func(w *writer) string { return outcome(w, partnerRoles, true, true) },
		setup:  none,
		run: func(t *testing.T, f *writeFixture, w *writer, _ string) apitest.Response {
			return f.s.Query(t, w.token, registerMutation, map[string]any{"input": registerInput("Matrix Own Co", freshDomain("write-own"))})
		},
	},
	{
		name:   "approveDeal",
		expect: func(w *writer) string { return outcome(w, vendorRoles, w.seesDeal(), w.decides()) },
		setup:  (*writeFixture).submitted,
		run:    dealMutation("approveDeal", byID),
	},
	{
		name:   "approveDeal overriding an earlier registration",
		expect: func(w *writer) string { return outcome(w, vendorRoles, w.seesDeal(), w.role == user.RoleADMIN) },
		setup:  (*writeFixture).flagged,
		run: dealMutation("approveDeal", func(id string) map[string]any {
			return map[string]any{"id": id, "overrideConflict": true, "note": "the customer asked for Acme"}
		}),
	},
	{
		name:   "approveDeals",
		expect: func(w *writer) string { return outcome(w, vendorRoles, w.seesDeal(), w.decides()) },
		setup:  (*writeFixture).submitted,
		run: func(t *testing.T, f *writeFixture, w *writer, id string) apitest.Response {
			return f.s.Query(t, w.token, `mutation($input: ApproveDealsInput!) { approveDeals(input: $input) { deals { id } } }`,
				map[string]any{"input": map[string]any{"ids": []string{id}}})
		},
	},
	{
		// Only the person who decided undoes: the matrix's deals are approved by the vendor admin.
		name:   "undoDealDecision of the admin's approval",
		expect: func(w *writer) string { return outcome(w, vendorRoles, w.seesDeal(), w.role == user.RoleADMIN) },
		setup:  (*writeFixture).approved,
		run:    dealMutation("undoDealDecision", byID),
	},
	{
		name:   "rejectDeal",
		expect: func(w *writer) string { return outcome(w, vendorRoles, w.seesDeal(), w.decides()) },
		setup:  (*writeFixture).submitted,
		run:    dealMutation("rejectDeal", func(id string) map[string]any { return map[string]any{"id": id, "note": "no budget"} }),
	},
	{
		name:   "updateDeal amount while SUBMITTED",
		expect: func(w *writer) string { return outcome(w, allRoles, w.seesDeal(), w.decides() || w.owns()) },
		setup:  (*writeFixture).submitted,
		run:    dealMutation("updateDeal", func(id string) map[string]any { return map[string]any{"id": id, "amount": 99_000_00} }),
	},
	{
		name: "updateDeal amount while APPROVED",
		expect: func(w *writer) string {
			if o := outcome(w, allRoles, w.seesDeal(), w.decides() || w.owns()); o != "" || w.decides() {
				return o
			}
			return "CONFLICT" // the owner asks its channel manager once the registration is decided
		},
		setup: (*writeFixture).approved,
		run:   dealMutation("updateDeal", func(id string) map[string]any { return map[string]any{"id": id, "amount": 99_000_00} }),
	},
	{
		name:   "withdrawDeal",
		expect: func(w *writer) string { return outcome(w, allRoles, w.seesDeal(), w.decides() || w.owns()) },
		setup:  (*writeFixture).submitted,
		run:    dealMutation("withdrawDeal", byID),
	},
	{
		name:   "closeDeal as won",
		expect: func(w *writer) string { return outcome(w, allRoles, w.seesDeal(), w.decides() || w.owns()) },
		setup:  (*writeFixture).approved,
		run: dealMutation("closeDeal", func(id string) map[string]any {
			return map[string]any{"id": id, "outcome": "WON", "closeDate": time.Now().UTC().Format(time.DateOnly), "closedAmount": 12_000_000}
		}),
	},
	{
		name:   "reopenDeal of a won deal",
		expect: func(w *writer) string { return outcome(w, vendorRoles, w.seesDeal(), w.decides()) },
		setup:  (*writeFixture).won,
		run: dealMutation("reopenDeal", func(id string) map[string]any {
			return map[string]any{"id": id, "note": "the customer's PO was cancelled"}
		}),
	},
	{
		name:   "requestDealExtension",
		expect: func(w *writer) string { return outcome(w, partnerRoles, w.seesDeal(), w.owns()) },
		setup:  (*writeFixture).approved,
		run: func(t *testing.T, f *writeFixture, w *writer, id string) apitest.Response {
			return f.s.Query(t, w.token, `mutation($input: RequestDealExtensionInput!) { requestDealExtension(input: $input) { extension { id } } }`,
				map[string]any{"input": map[string]any{"id": id, "reason": "legal review", "days": 30}})
		},
	},
	{
		name:   "decideDealExtension",
		expect: func(w *writer) string { return outcome(w, vendorRoles, w.seesDeal(), w.decides()) },
		setup:  (*writeFixture).pendingExtension,
		run: func(t *testing.T, f *writeFixture, w *writer, id string) apitest.Response {
			return f.s.Query(t, w.token, `mutation($input: DecideDealExtensionInput!) { decideDealExtension(input: $input) { extension { id status } } }`,
				map[string]any{"input": map[string]any{"id": id, "approve": true, "note": "ok"}})
		},
	},
	{
		// An invitation names its organisation, so another organisation's admin is refused, not
		// told that Acme does not exist.
		name: "inviteUser as PARTNER_SALES into Acme",
		expect: func(w *writer) string {
			return keysCreateNobody(w, outcome(w, adminRoles, true, w.role == user.RoleADMIN || w.org == "acme"))
		},
		setup: none,
		run:   invite(user.RolePARTNER_SALES, true),
	},
	{
		name: "inviteUser as PARTNER_ADMIN into Acme",
		expect: func(w *writer) string {
			return keysCreateNobody(w, outcome(w, adminRoles, true, w.role == user.RoleADMIN || w.org == "acme"))
		},
		setup: none,
		run:   invite(user.RolePARTNER_ADMIN, true),
	},
	{
		name: "inviteUser as ADMIN of the vendor",
		expect: func(w *writer) string {
			return keysCreateNobody(w, outcome(w, adminRoles, true, w.role == user.RoleADMIN))
		},
		setup: none,
		run:   invite(user.RoleADMIN, false),
	},
	{
		name: "updatePartner Acme's country",
		expect: func(w *writer) string {
			return outcome(w, []user.Role{user.RoleADMIN, user.RoleCHANNEL_MANAGER, user.RolePARTNER_ADMIN},
				w.vendor() || w.org == "acme", w.decides() || w.org == "acme")
		},
		setup: none,
		run: func(t *testing.T, f *writeFixture, w *writer, _ string) apitest.Response {
			return f.s.Query(t, w.token, `mutation($input: UpdatePartnerInput!) { updatePartner(input: $input) { partner { id } } }`,
				map[string]any{"input": map[string]any{"id": f.acmeID, "country": "IE"}})
		},
	},
	{
		name: "updateUser an Acme colleague's name",
		expect: func(w *writer) string {
			return outcome(w, adminRoles, w.vendor() || w.org == "acme", w.role == user.RoleADMIN || w.org == "acme")
		},
		setup: none,
		run: func(t *testing.T, f *writeFixture, w *writer, _ string) apitest.Response {
			return f.s.Query(t, w.token, `mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { id } } }`,
				map[string]any{"input": map[string]any{"id": f.userIDs["presales@acme-reseller.test"], "name": "Priya P."}})
		},
	},
	{
		name: "updateUser granting ADMIN to an Acme colleague",
		expect: func(w *writer) string {
			if o := outcome(w, adminRoles, w.vendor() || w.org == "acme", w.role == user.RoleADMIN); o != "" {
				return o
			}
			return "BAD_USER_INPUT" // ADMIN may grant it, but a role never moves a person between organisations
		},
		setup: none,
		run: func(t *testing.T, f *writeFixture, w *writer, _ string) apitest.Response {
			return f.s.Query(t, w.token, `mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { id } } }`,
				map[string]any{"input": map[string]any{"id": f.userIDs["presales@acme-reseller.test"], "role": "ADMIN"}})
		},
	},
	{
		// Every person changes their own password; an API key is a script's credential, never the
		// person's, whatever its scope.
		name: "changePassword of one's own account",
		expect: func(w *writer) string {
			if w.key != "" {
				return "FORBIDDEN"
			}
			return outcome(w, allRoles, true, true)
		},
		setup: none,
		run: func(t *testing.T, f *writeFixture, w *writer, _ string) apitest.Response {
			const change = `mutation($c: String!, $n: String!) { changePassword(input: {currentPassword: $c, newPassword: $n}) { accessToken } }`
			res := f.s.Query(t, w.token, change, map[string]any{"c": f.s.Config.DemoPassword, "n": "write matrix password"})
			if len(res.Codes()) == 0 {
				// Put the demo password back for the cells that sign in again.
				var out struct{ ChangePassword struct{ AccessToken string } }
				res.Decode(t, &out)
				f.s.Query(t, out.ChangePassword.AccessToken, change, map[string]any{"c": "write matrix password", "n": f.s.Config.DemoPassword}).Decode(t, &struct{}{})
			}
			return res
		},
	},
}

// keysCreateNobody: only a signed-in person adds people; a key could otherwise mint principals
// that outlive it.
func keysCreateNobody(w *writer, o string) string {
	if w.key != "" && slices.Contains(adminRoles, w.role) {
		return "FORBIDDEN"
	}
	return o
}

var inviteSeq int

func invite(role user.Role, intoAcme bool) func(*testing.T, *writeFixture, *writer, string) apitest.Response {
	return func(t *testing.T, f *writeFixture, w *writer, _ string) apitest.Response {
		inviteSeq++
		in := map[string]any{"email": fmt.Sprintf("write-matrix-%d@example.test", inviteSeq), "role": string(role)}
		if intoAcme {
			in["partnerId"] = f.acmeID
		}
		return f.s.Query(t, w.token, `mutation($input: InviteUserInput!) { inviteUser(input: $input) { invitation { id } } }`,
			map[string]any{"input": in})
	}
}

func apiKey(t *testing.T, s *apitest.Server, token, scope string) string {
	t.Helper()
	var out struct {
		CreateApiKey struct{ Secret string } `json:"createApiKey"`
	}
	s.Query(t, token, `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
		map[string]any{"input": map[string]any{"name": "write matrix " + scope, "scope": scope}}).Decode(t, &out)
	return out.CreateApiKey.Secret
}

func TestPrivacyWriteMatrix(t *testing.T) {
	s := apitest.NewWithEnv(t, map[string]string{"RATE_LIMIT_USER": "1000000", "RATE_LIMIT_API_KEY": "1000000", "RATE_LIMIT_ANONYMOUS": "1000000"})
	f := &writeFixture{s: s, tokens: map[string]string{}, userIDs: map[string]string{}}
	f.acmeID = s.Client.Partner.Query().Where(partner.Slug("acme-reseller")).OnlyX(sysCtx()).ID
	for _, u := range s.Client.User.Query().AllX(sysCtx()) {
		f.userIDs[u.Email] = u.ID
	}
	for _, w := range writers {
		w.token = f.as(t, w.email)
		if w.key != "" {
			w.token = apiKey(t, s, w.token, w.key)
		}
	}
	cells, failures := 0, 0
	for _, c := range writeCells {
		for _, w := range writers {
			target := c.setup(f, t)
			want := c.expect(w)
			res := c.run(t, f, w, target)
			got := ""
			if codes := res.Codes(); len(codes) > 0 {
				got = codes[0]
			}
			cells++
			if got != want {
				failures++
				t.Errorf("%s by %s: got %q, want %q\n%s", c.name, w.name, got, want, res.Raw)
			}
		}
	}
	t.Logf("%d write cells (%d mutations × %d callers), %d wrong", cells, len(writeCells), len(writers), failures)
}
