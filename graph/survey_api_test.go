package graph_test

import (
	"regexp"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent/outboxmessage"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

var surveyLink = regexp.MustCompile(`/survey#token=(\S+)`)

// surveyTokens are the one-time tokens e-mailed for a survey, by recipient.
func surveyTokens(t *testing.T, s *apitest.Server, subject string) map[string]string {
	t.Helper()
	msgs := s.Client.OutboxMessage.Query().Where(outboxmessage.Kind("survey"), outboxmessage.Subject(subject)).AllX(sysCtx())
	out := map[string]string{}
	for _, m := range msgs {
		match := surveyLink.FindStringSubmatch(m.Body)
		if match == nil {
			t.Fatalf("survey e-mail without a link: %q", m.Body)
		}
		out[m.Recipient] = match[1]
	}
	return out
}

const answerSurvey = `mutation($in: AnswerSurveyInput!) { answerSurvey(input: $in) { answered } }`

// The survey: a channel manager creates and sends a survey to the partners of one type;
// each person answers once through their link without signing in; a reused link is refused; NPS
// is % promoters − % detractors; partners never see answers or counts.
func TestSurveyJourney(t *testing.T) {
	s := apitest.New(t)
	pamToken := s.Login(t, pam)
	var created struct {
		CreateSurvey struct {
			Survey struct{ ID, Title, NpsQuestion string }
		}
	}
	s.Query(t, pamToken, `mutation { createSurvey(input: {title: "Matrix pulse", questions: ["What should we change?"]}) { survey { id title npsQuestion } } }`, nil).Decode(t, &created)
	sv := created.CreateSurvey.Survey
	if sv.NpsQuestion == "" {
		t.Fatal("no default NPS question")
	}
	s.Query(t, s.Login(t, acmeAdmin), `mutation { createSurvey(input: {title: "Mine"}) { survey { id } } }`, nil).ExpectCode(t, "FORBIDDEN")
	var sent struct{ SendSurvey struct{ Invited int } }
	s.Query(t, pamToken, `mutation($id: ID!) { sendSurvey(input: {surveyId: $id}) { invited survey { sentAt } } }`, map[string]any{"id": sv.ID}).Decode(t, &sent)
	people := s.Client.User.Query().Where(user.RoleIn(user.RolePARTNER_ADMIN, user.RolePARTNER_SALES), user.StatusEQ(user.StatusACTIVE),
		user.HasPartnerWith()).AllX(sysCtx())
	tokens := surveyTokens(t, s, "Matrix pulse")
	if sent.SendSurvey.Invited == 0 || len(tokens) != sent.SendSurvey.Invited || len(tokens) > len(people) {
		t.Fatalf("invited %d, %d e-mails, %d partner people", sent.SendSurvey.Invited, len(tokens), len(people))
	}
	// Sending again asks nobody twice.
	s.Query(t, pamToken, `mutation($id: ID!) { sendSurvey(input: {surveyId: $id}) { invited } }`, map[string]any{"id": sv.ID}).Decode(t, &sent)
	if sent.SendSurvey.Invited != 0 {
		t.Errorf("a second send invited %d again", sent.SendSurvey.Invited)
	}
	acmeToken, globexToken := tokens[acmeAdmin], tokens[globexAdmin]
	if acmeToken == "" || globexToken == "" {
		t.Fatalf("no link for Acme's or Globex's admin: %v", tokens)
	}
	var pub struct {
		SurveyByToken struct {
			Title     string
			Questions []string
			Answered  bool
		}
	}
	s.Query(t, "", `query($t: String!) { surveyByToken(token: $t) { title questions answered } }`, map[string]any{"t": acmeToken}).Decode(t, &pub)
	if pub.SurveyByToken.Title != "Matrix pulse" || len(pub.SurveyByToken.Questions) != 1 || pub.SurveyByToken.Answered {
		t.Fatalf("public survey %+v", pub.SurveyByToken)
	}
	s.Query(t, "", `query { surveyByToken(token: "phs_nope") { title } }`, nil).ExpectCode(t, "NOT_FOUND")
	// Answers: no sign-in; the second use of a link is a CONFLICT; a score outside 0–10 is refused.
	answer := func(token string, score int) apitest.Response {
		return s.Query(t, "", answerSurvey, map[string]any{"in": map[string]any{"token": token, "score": score, "answers": []string{"More leads"}}})
	}
	answer(acmeToken, 11).ExpectCode(t, "BAD_USER_INPUT")
	if res := answer(acmeToken, 10); len(res.Errors) > 0 {
		t.Fatalf("answer: %v", res.Codes())
	}
	answer(acmeToken, 0).ExpectCode(t, "CONFLICT")
	if res := answer(globexToken, 3); len(res.Errors) > 0 {
		t.Fatalf("answer: %v", res.Codes())
	}
	scores := []int{9, 7}
	i := 0
	for email, token := range tokens {
		if email == acmeAdmin || email == globexAdmin || i == len(scores) {
			continue
		}
		if res := answer(token, scores[i]); len(res.Errors) > 0 {
			t.Fatalf("answer: %v", res.Codes())
		}
		i++
	}
	// Scores given now: 10, 3, 9, 7 → promoters 2, detractors 1 of 4: NPS 25, PSAT 7.25.
	now := time.Now().UTC()
	var figs struct {
		ProgramMetrics []struct {
			Key   string
			Value *float64
			Count int
		}
	}
	s.Query(t, s.Login(t, vendorAdmin), `query($from: Time!, $to: Time!) { programMetrics(from: $from, to: $to) { key value count } }`,
		map[string]any{"from": now.Add(-time.Minute), "to": now.Add(time.Minute)}).Decode(t, &figs)
	got := map[string]float64{}
	for _, f := range figs.ProgramMetrics {
		if f.Value != nil {
			got[f.Key] = *f.Value
		}
		if (f.Key == "partner_nps" || f.Key == "partner_satisfaction") && f.Count != 4 {
			t.Errorf("%s over %d answers, want 4", f.Key, f.Count)
		}
	}
	if got["partner_nps"] != 25 || got["partner_satisfaction"] != 7.25 {
		t.Errorf("NPS %v, PSAT %v; want 25 and 7.25", got["partner_nps"], got["partner_satisfaction"])
	}
	// Partners see no answers, not even counts; the vendor sees them per organisation.
	for _, email := range []string{acmeAdmin, acmeSales, globexAdmin} {
		tok := s.Login(t, email)
		s.Query(t, tok, `{ surveyResponses { totalCount } }`, nil).ExpectCode(t, "FORBIDDEN")
		s.Query(t, tok, `{ surveys { totalCount } }`, nil).ExpectCode(t, "FORBIDDEN")
	}
	var resp struct {
		SurveyResponses struct {
			TotalCount int
			Edges      []struct{ Node struct{ ID string } }
		}
	}
	s.Query(t, pamToken, `{ surveyResponses(first: 1) { totalCount edges { node { id } } } }`, nil).Decode(t, &resp)
	if resp.SurveyResponses.TotalCount < 4 {
		t.Fatalf("the vendor sees %d responses", resp.SurveyResponses.TotalCount)
	}
	id := resp.SurveyResponses.Edges[0].Node.ID
	s.Query(t, s.Login(t, acmeAdmin), `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": id}).ExpectCode(t, "NOT_FOUND")
	s.Query(t, s.Login(t, acmeAdmin), `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": sv.ID}).ExpectCode(t, "NOT_FOUND")
}
