package mdf_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/mdfallocation"
	"github.com/partnerhub/partnerhub/ent/mdfledgerentry"
	"github.com/partnerhub/partnerhub/ent/mdfrequest"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/mdf"
	"github.com/partnerhub/partnerhub/internal/seed"
	"github.com/partnerhub/partnerhub/internal/storage"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
	"github.com/partnerhub/partnerhub/internal/upload"
	"github.com/partnerhub/partnerhub/internal/viewer"

	_ "github.com/partnerhub/partnerhub/ent/runtime"
)

// env is a fresh database with the demo program (tiers, partners, users) and nothing of MDF.
type env struct {
	client *ent.Client
	rc     *upload.Receiver
	now    time.Time
}

func newEnv(t *testing.T) *env {
	t.Helper()
	client := testdb.Client(t)
	if _, err := seed.Program(sys(), client, "test-password"); err != nil {
		t.Fatal(err)
	}
	store, err := storage.NewLocal(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	e := &env{client: client, rc: &upload.Receiver{Store: store, Config: upload.Config{MaxBytes: 64 << 10}}, now: time.Now().UTC()}
	t.Cleanup(func() { e.checkLedgers(t) })
	return e
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

func (e *env) partnerID(t *testing.T, slug string) string {
	t.Helper()
	return e.client.Partner.Query().Where(partner.Slug(slug)).OnlyX(sys()).ID
}

// allocate gives Acme amount USD for the quarter around now.
func (e *env) allocate(t *testing.T, amount int64) *ent.MdfAllocation {
	t.Helper()
	admin := e.as(t, "admin@vendor.test")
	var a *ent.MdfAllocation
	err := e.tx(admin, func(c *ent.Client) (err error) {
		a, err = mdf.CreateAllocation(admin, c, mdf.AllocationInput{
			PartnerID: e.partnerID(t, "acme-reseller"), Amount: amount, Currency: "usd",
			PeriodStart: e.now.AddDate(0, -1, 0).Format(time.DateOnly), PeriodEnd: e.now.AddDate(0, 2, 0).Format(time.DateOnly),
		})
		return err
	})
	if err != nil {
		t.Fatalf("allocate: %v", err)
	}
	return a
}

// request asks for amount from a as Acme's admin, for a webinar that ended yesterday.
func (e *env) request(t *testing.T, a *ent.MdfAllocation, amount int64) *ent.MdfRequest {
	t.Helper()
	r, err := e.tryRequest(e.as(t, "admin@acme-reseller.test"), a.ID, amount, e.now.AddDate(0, 0, -1))
	if err != nil {
		t.Fatalf("request: %v", err)
	}
	return r
}

func (e *env) tryRequest(ctx context.Context, allocationID string, amount int64, end time.Time) (*ent.MdfRequest, error) {
	var r *ent.MdfRequest
	err := e.tx(ctx, func(c *ent.Client) (err error) {
		kind, title, start, endS := mdfrequest.ActivityTypeWEBINAR, "Webinar: zero-trust in an hour", end.AddDate(0, 0, -1).Format(time.DateOnly), end.Format(time.DateOnly)
		r, err = mdf.CreateRequest(ctx, c, mdf.Config{}, mdf.RequestInput{
			AllocationID: allocationID, ActivityType: &kind, Title: &title, StartDate: &start, EndDate: &endS, RequestedAmount: &amount,
		}, e.now)
		return err
	})
	return r, err
}

func (e *env) approve(ctx context.Context, id string, amount int64) error {
	return e.tx(ctx, func(c *ent.Client) error {
		_, _, err := mdf.ApproveRequest(ctx, c, mdf.DecisionInput{ID: id, ApprovedAmount: amount}, e.now)
		return err
	})
}

func (e *env) claim(ctx context.Context, requestID string, amount int64, files ...mdf.FileInput) (*ent.MdfClaim, error) {
	var claim *ent.MdfClaim
	err := e.tx(ctx, func(c *ent.Client) (err error) {
		claim, err = mdf.SubmitClaim(ctx, c, e.rc, mdf.ClaimInput{RequestID: requestID, Amount: &amount, Files: files}, e.now)
		return err
	})
	return claim, err
}

func pdf(name string) mdf.FileInput {
	return mdf.FileInput{Name: name, Body: strings.NewReader("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")}
}

// checkLedgers holds after every test: no bucket of any allocation below zero, and the buckets add
// up to what was allocated.
func (e *env) checkLedgers(t *testing.T) {
	t.Helper()
	ids := e.client.MdfAllocation.Query().IDsX(sys())
	balances, err := mdf.Balances(sys(), e.client, ids...)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		b := balances[id]
		if f := b.Negative(); f != "" {
			t.Errorf("allocation %s: %s is negative: %+v", id, f, b)
		}
		if b.Remaining+b.Committed+b.Claimed+b.Paid+b.Expired != b.Amount {
			t.Errorf("allocation %s: buckets do not add up: %+v", id, b)
		}
		// Committed equals what the live approved requests hold.
		var held int64
		for _, r := range e.client.MdfRequest.Query().Where(mdfrequest.AllocationID(id)).AllX(sys()) {
			n, err := mdf.RequestCommitted(sys(), e.client, r.ID)
			if err != nil {
				t.Fatal(err)
			}
			if n < 0 {
				t.Errorf("request %s holds %d", r.ID, n)
			}
			held += n
		}
		if held != b.Committed {
			t.Errorf("allocation %s: requests hold %d, the balance shows %d committed", id, held, b.Committed)
		}
		allocated := e.client.MdfLedgerEntry.Query().Where(mdfledgerentry.AllocationID(id), mdfledgerentry.KindEQ(mdfledgerentry.KindALLOCATED)).
			Aggregate(ent.Sum(mdfledgerentry.FieldAmount)).IntX(sys())
		if int64(allocated) != b.Amount {
			t.Errorf("allocation %s: %d allocated, balance amount %d", id, allocated, b.Amount)
		}
	}
}

func codeOf(err error) apperr.Code {
	if e, ok := apperr.As(err); ok {
		return e.Code
	}
	return ""
}

// race starts fn n times at the same instant and waits for all.
func race(n int, fn func(i int)) {
	var start, done sync.WaitGroup
	start.Add(1)
	for i := range n {
		done.Add(1)
		go func() {
			defer done.Done()
			start.Wait()
			fn(i)
		}()
	}
	start.Done()
	done.Wait()
}

var _ = mdfallocation.Table
