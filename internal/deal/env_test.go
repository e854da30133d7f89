package deal_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/deal"
	"github.com/partnerhub/partnerhub/internal/seed"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
	"github.com/partnerhub/partnerhub/internal/viewer"

	entdeal "github.com/partnerhub/partnerhub/ent/deal"
)

// env is a fresh database with the demo program (tiers, partners, users), without demo deals.
type env struct {
	client *ent.Client
	now    time.Time
}

func newEnv(t *testing.T) *env {
	t.Helper()
	client := testdb.Client(t)
	if _, err := seed.Program(sys(), client, "test-password"); err != nil {
		t.Fatal(err)
	}
	return &env{client: client, now: time.Now().UTC().Truncate(time.Second)}
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

// tx runs fn in one transaction, as entgql.Transactioner does for a mutation.
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

func (e *env) register(ctx context.Context, in deal.RegisterInput) (*ent.Deal, error) {
	var d *ent.Deal
	err := e.tx(ctx, func(c *ent.Client) (err error) {
		d, err = deal.Register(ctx, c, deal.Config{}, in, e.now)
		return err
	})
	return d, err
}

func (e *env) mustRegister(t *testing.T, ctx context.Context, in deal.RegisterInput) *ent.Deal {
	t.Helper()
	d, err := e.register(ctx, in)
	if err != nil {
		t.Fatalf("register %s: %v", in.CustomerDomain, err)
	}
	return d
}

func input(name, domain string) deal.RegisterInput {
	return deal.RegisterInput{
		CustomerName: name, CustomerDomain: domain, ContactName: "Casey Buyer", ContactEmail: "casey@" + domain,
		Title: "Platform rollout", Amount: 5_000_000, Currency: "USD",
		ExpectedCloseDate: time.Now().UTC().AddDate(0, 2, 0).Format(time.DateOnly),
		Products:          []string{"Platform"}, Source: entdeal.SourceSOURCED,
	}
}

func codeOf(err error) apperr.Code {
	if e, ok := apperr.As(err); ok {
		return e.Code
	}
	return ""
}

// competitors creates n partners with one sales user each and returns their contexts.
func (e *env) competitors(t *testing.T, n int) []context.Context {
	t.Helper()
	ps := make([]*ent.PartnerCreate, n)
	for i := range ps {
		ps[i] = e.client.Partner.Create().SetName(fmt.Sprintf("Racer %d", i)).SetSlug(fmt.Sprintf("racer-%d", i)).
			SetType(partner.TypeRESELLER).SetStatus(partner.StatusACTIVE).SetRegion(partner.RegionNA)
	}
	partners, err := e.client.Partner.CreateBulk(ps...).Save(sys())
	if err != nil {
		t.Fatal(err)
	}
	us := make([]*ent.UserCreate, n)
	for i, p := range partners {
		us[i] = e.client.User.Create().SetEmail(fmt.Sprintf("sales@racer-%d.test", i)).SetName("Racer").
			SetRole(user.RolePARTNER_SALES).SetPartner(p)
	}
	users, err := e.client.User.CreateBulk(us...).Save(sys())
	if err != nil {
		t.Fatal(err)
	}
	ctxs := make([]context.Context, n)
	for i, u := range users {
		ctxs[i] = viewer.NewContext(context.Background(), &viewer.Viewer{UserID: u.ID, Role: viewer.PartnerSales, PartnerID: u.PartnerID})
	}
	return ctxs
}

func viewerFrom(ctx context.Context) *viewer.Viewer { return viewer.FromContext(ctx) }
