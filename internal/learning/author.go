package learning

import (
	"context"
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/certification"
	"github.com/partnerhub/partnerhub/ent/course"
	"github.com/partnerhub/partnerhub/ent/learningtrack"
	"github.com/partnerhub/partnerhub/ent/lesson"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/learning/quizspec"
)

// LessonInput is one lesson of a new course.
type LessonInput struct {
	// ID names an existing lesson of the course being edited; new lessons have none.
	ID         string
	Title      string
	Kind       lesson.Kind
	Body       string
	VideoURL   string
	ContentRef string
	Minutes    int
}

// QuestionInput is one question of a new quiz; Correct holds indexes into Choices.
type QuestionInput struct {
	Prompt   string
	Multiple bool
	Choices  []string
	Correct  []int
}

// QuizInput is a new course's quiz.
type QuizInput struct {
	Title          string
	PassMark       int
	AttemptsPerDay int
	Questions      []QuestionInput
}

// CourseInput is a new course.
type CourseInput struct {
	Title   string
	Summary string
	Minutes int
	Lessons []LessonInput
	Quiz    *QuizInput
}

// CreateCourse authors a course with its lessons and optional quiz.
func CreateCourse(ctx context.Context, client *ent.Client, in CourseInput) (*ent.Course, error) {
	if strings.TrimSpace(in.Title) == "" {
		return nil, apperr.BadInput("title", "give the course a title")
	}
	if len(in.Lessons) == 0 && in.Quiz == nil {
		return nil, apperr.BadInput("lessons", "a course has at least one lesson or a quiz")
	}
	for i, l := range in.Lessons {
		if err := checkLesson(fmt.Sprintf("lessons.%d", i), l); err != nil {
			return nil, err
		}
		if l.ID != "" {
			return nil, apperr.BadInput(fmt.Sprintf("lessons.%d.id", i), "a new course has no lessons yet")
		}
	}
	var questions []quizspec.Question
	key := quizspec.AnswerKey{}
	if in.Quiz != nil {
		var err error
		if questions, key, err = buildQuiz(*in.Quiz); err != nil {
			return nil, err
		}
	}
	c, err := client.Course.Create().SetTitle(strings.TrimSpace(in.Title)).SetSummary(in.Summary).SetMinutes(max(in.Minutes, 0)).Save(ctx)
	if err != nil {
		return nil, err
	}
	lessons := make([]*ent.LessonCreate, len(in.Lessons))
	for i, l := range in.Lessons {
		lessons[i] = client.Lesson.Create().SetCourseID(c.ID).SetPosition(i).SetTitle(strings.TrimSpace(l.Title)).
			SetKind(l.Kind).SetBody(l.Body).SetVideoURL(l.VideoURL).SetContentRef(l.ContentRef).SetMinutes(max(l.Minutes, 0))
	}
	if err := client.Lesson.CreateBulk(lessons...).Exec(ctx); err != nil {
		return nil, err
	}
	if in.Quiz != nil {
		err := client.Quiz.Create().SetCourseID(c.ID).SetTitle(in.Quiz.Title).
			SetPassMark(in.Quiz.PassMark).SetAttemptsPerDay(in.Quiz.AttemptsPerDay).
			SetQuestions(questions).SetAnswerKey(key).Exec(ctx)
		if err != nil {
			return nil, err
		}
	}
	return c, nil
}

func checkLesson(field string, l LessonInput) error {
	switch {
	case strings.TrimSpace(l.Title) == "":
		return apperr.BadInput(field+".title", "every lesson needs a title")
	case l.Kind == lesson.KindVIDEO:
		u, err := url.Parse(l.VideoURL)
		if err != nil || u.Scheme != "https" || u.Host == "" {
			return apperr.BadInput(field+".videoUrl", "a video lesson links to an https:// address")
		}
	case l.Kind == lesson.KindCONTENT && l.ContentRef == "":
		return apperr.BadInput(field+".contentRef", "a content lesson names its content item")
	case l.Kind == lesson.KindMARKDOWN && strings.TrimSpace(l.Body) == "":
		return apperr.BadInput(field+".body", "a markdown lesson has a body")
	}
	return nil
}

func buildQuiz(in QuizInput) ([]quizspec.Question, quizspec.AnswerKey, error) {
	switch {
	case strings.TrimSpace(in.Title) == "":
		return nil, nil, apperr.BadInput("quiz.title", "give the quiz a title")
	case in.PassMark < 1 || in.PassMark > 100:
		return nil, nil, apperr.BadInput("quiz.passMark", "the pass mark is a percentage from 1 to 100")
	case in.AttemptsPerDay < 1 || in.AttemptsPerDay > 20:
		return nil, nil, apperr.BadInput("quiz.attemptsPerDay", "allow 1 to 20 attempts per day")
	case len(in.Questions) == 0:
		return nil, nil, apperr.BadInput("quiz.questions", "a quiz has at least one question")
	}
	questions := make([]quizspec.Question, len(in.Questions))
	key := quizspec.AnswerKey{}
	for i, q := range in.Questions {
		field := fmt.Sprintf("quiz.questions.%d", i)
		if strings.TrimSpace(q.Prompt) == "" || len(q.Choices) < 2 {
			return nil, nil, apperr.BadInput(field, "a question has a prompt and at least two choices")
		}
		if len(q.Correct) == 0 || (!q.Multiple && len(q.Correct) != 1) {
			return nil, nil, apperr.BadInput(field+".correct", "mark one right choice (or, for multiple choice, at least one)")
		}
		qs := quizspec.Question{ID: questionID(i), Prompt: q.Prompt, Multiple: q.Multiple}
		for j, text := range q.Choices {
			qs.Choices = append(qs.Choices, quizspec.Choice{ID: choiceID(i, j), Text: text})
		}
		for _, j := range q.Correct {
			if j < 0 || j >= len(q.Choices) {
				return nil, nil, apperr.BadInput(field+".correct", "choice %d does not exist", j)
			}
			if id := choiceID(i, j); !slices.Contains(key[qs.ID], id) {
				key[qs.ID] = append(key[qs.ID], id)
			}
		}
		questions[i] = qs
	}
	return questions, key, nil
}

// TrackInput is a new learning track.
type TrackInput struct {
	Name        string
	Description string
	JobFunction learningtrack.JobFunction
	CourseIDs   []string
}

// CreateTrack authors a track from existing courses, in the given order.
func CreateTrack(ctx context.Context, client *ent.Client, in TrackInput) (*ent.LearningTrack, error) {
	if strings.TrimSpace(in.Name) == "" {
		return nil, apperr.BadInput("name", "give the track a name")
	}
	if err := allExist(ctx, len(in.CourseIDs), "courseIds", func() (int, error) {
		return client.Course.Query().Where(course.IDIn(in.CourseIDs...)).Count(ctx)
	}, in.CourseIDs); err != nil {
		return nil, err
	}
	return client.LearningTrack.Create().SetName(strings.TrimSpace(in.Name)).SetDescription(in.Description).
		SetJobFunction(in.JobFunction).SetCourseIds(in.CourseIDs).Save(ctx)
}

// CertificationInput is a new certification.
type CertificationInput struct {
	Name        string
	Description string
	Validity    certification.Validity
	TrackIDs    []string
}

// CreateCertification authors a certification that requires existing tracks.
func CreateCertification(ctx context.Context, client *ent.Client, in CertificationInput) (*ent.Certification, error) {
	if strings.TrimSpace(in.Name) == "" {
		return nil, apperr.BadInput("name", "give the certification a name")
	}
	if err := allExist(ctx, len(in.TrackIDs), "trackIds", func() (int, error) {
		return client.LearningTrack.Query().Where(learningtrack.IDIn(in.TrackIDs...)).Count(ctx)
	}, in.TrackIDs); err != nil {
		return nil, err
	}
	taken, err := client.Certification.Query().Where(certification.Name(strings.TrimSpace(in.Name))).Exist(ctx)
	if err != nil {
		return nil, err
	}
	if taken {
		return nil, &apperr.Error{Code: apperr.Conflict, Field: "name", Message: "a certification of this name exists already"}
	}
	return client.Certification.Create().SetName(strings.TrimSpace(in.Name)).SetDescription(in.Description).
		SetValidity(in.Validity).SetTrackIds(in.TrackIDs).Save(ctx)
}

// allExist refuses an empty or duplicated list, or one naming rows that do not exist.
func allExist(_ context.Context, n int, field string, count func() (int, error), ids []string) error {
	if n == 0 {
		return apperr.BadInput(field, "name at least one")
	}
	if len(slices.Compact(slices.Sorted(slices.Values(ids)))) != n {
		return apperr.BadInput(field, "each may be named once")
	}
	found, err := count()
	if err != nil {
		return err
	}
	if found != n {
		return apperr.BadInput(field, "some do not exist")
	}
	return nil
}
