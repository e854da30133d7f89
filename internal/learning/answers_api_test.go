package learning_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/partnerhub/partnerhub/graph"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

// TestAnswersNeverSent: a quiz's right answers reach no client, however it asks: the schema has
// no field that could carry them, every way of reading a quiz returns exactly the questions and
// choices, and grading answers only with the score and whether it passed.
func TestAnswersNeverSent(t *testing.T) {
	schema := gqlparser.MustLoadSchema(&ast.Source{Input: graph.SDL()})
	for _, typ := range []string{"Quiz", "QuizQuestion", "QuizChoice", "QuizAttempt", "SubmitQuizAttemptPayload", "Course"} {
		for _, f := range schema.Types[typ].Fields {
			name := strings.ToLower(f.Name)
			if strings.Contains(name, "answer") || strings.Contains(name, "correct") || strings.Contains(name, "key") {
				t.Errorf("%s.%s could carry a quiz's answers", typ, f.Name)
			}
		}
	}

	s := apitest.New(t)
	for _, email := range []string{"sales@acme-reseller.test", "admin@vendor.test"} {
		token := s.Login(t, email)
		var l learningJSON
		if email == "admin@vendor.test" {
			// Vendor users take no training; they read courses from the catalogue.
			var courses struct {
				Courses struct {
					Edges []struct{ Node struct{ ID string } }
				}
			}
			s.Query(t, token, `{ courses(first: 10) { edges { node { id } } } }`, nil).Decode(t, &courses)
			for _, e := range courses.Courses.Edges {
				checkQuizPayload(t, s, token, e.Node.ID)
			}
			continue
		}
		s.Query(t, token, myLearning, nil).Decode(t, &l)
		for _, tr := range l.MyLearning.Tracks {
			for _, c := range tr.Courses {
				checkQuizPayload(t, s, token, c.Course.ID)
			}
		}
		if res := s.Query(t, token, `query($id: ID!) { node(id: $id) { ... on Quiz { answerKey } } }`, map[string]any{"id": "qiz_01J00000000000000000000000"}); len(res.Errors) == 0 {
			t.Fatalf("answerKey is a field: %s", res.Raw)
		}
	}
	token := s.Login(t, "sales@acme-reseller.test")
	var l learningJSON
	s.Query(t, token, myLearning, nil).Decode(t, &l)
	var cj courseJSON
	s.Query(t, token, courseQuery, map[string]any{"id": l.MyLearning.Tracks[0].Courses[0].Course.ID}).Decode(t, &cj)
	res := s.Query(t, token, `mutation($input: SubmitQuizAttemptInput!) { submitQuizAttempt(input: $input) { attempt { id passed score number quiz { id questions { id choices { id text } } } } } }`,
		map[string]any{"input": map[string]any{"quizId": cj.Node.Quiz.ID, "answers": []map[string]any{}}})
	checkNoAnswers(t, s, cj.Node.Quiz.ID, res.Raw)
}

// checkQuizPayload reads a course's quiz as the learner does and checks the answer holds nothing
// but the questions and choices.
func checkQuizPayload(t *testing.T, s *apitest.Server, token, courseID string) {
	t.Helper()
	res := s.Query(t, token, courseQuery, map[string]any{"id": courseID})
	var cj courseJSON
	res.Decode(t, &cj)
	if cj.Node.Quiz == nil {
		return
	}
	checkNoAnswers(t, s, cj.Node.Quiz.ID, res.Raw)
	var raw struct {
		Data struct {
			Node struct {
				Quiz struct {
					Questions []map[string]json.RawMessage
				}
			}
		}
	}
	json.Unmarshal(res.Raw, &raw)
	for _, q := range raw.Data.Node.Quiz.Questions {
		for k := range q {
			if k != "id" && k != "prompt" && k != "multiple" && k != "choices" {
				t.Errorf("a question carries %q", k)
			}
		}
	}
}

// checkNoAnswers fails when raw marks any choice of the quiz as right: the key's structure (a
// question ID followed by its right choice IDs) or words that would label it.
func checkNoAnswers(t *testing.T, s *apitest.Server, quizID string, raw []byte) {
	t.Helper()
	body := strings.ToLower(string(raw))
	for _, word := range []string{"correct", "answerkey", "answer_key", "isright"} {
		if strings.Contains(body, word) {
			t.Errorf("response mentions %q: %s", word, raw)
		}
	}
	for q, right := range rightAnswers(t, s, quizID) {
		key, _ := json.Marshal(map[string][]string{q: right})
		if strings.Contains(string(raw), strings.Trim(string(key), "{}")) {
			t.Errorf("response carries the answer key of %s: %s", q, raw)
		}
	}
}
