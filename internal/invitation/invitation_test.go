package invitation_test

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent/invitation"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

const invite = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { invitation { id email role status sendCount partner { name } } } }`

const accept = `mutation($token: String!) {
  acceptInvitation(input: {token: $token, name: "Ivy Invitee", password: "another long password"}) { accessToken viewer { email role } }
}`

var tokenInMail = regexp.MustCompile(`#token=(phi_[A-Za-z0-9_-]+)`)

type fixture struct {
	*apitest.Server
	mail *apitest.Mailbox
}

func newFixture(t *testing.T) fixture {
	mb := apitest.StartSMTP(t)
	return fixture{apitest.NewWithEnv(t, map[string]string{"SMTP_URL": mb.URL}), mb}
}

// invite sends an invitation as token's owner and returns its ID and the e-mailed token.
func (f fixture) invite(t *testing.T, token string, input map[string]any) (id, secret string) {
	t.Helper()
	var out struct {
		InviteUser struct{ Invitation struct{ ID string } }
	}
	f.Query(t, token, invite, map[string]any{"input": input}).Decode(t, &out)
	return out.InviteUser.Invitation.ID, f.tokenFromMail(t)
}

func (f fixture) tokenFromMail(t *testing.T) string {
	t.Helper()
	m := tokenInMail.FindStringSubmatch(f.mail.Next(t).Data)
	if m == nil {
		t.Fatal("no token in the invitation e-mail")
	}
	return m[1]
}

func (f fixture) userExists(t *testing.T, email string) bool {
	t.Helper()
	ok, err := f.Client.User.Query().Where(user.Email(email)).Exist(viewer.NewContext(context.Background(), viewer.System()))
	if err != nil {
		t.Fatal(err)
	}
	return ok
}

func TestPartnerAdminInvitesColleague(t *testing.T) {
	f := newFixture(t)
	acme := f.Login(t, "admin@acme-reseller.test")
	var out struct {
		InviteUser struct {
			Invitation struct {
				Email, Role, Status string
				Partner             struct{ Name string }
			}
		}
	}
	f.Query(t, acme, invite, map[string]any{"input": map[string]any{"email": "Colleague@Acme-Reseller.test", "name": "Cole", "role": "PARTNER_SALES", "jobFunction": "PRESALES"}}).Decode(t, &out)
	if inv := out.InviteUser.Invitation; inv.Email != "colleague@acme-reseller.test" || inv.Role != "PARTNER_SALES" || inv.Status != "PENDING" || inv.Partner.Name != "Acme Reseller" {
		t.Fatalf("invitation: %+v", inv)
	}
	token := f.tokenFromMail(t)
	var accepted struct {
		AcceptInvitation struct{ Viewer struct{ Email, Role string } }
	}
	f.Query(t, "", accept, map[string]any{"token": token}).Decode(t, &accepted)
	if v := accepted.AcceptInvitation.Viewer; v.Email != "colleague@acme-reseller.test" || v.Role != "PARTNER_SALES" {
		t.Fatalf("accepted as %+v", v)
	}
}

// TestInvitationRules: nobody invites above their own role or into another organisation, people
// with accounts or pending invitations are not invited twice.
func TestInvitationRules(t *testing.T) {
	f := newFixture(t)
	acme := f.Login(t, "admin@acme-reseller.test")
	globexID := partnerID(t, f, "globex-msp")
	cases := []struct {
		name, token string
		input       map[string]any
		code        string
	}{
		{"partner admin invites an ADMIN", acme, map[string]any{"email": "a@x.test", "role": "ADMIN"}, "FORBIDDEN"},
		{"partner admin invites a CHANNEL_MANAGER", acme, map[string]any{"email": "a@x.test", "role": "CHANNEL_MANAGER"}, "FORBIDDEN"},
		{"partner admin invites into Globex", acme, map[string]any{"email": "a@x.test", "role": "PARTNER_SALES", "partnerId": globexID}, "FORBIDDEN"},
		{"partner sales invites", f.Login(t, "sales@acme-reseller.test"), map[string]any{"email": "a@x.test", "role": "PARTNER_SALES"}, "FORBIDDEN"},
		{"channel manager invites", f.Login(t, "pam@vendor.test"), map[string]any{"email": "a@x.test", "role": "PARTNER_SALES", "partnerId": globexID}, "FORBIDDEN"},
		{"anonymous invites", "", map[string]any{"email": "a@x.test", "role": "PARTNER_SALES"}, "UNAUTHENTICATED"},
		{"existing user", acme, map[string]any{"email": "sales@acme-reseller.test", "role": "PARTNER_SALES"}, "CONFLICT"},
		{"admin invites vendor user into a partner", f.Login(t, "admin@vendor.test"), map[string]any{"email": "a@x.test", "role": "CHANNEL_MANAGER", "partnerId": globexID}, "BAD_USER_INPUT"},
		{"admin invites partner user without a partner", f.Login(t, "admin@vendor.test"), map[string]any{"email": "a@x.test", "role": "PARTNER_SALES"}, "BAD_USER_INPUT"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f.Query(t, tc.token, invite, map[string]any{"input": tc.input}).ExpectCode(t, tc.code)
		})
	}
	if !f.mail.Empty(200 * time.Millisecond) {
		t.Error("a refused invitation sent e-mail")
	}
	f.invite(t, acme, map[string]any{"email": "new@acme-reseller.test", "role": "PARTNER_ADMIN"})
	f.Query(t, acme, invite, map[string]any{"input": map[string]any{"email": "new@acme-reseller.test", "role": "PARTNER_SALES"}}).ExpectCode(t, "CONFLICT")

	var vendor struct {
		InviteUser struct{ Invitation struct{ Role string } }
	}
	f.Query(t, f.Login(t, "admin@vendor.test"), invite, map[string]any{"input": map[string]any{"email": "pam2@vendor.test", "role": "CHANNEL_MANAGER"}}).Decode(t, &vendor)
	if vendor.InviteUser.Invitation.Role != "CHANNEL_MANAGER" {
		t.Fatalf("admin inviting a vendor user: %+v", vendor)
	}
}

// TestInvitationTokens: a wrong, revoked, expired, replaced or used token is refused with a clear
// error, and nothing is created.
func TestInvitationTokens(t *testing.T) {
	f := newFixture(t)
	acme := f.Login(t, "admin@acme-reseller.test")
	sys := viewer.NewContext(context.Background(), viewer.System())

	f.Query(t, "", accept, map[string]any{"token": "phi_not-a-real-token-not-a-real-token-not-a-real"}).ExpectCode(t, "NOT_FOUND")

	revokedID, revoked := f.invite(t, acme, map[string]any{"email": "revoked@acme-reseller.test", "role": "PARTNER_SALES"})
	f.Query(t, acme, `mutation($id: ID!) { revokeInvitation(input: {id: $id}) { invitation { status } } }`, map[string]any{"id": revokedID})
	if e := f.Query(t, "", accept, map[string]any{"token": revoked}).ExpectCode(t, "BAD_USER_INPUT"); e.Extensions["field"] != "token" {
		t.Errorf("revoked: field %v", e.Extensions["field"])
	}

	expiredID, expired := f.invite(t, acme, map[string]any{"email": "expired@acme-reseller.test", "role": "PARTNER_SALES"})
	if err := f.Client.Invitation.UpdateOneID(expiredID).SetExpiresAt(time.Now().Add(-time.Minute)).Exec(sys); err != nil {
		t.Fatal(err)
	}
	f.Query(t, "", accept, map[string]any{"token": expired}).ExpectCode(t, "BAD_USER_INPUT")

	resentID, old := f.invite(t, acme, map[string]any{"email": "resent@acme-reseller.test", "role": "PARTNER_SALES"})
	var resent struct {
		ResendInvitation struct{ Invitation struct{ SendCount int } }
	}
	f.Query(t, acme, `mutation($id: ID!) { resendInvitation(input: {id: $id}) { invitation { sendCount } } }`, map[string]any{"id": resentID}).Decode(t, &resent)
	fresh := f.tokenFromMail(t)
	if resent.ResendInvitation.Invitation.SendCount != 2 || fresh == old {
		t.Fatalf("resend: %+v, new token differs: %v", resent, fresh != old)
	}
	f.Query(t, "", accept, map[string]any{"token": old}).ExpectCode(t, "NOT_FOUND")

	short := f.Query(t, "", `mutation($token: String!) { acceptInvitation(input: {token: $token, name: "X", password: "short"}) { accessToken } }`, map[string]any{"token": fresh})
	if e := short.ExpectCode(t, "BAD_USER_INPUT"); e.Extensions["field"] != "password" {
		t.Errorf("short password: field %v", e.Extensions["field"])
	}
	for _, email := range []string{"revoked@acme-reseller.test", "expired@acme-reseller.test", "resent@acme-reseller.test"} {
		if f.userExists(t, email) {
			t.Errorf("%s: a refused acceptance created the user", email)
		}
	}
	if res := f.Query(t, "", accept, map[string]any{"token": fresh}); len(res.Errors) > 0 {
		t.Fatalf("the resent token: %s", res.Raw)
	}
	f.Query(t, "", accept, map[string]any{"token": fresh}).ExpectCode(t, "CONFLICT")
	f.Query(t, acme, `mutation($id: ID!) { revokeInvitation(input: {id: $id}) { invitation { status } } }`, map[string]any{"id": resentID}).ExpectCode(t, "CONFLICT")
	n, err := f.Client.Invitation.Query().Where(invitation.StatusEQ(invitation.StatusACCEPTED)).Count(sys)
	if err != nil || n != 1 {
		t.Fatalf("accepted invitations: %d, %v", n, err)
	}
}

// TestInvitationsAcrossTenants: an organisation's invitations are invisible and untouchable to
// every other partner viewer, through lists and node(id:) alike.
func TestInvitationsAcrossTenants(t *testing.T) {
	f := newFixture(t)
	acmeAdmin := f.Login(t, "admin@acme-reseller.test")
	id, _ := f.invite(t, acmeAdmin, map[string]any{"email": "hidden@acme-reseller.test", "role": "PARTNER_SALES"})
	const list = `{ invitations { totalCount edges { node { id } } } }`
	const node = `query($id: ID!) { node(id: $id) { id ... on Invitation { email } } }`

	count := func(token string) int {
		var out struct{ Invitations struct{ TotalCount int } }
		f.Query(t, token, list, nil).Decode(t, &out)
		return out.Invitations.TotalCount
	}
	if n := count(acmeAdmin); n != 1 {
		t.Errorf("Acme's admin sees %d invitations, want 1", n)
	}
	for _, email := range []string{"pam@vendor.test", "admin@vendor.test"} {
		if n := count(f.Login(t, email)); n != 1 {
			t.Errorf("%s sees %d invitations, want 1", email, n)
		}
	}
	globex := f.Login(t, "admin@globex-msp.test")
	if n := count(globex); n != 0 {
		t.Errorf("Globex's admin sees %d invitations, want 0", n)
	}
	f.Query(t, f.Login(t, "sales@acme-reseller.test"), list, nil).ExpectCode(t, "FORBIDDEN")
	for _, email := range []string{"admin@globex-msp.test", "sales@globex-msp.test", "sales@acme-reseller.test"} {
		token := f.Login(t, email)
		f.Query(t, token, node, map[string]any{"id": id}).ExpectCode(t, "NOT_FOUND")
	}
	f.Query(t, "", node, map[string]any{"id": id}).ExpectCode(t, "UNAUTHENTICATED")
	for _, op := range []string{"revokeInvitation", "resendInvitation"} {
		f.Query(t, globex, `mutation($id: ID!) { `+op+`(input: {id: $id}) { invitation { id } } }`, map[string]any{"id": id}).ExpectCode(t, "NOT_FOUND")
	}
}

func partnerID(t *testing.T, f fixture, slug string) string {
	t.Helper()
	var out struct {
		Partners struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	f.Query(t, f.Login(t, "admin@vendor.test"), `query($slug: String!) { partners(where: {slug: $slug}) { edges { node { id } } } }`, map[string]any{"slug": slug}).Decode(t, &out)
	return out.Partners.Edges[0].Node.ID
}

// TestInviteAnswersNothingAboutOtherOrganisations: a partner admin inviting an address that
// another organisation holds (an account, or a pending invitation) gets the answer a new address
// gets; only the person's own mailbox learns why no account can be made. People the inviter may
// read (colleagues, their partner manager) are still named.
func TestInviteAnswersNothingAboutOtherOrganisations(t *testing.T) {
	f := newFixture(t)
	acme := f.Login(t, "admin@acme-reseller.test")
	globex := f.Login(t, "admin@globex-msp.test")
	f.invite(t, globex, map[string]any{"email": "pending@globex-msp.test", "role": "PARTNER_SALES"})

	type answer struct {
		InviteUser struct {
			Invitation struct {
				Email, Role, Status string
				SendCount           int
				Partner             struct{ Name string }
			}
		}
	}
	var fresh answer
	f.Query(t, acme, invite, map[string]any{"input": map[string]any{"email": "nobody-yet@example.test", "role": "PARTNER_SALES"}}).Decode(t, &fresh)
	if m := f.mail.Next(t); !tokenInMail.MatchString(m.Data) {
		t.Fatalf("a new address's invitation has no link:\n%s", m.Data)
	}
	for _, email := range []string{"sales@globex-msp.test", "pending@globex-msp.test", "admin@vendor.test"} {
		var got answer
		f.Query(t, acme, invite, map[string]any{"input": map[string]any{"email": email, "role": "PARTNER_SALES"}}).Decode(t, &got)
		got.InviteUser.Invitation.Email = fresh.InviteUser.Invitation.Email
		if got != fresh {
			t.Errorf("inviting %s answers %+v, a new address %+v", email, got, fresh)
		}
		m := f.mail.Next(t)
		if len(m.To) != 1 || m.To[0] != email || tokenInMail.MatchString(m.Data) || !strings.Contains(m.Data, "another organisation") {
			t.Errorf("the mail to %s should explain the address is taken, with no link: %+v", email, m)
		}
	}
	for _, visible := range []string{"sales@acme-reseller.test", "pam@vendor.test"} { // a colleague; Acme's manager
		f.Query(t, acme, invite, map[string]any{"input": map[string]any{"email": visible, "role": "PARTNER_SALES"}}).ExpectCode(t, "CONFLICT")
	}
	f.Query(t, f.Login(t, "admin@vendor.test"), invite, map[string]any{"input": map[string]any{"email": "sales@globex-msp.test", "role": "PARTNER_SALES", "partnerId": partnerID(t, f, "acme-reseller")}}).ExpectCode(t, "CONFLICT")
}
