package learning_test

import (
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent/quiz"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

type awardJSON struct {
	ID, Status, VerificationURL string
	Valid                       bool
	ExpiresAt                   *time.Time
	Certification               struct{ Name string }
}

const awardFields = `id status valid verificationUrl expiresAt certification { name }`

type quizJSON struct {
	ID        string
	PassMark  int
	Questions []struct {
		ID       string
		Multiple bool
		Choices  []struct{ ID, Text string }
	}
}

type learningJSON struct {
	MyLearning struct {
		JobFunction string
		Tracks      []struct {
			Recommended bool
			Percent     int
			Track       struct{ Name string }
			Courses     []struct {
				Complete bool
				Course   struct{ ID, Title string }
			}
		}
		Awards []awardJSON
	}
}

const myLearning = `{ myLearning { jobFunction awards { ` + awardFields + ` } tracks { recommended percent track { name }
  courses { complete course { id title } } } } }`

type courseJSON struct {
	Node struct {
		ID, Title string
		Lessons   []struct{ ID, Title, Kind, Body string }
		Quiz      *quizJSON
	}
}

// courseQuery is what a learner opens: a course's lessons and quiz.
const courseQuery = `query($id: ID!) { node(id: $id) { ... on Course { id title lessons { id title kind body } quiz { id passMark questions { id prompt multiple choices { id text } } } } } }`

// submit sends one attempt; answers maps question ID → choice IDs.
func submit(t *testing.T, s *apitest.Server, token, quizID string, answers map[string][]string) apitest.Response {
	t.Helper()
	var list []map[string]any
	for q, cs := range answers {
		list = append(list, map[string]any{"questionId": q, "choiceIds": cs})
	}
	return s.Query(t, token, `mutation($input: SubmitQuizAttemptInput!) { submitQuizAttempt(input: $input) {
  attempt { passed score } awarded { `+awardFields+` } } }`, map[string]any{"input": map[string]any{"quizId": quizID, "answers": list}})
}

type attemptJSON struct {
	SubmitQuizAttempt struct {
		Attempt struct {
			Passed bool
			Score  int
		}
		Awarded []awardJSON
	}
}

// rightAnswers reads a quiz's answer key from the database: the test knows what an author knows.
func rightAnswers(t *testing.T, s *apitest.Server, quizID string) map[string][]string {
	t.Helper()
	q, err := s.Client.Quiz.Query().Where(quiz.ID(quizID)).Only(sys())
	if err != nil {
		t.Fatal(err)
	}
	return q.AnswerKey
}

// wrongAnswers picks, for every question, a choice outside the key.
func wrongAnswers(t *testing.T, s *apitest.Server, qz *quizJSON) map[string][]string {
	key := rightAnswers(t, s, qz.ID)
	out := map[string][]string{}
	for _, q := range qz.Questions {
		for _, c := range q.Choices {
			right := false
			for _, k := range key[q.ID] {
				right = right || k == c.ID
			}
			if !right {
				out[q.ID] = []string{c.ID}
				break
			}
		}
	}
	return out
}

// completeTrack takes every lesson of the named track, fails each quiz once and then passes it,
// and returns the certifications the attempts and lessons awarded.
func completeTrack(t *testing.T, s *apitest.Server, token, track string) []awardJSON {
	t.Helper()
	var l learningJSON
	s.Query(t, token, myLearning, nil).Decode(t, &l)
	var awards []awardJSON
	found := false
	for _, tr := range l.MyLearning.Tracks {
		if tr.Track.Name != track {
			continue
		}
		found = true
		for _, cp := range tr.Courses {
			var cj courseJSON
			s.Query(t, token, courseQuery, map[string]any{"id": cp.Course.ID}).Decode(t, &cj)
			c := cj.Node
			for _, ls := range c.Lessons {
				var done struct {
					CompleteLesson struct{ Awarded []awardJSON }
				}
				s.Query(t, token, `mutation($input: CompleteLessonInput!) { completeLesson(input: $input) { progress { id } awarded { `+awardFields+` } } }`,
					map[string]any{"input": map[string]any{"lessonId": ls.ID}}).Decode(t, &done)
				awards = append(awards, done.CompleteLesson.Awarded...)
			}
			if c.Quiz == nil {
				continue
			}
			var failed attemptJSON
			submit(t, s, token, c.Quiz.ID, wrongAnswers(t, s, c.Quiz)).Decode(t, &failed)
			if a := failed.SubmitQuizAttempt; a.Attempt.Passed || a.Attempt.Score >= c.Quiz.PassMark || len(a.Awarded) > 0 {
				t.Fatalf("wrong answers to %s: %+v", c.Title, a)
			}
			var passed attemptJSON
			submit(t, s, token, c.Quiz.ID, rightAnswers(t, s, c.Quiz.ID)).Decode(t, &passed)
			if a := passed.SubmitQuizAttempt.Attempt; !a.Passed || a.Score != 100 {
				t.Fatalf("right answers to %s: %+v", c.Title, a)
			}
			awards = append(awards, passed.SubmitQuizAttempt.Awarded...)
		}
	}
	if !found {
		t.Fatalf("no track %q in %+v", track, l)
	}
	return awards
}
