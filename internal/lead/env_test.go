package lead_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	entlead "github.com/partnerhub/partnerhub/ent/lead"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/routingrule"
	"github.com/partnerhub/partnerhub/ent/tier"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/lead"
	"github.com/partnerhub/partnerhub/internal/seed"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// env is a fresh database with the demo program (tiers, partners, users) and no routing rules.
type env struct {
	client *ent.Client
	cfg    lead.Config
	now    time.Time
}

func newEnv(t *testing.T) *env {
	t.Helper()
	client := testdb.Client(t)
	if _, err := seed.Program(sys(), client, "test-password"); err != nil {
		t.Fatal(err)
	}
	return &env{client: client, cfg: lead.Config{AcceptanceDeadline: 48 * time.Hour}, now: time.Now().UTC().Truncate(time.Second)}
}

func sys() context.Context { return viewer.NewContext(context.Background(), viewer.System()) }

// as returns a context acting as the user with email.
func (e *env) as(t *testing.T, email string) context.Context {
	t.Helper()
	u, err := e.client.User.Query().Where(user.Email(email)).Only(sys())
	if err != nil {
		t.Fatalf("user %s: %v", email, err)
	}
	return viewer.NewContext(context.Background(), &viewer.Viewer{UserID: u.ID, Role: viewer.Role(u.Role), PartnerID: u.PartnerID})
}

func (e *env) admin(t *testing.T) context.Context { return e.as(t, "admin@vendor.test") }

// tx runs fn in one transaction, as the server does for a mutation.
func (e *env) tx(ctx context.Context, fn func(*ent.Client) error) error {
	tx, err := e.client.Tx(ctx)
	if err != nil {
		return err
	}
	if err := fn(tx.Client()); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

func (e *env) rule(t *testing.T, position int, kind routingrule.Kind, required bool, set func(*lead.RuleInput)) *ent.RoutingRule {
	t.Helper()
	name := fmt.Sprintf("%s rule %d", kind, position)
	in := lead.RuleInput{Name: &name, Position: &position, Kind: kind, Required: &required}
	if set != nil {
		set(&in)
	}
	var r *ent.RoutingRule
	if err := e.tx(e.admin(t), func(c *ent.Client) (err error) {
		r, err = lead.CreateRule(e.admin(t), c, in)
		return err
	}); err != nil {
		t.Fatalf("rule %s: %v", name, err)
	}
	return r
}

func leadInput(company, country string, region entlead.Region) lead.CreateInput {
	return lead.CreateInput{Company: company, Domain: "www." + slug(company) + ".example", ContactName: "Dana Prospect",
		ContactEmail: "dana@" + slug(company) + ".example", Country: country, Region: region, Interest: "Platform rollout for 400 seats",
		EstimatedValue: 4_000_000, Currency: "EUR", Source: "web form"}
}

func slug(s string) string {
	out := []rune{}
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			out = append(out, r)
		case r >= 'A' && r <= 'Z':
			out = append(out, r+'a'-'A')
		default:
			out = append(out, '-')
		}
	}
	return string(out)
}

func (e *env) create(t *testing.T, in lead.CreateInput) *ent.Lead {
	t.Helper()
	var l *ent.Lead
	ctx := e.admin(t)
	if err := e.tx(ctx, func(c *ent.Client) (err error) {
		l, err = lead.Create(ctx, c, e.cfg, in, e.now)
		return err
	}); err != nil {
		t.Fatalf("create lead %s: %v", in.Company, err)
	}
	return l
}

// partnerWithUser adds an active partner with one partner admin and returns it and the admin's
// e-mail address.
func (e *env) partnerWithUser(t *testing.T, name, country string, region partner.Region, tierName string) (*ent.Partner, string) {
	t.Helper()
	create := e.client.Partner.Create().SetName(name).SetSlug(slug(name)).SetType(partner.TypeRESELLER).
		SetStatus(partner.StatusACTIVE).SetCountry(country).SetRegion(region)
	if tierName != "" {
		create.SetTierID(e.client.Tier.Query().Where(tier.Name(tierName)).OnlyIDX(sys()))
	}
	p := create.SaveX(sys())
	email := "admin@" + slug(name) + ".test"
	e.client.User.Create().SetEmail(email).SetName(name + " Admin").SetRole(user.RolePARTNER_ADMIN).SetPartner(p).ExecX(sys())
	return p, email
}

func (e *env) partnerNamed(t *testing.T, name string) *ent.Partner {
	t.Helper()
	return e.client.Partner.Query().Where(partner.Name(name)).OnlyX(sys())
}

func (e *env) reload(t *testing.T, id string) *ent.Lead {
	t.Helper()
	return e.client.Lead.GetX(sys(), id)
}

func codeOf(err error) apperr.Code {
	if e, ok := apperr.As(err); ok {
		return e.Code
	}
	return ""
}
