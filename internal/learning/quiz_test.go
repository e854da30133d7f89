package learning_test

import (
	"sync"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/quizattempt"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/learning"
	"github.com/partnerhub/partnerhub/internal/learning/quizspec"
)

func TestGrade(t *testing.T) {
	qs := []quizspec.Question{
		{ID: "q1", Choices: []quizspec.Choice{{ID: "a"}, {ID: "b"}}},
		{ID: "q2", Multiple: true, Choices: []quizspec.Choice{{ID: "a"}, {ID: "b"}, {ID: "c"}}},
	}
	key := quizspec.AnswerKey{"q1": {"a"}, "q2": {"a", "c"}}
	for _, tc := range []struct {
		name    string
		answers learning.Answers
		want    int
	}{
		{"all right", learning.Answers{"q1": {"a"}, "q2": {"c", "a"}}, 100},
		{"multiple choice half right is wrong", learning.Answers{"q1": {"a"}, "q2": {"a"}}, 50},
		{"multiple choice with an extra pick is wrong", learning.Answers{"q1": {"a"}, "q2": {"a", "b", "c"}}, 50},
		{"a repeated pick counts once", learning.Answers{"q1": {"b"}, "q2": {"a", "c", "a"}}, 50},
		{"unanswered is wrong", learning.Answers{}, 0},
	} {
		if got := learning.Grade(qs, key, tc.answers); got != tc.want {
			t.Errorf("%s: %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestAttemptLimitUnderRace: eight attempts racing for a quiz allowing three a day: exactly three
// are graded and recorded, the rest are refused; the next UTC day allows three more.
func TestAttemptLimitUnderRace(t *testing.T) {
	e := newEnv(t)
	ctx := e.as(t, "sales@acme-reseller.test")
	q := e.trackCourses(t, "Sales essentials")[0].Edges.Quiz
	if q.AttemptsPerDay != 3 {
		t.Fatalf("the demo quiz allows %d attempts", q.AttemptsPerDay)
	}
	now := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	var wg sync.WaitGroup
	var mu sync.Mutex
	graded, refused := 0, map[apperr.Code]int{}
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := e.tx(ctx, func(c *ent.Client) error {
				_, _, err := learning.SubmitAttempt(ctx, c, q.ID, learning.Answers{"q1": {"q1c2"}}, now)
				return err
			})
			mu.Lock()
			defer mu.Unlock()
			if err == nil {
				graded++
				return
			}
			ae, ok := apperr.As(err)
			if !ok || (ae.Code != apperr.RateLimited && ae.Code != apperr.Conflict) {
				t.Errorf("racing attempt: %v", err)
				return
			}
			refused[ae.Code]++
		}()
	}
	wg.Wait()
	n, err := e.client.QuizAttempt.Query().Where(quizattempt.QuizID(q.ID)).Count(sys())
	if err != nil {
		t.Fatal(err)
	}
	if graded != 3 || n != 3 {
		t.Fatalf("%d attempts graded and %d recorded of 8 racing (refused %v), want 3", graded, n, refused)
	}
	err = e.tx(ctx, func(c *ent.Client) error {
		_, _, err := learning.SubmitAttempt(ctx, c, q.ID, learning.Answers{}, now.Add(time.Hour))
		return err
	})
	if ae, ok := apperr.As(err); !ok || ae.Code != apperr.RateLimited || ae.Extensions["retryAfter"] != 11*3600+1 {
		t.Fatalf("fourth attempt of the day: %v %+v", err, ae)
	}
	e.pass(t, ctx, q, now.Add(13*time.Hour)) // 01:00 the next day
}

// TestAttemptInputIsChecked: answers naming what the quiz does not have are refused and recorded
// nowhere.
func TestAttemptInputIsChecked(t *testing.T) {
	e := newEnv(t)
	ctx := e.as(t, "sales@acme-reseller.test")
	q := e.trackCourses(t, "Sales essentials")[0].Edges.Quiz
	for _, answers := range []learning.Answers{{"q9": {"q9c1"}}, {"q1": {"q2c1"}}, {"q1": {"q1c1", "q1c2"}}} {
		err := e.tx(ctx, func(c *ent.Client) error {
			_, _, err := learning.SubmitAttempt(ctx, c, q.ID, answers, time.Now())
			return err
		})
		if ae, ok := apperr.As(err); !ok || ae.Code != apperr.BadUserInput || ae.Field != "answers" {
			t.Errorf("answers %v: %v", answers, err)
		}
	}
	if n, _ := e.client.QuizAttempt.Query().Count(sys()); n != 0 {
		t.Fatalf("%d attempts recorded from bad input", n)
	}
}
