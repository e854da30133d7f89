package webhook_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent/certificationaward"
	"github.com/partnerhub/partnerhub/ent/onboardingstep"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/tier"
	"github.com/partnerhub/partnerhub/ent/tierchange"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/learning"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
	"github.com/partnerhub/partnerhub/internal/tiering"
	"github.com/partnerhub/partnerhub/internal/webhook"
)

// Every content, MDF, tier, training, onboarding and sign-up event reaches the vendor's
// subscription, signed, with its object; a partner admin's subscription gets only its own
// organisation's events and the content its tier may read, never a draft, another partner's
// object or a vendor-only one.
func TestDomainEventsAreDelivered(t *testing.T) {
	mailbox := apitest.StartSMTP(t)
	s := apitest.NewWithEnv(t, map[string]string{"WEBHOOK_ALLOW_PRIVATE_TARGETS": "true", "SMTP_URL": mailbox.URL, "PUBLIC_URL": "https://portal.example"})
	vendorRcv, acmeRcv, globexRcv := newReceiver(t, func(int) int { return 200 }), newReceiver(t, func(int) int { return 200 }), newReceiver(t, func(int) int { return 200 })
	admin := s.Login(t, "admin@vendor.test")
	pam := s.LoginSession(t, "pam@vendor.test")
	acmeAdmin, acmeSales := s.Login(t, "admin@acme-reseller.test"), s.Login(t, "sales@acme-reseller.test")
	subscribe(t, s, admin, vendorRcv.URL, domainTypes...)
	subscribe(t, s, acmeAdmin, acmeRcv.URL, domainTypes...)
	subscribe(t, s, s.Login(t, "admin@globex-msp.test"), globexRcv.URL, domainTypes...)
	w := worker(s, newClock(), webhook.Config{AllowPrivateTargets: true})
	acme := s.Client.Partner.Query().Where(partner.Slug("acme-reseller")).OnlyX(sys())
	globex := s.Client.Partner.Query().Where(partner.Slug("globex-msp")).OnlyX(sys())

	// Sign-up: an application approved (partner.approved), its contact joining (user.joined), and
	// the new partner's channel manager ticking an onboarding step.
	applied := mutate(t, s, "", "applyForPartnership", "application { id }", map[string]any{
		"company": "Newco Managed Services", "website": "https://www.newco-ms.test", "partnerType": "MSP", "country": "DE",
		"contactName": "Nora New", "contactEmail": "nora@newco-ms.test", "motivation": "We run 400 mid-market customers.",
	})
	silver := s.Client.Tier.Query().Where(tier.Name("Silver")).OnlyX(sys())
	mutate(t, s, pam.AccessToken, "approvePartnerApplication", "application { id }",
		map[string]any{"id": idAt(applied, "application"), "tierId": silver.ID, "managerId": pam.UserID})
	token := ""
	for token == "" {
		m := mailbox.Next(t)
		if found := tokenInMail.FindStringSubmatch(m.Data); found != nil && slices.Contains(m.To, "nora@newco-ms.test") {
			token = found[1]
		}
	}
	mutate(t, s, "", "acceptInvitation", "accessToken", map[string]any{"token": token, "name": "Nora Newman", "password": "a long new password"})
	newco := s.Client.User.Query().Where(user.Email("nora@newco-ms.test")).OnlyX(sys()).PartnerID
	step := s.Client.OnboardingStep.Query().
		Where(onboardingstep.PartnerID(newco), onboardingstep.OwnerRoleEQ(onboardingstep.OwnerRoleCHANNEL_MANAGER), onboardingstep.CompletionEQ(onboardingstep.CompletionMANUAL)).
		FirstX(sys())
	mutate(t, s, pam.AccessToken, "completeOnboardingStep", "step { id }", map[string]any{"id": step.ID})

	// Content gated to Gold: Acme (Gold) may read it once published, Globex (Silver) never.
	gold := s.Client.Tier.Query().Where(tier.Name("Gold")).OnlyX(sys())
	content := idAt(mutate(t, s, admin, "createContent", "content { id }", map[string]any{
		"title": "Gold events playbook", "kind": "SALES_DECK", "body": "For Gold partners.", "minTierId": gold.ID}), "content")
	mutate(t, s, admin, "updateContent", "content { id }", map[string]any{"id": content, "summary": "Still a draft."})
	run(t, w) // bodies are rendered at fan-out: the draft's events as a draft
	mutate(t, s, admin, "publishContent", "content { id }", map[string]any{"id": content})
	run(t, w)
	mutate(t, s, admin, "archiveContent", "content { id }", map[string]any{"id": content})

	// MDF: a request approved with its claim sent back, resubmitted, approved and paid; one
	// rejected, one cancelled.
	allocation := acmeAllocationID(t, s)
	req := mdfRequest(t, s, acmeSales, allocation, 1_000)
	mutate(t, s, acmeSales, "updateMdfRequest", "request { id }", map[string]any{"id": req, "title": "Webinar: events, renamed"})
	mutate(t, s, pam.AccessToken, "approveMdfRequest", "request { id }", map[string]any{"id": req, "approvedAmount": 800})
	mutate(t, s, pam.AccessToken, "rejectMdfRequest", "request { id }", map[string]any{"id": mdfRequest(t, s, acmeSales, allocation, 500), "note": "not this quarter"})
	mutate(t, s, acmeSales, "cancelMdfRequest", "request { id }", map[string]any{"id": mdfRequest(t, s, acmeSales, allocation, 400)})
	claim := submitClaim(t, s, acmeSales, req, 700)
	mutate(t, s, pam.AccessToken, "rejectMdfClaim", "claim { id }", map[string]any{"id": claim, "note": "add the attendee list", "requestChanges": true})
	mutate(t, s, acmeSales, "resubmitMdfClaim", "claim { id }", map[string]any{"id": claim, "note": "attendees attached"})
	mutate(t, s, pam.AccessToken, "approveMdfClaim", "claim { id }", map[string]any{"id": claim})
	mutate(t, s, pam.AccessToken, "markMdfClaimPaid", "claim { id }", map[string]any{"id": claim, "paymentReference": "PAY-1"})

	// Tiers: the evaluation proposes upgrades and starts downgrade grace periods; one proposal is
	// approved (the tier changes), another rejected.
	if _, err := (tiering.Evaluator{Client: s.Client}).EvaluateAll(sys(), time.Now(), ""); err != nil {
		t.Fatal(err)
	}
	proposals := s.Client.TierChange.Query().Where(tierchange.StatusEQ(tierchange.StatusPROPOSED)).Order(tierchange.ByID()).AllX(sys())
	if len(proposals) < 2 {
		t.Fatalf("the evaluation of the demo program proposed %d upgrades, want at least 2", len(proposals))
	}
	mutate(t, s, admin, "approveTierChange", "change { id }", map[string]any{"id": proposals[0].ID})
	mutate(t, s, admin, "rejectTierChange", "change { id }", map[string]any{"id": proposals[1].ID, "note": "next year"})

	// Training: Acme's sales rep completes the sales track (courses, quizzes, the certification),
	// the certification expires, and passing a quiz again renews it.
	completeSalesTrack(t, s, acmeSales)
	award := s.Client.CertificationAward.Query().
		Where(certificationaward.HasUserWith(user.Email("sales@acme-reseller.test")), certificationaward.StatusEQ(certificationaward.StatusACTIVE)).OnlyX(sys())
	// Its validity ran out (expiry is immutable in the model: the test moves it as time would).
	if _, err := s.DB.DB.ExecContext(sys(), `UPDATE certification_awards SET expires_at = $1 WHERE id = $2`, time.Now().Add(-time.Hour), award.ID); err != nil {
		t.Fatal(err)
	}
	if n, err := learning.Expire(sys(), s.Client, time.Now()); err != nil || n != 1 {
		t.Fatalf("Expire: %d, %v", n, err)
	}
	quiz := s.Client.Quiz.Query().FirstX(sys())
	for _, q := range s.Client.Quiz.Query().AllX(sys()) {
		if strings.Contains(q.Title, "Selling the platform") {
			quiz = q
		}
	}
	passQuiz(t, s, acmeSales, quiz.ID)

	run(t, w)
	seen := map[string]int{}
	for _, r := range vendorRcv.requests() {
		verify(t, r, time.Now())
		e := decode(t, r)
		if e.Object["id"] == nil || e.Sequence < 1 {
			t.Errorf("%s without its object or sequence: %s", e.Type, r.body)
		}
		seen[e.Type]++
	}
	t.Logf("the vendor received %v", seen)
	for _, typ := range domainTypes {
		if seen[typ] == 0 {
			t.Errorf("no %s event reached the vendor (got %v)", typ, seen)
		}
	}
	if seen[webhook.MdfClaimSubmitted] != 2 || seen[webhook.CertificationAwarded] != 1 || seen[webhook.CertificationRenewed] != 1 {
		t.Errorf("want a claim submitted twice, one certification awarded and renewed once: %v", seen)
	}

	// Acme's subscription: its own objects, the published Gold content; nothing else.
	acmeSeen := map[string]int{}
	for _, r := range acmeRcv.requests() {
		verify(t, r, time.Now())
		e := decode(t, r)
		acmeSeen[e.Type]++
		body := strings.ToLower(string(r.body))
		if strings.Contains(body, globex.ID) || strings.Contains(body, newco) || strings.Contains(body, "globex") || strings.Contains(body, "newco") {
			t.Errorf("LEAK: Acme's webhook carried another partner's data: %s", r.body)
		}
		if p := partnerOf(e); p != "" && p != acme.ID {
			t.Errorf("LEAK: Acme received %s about partner %s", e.Type, p)
		}
		if strings.HasPrefix(e.Type, "content.") && (e.Type != webhook.ContentPublished || e.Object["status"] != "PUBLISHED") {
			t.Errorf("Acme received %s of content it may not read then: %s", e.Type, r.body)
		}
	}
	t.Logf("Acme received %v", acmeSeen)
	for _, typ := range []string{webhook.ContentPublished, webhook.MdfRequestSubmitted, webhook.MdfClaimPaid, webhook.CourseCompleted,
		webhook.QuizPassed, webhook.CertificationAwarded, webhook.CertificationExpired, webhook.CertificationRenewed} {
		if acmeSeen[typ] == 0 {
			t.Errorf("Acme's subscription got no %s of its own (got %v)", typ, acmeSeen)
		}
	}
	for _, typ := range []string{webhook.PartnerApproved, webhook.UserJoined, webhook.ContentCreated, webhook.ContentUpdated, webhook.ContentArchived} {
		if acmeSeen[typ] != 0 {
			t.Errorf("Acme's subscription got %d %s events that are not its to read", acmeSeen[typ], typ)
		}
	}

	// Globex's subscription: never Acme's, Newco's or the Gold content.
	t.Logf("Globex received %d events", len(globexRcv.requests()))
	for _, r := range globexRcv.requests() {
		e := decode(t, r)
		if p := partnerOf(e); p != globex.ID || strings.Contains(string(r.body), acme.ID) || strings.HasPrefix(e.Type, "content.") {
			t.Errorf("LEAK: Globex received %s: %s", e.Type, r.body)
		}
	}
}

// The domain packages publish in the change's transaction: a request whose later part fails sends
// none of the events its earlier parts published (the tier approval's two events, a content one).
func TestRolledBackDomainChangeSendsNothing(t *testing.T) {
	s := apitest.NewWithEnv(t, allowPrivate)
	rcv := newReceiver(t, func(int) int { return 200 })
	admin := s.Login(t, "admin@vendor.test")
	subscribe(t, s, admin, rcv.URL, domainTypes...)
	if _, err := (tiering.Evaluator{Client: s.Client}).EvaluateAll(sys(), time.Now(), ""); err != nil {
		t.Fatal(err)
	}
	w := worker(s, newClock(), webhook.Config{AllowPrivateTargets: true})
	run(t, w)
	before := len(rcv.requests())
	proposal := s.Client.TierChange.Query().Where(tierchange.StatusEQ(tierchange.StatusPROPOSED)).FirstX(sys())
	held := s.Client.Partner.GetX(sys(), proposal.PartnerID).TierID
	res := s.Query(t, admin, `mutation($id: ID!) {
	  a: approveTierChange(input: {id: $id}) { change { id } }
	  c: createContent(input: {title: "Rolled back", kind: SALES_DECK}) { content { id } }
	  b: rejectTierChange(input: {id: $id, note: "twice"}) { change { id } } }`, map[string]any{"id": proposal.ID})
	if len(res.Errors) == 0 {
		t.Fatalf("rejecting an approved change was accepted: %s", res.Raw)
	}
	if p := s.Client.Partner.GetX(sys(), proposal.PartnerID); p.TierID != held {
		t.Fatal("the request was not rolled back: the partner's tier changed")
	}
	run(t, w)
	if got := rcv.requests(); len(got) != before {
		t.Fatalf("a rolled-back request sent %d events: %s", len(got)-before, got[len(got)-1].body)
	}
}
