package tiering_test

import (
	"errors"
	"reflect"
	"sync"
	"testing"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/tierchange"
	"github.com/partnerhub/partnerhub/ent/tierevaluation"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/tiering"
	"github.com/partnerhub/partnerhub/internal/tiering/tierspec"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

func codeOf(err error) apperr.Code {
	var ae *apperr.Error
	if errors.As(err, &ae) {
		return ae.Code
	}
	return ""
}

// qualifyForGold gives Acme three won deals worth $6,000 within the window.
func qualifyForGold(t *testing.T, v *env) {
	for i := range 3 {
		v.won(t, "acme-reseller", 2000_00, "USD", t0, 10+i*30)
	}
}

func TestUpgradeIsProposedThenApprovedByTheManager(t *testing.T) {
	v := newEnv(t)
	v.hold(t, "acme-reseller", "Silver")
	qualifyForGold(t, v)

	o := v.evaluate(t, "acme-reseller", t0)
	if o.Action != tiering.ActionProposed || o.Change.Status != tierchange.StatusPROPOSED || o.Change.ToTierID != v.tiers["Gold"].ID {
		t.Fatalf("first evaluation: %s %+v", o.Action, o.Change)
	}
	if got := *v.partner(t, "acme-reseller"); got.TierID != v.tiers["Silver"].ID {
		t.Fatalf("a proposed upgrade changed the tier to %s", got.TierID)
	}
	if q := o.Evaluation.QualifyingTierID; q != v.tiers["Gold"].ID {
		t.Fatalf("stored qualifying tier %s", q)
	}
	if m := v.mails(t, "tier_upgrade_proposed"); m["pam@vendor.test"] != 1 || len(m) != 1 {
		t.Fatalf("proposal mails %v, want one to Acme's manager", m)
	}
	// The next day's evaluation keeps the one proposal.
	if o := v.evaluate(t, "acme-reseller", t0.AddDate(0, 0, 1)); o.Action != tiering.ActionNone {
		t.Fatalf("second evaluation: %s", o.Action)
	}
	if n := len(v.changes(t, "acme-reseller")); n != 1 {
		t.Fatalf("%d changes after two evaluations, want 1", n)
	}

	// Another channel manager may not decide it; Acme's may, once.
	err := v.tx(v.as(t, "emea-pam@vendor.test"), func(c *ent.Client) error {
		_, err := tiering.Approve(v.as(t, "emea-pam@vendor.test"), c, o.Change.ID, "", "", t0)
		return err
	})
	if codeOf(err) != apperr.Forbidden {
		t.Fatalf("approval by another manager: %v", err)
	}
	pam := v.as(t, "pam@vendor.test")
	var applied *ent.TierChange
	if err := v.tx(pam, func(c *ent.Client) (err error) {
		applied, err = tiering.Approve(pam, c, o.Change.ID, viewer.FromContext(pam).UserID, "good year", t0)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if applied.Status != tierchange.StatusAPPLIED || applied.DecidedByID != viewer.FromContext(pam).UserID || applied.DecisionNote != "good year" || applied.OpenKey != nil {
		t.Fatalf("approved change %+v", applied)
	}
	if got := v.partner(t, "acme-reseller").TierID; got != v.tiers["Gold"].ID {
		t.Fatalf("after approval Acme holds %s", got)
	}
	err = v.tx(pam, func(c *ent.Client) error {
		_, err := tiering.Approve(pam, c, o.Change.ID, "", "", t0)
		return err
	})
	if codeOf(err) != apperr.Conflict {
		t.Fatalf("second approval: %v", err)
	}
}

func TestAutomaticUpgrade(t *testing.T) {
	v := newEnv(t)
	auto := true
	if _, err := tiering.UpdateSettings(sys(), v.client, tiering.SettingsUpdate{AutoUpgrade: &auto}); err != nil {
		t.Fatal(err)
	}
	v.hold(t, "acme-reseller", "Silver")
	qualifyForGold(t, v)
	o := v.evaluate(t, "acme-reseller", t0)
	if o.Action != tiering.ActionUpgraded || o.Change.Status != tierchange.StatusAPPLIED || o.Change.DecidedByID != "" {
		t.Fatalf("automatic upgrade: %s %+v", o.Action, o.Change)
	}
	if got := v.partner(t, "acme-reseller").TierID; got != v.tiers["Gold"].ID {
		t.Fatalf("Acme holds %s", got)
	}
	if o := v.evaluate(t, "acme-reseller", t0); o.Action != tiering.ActionNone {
		t.Fatalf("evaluation after the upgrade: %s", o.Action)
	}
}

// A Gold partner that stops qualifying keeps Gold for the grace period (90 days), hears of it at
// the start and 14 days before the end, and is downgraded when it ends still not qualifying.
func TestGracePeriodStartedKeptAndEnded(t *testing.T) {
	v := newEnv(t)
	v.hold(t, "acme-reseller", "Gold")
	v.won(t, "acme-reseller", 1500_00, "USD", t0, 5) // enough for Silver only

	o := v.evaluate(t, "acme-reseller", t0)
	if o.Action != tiering.ActionGraceStarted || o.Change.Kind != tierchange.KindDOWNGRADE || o.Change.ToTierID != v.tiers["Silver"].ID {
		t.Fatalf("grace start: %s %+v", o.Action, o.Change)
	}
	ends := t0.AddDate(0, 0, 90)
	if !o.Change.GraceEndsAt.Equal(ends) {
		t.Fatalf("grace ends %s, want %s", o.Change.GraceEndsAt, ends)
	}
	admins := map[string]int{"admin@acme-reseller.test": 1}
	if m := v.mails(t, "tier_grace_started"); !reflect.DeepEqual(m, admins) {
		t.Fatalf("grace notices %v", m)
	}
	// Kept: 60 days in, no reminder yet, still Gold (the deal also still counts for Silver).
	if o := v.evaluate(t, "acme-reseller", t0.AddDate(0, 0, 60)); o.Action != tiering.ActionGraceKept {
		t.Fatalf("day 60: %s", o.Action)
	}
	if m := v.mails(t, "tier_grace_ending"); len(m) != 0 {
		t.Fatalf("reminder on day 60: %v", m)
	}
	// 14 days before the end: one reminder, however often evaluated.
	for _, d := range []int{76, 77, 80} {
		if o := v.evaluate(t, "acme-reseller", t0.AddDate(0, 0, d)); o.Action != tiering.ActionGraceKept {
			t.Fatalf("day %d: %s", d, o.Action)
		}
	}
	if m := v.mails(t, "tier_grace_ending"); !reflect.DeepEqual(m, admins) {
		t.Fatalf("reminders %v", m)
	}
	if got := v.partner(t, "acme-reseller").TierID; got != v.tiers["Gold"].ID {
		t.Fatalf("during grace Acme holds %s", got)
	}
	// The grace ends: the deal of day -5 still counts, so Acme moves to Silver.
	o = v.evaluate(t, "acme-reseller", ends)
	if o.Action != tiering.ActionDowngraded || o.Change.Status != tierchange.StatusAPPLIED || o.Change.ToTierID != v.tiers["Silver"].ID {
		t.Fatalf("grace end: %s %+v", o.Action, o.Change)
	}
	if o.Change.DecidedByID != "" || o.Change.DecisionNote == "" {
		t.Fatalf("the downgrade must say who (the system) and why: %+v", o.Change)
	}
	if got := v.partner(t, "acme-reseller").TierID; got != v.tiers["Silver"].ID {
		t.Fatalf("after grace Acme holds %s", got)
	}
	if m := v.mails(t, "tier_downgraded"); !reflect.DeepEqual(m, admins) {
		t.Fatalf("downgrade notices %v", m)
	}
}

func TestGraceEndsWithoutDowngradeWhenThePartnerQualifiesAgain(t *testing.T) {
	v := newEnv(t)
	v.hold(t, "acme-reseller", "Gold")
	if o := v.evaluate(t, "acme-reseller", t0); o.Action != tiering.ActionGraceStarted {
		t.Fatalf("grace start: %s", o.Action)
	}
	later := t0.AddDate(0, 0, 30)
	for i := range 3 {
		v.won(t, "acme-reseller", 2000_00, "USD", later, i+1)
	}
	o := v.evaluate(t, "acme-reseller", later)
	if o.Action != tiering.ActionCancelled || o.Change.Status != tierchange.StatusCANCELLED || o.Change.OpenKey != nil {
		t.Fatalf("qualifying again: %s %+v", o.Action, o.Change)
	}
	if got := v.partner(t, "acme-reseller").TierID; got != v.tiers["Gold"].ID {
		t.Fatalf("Acme holds %s", got)
	}
	if o := v.evaluate(t, "acme-reseller", t0.AddDate(0, 0, 120)); o.Action != tiering.ActionNone {
		t.Fatalf("after the old grace's end: %s", o.Action)
	}
}

// What-if answers with the same code as the evaluation: after the hypothetical deals are recorded,
// the stored evaluation says exactly what the what-if said.
func TestWhatIfEqualsTheEvaluationAfterTheFactsAreAdded(t *testing.T) {
	v := newEnv(t)
	p := v.hold(t, "acme-reseller", "Silver")
	v.won(t, "acme-reseller", 1200_00, "USD", t0, 40)
	v.won(t, "acme-reseller", 900_00, "EUR", t0, 20) // a won deal, but not dollars of revenue

	// A won deal approved in the window is also an approved registration.
	extra := tiering.Extra{WonDeals: 2, WonRevenue: 4000_00, ApprovedRegistrations: 2}
	whatIf, err := tiering.StandingOf(v.as(t, "admin@acme-reseller.test"), v.client, p.ID, extra, t0)
	if err != nil {
		t.Fatal(err)
	}
	if whatIf.Qualifying == nil || whatIf.Qualifying.TierID != v.tiers["Gold"].ID {
		t.Fatalf("what-if qualifies for %+v", whatIf.Qualifying)
	}
	now, err := tiering.StandingOf(v.as(t, "admin@acme-reseller.test"), v.client, p.ID, tiering.Extra{}, t0)
	if err != nil {
		t.Fatal(err)
	}
	if now.Next == nil || now.Next.TierID != v.tiers["Gold"].ID {
		t.Fatalf("next tier %+v", now.Next)
	}
	remaining := map[string]int64{}
	for _, r := range now.Next.Requirements {
		remaining[r.Key] = r.Remaining()
	}
	want := map[string]int64{tierspec.WonRevenue: 3800_00, tierspec.WonDeals: 1, tierspec.ApprovedRegistrations: 1, tierspec.CertifiedPeople: 0}
	if !reflect.DeepEqual(remaining, want) {
		t.Fatalf("progress to Gold %v, want %v", remaining, want)
	}

	v.won(t, "acme-reseller", 1500_00, "USD", t0, 3)
	v.won(t, "acme-reseller", 2500_00, "USD", t0, 2)
	o := v.evaluate(t, "acme-reseller", t0)
	stored := v.client.TierEvaluation.Query().Where(tierevaluation.ID(o.Evaluation.ID)).OnlyX(sys())
	if !reflect.DeepEqual(stored.Tiers, whatIf.Tiers) {
		t.Fatalf("evaluation after adding the deals\n %+v\ndiffers from the what-if\n %+v", stored.Tiers, whatIf.Tiers)
	}
}

// Two evaluation runs at once change nothing twice: one proposal, one grace period, one set of
// e-mails, and with automatic upgrades one applied change.
func TestConcurrentEvaluationRunsChangeNothingTwice(t *testing.T) {
	for _, auto := range []bool{false, true} {
		t.Run(map[bool]string{false: "proposals", true: "automatic"}[auto], func(t *testing.T) {
			v := newEnv(t)
			if _, err := tiering.UpdateSettings(sys(), v.client, tiering.SettingsUpdate{AutoUpgrade: &auto}); err != nil {
				t.Fatal(err)
			}
			v.hold(t, "acme-reseller", "Silver")
			qualifyForGold(t, v)
			v.hold(t, "globex-msp", "Gold") // no deals: a downgrade
			var wg sync.WaitGroup
			errs := make([]error, 2)
			for i := range 2 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					_, errs[i] = v.e.EvaluateAll(sys(), t0, "")
				}()
			}
			wg.Wait()
			for _, err := range errs {
				if err != nil {
					t.Fatal(err)
				}
			}
			acme := v.changes(t, "acme-reseller")
			want := tierchange.StatusPROPOSED
			if auto {
				want = tierchange.StatusAPPLIED
			}
			if len(acme) != 1 || acme[0].Status != want {
				t.Fatalf("Acme's changes after two runs: %+v", acme)
			}
			if globex := v.changes(t, "globex-msp"); len(globex) != 1 || globex[0].Status != tierchange.StatusGRACE {
				t.Fatalf("Globex's changes after two runs: %+v", globex)
			}
			if m := v.mails(t, "tier_grace_started"); m["admin@globex-msp.test"] != 1 {
				t.Fatalf("grace notices %v", m)
			}
			if m := v.mails(t, "tier_upgrade_proposed"); !auto && m["pam@vendor.test"] != 1 {
				t.Fatalf("proposal mails %v", m)
			}
			if got := v.partner(t, "acme-reseller").TierID; auto && got != v.tiers["Gold"].ID {
				t.Fatalf("Acme holds %s", got)
			}
		})
	}
}
