package graph_test

import (
	"testing"

	"github.com/partnerhub/partnerhub/ent/course"
	"github.com/partnerhub/partnerhub/ent/lesson"
	"github.com/partnerhub/partnerhub/ent/onboardingstep"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/quiz"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

// openAcmeStep reopens the demo step of Acme with this title and returns its ID, so every caller
// of a cell finds it open.
func openAcmeStep(title string) func(*writeFixture, *testing.T) string {
	return func(f *writeFixture, t *testing.T) string {
		s := f.s.Client.OnboardingStep.Query().
			Where(onboardingstep.Title(title), onboardingstep.HasPartnerWith(partner.Slug("acme-reseller"))).OnlyX(sysCtx())
		f.s.Client.OnboardingStep.UpdateOne(s).ClearCompletedAt().ClearCompletedBy().ExecX(sysCtx())
		return s.ID
	}
}

func firstLessonOf(courseTitle string) func(*writeFixture, *testing.T) string {
	return func(f *writeFixture, t *testing.T) string {
		return f.s.Client.Lesson.Query().Where(lesson.HasCourseWith(course.Title(courseTitle))).Order(lesson.ByPosition()).FirstX(sysCtx()).ID
	}
}

func quizOf(courseTitle string) func(*writeFixture, *testing.T) string {
	return func(f *writeFixture, t *testing.T) string {
		return f.s.Client.Quiz.Query().Where(quiz.HasCourseWith(course.Title(courseTitle))).OnlyX(sysCtx()).ID
	}
}

const tickStep = `mutation($id: ID!) { completeOnboardingStep(input: {id: $id}) { step { id completedAt } } }`

// The training cells (docs/onboarding-and-training.md): a MANUAL step is ticked by its owner role
// (a partner admin for its organisation's partner steps, a sales user for PARTNER_SALES steps, the
// partner's channel manager for CHANNEL_MANAGER steps) or an ADMIN; partner users record their own
// lessons and attempts; only ADMIN authors courses.
var trainingWriteCells = []writeCell{
	{
		name: "completeOnboardingStep Acme's PARTNER_SALES step",
		expect: func(w *writer) string {
			return outcome(w, allRoles, w.vendor() || w.org == "acme", w.role == user.RoleADMIN || w.org == "acme")
		},
		setup: openAcmeStep("Review the rules of engagement"),
		run: func(t *testing.T, f *writeFixture, w *writer, id string) apitest.Response {
			return f.s.Query(t, w.token, tickStep, map[string]any{"id": id})
		},
	},
	{
		name: "completeOnboardingStep Acme's CHANNEL_MANAGER step",
		expect: func(w *writer) string {
			return outcome(w, allRoles, w.vendor() || (w.org == "acme" && w.role == user.RolePARTNER_ADMIN), w.decides())
		},
		setup: openAcmeStep("Sign the partner agreement"),
		run: func(t *testing.T, f *writeFixture, w *writer, id string) apitest.Response {
			return f.s.Query(t, w.token, tickStep, map[string]any{"id": id})
		},
	},
	{
		name:   "completeLesson for oneself",
		expect: func(w *writer) string { return outcome(w, partnerRoles, true, true) },
		setup:  firstLessonOf("Program administration"),
		run: func(t *testing.T, f *writeFixture, w *writer, id string) apitest.Response {
			return f.s.Query(t, w.token, `mutation($id: ID!) { completeLesson(input: {lessonId: $id}) { progress { id } } }`, map[string]any{"id": id})
		},
	},
	{
		name:   "submitQuizAttempt for oneself",
		expect: func(w *writer) string { return outcome(w, partnerRoles, true, true) },
		setup:  quizOf("Program administration"),
		run: func(t *testing.T, f *writeFixture, w *writer, id string) apitest.Response {
			return f.s.Query(t, w.token, `mutation($id: ID!) { submitQuizAttempt(input: {quizId: $id, answers: []}) { attempt { passed score } } }`, map[string]any{"id": id})
		},
	},
	{
		name:   "createCourse",
		expect: func(w *writer) string { return outcome(w, []user.Role{user.RoleADMIN}, true, true) },
		setup:  none,
		run: func(t *testing.T, f *writeFixture, w *writer, _ string) apitest.Response {
			return f.s.Query(t, w.token, `mutation($input: CreateCourseInput!) { createCourse(input: $input) { course { id } } }`,
				map[string]any{"input": map[string]any{"title": "Matrix course", "lessons": []map[string]any{{"title": "One", "kind": "MARKDOWN", "body": "Read me."}}}})
		},
	},
}

func init() { writeCells = append(writeCells, trainingWriteCells...) }
