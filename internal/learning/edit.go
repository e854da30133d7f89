package learning

import (
	"context"
	"fmt"
	"strings"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/certification"
	"github.com/partnerhub/partnerhub/ent/certificationaward"
	"github.com/partnerhub/partnerhub/ent/course"
	"github.com/partnerhub/partnerhub/ent/learningtrack"
	"github.com/partnerhub/partnerhub/ent/lesson"
	"github.com/partnerhub/partnerhub/ent/lessonprogress"
	"github.com/partnerhub/partnerhub/ent/quiz"
	"github.com/partnerhub/partnerhub/ent/quizattempt"
	"github.com/partnerhub/partnerhub/internal/apperr"
)

// CourseEdit changes a course; nil fields stay as they are.
type CourseEdit struct {
	Title   *string
	Summary *string
	Minutes *int
	// Lessons, when not nil, is the whole new ordered list: entries with an ID keep (and edit)
	// that lesson of the course, the others are new, and lessons left out are removed unless
	// someone completed them (progress records are append-only: CONFLICT).
	Lessons []LessonInput
	// Quiz replaces the quiz's questions and settings; past attempts keep their grades.
	Quiz *QuizInput
	// RemoveQuiz drops the quiz, refused once anyone attempted it.
	RemoveQuiz bool
}

// UpdateCourse edits a course, its lessons and its quiz (docs/onboarding-and-training.md says what
// an edit does to people part-way through it).
func UpdateCourse(ctx context.Context, client *ent.Client, id string, in CourseEdit) (*ent.Course, error) {
	c, err := client.Course.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if in.Quiz != nil && in.RemoveQuiz {
		return nil, apperr.BadInput("removeQuiz", "either replace the quiz or remove it")
	}
	upd := c.Update()
	if in.Title != nil {
		if strings.TrimSpace(*in.Title) == "" {
			return nil, apperr.BadInput("title", "give the course a title")
		}
		upd.SetTitle(strings.TrimSpace(*in.Title))
	}
	if in.Summary != nil {
		upd.SetSummary(*in.Summary)
	}
	if in.Minutes != nil {
		upd.SetMinutes(max(*in.Minutes, 0))
	}
	if c, err = upd.Save(ctx); err != nil {
		return nil, err
	}
	if in.Lessons != nil {
		if err := replaceLessons(ctx, client, c.ID, in.Lessons); err != nil {
			return nil, err
		}
	}
	if err := editQuiz(ctx, client, c.ID, in); err != nil {
		return nil, err
	}
	lessons, err := client.Lesson.Query().Where(lesson.CourseID(c.ID)).Count(ctx)
	if err != nil {
		return nil, err
	}
	hasQuiz, err := client.Quiz.Query().Where(quiz.CourseID(c.ID)).Exist(ctx)
	if err != nil {
		return nil, err
	}
	if lessons == 0 && !hasQuiz {
		return nil, apperr.BadInput("lessons", "a course has at least one lesson or a quiz")
	}
	return c, nil
}

func replaceLessons(ctx context.Context, client *ent.Client, courseID string, list []LessonInput) error {
	existing, err := client.Lesson.Query().Where(lesson.CourseID(courseID)).All(ctx)
	if err != nil {
		return err
	}
	kept := map[string]bool{}
	for i, l := range list {
		field := fmt.Sprintf("lessons.%d", i)
		if err := checkLesson(field, l); err != nil {
			return err
		}
		if l.ID == "" {
			continue
		}
		if kept[l.ID] || !hasLesson(existing, l.ID) {
			return apperr.BadInput(field+".id", "not a lesson of this course, or named twice")
		}
		kept[l.ID] = true
	}
	var gone []string
	for _, l := range existing {
		if !kept[l.ID] {
			gone = append(gone, l.ID)
		}
	}
	if len(gone) > 0 {
		taken, err := client.LessonProgress.Query().Where(lessonprogress.LessonIDIn(gone...)).Exist(ctx)
		if err != nil {
			return err
		}
		if taken {
			return &apperr.Error{Code: apperr.Conflict, Field: "lessons", Message: "people have completed a lesson left out; keep it (edit it instead)"}
		}
		if _, err := client.Lesson.Delete().Where(lesson.IDIn(gone...)).Exec(ctx); err != nil {
			return err
		}
	}
	for i, l := range list {
		if l.ID != "" {
			err = client.Lesson.UpdateOneID(l.ID).SetPosition(i).SetTitle(strings.TrimSpace(l.Title)).
				SetKind(l.Kind).SetBody(l.Body).SetVideoURL(l.VideoURL).SetContentRef(l.ContentRef).SetMinutes(max(l.Minutes, 0)).Exec(ctx)
		} else {
			err = client.Lesson.Create().SetCourseID(courseID).SetPosition(i).SetTitle(strings.TrimSpace(l.Title)).
				SetKind(l.Kind).SetBody(l.Body).SetVideoURL(l.VideoURL).SetContentRef(l.ContentRef).SetMinutes(max(l.Minutes, 0)).Exec(ctx)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func hasLesson(list []*ent.Lesson, id string) bool {
	for _, l := range list {
		if l.ID == id {
			return true
		}
	}
	return false
}

// editQuiz replaces or removes a course's quiz. Attempts keep the score and pass they were graded
// with: a new answer key grades only attempts made after it.
func editQuiz(ctx context.Context, client *ent.Client, courseID string, in CourseEdit) error {
	current, err := client.Quiz.Query().Where(quiz.CourseID(courseID)).Only(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return err
	}
	switch {
	case in.RemoveQuiz && current != nil:
		tried, err := client.QuizAttempt.Query().Where(quizattempt.QuizID(current.ID)).Exist(ctx)
		if err != nil {
			return err
		}
		if tried {
			return &apperr.Error{Code: apperr.Conflict, Field: "removeQuiz", Message: "people have attempted this quiz; replace its questions instead"}
		}
		return client.Quiz.DeleteOne(current).Exec(ctx)
	case in.Quiz == nil:
		return nil
	}
	questions, key, err := buildQuiz(*in.Quiz)
	if err != nil {
		return err
	}
	if current == nil {
		return client.Quiz.Create().SetCourseID(courseID).SetTitle(strings.TrimSpace(in.Quiz.Title)).
			SetPassMark(in.Quiz.PassMark).SetAttemptsPerDay(in.Quiz.AttemptsPerDay).
			SetQuestions(questions).SetAnswerKey(key).Exec(ctx)
	}
	return current.Update().SetTitle(strings.TrimSpace(in.Quiz.Title)).
		SetPassMark(in.Quiz.PassMark).SetAttemptsPerDay(in.Quiz.AttemptsPerDay).
		SetQuestions(questions).SetAnswerKey(key).Exec(ctx)
}

// DeleteCourse removes a course nobody has started and no track lists; anything else is refused
// with CONFLICT, so no one's progress or attempts disappear.
func DeleteCourse(ctx context.Context, client *ent.Client, id string) error {
	c, err := client.Course.Get(ctx, id)
	if err != nil {
		return err
	}
	tracks, err := client.LearningTrack.Query().All(ctx)
	if err != nil {
		return err
	}
	for _, t := range tracks {
		for _, cid := range t.CourseIds {
			if cid == c.ID {
				return inUse("track %q lists this course; take it out of the track first", t.Name)
			}
		}
	}
	started, err := client.LessonProgress.Query().Where(lessonprogress.HasLessonWith(lesson.CourseID(c.ID))).Exist(ctx)
	if err != nil {
		return err
	}
	if !started {
		started, err = client.QuizAttempt.Query().Where(quizattempt.HasQuizWith(quiz.CourseID(c.ID))).Exist(ctx)
		if err != nil {
			return err
		}
	}
	if started {
		return inUse("people have taken this course; their records keep it")
	}
	if _, err := client.Quiz.Delete().Where(quiz.CourseID(c.ID)).Exec(ctx); err != nil {
		return err
	}
	if _, err := client.Lesson.Delete().Where(lesson.CourseID(c.ID)).Exec(ctx); err != nil {
		return err
	}
	return client.Course.DeleteOne(c).Exec(ctx)
}

// TrackEdit changes a track; nil fields stay as they are.
type TrackEdit struct {
	Name        *string
	Description *string
	JobFunction *learningtrack.JobFunction
	CourseIDs   []string
}

// UpdateTrack edits a track. Progress is kept per lesson, so people keep what they did; the
// track's completion is reckoned on its new courses, and certifications already issued stay.
func UpdateTrack(ctx context.Context, client *ent.Client, id string, in TrackEdit) (*ent.LearningTrack, error) {
	t, err := client.LearningTrack.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	upd := t.Update()
	if in.Name != nil {
		if strings.TrimSpace(*in.Name) == "" {
			return nil, apperr.BadInput("name", "give the track a name")
		}
		upd.SetName(strings.TrimSpace(*in.Name))
	}
	if in.Description != nil {
		upd.SetDescription(*in.Description)
	}
	if in.JobFunction != nil {
		upd.SetJobFunction(*in.JobFunction)
	}
	if in.CourseIDs != nil {
		if err := coursesExist(ctx, client, in.CourseIDs); err != nil {
			return nil, err
		}
		upd.SetCourseIds(in.CourseIDs)
	}
	return upd.Save(ctx)
}

// DeleteTrack removes a track no certification requires (CONFLICT otherwise).
func DeleteTrack(ctx context.Context, client *ent.Client, id string) error {
	t, err := client.LearningTrack.Get(ctx, id)
	if err != nil {
		return err
	}
	certs, err := client.Certification.Query().All(ctx)
	if err != nil {
		return err
	}
	for _, c := range certs {
		for _, tid := range c.TrackIds {
			if tid == t.ID {
				return inUse("certification %q requires this track; change the certification first", c.Name)
			}
		}
	}
	return client.LearningTrack.DeleteOne(t).Exec(ctx)
}

// CertificationEdit changes a certification; nil fields stay as they are.
type CertificationEdit struct {
	Name        *string
	Description *string
	Validity    *certification.Validity
	TrackIDs    []string
}

// UpdateCertification edits a certification. Awards already issued keep their dates and status;
// new requirements and validity apply to awards issued afterwards.
func UpdateCertification(ctx context.Context, client *ent.Client, id string, in CertificationEdit) (*ent.Certification, error) {
	c, err := client.Certification.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	upd := c.Update()
	if in.Name != nil {
		name := strings.TrimSpace(*in.Name)
		if name == "" {
			return nil, apperr.BadInput("name", "give the certification a name")
		}
		taken, err := client.Certification.Query().Where(certification.Name(name), certification.IDNEQ(c.ID)).Exist(ctx)
		if err != nil {
			return nil, err
		}
		if taken {
			return nil, &apperr.Error{Code: apperr.Conflict, Field: "name", Message: "a certification of this name exists already"}
		}
		upd.SetName(name)
	}
	if in.Description != nil {
		upd.SetDescription(*in.Description)
	}
	if in.Validity != nil {
		upd.SetValidity(*in.Validity)
	}
	if in.TrackIDs != nil {
		if err := allExist(ctx, len(in.TrackIDs), "trackIds", func() (int, error) {
			return client.LearningTrack.Query().Where(learningtrack.IDIn(in.TrackIDs...)).Count(ctx)
		}, in.TrackIDs); err != nil {
			return nil, err
		}
		upd.SetTrackIds(in.TrackIDs)
	}
	return upd.Save(ctx)
}

// DeleteCertification removes a certification never awarded; once awarded, its holders'
// verification links must keep working, so it is refused with CONFLICT.
func DeleteCertification(ctx context.Context, client *ent.Client, id string) error {
	c, err := client.Certification.Get(ctx, id)
	if err != nil {
		return err
	}
	awarded, err := client.CertificationAward.Query().Where(certificationaward.CertificationID(c.ID)).Exist(ctx)
	if err != nil {
		return err
	}
	if awarded {
		return inUse("people hold this certification")
	}
	return client.Certification.DeleteOne(c).Exec(ctx)
}

func coursesExist(ctx context.Context, client *ent.Client, ids []string) error {
	return allExist(ctx, len(ids), "courseIds", func() (int, error) {
		return client.Course.Query().Where(course.IDIn(ids...)).Count(ctx)
	}, ids)
}

func inUse(format string, args ...any) error {
	return &apperr.Error{Code: apperr.Conflict, Message: fmt.Sprintf(format, args...)}
}
