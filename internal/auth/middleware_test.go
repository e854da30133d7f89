package auth_test

import (
	"testing"

	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

// A credential the server cannot check because the database failed is answered INTERNAL (500)
// with the request ID, not UNAUTHENTICATED: a client told its token is invalid signs in again, and
// a script told its key is invalid gives up on a good key. A forged token is still refused.
func TestCredentialThatCannotBeCheckedIsNotRefused(t *testing.T) {
	s := apitest.New(t)
	admin := s.Login(t, "admin@vendor.test")
	var key struct{ CreateApiKey struct{ Secret string } }
	s.Query(t, admin, `mutation { createApiKey(input: {name: "script", scope: READ}) { secret } }`, nil).Decode(t, &key)
	// Another instance's user: not in this server's cache, so its token must be checked in the database.
	sales := s.Login(t, "sales@acme-reseller.test")

	if err := s.DB.Close(); err != nil {
		t.Fatal(err)
	}
	for name, credential := range map[string]string{"access token": sales, "API key": key.CreateApiKey.Secret} {
		res := s.Query(t, credential, `{ viewer { id } }`, nil)
		if res.Status != 500 || len(res.Errors) != 1 || res.Errors[0].Code() != "INTERNAL" {
			t.Errorf("%s with the database down: %d %s; want 500 INTERNAL", name, res.Status, res.Raw)
		}
	}
	if res := s.Query(t, sales+"x", `{ viewer { id } }`, nil); res.Status != 401 || res.Errors[0].Code() != "UNAUTHENTICATED" {
		t.Errorf("a forged token with the database down: %d %s; want 401 UNAUTHENTICATED", res.Status, res.Raw)
	}
}
