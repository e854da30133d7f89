package webhook_test

import (
	"strings"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/internal/mdf"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
	"github.com/partnerhub/partnerhub/internal/webhook"
)

// authoringTypes are the application, MDF expiry and program authoring events.
var authoringTypes = []string{
	webhook.PartnerApplied, webhook.ApplicationDeclined, webhook.MdfAllocationCreated, webhook.MdfAllocationExpired, webhook.TierCreated, webhook.TierUpdated,
	webhook.CourseCreated, webhook.CourseUpdated, webhook.CourseDeleted, webhook.TrackCreated, webhook.TrackUpdated, webhook.TrackDeleted,
	webhook.CertificationCreated, webhook.CertificationUpdated, webhook.CertificationDeleted,
	webhook.OnboardingTemplateCreated, webhook.OnboardingTemplateUpdated, webhook.OnboardingTemplateDeleted,
	webhook.RoutingRuleCreated, webhook.RoutingRuleUpdated, webhook.RoutingRuleDeleted,
}

// Every application, MDF expiry and authoring event reaches the vendor's subscription, signed,
// with its object (a deletion with the deleted ID). A partner's subscription gets the tiers and
// training every partner reads and its own allocation's expiry; never an application, an
// onboarding template, a routing rule or another partner's allocation.
func TestAuthoringEventsAreDelivered(t *testing.T) {
	s := apitest.NewWithEnv(t, allowPrivate)
	vendorRcv, acmeRcv := newReceiver(t, func(int) int { return 200 }), newReceiver(t, func(int) int { return 200 })
	admin := s.Login(t, "admin@vendor.test")
	w := worker(s, newClock(), webhook.Config{AllowPrivateTargets: true})
	subscribe(t, s, admin, vendorRcv.URL, authoringTypes...)
	subscribe(t, s, s.Login(t, "admin@acme-reseller.test"), acmeRcv.URL, authoringTypes...)
	acme := s.Client.Partner.Query().Where(partner.Slug("acme-reseller")).OnlyX(sys())

	applied := idAt(mutate(t, s, "", "applyForPartnership", "application { id }", map[string]any{
		"company": "Appliedco", "website": "https://www.appliedco.test", "partnerType": "VAR", "country": "DE",
		"contactName": "Ada Applied", "contactEmail": "ada@appliedco.test",
	}), "application")
	mutate(t, s, admin, "declinePartnerApplication", "application { id }", map[string]any{"id": applied, "reason": "Not a fit this year."})
	mutate(t, s, admin, "createMdfAllocation", "allocation { id }", map[string]any{
		"partnerId": acme.ID, "periodStart": "2041-01-01", "periodEnd": "2041-03-31", "amount": 500_000, "currency": "USD"})
	tierID := idAt(mutate(t, s, admin, "createTier", "tier { id }", map[string]any{"name": "Events tier", "rank": 42}), "tier")
	mutate(t, s, admin, "updateTier", "tier { id }", map[string]any{"id": tierID, "description": "The very best."})

	course := idAt(mutate(t, s, admin, "createCourse", "course { id }", map[string]any{
		"title": "Events 101", "lessons": []any{map[string]any{"title": "Why events", "kind": "MARKDOWN", "body": "Because."}}}), "course")
	mutate(t, s, admin, "updateCourse", "course { id }", map[string]any{"id": course, "summary": "Events, briefly."})
	track := idAt(mutate(t, s, admin, "createLearningTrack", "track { id }", map[string]any{
		"name": "Events track", "jobFunction": "MARKETING", "courseIds": []any{course}}), "track")
	mutate(t, s, admin, "updateLearningTrack", "track { id }", map[string]any{"id": track, "description": "For marketers."})
	cert := idAt(mutate(t, s, admin, "createCertification", "certification { id }", map[string]any{
		"name": "Certified Event Marketer", "validity": "ONE_YEAR", "trackIds": []any{track}}), "certification")
	mutate(t, s, admin, "updateCertification", "certification { id }", map[string]any{"id": cert, "validity": "TWO_YEARS"})
	template := idAt(mutate(t, s, admin, "createOnboardingTemplate", "template { id }", map[string]any{
		"name": "VAR events plan", "partnerType": "VAR",
		"steps": []any{map[string]any{"title": "Kickoff call", "dueDay": 3, "completion": "MANUAL", "ownerRole": "CHANNEL_MANAGER"}}}), "template")
	rule := idAt(mutate(t, s, admin, "createRoutingRule", "rule { id }", map[string]any{"name": "Events by region", "position": 90, "kind": "REGION"}), "rule")
	mutate(t, s, admin, "updateOnboardingTemplate", "template { id }", map[string]any{"id": template, "active": false})
	mutate(t, s, admin, "updateRoutingRule", "rule { id }", map[string]any{"id": rule, "enabled": false})
	// Bodies are rendered at fan-out: a row deleted before then is nothing to render, so its earlier
	// events are fanned out first.
	run(t, w)
	mutate(t, s, admin, "deleteCertification", "deletedId", map[string]any{"id": cert})
	mutate(t, s, admin, "deleteLearningTrack", "deletedId", map[string]any{"id": track})
	mutate(t, s, admin, "deleteCourse", "deletedId", map[string]any{"id": course})
	mutate(t, s, admin, "deleteOnboardingTemplate", "deletedId", map[string]any{"id": template})
	mutate(t, s, admin, "deleteRoutingRule", "deletedId", map[string]any{"id": rule})

	// Every seeded allocation's period is long over two years from now: the sweep expires them all.
	if n, err := mdf.Expire(sys(), s.Client, mdf.ExpiryConfig{}, time.Now().AddDate(2, 0, 0)); err != nil || n == 0 {
		t.Fatalf("Expire: %d, %v", n, err)
	}

	run(t, w)
	seen := map[string]int{}
	for _, r := range vendorRcv.requests() {
		verify(t, r, time.Now())
		e := decode(t, r)
		seen[e.Type]++
		if e.Object["id"] == nil || e.Sequence < 1 {
			t.Errorf("%s without its object or sequence: %s", e.Type, r.body)
		}
		if strings.HasSuffix(e.Type, "_deleted") != (e.Object["deleted"] == true) {
			t.Errorf("%s: only a deletion says deleted: %s", e.Type, r.body)
		}
		if e.Type == webhook.PartnerApplied && (e.Object["id"] != applied || e.Object["company"] != "Appliedco") {
			t.Errorf("partner.applied is not the application: %s", r.body)
		}
	}
	t.Logf("the vendor received %v", seen)
	for _, typ := range authoringTypes {
		if seen[typ] == 0 {
			t.Errorf("no %s event reached the vendor (got %v)", typ, seen)
		}
	}
	if seen[webhook.MdfAllocationExpired] < 2 {
		t.Errorf("want the expiry of Acme's and other partners' allocations, got %d", seen[webhook.MdfAllocationExpired])
	}

	acmeSeen := map[string]int{}
	for _, r := range acmeRcv.requests() {
		verify(t, r, time.Now())
		e := decode(t, r)
		acmeSeen[e.Type]++
		if p := partnerOf(e); p != "" && p != acme.ID {
			t.Errorf("LEAK: Acme received %s about partner %s", e.Type, p)
		}
	}
	t.Logf("Acme received %v", acmeSeen)
	for _, typ := range []string{webhook.TierCreated, webhook.TierUpdated, webhook.CourseCreated, webhook.CourseUpdated, webhook.CourseDeleted,
		webhook.TrackCreated, webhook.TrackUpdated, webhook.TrackDeleted, webhook.CertificationCreated, webhook.CertificationUpdated,
		webhook.CertificationDeleted, webhook.MdfAllocationCreated, webhook.MdfAllocationExpired} {
		if acmeSeen[typ] == 0 {
			t.Errorf("Acme's subscription got no %s (got %v)", typ, acmeSeen)
		}
	}
	for _, typ := range []string{webhook.PartnerApplied, webhook.ApplicationDeclined, webhook.OnboardingTemplateCreated, webhook.OnboardingTemplateUpdated,
		webhook.OnboardingTemplateDeleted, webhook.RoutingRuleCreated, webhook.RoutingRuleUpdated, webhook.RoutingRuleDeleted} {
		if acmeSeen[typ] != 0 {
			t.Errorf("Acme's subscription got %d %s events, which are the vendor's alone", acmeSeen[typ], typ)
		}
	}
}
