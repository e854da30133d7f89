package recruitment_test

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

const apply = `mutation Apply($input: ApplyForPartnershipInput!) {
  applyForPartnership(input: $input) { application { id status company } }
}`

func application(company, website, email string) map[string]any {
	return map[string]any{"input": map[string]any{
		"company": company, "website": website, "partnerType": "MSP", "country": "DE",
		"contactName": "Nora New", "contactEmail": email, "motivation": "We run 400 mid-market customers.",
	}}
}

var tokenInMail = regexp.MustCompile(`#token=(phi_[A-Za-z0-9_-]+)`)

// TestApplicationToSignIn walks the whole recruitment path through HTTP as clients would: an
// anonymous application, a channel manager's approval, the invitation e-mail arriving at a real
// SMTP server, acceptance with the token from that e-mail, and a later password sign-in.
func TestApplicationToSignIn(t *testing.T) {
	mailbox := apitest.StartSMTP(t)
	s := apitest.NewWithEnv(t, map[string]string{"SMTP_URL": mailbox.URL, "PUBLIC_URL": "https://portal.example"})

	var applied struct {
		ApplyForPartnership struct {
			Application struct{ ID, Status, Company string }
		}
	}
	s.Query(t, "", apply, application("Newco Managed Services", "https://www.newco-ms.test/about", "Nora@Newco-MS.test")).Decode(t, &applied)
	appID := applied.ApplyForPartnership.Application.ID
	if applied.ApplyForPartnership.Application.Status != "SUBMITTED" || !strings.HasPrefix(appID, "app_") {
		t.Fatalf("application: %+v", applied)
	}

	pam := s.LoginSession(t, "pam@vendor.test")
	var queue struct {
		PartnerApplications struct {
			Edges []struct {
				Node struct {
					ID      string
					Status  string
					Partner struct{ Status, Domain string }
				}
			}
		}
		Tiers struct {
			Edges []struct{ Node struct{ ID, Name string } }
		}
	}
	s.Query(t, pam.AccessToken, `{
  partnerApplications(where: {status: SUBMITTED}) { edges { node { id status partner { status domain } } } }
  tiers(where: {name: "Silver"}) { edges { node { id name } } }
}`, nil).Decode(t, &queue)
	if len(queue.PartnerApplications.Edges) != 1 || queue.PartnerApplications.Edges[0].Node.ID != appID {
		t.Fatalf("review queue: %+v", queue.PartnerApplications)
	}
	if p := queue.PartnerApplications.Edges[0].Node.Partner; p.Status != "ONBOARDING" || p.Domain != "newco-ms.test" {
		t.Fatalf("applicant partner: %+v, want ONBOARDING newco-ms.test", p)
	}

	// A second application for the same company is answered like any other (the public form does
	// not tell who has applied); its contact is told by e-mail, and it cannot be approved.
	var dup struct {
		ApplyForPartnership struct {
			Application struct{ ID, Status, Company string }
		}
	}
	s.Query(t, "", apply, application("Newco again", "http://newco-ms.test", "other@newco-ms.test")).Decode(t, &dup)
	if dup.ApplyForPartnership.Application.Status != "SUBMITTED" {
		t.Fatalf("duplicate application: %+v", dup)
	}
	if m := mailbox.Next(t); m.To[0] != "other@newco-ms.test" || !strings.Contains(m.Data, "already") {
		t.Fatalf("the duplicate's contact should hear why, got to %v:\n%s", m.To, m.Data)
	}

	var approved struct {
		ApprovePartnerApplication struct {
			Application struct{ Status string }
			Invitation  struct{ Email, Role, Status string }
		}
	}
	s.Query(t, pam.AccessToken, `mutation($input: ApprovePartnerApplicationInput!) {
  approvePartnerApplication(input: $input) { application { status } invitation { email role status } }
}`, map[string]any{"input": map[string]any{"id": appID, "tierId": queue.Tiers.Edges[0].Node.ID, "managerId": pam.UserID}}).Decode(t, &approved)
	if a := approved.ApprovePartnerApplication; a.Application.Status != "APPROVED" || a.Invitation.Role != "PARTNER_ADMIN" || a.Invitation.Email != "nora@newco-ms.test" {
		t.Fatalf("approval: %+v", a)
	}

	mail := mailbox.Next(t)
	if len(mail.To) != 1 || mail.To[0] != "nora@newco-ms.test" {
		t.Fatalf("invitation went to %v", mail.To)
	}
	m := tokenInMail.FindStringSubmatch(mail.Data)
	if m == nil || !strings.Contains(mail.Data, "https://portal.example/accept-invitation#token=") {
		t.Fatalf("no invitation link in the e-mail:\n%s", mail.Data)
	}
	token := m[1]

	const accept = `mutation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    accessToken refreshToken accessTokenExpiresAt refreshTokenExpiresAt
    viewer { email name role status partner { name status tier { name } manager { email } } }
  }
}`
	acceptVars := map[string]any{"input": map[string]any{"token": token, "name": "Nora Newman", "password": "a long new password"}}
	var accepted struct {
		AcceptInvitation struct {
			AccessToken, RefreshToken string
			Viewer                    struct {
				Email, Name, Role, Status string
				Partner                   struct {
					Name, Status string
					Tier         struct{ Name string }
					Manager      struct{ Email string }
				}
			}
		}
	}
	s.Query(t, "", accept, acceptVars).Decode(t, &accepted)
	got := accepted.AcceptInvitation
	if got.AccessToken == "" || got.RefreshToken == "" {
		t.Fatalf("acceptance did not sign in: %+v", got)
	}
	if v := got.Viewer; v.Email != "nora@newco-ms.test" || v.Name != "Nora Newman" || v.Role != "PARTNER_ADMIN" || v.Status != "ACTIVE" ||
		v.Partner.Name != "Newco Managed Services" || v.Partner.Tier.Name != "Silver" || v.Partner.Manager.Email != "pam@vendor.test" {
		t.Fatalf("new user: %+v", v)
	}

	var me struct{ Viewer struct{ Email string } }
	s.Query(t, got.AccessToken, `{ viewer { email } }`, nil).Decode(t, &me)
	if me.Viewer.Email != "nora@newco-ms.test" {
		t.Fatalf("access token from acceptance: viewer %q", me.Viewer.Email)
	}

	login := s.Query(t, "", `mutation { login(input: {email: "nora@newco-ms.test", password: "a long new password"}) { accessToken } }`, nil)
	if len(login.Errors) > 0 {
		t.Fatalf("password sign-in after acceptance: %s", login.Raw)
	}

	again := s.Query(t, "", accept, acceptVars)
	if codes := again.Codes(); len(codes) != 1 || codes[0] != "CONFLICT" {
		t.Fatalf("reused invitation: %s", again.Raw)
	}
}

// TestDeclineFreesTheDomain: a declined applicant hears why by e-mail and may apply again later.
func TestDeclineFreesTheDomain(t *testing.T) {
	mailbox := apitest.StartSMTP(t)
	s := apitest.NewWithEnv(t, map[string]string{"SMTP_URL": mailbox.URL})
	var applied struct {
		ApplyForPartnershipPayload struct{ Application struct{ ID string } } `json:"applyForPartnership"`
	}
	s.Query(t, "", apply, application("Shady Ltd", "shady.test", "boss@shady.test")).Decode(t, &applied)
	admin := s.Login(t, "admin@vendor.test")
	const decline = `mutation($input: DeclinePartnerApplicationInput!) { declinePartnerApplication(input: $input) { application { status declineReason } } }`
	empty := s.Query(t, admin, decline, map[string]any{"input": map[string]any{"id": applied.ApplyForPartnershipPayload.Application.ID, "reason": " "}})
	if len(empty.Errors) != 1 || empty.Errors[0].Code() != "BAD_USER_INPUT" || empty.Errors[0].Extensions["field"] != "reason" {
		t.Fatalf("decline without a reason: %s", empty.Raw)
	}
	var declined struct {
		DeclinePartnerApplication struct {
			Application struct{ Status, DeclineReason string }
		}
	}
	s.Query(t, admin, decline, map[string]any{"input": map[string]any{"id": applied.ApplyForPartnershipPayload.Application.ID, "reason": "We have enough MSPs in Germany."}}).Decode(t, &declined)
	if declined.DeclinePartnerApplication.Application.Status != "DECLINED" {
		t.Fatalf("decline: %+v", declined)
	}
	mail := mailbox.Next(t)
	if mail.To[0] != "boss@shady.test" || !strings.Contains(mail.Data, "We have enough MSPs in Germany.") {
		t.Fatalf("decline e-mail to %v:\n%s", mail.To, mail.Data)
	}
	twice := s.Query(t, admin, decline, map[string]any{"input": map[string]any{"id": applied.ApplyForPartnershipPayload.Application.ID, "reason": "again"}})
	if codes := twice.Codes(); len(codes) != 1 || codes[0] != "CONFLICT" {
		t.Fatalf("second decision: %s", twice.Raw)
	}
	if res := s.Query(t, "", apply, application("Shady Ltd", "https://shady.test", "boss@shady.test")); len(res.Errors) > 0 {
		t.Fatalf("re-application after a decline: %s", res.Raw)
	}
}

// TestApplicationRules: an existing partner's domain is answered like a new company's but makes
// no partner record and cannot be approved, bad input names its field, only the vendor's channel
// team reviews, and one address cannot flood the queue.
func TestApplicationRules(t *testing.T) {
	mailbox := apitest.StartSMTP(t)
	s := apitest.NewWithEnv(t, map[string]string{"RATE_LIMIT_APPLICATIONS": "3", "SMTP_URL": mailbox.URL})
	var fresh, copycat struct {
		ApplyForPartnership struct {
			Application struct{ ID, Status, Company string }
		}
	}
	s.Query(t, "", apply, application("Acme copycat", "http://acme-reseller.test/", "x@copy.test")).Decode(t, &copycat)
	s.Query(t, "", apply, application("Acme copycat", "http://brand-new-company.test/", "x@copy.test")).Decode(t, &fresh)
	copycatID := copycat.ApplyForPartnership.Application.ID
	copycat.ApplyForPartnership.Application.ID, fresh.ApplyForPartnership.Application.ID = "", ""
	if copycat != fresh {
		t.Fatalf("an existing partner's domain answers %+v, a new company's %+v", copycat, fresh)
	}
	if m := mailbox.Next(t); !strings.Contains(m.Data, "acme-reseller.test is already") {
		t.Fatalf("the copycat's contact should hear why:\n%s", m.Data)
	}
	var queue struct {
		PartnerApplications struct {
			Edges []struct {
				Node struct {
					ID      string
					Partner *struct{ ID string }
				}
			}
		}
	}
	admin := s.Login(t, "admin@vendor.test")
	s.Query(t, admin, `{ partnerApplications { edges { node { id partner { id } } } } }`, nil).Decode(t, &queue)
	for _, e := range queue.PartnerApplications.Edges {
		if e.Node.ID == copycatID && e.Node.Partner != nil {
			t.Fatalf("the copycat got a partner record: %+v", e.Node)
		}
	}
	approve := s.Query(t, admin, `mutation($id: ID!, $tier: ID!, $mgr: ID!) { approvePartnerApplication(input: {id: $id, tierId: $tier, managerId: $mgr}) { application { id } } }`,
		map[string]any{"id": copycatID, "tier": "tir_01JD5ZZZZZZZZZZZZZZZZZZZZZ", "mgr": "usr_01JD5ZZZZZZZZZZZZZZZZZZZZZ"})
	if len(approve.Errors) != 1 || approve.Errors[0].Code() != "CONFLICT" || !strings.Contains(approve.Errors[0].Message, "acme-reseller.test") {
		t.Fatalf("approving the copycat: %s", approve.Raw)
	}
	for field, vars := range map[string]map[string]any{
		"website":      application("No site", "not a website", "x@nosite.test"),
		"contactEmail": application("No mail", "nomail.test", "not-an-email"),
	} {
		res := s.Query(t, "", apply, vars)
		if len(res.Errors) != 1 || res.Errors[0].Code() != "BAD_USER_INPUT" || res.Errors[0].Extensions["field"] != field {
			t.Errorf("bad %s: %s", field, res.Raw)
		}
	}
	var first struct {
		ApplyForPartnership struct{ Application struct{ ID string } }
	}
	s.Query(t, "", apply, application("One", "one.test", "a@one.test")).Decode(t, &first)
	for _, email := range []string{"admin@acme-reseller.test", "sales@globex-msp.test"} {
		res := s.Query(t, s.Login(t, email), `mutation($id: ID!) { declinePartnerApplication(input: {id: $id, reason: "no"}) { application { id } } }`,
			map[string]any{"id": first.ApplyForPartnership.Application.ID})
		if codes := res.Codes(); len(codes) != 1 || codes[0] != "FORBIDDEN" {
			t.Errorf("%s deciding an application: %s", email, res.Raw)
		}
	}
	limited := s.Query(t, "", apply, application("Four", "four.test", "a@four.test"))
	if len(limited.Errors) != 1 || limited.Errors[0].Code() != "RATE_LIMITED" || limited.Errors[0].Extensions["retryAfter"] == nil {
		t.Fatalf("fourth application within the hour: %s", limited.Raw)
	}
}

// TestApplicationLimitHoldsUnderConcurrency: the per-address limit is decided by the database, so
// applications sent all at once from one address cannot all pass the count before any is written.
func TestApplicationLimitHoldsUnderConcurrency(t *testing.T) {
	s := apitest.NewWithEnv(t, map[string]string{"RATE_LIMIT_APPLICATIONS": "3", "RATE_LIMIT_ANONYMOUS": "1000"})
	const sent = 8
	results := make([]apitest.Response, sent)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range sent {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			company := fmt.Sprintf("Burst %d", i)
			results[i] = s.Query(t, "", apply, application(company, fmt.Sprintf("burst-%d.test", i), fmt.Sprintf("a@burst-%d.test", i)))
		}()
	}
	close(start)
	wg.Wait()
	accepted := 0
	for _, res := range results {
		switch codes := res.Codes(); {
		case len(codes) == 0:
			accepted++
		case codes[0] != "RATE_LIMITED":
			t.Errorf("unexpected answer: %s", res.Raw)
		}
	}
	if accepted != 3 {
		t.Errorf("%d of %d simultaneous applications from one address were accepted; the limit is 3", accepted, sent)
	}
}
