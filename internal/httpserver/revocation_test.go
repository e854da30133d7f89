package httpserver_test

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/internal/authcache"
	"github.com/partnerhub/partnerhub/internal/config"
	"github.com/partnerhub/partnerhub/internal/database"
	"github.com/partnerhub/partnerhub/internal/seed"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
)

// TestRevocationReachesEveryInstance: two server instances over one database each keep what they
// read about a credential for authcache.TTL. Disabling a user or revoking a key on one instance
// stops it there at once, and on the other within the TTL.
func TestRevocationReachesEveryInstance(t *testing.T) {
	ctx := context.Background()
	open := openShared(t)
	first, second := open(), open()
	if _, err := database.Migrate(ctx, first); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Load(func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	if _, err := seed.Demo(ctx, testdb.ClientOf(t, first), cfg.DemoPassword); err != nil {
		t.Fatal(err)
	}
	a := apitest.Start(t, cfg, first, testdb.ClientOf(t, first))
	b := apitest.Start(t, cfg, second, testdb.ClientOf(t, second))
	admin := a.Login(t, "admin@acme-reseller.test")

	// stopsWithin asserts that credential works on both instances, then that after revoke it is
	// refused by a at once and by b within the TTL (plus a request's time).
	stopsWithin := func(t *testing.T, credential string, revoke func()) {
		t.Helper()
		for _, s := range []*apitest.Server{a, b} {
			if res := s.Query(t, credential, viewerQuery, nil); res.Status != http.StatusOK || len(res.Errors) > 0 {
				t.Fatalf("before: %d %s", res.Status, res.Raw)
			}
		}
		revoke()
		revoked := time.Now()
		if res := a.Query(t, credential, viewerQuery, nil); res.Status != http.StatusUnauthorized {
			t.Fatalf("the instance that revoked still answers: %d %s", res.Status, res.Raw)
		}
		for {
			res := b.Query(t, credential, viewerQuery, nil)
			if res.Status == http.StatusUnauthorized {
				break
			}
			if res.Status != http.StatusOK {
				t.Fatalf("the other instance: %d %s", res.Status, res.Raw)
			}
			if since := time.Since(revoked); since > authcache.TTL+time.Second {
				t.Fatalf("the other instance still answers %v after the revocation (TTL %v)", since, authcache.TTL)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}

	t.Run("API key revoked", func(t *testing.T) {
		var key struct {
			CreateApiKey struct {
				Secret string
				APIKey struct{ ID string } `json:"apiKey"`
			}
		}
		a.Query(t, admin, `mutation { createApiKey(input: {name: "sync", scope: READ}) { secret apiKey { id } } }`, nil).Decode(t, &key)
		stopsWithin(t, key.CreateApiKey.Secret, func() {
			res := a.Query(t, admin, `mutation($id: ID!) { revokeApiKey(input: {id: $id}) { apiKey { id } } }`,
				map[string]any{"id": key.CreateApiKey.APIKey.ID})
			if len(res.Errors) > 0 {
				t.Fatal(res.Raw)
			}
		})
	})
	t.Run("user disabled", func(t *testing.T) {
		sales := a.Login(t, "sales@acme-reseller.test")
		var who struct{ Viewer struct{ ID string } }
		a.Query(t, sales, `{ viewer { id } }`, nil).Decode(t, &who)
		stopsWithin(t, sales, func() {
			res := a.Query(t, admin, `mutation($id: ID!) { disableUser(input: {id: $id}) { user { id } } }`,
				map[string]any{"id": who.Viewer.ID})
			if len(res.Errors) > 0 {
				t.Fatal(res.Raw)
			}
		})
	})
}
