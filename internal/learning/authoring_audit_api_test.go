package learning_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

// authoredQuiz has two questions whose right choices (indexes 2, and 0 and 3) are what the audit
// must not keep.
var authoredQuiz = map[string]any{"title": "Check", "passMark": 50, "attemptsPerDay": 2, "questions": []map[string]any{
	{"prompt": "Which plan registers deals?", "multiple": false, "choices": []string{"None", "Basic", "Registration plan"}, "correct": []int{2}},
	{"prompt": "Which pay MDF?", "multiple": true, "choices": []string{"Vendor", "Customer", "Nobody", "Programme"}, "correct": []int{0, 3}},
}}

// auditSummaries returns the summaries of the audit events of one action, as an ADMIN reads them.
func auditSummaries(t *testing.T, s *apitest.Server, token, action string) []json.RawMessage {
	t.Helper()
	var out struct {
		AuditEvents struct {
			Edges []struct {
				Node struct{ Summary json.RawMessage }
			}
		}
	}
	s.Query(t, token, `query($a: String!) { auditEvents(first: 50, where: {action: $a}) { edges { node { summary } } } }`,
		map[string]any{"a": action}).Decode(t, &out)
	var list []json.RawMessage
	for _, e := range out.AuditEvents.Edges {
		list = append(list, e.Node.Summary)
	}
	return list
}

// checkAuditedQuiz fails when an audit summary holds a quiz's right answers, or not the quiz's
// shape that tells an auditor what was written.
func checkAuditedQuiz(t *testing.T, summary json.RawMessage) {
	t.Helper()
	body := string(summary)
	if strings.Contains(strings.ToLower(body), "correct") || strings.Contains(body, "[0,3]") || strings.Contains(body, "[2]") {
		t.Errorf("the audit keeps the answer key: %s", body)
	}
	var s struct {
		Input struct {
			Quiz struct {
				PassMark  int
				Questions struct {
					Count   int
					Choices []int
				}
			}
		}
	}
	if err := json.Unmarshal(summary, &s); err != nil {
		t.Fatal(err)
	}
	if q := s.Input.Quiz; q.PassMark != 50 || q.Questions.Count != 2 || len(q.Questions.Choices) != 2 || q.Questions.Choices[1] != 4 {
		t.Errorf("the audit does not say what quiz was written: %s", body)
	}
}

// TestAuditKeepsNoAnswerKey: authoring a course with a quiz is audited with the quiz's shape, and
// the audit log an ADMIN reads holds none of its right answers.
func TestAuditKeepsNoAnswerKey(t *testing.T) {
	s := apitest.New(t)
	admin := s.Login(t, "admin@vendor.test")
	var created struct {
		CreateCourse struct{ Course struct{ ID string } }
	}
	s.Query(t, admin, `mutation($input: CreateCourseInput!) { createCourse(input: $input) { course { id } } }`, map[string]any{"input": map[string]any{
		"title": "Audited course", "lessons": []map[string]any{{"title": "Read", "kind": "MARKDOWN", "body": "Text."}}, "quiz": authoredQuiz,
	}}).Decode(t, &created)
	summaries := auditSummaries(t, s, admin, "createCourse")
	if len(summaries) != 1 {
		t.Fatalf("%d createCourse events, want 1", len(summaries))
	}
	checkAuditedQuiz(t, summaries[0])
}
