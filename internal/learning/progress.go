// Package learning runs training: courses of lessons with quizzes graded on the server, tracks of
// courses by job function, and certifications issued when a person completes their tracks
// (docs/onboarding-and-training.md).
package learning

import (
	"context"
	"slices"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/course"
	"github.com/partnerhub/partnerhub/ent/learningtrack"
	"github.com/partnerhub/partnerhub/ent/lesson"
	"github.com/partnerhub/partnerhub/ent/lessonprogress"
	"github.com/partnerhub/partnerhub/ent/quiz"
	"github.com/partnerhub/partnerhub/ent/quizattempt"
	"github.com/partnerhub/partnerhub/ent/user"
)

// TrackFunction maps a person to the track job function made for them: users record SALES,
// PRESALES, SUPPORT, MARKETING or MANAGEMENT; tracks are for SALES, PRESALES, MARKETING or ADMIN.
// Support engineers take the technical (PRESALES) track, management and partner admins without a
// recorded job the ADMIN one, sales users without one the SALES one.
func TrackFunction(u *ent.User) learningtrack.JobFunction {
	if u.JobFunction != nil {
		switch *u.JobFunction {
		case user.JobFunctionSALES:
			return learningtrack.JobFunctionSALES
		case user.JobFunctionPRESALES, user.JobFunctionSUPPORT:
			return learningtrack.JobFunctionPRESALES
		case user.JobFunctionMARKETING:
			return learningtrack.JobFunctionMARKETING
		case user.JobFunctionMANAGEMENT:
			return learningtrack.JobFunctionADMIN
		}
	}
	if u.Role == user.RolePARTNER_ADMIN {
		return learningtrack.JobFunctionADMIN
	}
	return learningtrack.JobFunctionSALES
}

// CourseProgress is one course's state for one person.
type CourseProgress struct {
	Course             *ent.Course
	CompletedLessonIDs []string
	TotalLessons       int
	QuizPassed         bool
	Complete           bool
}

// TrackProgress is one track's state for one person.
type TrackProgress struct {
	Track            *ent.LearningTrack
	Recommended      bool
	Courses          []*CourseProgress
	CompletedCourses int
	Percent          int
}

// ledger is what one person has done, read once: lessons completed and quizzes passed (when).
type ledger struct {
	lessons map[string]bool
	passed  map[string][]time.Time // quiz ID → times of passed attempts
}

func readLedger(ctx context.Context, client *ent.Client, userID string) (*ledger, error) {
	done, err := client.LessonProgress.Query().Where(lessonprogress.UserID(userID)).
		Select(lessonprogress.FieldLessonID).Strings(ctx)
	if err != nil {
		return nil, err
	}
	l := &ledger{lessons: map[string]bool{}, passed: map[string][]time.Time{}}
	for _, id := range done {
		l.lessons[id] = true
	}
	attempts, err := client.QuizAttempt.Query().Where(quizattempt.UserID(userID), quizattempt.Passed(true)).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, a := range attempts {
		l.passed[a.QuizID] = append(l.passed[a.QuizID], a.CreatedAt)
	}
	return l, nil
}

// passedSince is whether the quiz was passed at or after since (the zero time: ever).
func (l *ledger) passedSince(quizID string, since time.Time) bool {
	return slices.ContainsFunc(l.passed[quizID], func(at time.Time) bool { return !at.Before(since) })
}

// catalog is the courses with their lessons and quizzes, read once.
type catalog struct {
	courses map[string]*ent.Course
}

func readCatalog(ctx context.Context, client *ent.Client, courseIDs []string) (*catalog, error) {
	q := client.Course.Query().
		WithLessons(func(q *ent.LessonQuery) { q.Order(ent.Asc(lesson.FieldPosition), ent.Asc(lesson.FieldID)) }).
		WithQuiz(func(q *ent.QuizQuery) {
			q.Select(quiz.FieldID, quiz.FieldCourseID, quiz.FieldTitle, quiz.FieldPassMark, quiz.FieldAttemptsPerDay)
		})
	if courseIDs != nil {
		q.Where(course.IDIn(courseIDs...))
	}
	all, err := q.All(ctx)
	if err != nil {
		return nil, err
	}
	c := &catalog{courses: map[string]*ent.Course{}}
	for _, x := range all {
		c.courses[x.ID] = x
	}
	return c, nil
}

// courseProgress is a course's state; its quiz counts when passed at or after since.
func (l *ledger) courseProgress(c *ent.Course, since time.Time) *CourseProgress {
	p := &CourseProgress{Course: c, TotalLessons: len(c.Edges.Lessons), CompletedLessonIDs: []string{}}
	for _, ls := range c.Edges.Lessons {
		if l.lessons[ls.ID] {
			p.CompletedLessonIDs = append(p.CompletedLessonIDs, ls.ID)
		}
	}
	p.QuizPassed = c.Edges.Quiz == nil || l.passedSince(c.Edges.Quiz.ID, since)
	p.Complete = p.QuizPassed && len(p.CompletedLessonIDs) == p.TotalLessons
	return p
}

// trackProgress is a track's state, courses in the track's order (a course deleted since is skipped).
func (l *ledger) trackProgress(cat *catalog, t *ent.LearningTrack, since time.Time) *TrackProgress {
	tp := &TrackProgress{Track: t, Courses: []*CourseProgress{}}
	for _, id := range t.CourseIds {
		c := cat.courses[id]
		if c == nil {
			continue
		}
		cp := l.courseProgress(c, since)
		tp.Courses = append(tp.Courses, cp)
		if cp.Complete {
			tp.CompletedCourses++
		}
	}
	if len(tp.Courses) > 0 {
		tp.Percent = tp.CompletedCourses * 100 / len(tp.Courses)
	}
	return tp
}

func (tp *TrackProgress) complete() bool {
	return len(tp.Courses) > 0 && tp.CompletedCourses == len(tp.Courses)
}

// CoursesInOrder loads the courses of ids in that order (ones the viewer cannot read, or deleted
// since, are left out).
func CoursesInOrder(ctx context.Context, client *ent.Client, ids []string) ([]*ent.Course, error) {
	all, err := client.Course.Query().Where(course.IDIn(ids...)).All(ctx)
	return inOrder(all, ids, func(c *ent.Course) string { return c.ID }), err
}

// TracksInOrder loads the tracks of ids in that order.
func TracksInOrder(ctx context.Context, client *ent.Client, ids []string) ([]*ent.LearningTrack, error) {
	all, err := client.LearningTrack.Query().Where(learningtrack.IDIn(ids...)).All(ctx)
	return inOrder(all, ids, func(t *ent.LearningTrack) string { return t.ID }), err
}

func inOrder[T any](rows []T, ids []string, id func(T) string) []T {
	by := map[string]T{}
	for _, r := range rows {
		by[id(r)] = r
	}
	out := make([]T, 0, len(ids))
	for _, i := range ids {
		if r, ok := by[i]; ok {
			out = append(out, r)
		}
	}
	return out
}
