package apikey_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent/auditevent"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

const create = `mutation($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { secret apiKey { id name prefix scope expiresAt creator { email } } }
}`

func createKey(t *testing.T, s *apitest.Server, token, scope string, expiresAt *time.Time) (id, secret string) {
	t.Helper()
	input := map[string]any{"name": "CRM sync", "scope": scope}
	if expiresAt != nil {
		input["expiresAt"] = expiresAt.Format(time.RFC3339)
	}
	var out struct {
		CreateApiKey struct {
			Secret string
			ApiKey struct{ ID, Prefix, Scope string }
		}
	}
	s.Query(t, token, create, map[string]any{"input": input}).Decode(t, &out)
	k := out.CreateApiKey
	if !strings.HasPrefix(k.Secret, "phk_"+k.ApiKey.Prefix+"_") || len(k.Secret) < 50 || k.ApiKey.Scope != scope {
		t.Fatalf("created key: %+v", k)
	}
	return k.ApiKey.ID, k.Secret
}

func sys() context.Context { return viewer.NewContext(context.Background(), viewer.System()) }

// TestReadKeySeesOnlyItsOrganisation is the partner developer's first day: a READ key of Acme
// reads Acme's partner record and people, nothing of Globex, and may change nothing.
func TestReadKeySeesOnlyItsOrganisation(t *testing.T) {
	s := apitest.New(t)
	acmeAdmin := s.Login(t, "admin@acme-reseller.test")
	keyID, key := createKey(t, s, acmeAdmin, "READ", nil)

	var data struct {
		Partners struct {
			TotalCount int
			Edges      []struct{ Node struct{ ID, Name string } }
		}
		Users struct {
			Edges []struct{ Node struct{ Email string } }
		}
	}
	s.Query(t, key, `{ partners { totalCount edges { node { id name } } } users(first: 100) { edges { node { email } } } }`, nil).Decode(t, &data)
	if data.Partners.TotalCount != 1 || data.Partners.Edges[0].Node.Name != "Acme Reseller" {
		t.Fatalf("partners through a READ key: %+v", data.Partners)
	}
	var emails []string
	for _, e := range data.Users.Edges {
		emails = append(emails, e.Node.Email)
		if strings.Contains(e.Node.Email, "globex") {
			t.Errorf("READ key of Acme sees %s", e.Node.Email)
		}
	}
	if !strings.Contains(strings.Join(emails, " "), "sales@acme-reseller.test") {
		t.Errorf("READ key of Acme does not see Acme's people: %v", emails)
	}
	globex := partnerID(t, s, "globex-msp")
	s.Query(t, key, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": globex}).ExpectCode(t, "NOT_FOUND")

	for name, mutation := range map[string]string{
		"update own profile": `mutation($id: ID!) { updatePartner(input: {id: $id, country: "CA"}) { partner { id } } }`,
		"invite":             `mutation { inviteUser(input: {email: "x@acme-reseller.test", role: PARTNER_SALES}) { invitation { id } } }`,
		"create a key":       `mutation { createApiKey(input: {name: "more", scope: READ_WRITE}) { secret } }`,
		"revoke itself":      `mutation($key: ID!) { revokeApiKey(input: {id: $key}) { apiKey { id } } }`,
	} {
		t.Run(name, func(t *testing.T) {
			s.Query(t, key, mutation, map[string]any{"id": data.Partners.Edges[0].Node.ID, "key": keyID}).ExpectCode(t, "FORBIDDEN")
		})
	}

	var listed struct {
		ApiKeys struct {
			Edges []struct {
				Node struct {
					Prefix     string
					Scope      string
					LastUsedAt *time.Time
					Creator    struct{ Email string }
				}
			}
		} `json:"apiKeys"`
	}
	s.Query(t, acmeAdmin, `{ apiKeys { edges { node { prefix scope lastUsedAt creator { email } } } } }`, nil).Decode(t, &listed)
	if len(listed.ApiKeys.Edges) != 1 {
		t.Fatalf("Acme's keys: %+v", listed)
	}
	if n := listed.ApiKeys.Edges[0].Node; !strings.HasPrefix(key, "phk_"+n.Prefix) || n.LastUsedAt == nil || n.Creator.Email != "admin@acme-reseller.test" {
		t.Errorf("listed key: %+v", n)
	}
}

// TestAPIKeysAcrossTenants: keys are listed to their organisation's admin and vendor admins only,
// and every other viewer finds nothing, even by ID.
func TestAPIKeysAcrossTenants(t *testing.T) {
	s := apitest.New(t)
	id, key := createKey(t, s, s.Login(t, "admin@acme-reseller.test"), "READ_WRITE", nil)
	const list = `{ apiKeys { totalCount } }`
	const node = `query($id: ID!) { node(id: $id) { id } }`
	count := func(token string) int {
		var out struct {
			ApiKeys struct{ TotalCount int } `json:"apiKeys"`
		}
		s.Query(t, token, list, nil).Decode(t, &out)
		return out.ApiKeys.TotalCount
	}
	if n := count(s.Login(t, "admin@vendor.test")); n != 1 {
		t.Errorf("vendor admin sees %d keys, want 1", n)
	}
	globexAdmin := s.Login(t, "admin@globex-msp.test")
	if n := count(globexAdmin); n != 0 {
		t.Errorf("Globex's admin sees %d keys, want 0", n)
	}
	for _, email := range []string{"sales@acme-reseller.test", "pam@vendor.test"} {
		s.Query(t, s.Login(t, email), list, nil).ExpectCode(t, "FORBIDDEN")
	}
	for _, email := range []string{"admin@globex-msp.test", "sales@globex-msp.test", "sales@acme-reseller.test", "pam@vendor.test"} {
		s.Query(t, s.Login(t, email), node, map[string]any{"id": id}).ExpectCode(t, "NOT_FOUND")
	}
	s.Query(t, "", node, map[string]any{"id": id}).ExpectCode(t, "UNAUTHENTICATED")
	s.Query(t, globexAdmin, `mutation($id: ID!) { revokeApiKey(input: {id: $id}) { apiKey { id } } }`, map[string]any{"id": id}).ExpectCode(t, "NOT_FOUND")
	// A Globex key sees Globex, not Acme; the Acme key the reverse.
	_, globexKey := createKey(t, s, globexAdmin, "READ", nil)
	for k, want := range map[string]string{key: "Acme Reseller", globexKey: "Globex MSP"} {
		var out struct {
			Partners struct {
				Edges []struct{ Node struct{ Name string } }
			}
		}
		s.Query(t, k, `{ partners { edges { node { name } } } }`, nil).Decode(t, &out)
		if len(out.Partners.Edges) != 1 || out.Partners.Edges[0].Node.Name != want {
			t.Errorf("key of %s sees %+v", want, out.Partners.Edges)
		}
	}
	s.Query(t, s.Login(t, "sales@acme-reseller.test"), create, map[string]any{"input": map[string]any{"name": "mine", "scope": "READ"}}).ExpectCode(t, "FORBIDDEN")
}

// TestReadWriteKeyActsAsItsCreator: a READ_WRITE key writes what its creator may, is audited as
// the key, and shrinks with its creator's role.
func TestReadWriteKeyActsAsItsCreator(t *testing.T) {
	s := apitest.New(t)
	acmeAdmin := s.Login(t, "admin@acme-reseller.test")
	acmeID := partnerID(t, s, "acme-reseller")
	salesID := userID(t, s, "sales@acme-reseller.test")
	const promote = `mutation($id: ID!, $role: UserRole!) { updateUser(input: {id: $id, role: $role}) { user { role } } }`
	s.Query(t, acmeAdmin, promote, map[string]any{"id": salesID, "role": "PARTNER_ADMIN"}).Decode(t, &struct{}{})
	keyID, key := createKey(t, s, s.Login(t, "sales@acme-reseller.test"), "READ_WRITE", nil)

	const update = `mutation($id: ID!, $c: String!) { updatePartner(input: {id: $id, country: $c}) { partner { country } } }`
	s.Query(t, key, update, map[string]any{"id": acmeID, "c": "CA"}).Decode(t, &struct{}{})
	s.Query(t, key, update, map[string]any{"id": partnerID(t, s, "globex-msp"), "c": "CA"}).ExpectCode(t, "NOT_FOUND")
	s.Query(t, key, `mutation($id: ID!) { updatePartner(input: {id: $id, name: "Renamed"}) { partner { name } } }`, map[string]any{"id": acmeID}).ExpectCode(t, "FORBIDDEN")

	ev, err := s.Client.AuditEvent.Query().Where(auditevent.Action("updatePartner")).Only(sys())
	if err != nil {
		t.Fatal(err)
	}
	if ev.ActorType != auditevent.ActorTypeAPI_KEY || ev.APIKeyID != keyID || ev.ActorID != salesID {
		t.Errorf("audit of a key's write: actor %s key %q user %q", ev.ActorType, ev.APIKeyID, ev.ActorID)
	}
	// Demoted, the creator may no longer edit the profile, and neither may their key.
	s.Query(t, acmeAdmin, promote, map[string]any{"id": salesID, "role": "PARTNER_SALES"}).Decode(t, &struct{}{})
	s.Query(t, key, update, map[string]any{"id": acmeID, "c": "US"}).ExpectCode(t, "FORBIDDEN")
}

// TestKeysThatStopWorking: revoked, expired and disabled-creator keys get 401 UNAUTHENTICATED.
func TestKeysThatStopWorking(t *testing.T) {
	s := apitest.New(t)
	acmeAdmin := s.Login(t, "admin@acme-reseller.test")

	revokedID, revoked := createKey(t, s, acmeAdmin, "READ", nil)
	expectWorks(t, s, revoked)
	s.Query(t, acmeAdmin, `mutation($id: ID!) { revokeApiKey(input: {id: $id}) { apiKey { revokedAt } } }`, map[string]any{"id": revokedID}).Decode(t, &struct{}{})
	expectRefused(t, s, revoked)

	soon := time.Now().Add(1500 * time.Millisecond)
	_, expiring := createKey(t, s, acmeAdmin, "READ", &soon)
	expectWorks(t, s, expiring)
	time.Sleep(time.Until(soon) + 100*time.Millisecond)
	expectRefused(t, s, expiring)

	past := time.Now().Add(-time.Hour)
	in := map[string]any{"name": "late", "scope": "READ", "expiresAt": past.Format(time.RFC3339)}
	if e := s.Query(t, acmeAdmin, create, map[string]any{"input": in}).ExpectCode(t, "BAD_USER_INPUT"); e.Extensions["field"] != "expiresAt" {
		t.Errorf("expiry in the past: field %v", e.Extensions["field"])
	}

	salesID := userID(t, s, "sales@acme-reseller.test")
	s.Query(t, acmeAdmin, `mutation($id: ID!) { updateUser(input: {id: $id, role: PARTNER_ADMIN}) { user { id } } }`, map[string]any{"id": salesID}).Decode(t, &struct{}{})
	_, creatorsKey := createKey(t, s, s.Login(t, "sales@acme-reseller.test"), "READ", nil)
	expectWorks(t, s, creatorsKey)
	s.Query(t, acmeAdmin, `mutation($id: ID!) { disableUser(input: {id: $id}) { user { status } } }`, map[string]any{"id": salesID}).Decode(t, &struct{}{})
	expectRefused(t, s, creatorsKey)

	expectRefused(t, s, revoked[:len(revoked)-1]+"x")
}

// TestKeyUseBookkeeping: last use is written at most once a minute, and a new address is audited
// once.
func TestKeyUseBookkeeping(t *testing.T) {
	s := apitest.New(t)
	id, key := createKey(t, s, s.Login(t, "admin@acme-reseller.test"), "READ", nil)
	expectWorks(t, s, key)
	first, err := s.Client.APIKey.Get(sys(), id)
	if err != nil || first.LastUsedAt == nil {
		t.Fatalf("last use after a request: %v %v", first, err)
	}
	time.Sleep(20 * time.Millisecond)
	expectWorks(t, s, key)
	second, _ := s.Client.APIKey.Get(sys(), id)
	if !second.LastUsedAt.Equal(*first.LastUsedAt) {
		t.Errorf("last use rewritten within a minute: %v then %v", first.LastUsedAt, second.LastUsedAt)
	}
	events, err := s.Client.AuditEvent.Query().Where(auditevent.Action("apiKey.newIP"), auditevent.EntityID(id)).All(sys())
	if err != nil {
		t.Fatal(err)
	}
	if len(events) != 1 || events[0].IP == "" || events[0].ActorType != auditevent.ActorTypeAPI_KEY {
		t.Fatalf("new-address events: %+v", events)
	}
}

func expectWorks(t *testing.T, s *apitest.Server, key string) {
	t.Helper()
	res := s.Query(t, key, `{ viewer { email } }`, nil)
	if res.Status != http.StatusOK || len(res.Errors) > 0 {
		t.Fatalf("key refused: %d %s", res.Status, res.Raw)
	}
}

func expectRefused(t *testing.T, s *apitest.Server, key string) {
	t.Helper()
	res := s.Query(t, key, `{ viewer { email } }`, nil)
	if res.Status != http.StatusUnauthorized {
		t.Fatalf("key accepted: %d %s", res.Status, res.Raw)
	}
	res.ExpectCode(t, "UNAUTHENTICATED")
}

func partnerID(t *testing.T, s *apitest.Server, slug string) string {
	t.Helper()
	var out struct {
		Partners struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	s.Query(t, s.Login(t, "admin@vendor.test"), `query($slug: String!) { partners(where: {slug: $slug}) { edges { node { id } } } }`, map[string]any{"slug": slug}).Decode(t, &out)
	return out.Partners.Edges[0].Node.ID
}

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
