package mdf_test

import (
	"context"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/mdfrequest"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/mdf"
)

func (e *env) setSettings(t *testing.T, in mdf.SettingsUpdate) error {
	t.Helper()
	admin := e.as(t, "admin@vendor.test")
	return e.tx(admin, func(c *ent.Client) error {
		_, err := mdf.UpdateSettings(admin, c, in)
		return err
	})
}

func intp(n int) *int { return &n }

// requestUnderSettings asks for amount as ctx's user for an activity ending on end, under the
// settings in force (what the createMdfRequest resolver passes).
func (e *env) requestUnderSettings(t *testing.T, ctx context.Context, allocationID string, amount int64, end time.Time) *ent.MdfRequest {
	t.Helper()
	s, err := mdf.LoadSettings(ctx, e.client)
	if err != nil {
		t.Fatal(err)
	}
	var r *ent.MdfRequest
	if err := e.tx(ctx, func(c *ent.Client) (err error) {
		kind, title, day := mdfrequest.ActivityTypeWEBINAR, "Webinar", end.Format(time.DateOnly)
		r, err = mdf.CreateRequest(ctx, c, s.Requests(), mdf.RequestInput{AllocationID: allocationID, ActivityType: &kind,
			Title: &title, StartDate: &day, EndDate: &day, RequestedAmount: &amount}, e.now)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	return r
}

// TestSettingsDefaultsAndBounds: without a saved row the defaults hold; out-of-range values are
// BAD_USER_INPUT; the row is one, and a partial update keeps the other field.
func TestSettingsDefaultsAndBounds(t *testing.T) {
	e := newEnv(t)
	if s, err := mdf.LoadSettings(e.as(t, "sales@acme-reseller.test"), e.client); err != nil || s != mdf.DefaultSettings {
		t.Fatalf("defaults: %+v, %v", s, err)
	}
	for _, in := range []mdf.SettingsUpdate{{GraceDays: intp(-1)}, {GraceDays: intp(366)}, {ClaimWindowDays: intp(0)}, {ClaimWindowDays: intp(366)}} {
		if err := e.setSettings(t, in); codeOf(err) != apperr.BadUserInput {
			t.Errorf("%+v: %v, want BAD_USER_INPUT", in, err)
		}
	}
	if err := e.setSettings(t, mdf.SettingsUpdate{GraceDays: intp(0)}); err != nil {
		t.Fatal(err)
	}
	if err := e.setSettings(t, mdf.SettingsUpdate{ClaimWindowDays: intp(30)}); err != nil {
		t.Fatal(err)
	}
	if s, _ := mdf.LoadSettings(sys(), e.client); s.GraceDays != 0 || s.ClaimWindowDays != 30 {
		t.Fatalf("after two updates: %+v", s)
	}
	if n := e.client.MdfSettings.Query().CountX(sys()); n != 1 {
		t.Fatalf("%d settings rows", n)
	}
}

// TestSettingsGraceDecidesExpiry: the expiry job reads the grace ADMIN set. An allocation whose
// period ended 20 days ago does not expire under a 30-day grace, and does once the grace is 14.
func TestSettingsGraceDecidesExpiry(t *testing.T) {
	e := newEnv(t)
	end := e.now.AddDate(0, 0, -20)
	a := e.allocatePeriod(t, end.AddDate(0, -3, 0), end, 100_000)
	if err := e.setSettings(t, mdf.SettingsUpdate{GraceDays: intp(30)}); err != nil {
		t.Fatal(err)
	}
	if n, err := mdf.RunExpiry(sys(), e.client, e.now); err != nil || n != 0 {
		t.Fatalf("under a 30-day grace: %d expired, %v", n, err)
	}
	if err := e.setSettings(t, mdf.SettingsUpdate{GraceDays: intp(14)}); err != nil {
		t.Fatal(err)
	}
	if n, err := mdf.RunExpiry(sys(), e.client, e.now); err != nil || n != 1 {
		t.Fatalf("under a 14-day grace: %d expired, %v", n, err)
	}
	if b, _ := mdf.BalanceOf(sys(), e.client, a.ID); b.Expired != 100_000 || b.Remaining != 0 {
		t.Fatalf("after expiry: %+v", b)
	}
}

// TestSettingsClaimWindowDecidesLateClaims: a claim 40 days after the activity is late under a
// 30-day window and accepted once ADMIN lengthens it to 45 days; a window shortened later does not
// take back the deadline a request was given.
func TestSettingsClaimWindowDecidesLateClaims(t *testing.T) {
	e := newEnv(t)
	a := e.allocate(t, 100_000)
	acme, pam := e.as(t, "admin@acme-reseller.test"), e.as(t, "pam@vendor.test")
	if err := e.setSettings(t, mdf.SettingsUpdate{ClaimWindowDays: intp(30)}); err != nil {
		t.Fatal(err)
	}
	late := e.requestUnderSettings(t, acme, a.ID, 1_000, e.now.AddDate(0, 0, -40))
	if err := e.approve(pam, late.ID, 1_000); err != nil {
		t.Fatal(err)
	}
	if _, err := e.claim(acme, late.ID, 1_000, pdf("proof.pdf")); codeOf(err) != apperr.Conflict {
		t.Fatalf("40 days after the end under a 30-day window: %v, want CONFLICT", err)
	}
	if err := e.setSettings(t, mdf.SettingsUpdate{ClaimWindowDays: intp(45)}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.claim(acme, late.ID, 1_000, pdf("proof.pdf")); err != nil {
		t.Fatalf("40 days after the end under a 45-day window: %v", err)
	}
	// A request made under the default 60 days keeps its deadline when the window shrinks.
	if err := e.setSettings(t, mdf.SettingsUpdate{ClaimWindowDays: intp(60)}); err != nil {
		t.Fatal(err)
	}
	kept := e.requestUnderSettings(t, acme, a.ID, 1_000, e.now.AddDate(0, 0, -50))
	if err := e.approve(pam, kept.ID, 1_000); err != nil {
		t.Fatal(err)
	}
	if err := e.setSettings(t, mdf.SettingsUpdate{ClaimWindowDays: intp(10)}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.claim(acme, kept.ID, 1_000, pdf("proof.pdf")); err != nil {
		t.Fatalf("a deadline given under a 60-day window, after it shrank: %v", err)
	}
}
