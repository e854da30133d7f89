package webhook_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent/course"
	"github.com/partnerhub/partnerhub/ent/learningtrack"
	"github.com/partnerhub/partnerhub/ent/mdfallocation"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/internal/mdf"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
	"github.com/partnerhub/partnerhub/internal/webhook"
)

// domainTypes are the content, MDF, tier, training, onboarding and sign-up events.
var domainTypes = []string{
	webhook.PartnerApproved, webhook.UserJoined,
	webhook.ContentCreated, webhook.ContentUpdated, webhook.ContentPublished, webhook.ContentArchived,
	webhook.MdfRequestSubmitted, webhook.MdfRequestUpdated, webhook.MdfRequestApproved, webhook.MdfRequestRejected,
	webhook.MdfRequestCancelled, webhook.MdfClaimSubmitted, webhook.MdfClaimApproved, webhook.MdfClaimRejected, webhook.MdfClaimPaid,
	webhook.TierChangeProposed, webhook.TierChangeApproved, webhook.TierChangeRejected, webhook.TierGraceStarted, webhook.TierChanged,
	webhook.CourseCompleted, webhook.QuizPassed, webhook.CertificationAwarded, webhook.CertificationRenewed,
	webhook.CertificationExpired, webhook.OnboardingStepDone,
}

// mutate runs name(input) as token selecting sel and fails the test on an error.
func mutate(t *testing.T, s *apitest.Server, token, name, sel string, input map[string]any) map[string]any {
	t.Helper()
	typ := strings.ToUpper(name[:1]) + name[1:] + "Input"
	res := s.Query(t, token, fmt.Sprintf(`mutation($input: %s!) { r: %s(input: $input) { %s } }`, typ, name, sel), map[string]any{"input": input})
	if len(res.Errors) > 0 {
		t.Fatalf("%s: %s", name, res.Raw)
	}
	var out struct{ R map[string]any }
	res.Decode(t, &out)
	return out.R
}

// idAt is payload[key].id.
func idAt(payload map[string]any, key string) string {
	m, _ := payload[key].(map[string]any)
	id, _ := m["id"].(string)
	return id
}

// acmeAllocationID is Acme's seeded allocation of the current quarter.
func acmeAllocationID(t *testing.T, s *apitest.Server) string {
	t.Helper()
	start, _ := mdf.Quarter(time.Now())
	return s.Client.MdfAllocation.Query().
		Where(mdfallocation.HasPartnerWith(partner.Slug("acme-reseller")), mdfallocation.PeriodStart(start)).OnlyX(sys()).ID
}

// mdfRequest asks for amount for a webinar that ended yesterday (so it may be claimed).
func mdfRequest(t *testing.T, s *apitest.Server, token, allocation string, amount int) string {
	t.Helper()
	end := time.Now().UTC().AddDate(0, 0, -1)
	return idAt(mutate(t, s, token, "createMdfRequest", "request { id }", map[string]any{
		"allocationId": allocation, "activityType": "WEBINAR", "title": "Webinar: events",
		"startDate": end.AddDate(0, 0, -1).Format(time.DateOnly), "endDate": end.Format(time.DateOnly),
		"requestedAmount": amount, "expectedLeads": 10,
	}), "request")
}

const proofPDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"

// submitClaim claims amount on a request with one proof file.
func submitClaim(t *testing.T, s *apitest.Server, token, requestID string, amount int) string {
	t.Helper()
	res := s.Upload(t, token, `mutation($input: SubmitMdfClaimInput!) { submitMdfClaim(input: $input) { claim { id } } }`,
		map[string]any{"input": map[string]any{"requestId": requestID, "amount": amount, "actualLeads": 12, "pipelineGenerated": 5_000_000, "files": []any{nil}}},
		"variables.input.files.0", "proof.pdf", strings.NewReader(proofPDF))
	var out struct {
		SubmitMdfClaim struct{ Claim struct{ ID string } }
	}
	res.Decode(t, &out)
	return out.SubmitMdfClaim.Claim.ID
}

// completeSalesTrack takes every lesson of the SALES track's courses and passes each quiz once, as
// token (a learner of partnerID).
func completeSalesTrack(t *testing.T, s *apitest.Server, token string) {
	t.Helper()
	track := s.Client.LearningTrack.Query().Where(learningtrack.JobFunctionEQ(learningtrack.JobFunctionSALES)).FirstX(sys())
	for _, id := range track.CourseIds {
		c := s.Client.Course.Query().Where(course.ID(id)).WithLessons().WithQuiz().OnlyX(sys())
		for _, l := range c.Edges.Lessons {
			mutate(t, s, token, "completeLesson", "progress { id }", map[string]any{"lessonId": l.ID})
		}
		if c.Edges.Quiz != nil {
			passQuiz(t, s, token, c.Edges.Quiz.ID)
		}
	}
}

// passQuiz submits the quiz's right answers (the test knows what its author knows).
func passQuiz(t *testing.T, s *apitest.Server, token, quizID string) {
	t.Helper()
	var answers []map[string]any
	for q, cs := range s.Client.Quiz.GetX(sys(), quizID).AnswerKey {
		answers = append(answers, map[string]any{"questionId": q, "choiceIds": cs})
	}
	out := mutate(t, s, token, "submitQuizAttempt", "attempt { passed }", map[string]any{"quizId": quizID, "answers": answers})
	if a, _ := out["attempt"].(map[string]any); a["passed"] != true {
		t.Fatalf("the right answers did not pass quiz %s: %v", quizID, out)
	}
}

var tokenInMail = regexp.MustCompile(`#token=(phi_[A-Za-z0-9_-]+)`)

// partnerOf is the partner an event's object belongs to, as its body shows it ("" for none).
func partnerOf(e event) string {
	if p, ok := e.Object["partner"].(map[string]any); ok {
		id, _ := p["id"].(string)
		return id
	}
	if id, ok := e.Object["partnerId"].(string); ok {
		return id
	}
	if e.Object["__typename"] == "Partner" {
		id, _ := e.Object["id"].(string)
		return id
	}
	return ""
}
