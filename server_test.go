package main

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/tier"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/config"
	"github.com/partnerhub/partnerhub/internal/database"
	"github.com/partnerhub/partnerhub/internal/normalize"
	"github.com/partnerhub/partnerhub/internal/password"
	"github.com/partnerhub/partnerhub/internal/seed"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

func loadConfig(t *testing.T, env map[string]string) config.Config {
	t.Helper()
	cfg, err := config.Load(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// systemCtx reads as the system viewer, so privacy rules do not hide rows from the test.
func systemCtx() context.Context {
	return viewer.NewContext(context.Background(), viewer.System())
}

type counts struct{ tiers, partners, users int }

func countRows(t *testing.T, client *ent.Client) counts {
	t.Helper()
	ctx := systemCtx()
	var c counts
	var err error
	if c.tiers, err = client.Tier.Query().Count(ctx); err != nil {
		t.Fatal(err)
	}
	if c.partners, err = client.Partner.Query().Count(ctx); err != nil {
		t.Fatal(err)
	}
	if c.users, err = client.User.Query().Count(ctx); err != nil {
		t.Fatal(err)
	}
	return c
}

// mustPrepare runs prepare and checks it left the database fully migrated.
func mustPrepare(t *testing.T, cfg config.Config, db database.DB) (*ent.Client, []seed.Login) {
	t.Helper()
	client, logins, err := prepare(context.Background(), cfg, db)
	if err != nil {
		t.Fatalf("prepare: %v", err)
	}
	if n, err := database.Pending(context.Background(), db); err != nil || n != 0 {
		t.Fatalf("after prepare: %d migrations pending (%v)", n, err)
	}
	return client, logins
}

func TestPrepareProductionSeedsNothing(t *testing.T) {
	cfg := loadConfig(t, map[string]string{
		"APP_ENV":       "production",
		"JWT_SECRET":    strings.Repeat("k", 40),
		"DEMO_PASSWORD": "would-be-demo-password",
	})
	db := testdb.OpenEmpty(t)
	client, logins := mustPrepare(t, cfg, db)
	if len(logins) != 0 {
		t.Errorf("production prepare returned demo logins %v", logins)
	}
	if got := countRows(t, client); got != (counts{}) {
		t.Errorf("production database holds %+v after start-up, want nothing (no demo accounts in production)", got)
	}
}

// demoLogins are the accounts the README promises in development (its demo-login table).
var demoLogins = []seed.Login{
	{Email: "admin@vendor.test", Role: user.RoleADMIN, Org: "Vendor"},
	{Email: "pam@vendor.test", Role: user.RoleCHANNEL_MANAGER, Org: "Vendor"},
	{Email: "admin@acme-reseller.test", Role: user.RolePARTNER_ADMIN, Org: "Acme Reseller"},
	{Email: "sales@acme-reseller.test", Role: user.RolePARTNER_SALES, Org: "Acme Reseller"},
	{Email: "admin@globex-msp.test", Role: user.RolePARTNER_ADMIN, Org: "Globex MSP"},
	{Email: "sales@globex-msp.test", Role: user.RolePARTNER_SALES, Org: "Globex MSP"},
}

func TestPrepareDevelopmentSeedsDemoOnce(t *testing.T) {
	cfg := loadConfig(t, nil)
	db := testdb.OpenEmpty(t)
	client, logins := mustPrepare(t, cfg, db)
	ctx := systemCtx()

	// The logins printed at start-up are exactly the README's demo logins.
	got := append([]seed.Login(nil), logins...)
	want := append([]seed.Login(nil), demoLogins...)
	byEmail := func(l []seed.Login) { sort.Slice(l, func(i, j int) bool { return l[i].Email < l[j].Email }) }
	byEmail(got)
	byEmail(want)
	if len(got) != len(want) {
		t.Fatalf("prepare returned %d logins %v, want %v", len(got), got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("login %d = %+v, want %+v", i, got[i], want[i])
		}
	}

	tiers, err := client.Tier.Query().Order(tier.ByRank()).All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var tierNames []string
	for _, tr := range tiers {
		tierNames = append(tierNames, tr.Name)
	}
	if strings.Join(tierNames, ",") != "Registered,Silver,Gold,Platinum" {
		t.Errorf("tiers by rank = %v, want Registered, Silver, Gold, Platinum", tierNames)
	}

	partners, err := client.Partner.Query().WithTier().WithManager().All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(partners) != 12 {
		t.Errorf("%d partners seeded, want 12", len(partners))
	}
	byName := map[string]*ent.Partner{}
	for _, p := range partners {
		byName[p.Name] = p
		if p.Domain == nil {
			t.Errorf("partner %s has no domain (website %q)", p.Name, p.Website)
			continue
		}
		if want, err := normalize.Domain(p.Website); err != nil || *p.Domain != want {
			t.Errorf("partner %s: domain %q from website %q, want %q (%v)", p.Name, *p.Domain, p.Website, want, err)
		}
	}
	for _, tt := range []struct {
		name, tier, domain string
		kind               partner.Type
	}{
		{"Acme Reseller", "Gold", "acme-reseller.test", partner.TypeRESELLER},
		{"Globex MSP", "Silver", "globex-msp.test", partner.TypeMSP},
	} {
		p := byName[tt.name]
		if p == nil {
			t.Errorf("partner %s not seeded", tt.name)
			continue
		}
		if p.Type != tt.kind {
			t.Errorf("%s is a %s, want %s", tt.name, p.Type, tt.kind)
		}
		if p.Edges.Tier == nil || p.Edges.Tier.Name != tt.tier {
			t.Errorf("%s tier = %v, want %s", tt.name, p.Edges.Tier, tt.tier)
		}
		if p.Domain == nil || *p.Domain != tt.domain {
			t.Errorf("%s domain = %v, want %s", tt.name, p.Domain, tt.domain)
		}
		if p.Edges.Manager == nil || p.Edges.Manager.Email != "pam@vendor.test" {
			t.Errorf("%s manager = %v, want pam@vendor.test", tt.name, p.Edges.Manager)
		}
	}

	users, err := client.User.Query().WithPartner().All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	usersByEmail := map[string]*ent.User{}
	for _, u := range users {
		usersByEmail[u.Email] = u
		if u.Email != strings.ToLower(u.Email) {
			t.Errorf("stored e-mail %q is not lower case", u.Email)
		}
		if !strings.HasPrefix(u.PasswordHash, "$argon2id$") {
			t.Errorf("%s password hash %.12q… is not argon2id", u.Email, u.PasswordHash)
		}
	}
	for _, l := range demoLogins {
		u := usersByEmail[l.Email]
		if u == nil {
			t.Errorf("demo login %s does not exist", l.Email)
			continue
		}
		if u.Role != l.Role {
			t.Errorf("%s role = %s, want %s", l.Email, u.Role, l.Role)
		}
		org := "Vendor"
		if u.Edges.Partner != nil {
			org = u.Edges.Partner.Name
		}
		if org != l.Org {
			t.Errorf("%s belongs to %s, want %s", l.Email, org, l.Org)
		}
	}
	if admin := usersByEmail["admin@vendor.test"]; admin != nil {
		if err := password.Verify(admin.PasswordHash, config.DevDemoPassword); err != nil {
			t.Errorf("admin@vendor.test cannot sign in with the demo password: %v", err)
		}
	}

	// A restart finds the data and seeds nothing more, and prints no logins.
	before := countRows(t, client)
	client2, again := mustPrepare(t, cfg, db)
	if len(again) != 0 {
		t.Errorf("second prepare returned logins %v, want none", again)
	}
	if after := countRows(t, client2); after != before {
		t.Errorf("second prepare changed counts from %+v to %+v", before, after)
	}
	if before.tiers != 4 || before.partners != 12 {
		t.Errorf("counts after seeding = %+v, want 4 tiers and 12 partners", before)
	}
}

func TestPrepareUsesDemoPassword(t *testing.T) {
	cfg := loadConfig(t, map[string]string{"DEMO_PASSWORD": "a-local-demo-password"})
	client, logins := mustPrepare(t, cfg, testdb.OpenEmpty(t))
	if len(logins) == 0 {
		t.Fatal("no demo logins seeded")
	}
	u, err := client.User.Query().Where(user.Email(logins[0].Email)).Only(systemCtx())
	if err != nil {
		t.Fatal(err)
	}
	if err := password.Verify(u.PasswordHash, "a-local-demo-password"); err != nil {
		t.Errorf("%s cannot sign in with DEMO_PASSWORD: %v", u.Email, err)
	}
	if err := password.Verify(u.PasswordHash, config.DevDemoPassword); err == nil {
		t.Errorf("%s still signs in with the default demo password although DEMO_PASSWORD is set", u.Email)
	}
}
