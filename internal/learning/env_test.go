package learning_test

import (
	"context"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/course"
	"github.com/partnerhub/partnerhub/ent/learningtrack"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/learning"
	"github.com/partnerhub/partnerhub/internal/seed"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// env is a fresh database with the demo program and curriculum, and nobody's progress.
type env struct {
	client *ent.Client
}

func newEnv(t *testing.T) *env {
	t.Helper()
	client := testdb.Client(t)
	if _, err := seed.Program(sys(), client, "test-password"); err != nil {
		t.Fatal(err)
	}
	return &env{client: client}
}

func (e *env) as(t *testing.T, email string) context.Context {
	t.Helper()
	u, err := e.client.User.Query().Where(user.Email(email)).Only(sys())
	if err != nil {
		t.Fatalf("user %s: %v", email, err)
	}
	return viewer.NewContext(context.Background(), &viewer.Viewer{UserID: u.ID, Role: viewer.Role(u.Role), PartnerID: u.PartnerID})
}

// tx runs fn in one transaction, as the server does for a mutation.
func (e *env) tx(ctx context.Context, fn func(*ent.Client) error) error {
	tx, err := e.client.Tx(ctx)
	if err != nil {
		return err
	}
	if err := fn(tx.Client()); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// trackCourses is the named track's courses with lessons and quiz, in order.
func (e *env) trackCourses(t *testing.T, name string) []*ent.Course {
	t.Helper()
	tr, err := e.client.LearningTrack.Query().Where(learningtrack.Name(name)).Only(sys())
	if err != nil {
		t.Fatal(err)
	}
	var out []*ent.Course
	for _, id := range tr.CourseIds {
		c, err := e.client.Course.Query().Where(course.ID(id)).WithLessons().WithQuiz().Only(sys())
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, c)
	}
	return out
}

// pass submits the quiz's right answers at now and returns what it awarded.
func (e *env) pass(t *testing.T, ctx context.Context, q *ent.Quiz, now time.Time) []*ent.CertificationAward {
	t.Helper()
	var awards []*ent.CertificationAward
	err := e.tx(ctx, func(c *ent.Client) error {
		a, aw, err := learning.SubmitAttempt(ctx, c, q.ID, learning.Answers(q.AnswerKey), now)
		if err == nil && !a.Passed {
			t.Fatalf("right answers failed: %+v", a)
		}
		awards = aw
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return awards
}

// completeTrack takes every lesson and passes every quiz of the track at now.
func (e *env) completeTrack(t *testing.T, ctx context.Context, name string, now time.Time) []*ent.CertificationAward {
	t.Helper()
	var awards []*ent.CertificationAward
	for _, c := range e.trackCourses(t, name) {
		for _, l := range c.Edges.Lessons {
			err := e.tx(ctx, func(cl *ent.Client) error {
				_, aw, err := learning.CompleteLesson(ctx, cl, l.ID, now)
				awards = append(awards, aw...)
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
		}
		if c.Edges.Quiz != nil {
			awards = append(awards, e.pass(t, ctx, c.Edges.Quiz, now)...)
		}
	}
	return awards
}
