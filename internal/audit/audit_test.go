package audit_test

import (
	"context"
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/partnerhub/partnerhub/ent/auditevent"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// TestOneEventPerSuccessfulMutation: every successful mutation of the organisation capabilities
// leaves exactly one event, a failed one none, and no event holds a secret.
func TestOneEventPerSuccessfulMutation(t *testing.T) {
	mailbox := apitest.StartSMTP(t)
	s := apitest.NewWithEnv(t, map[string]string{"SMTP_URL": mailbox.URL})
	acme := s.Login(t, "admin@acme-reseller.test")
	const password = "the invitee's own password"

	var key struct {
		CreateApiKey struct {
			Secret string
			ApiKey struct{ ID string }
		}
	}
	s.Query(t, acme, `mutation { createApiKey(input: {name: "sync", scope: READ_WRITE}) { secret apiKey { id } } }`, nil).Decode(t, &key)
	s.Query(t, acme, `mutation { inviteUser(input: {email: "new@acme-reseller.test", role: PARTNER_SALES}) { invitation { id } } }`, nil).Decode(t, &struct{}{})
	token := regexp.MustCompile(`#token=(phi_[A-Za-z0-9_-]+)`).FindStringSubmatch(mailbox.Next(t).Data)[1]
	s.Query(t, "", `mutation($t: String!, $p: String!) { acceptInvitation(input: {token: $t, name: "New", password: $p}) { accessToken } }`,
		map[string]any{"t": token, "p": password}).Decode(t, &struct{}{})
	s.Query(t, "", `mutation { applyForPartnership(input: {company: "Audited", website: "audited.test", partnerType: VAR, country: "US", contactName: "A", contactEmail: "a@audited.test"}) { application { id } } }`, nil).Decode(t, &struct{}{})
	s.Query(t, acme, `mutation($id: ID!) { revokeApiKey(input: {id: $id}) { apiKey { id } } }`, map[string]any{"id": key.CreateApiKey.ApiKey.ID}).Decode(t, &struct{}{})

	// Failures: bad input, a forbidden role, a row of another tenant, an anonymous write.
	s.Query(t, acme, `mutation { createApiKey(input: {name: " ", scope: READ}) { secret } }`, nil).ExpectCode(t, "BAD_USER_INPUT")
	s.Query(t, acme, `mutation { inviteUser(input: {email: "x@acme-reseller.test", role: ADMIN}) { invitation { id } } }`, nil).ExpectCode(t, "FORBIDDEN")
	s.Query(t, s.Login(t, "admin@globex-msp.test"), `mutation($id: ID!) { revokeApiKey(input: {id: $id}) { apiKey { id } } }`, map[string]any{"id": key.CreateApiKey.ApiKey.ID}).ExpectCode(t, "NOT_FOUND")
	s.Query(t, "", `mutation { acceptInvitation(input: {token: "phi_wrong", name: "X", password: "long enough password"}) { accessToken } }`, nil).ExpectCode(t, "NOT_FOUND")

	ctx := viewer.NewContext(context.Background(), viewer.System())
	events, err := s.Client.AuditEvent.Query().All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	for _, e := range events {
		counts[e.Action]++
		raw, _ := json.Marshal(e.Summary)
		for _, secret := range []string{key.CreateApiKey.Secret, token, password, "phk_", "phi_", "argon2"} {
			if strings.Contains(string(raw), secret) {
				t.Errorf("event %s (%s) holds a secret: %s", e.ID, e.Action, raw)
			}
		}
	}
	for action, want := range map[string]int{
		"createApiKey": 1, "inviteUser": 1, "acceptInvitation": 1, "applyForPartnership": 1, "revokeApiKey": 1,
	} {
		if counts[action] != want {
			t.Errorf("%s: %d events, want %d (all: %v)", action, counts[action], want, counts)
		}
	}

	accepted, err := s.Client.AuditEvent.Query().Where(auditevent.Action("acceptInvitation")).Only(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if accepted.ActorType != auditevent.ActorTypeUSER || accepted.EntityType != "users" || accepted.PartnerID == "" || accepted.IP == "" || accepted.RequestID == "" {
		t.Errorf("acceptance event: %+v", accepted)
	}

	// The organisation's admin reads its events, filtered; another organisation's admin none of them.
	var mine struct {
		AuditEvents struct {
			TotalCount int
			Edges      []struct{ Node struct{ Action string } }
		}
	}
	s.Query(t, acme, `{ auditEvents(where: {action: "createApiKey"}) { totalCount edges { node { action } } } }`, nil).Decode(t, &mine)
	if mine.AuditEvents.TotalCount != 1 {
		t.Errorf("Acme's admin filtering createApiKey: %+v", mine)
	}
	var theirs struct {
		AuditEvents struct{ TotalCount int }
	}
	s.Query(t, s.Login(t, "admin@globex-msp.test"), `{ auditEvents(where: {actionIn: ["createApiKey", "inviteUser", "acceptInvitation", "revokeApiKey"]}) { totalCount } }`, nil).Decode(t, &theirs)
	if theirs.AuditEvents.TotalCount != 0 {
		t.Errorf("Globex's admin sees %d of Acme's events", theirs.AuditEvents.TotalCount)
	}
}
