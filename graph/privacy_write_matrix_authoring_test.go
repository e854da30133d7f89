package graph_test

import (
	"fmt"
	"sync/atomic"
	"testing"

	"github.com/partnerhub/partnerhub/ent/certification"
	"github.com/partnerhub/partnerhub/ent/learningtrack"
	"github.com/partnerhub/partnerhub/ent/lesson"
	"github.com/partnerhub/partnerhub/ent/onboardingtemplate"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/onboarding/stepspec"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

var authoredSerial atomic.Int64

// freshCourse is a course with one lesson that no track lists and nobody took.
func freshCourse(f *writeFixture, t *testing.T) string {
	c := f.s.Client.Course.Create().SetTitle("Matrix authored course").SaveX(sysCtx())
	f.s.Client.Lesson.Create().SetCourseID(c.ID).SetPosition(0).SetTitle("Only").SetKind(lesson.KindMARKDOWN).SetBody("Text.").ExecX(sysCtx())
	return c.ID
}

// freshTrack is a track no certification requires.
func freshTrack(f *writeFixture, t *testing.T) string {
	return f.s.Client.LearningTrack.Create().SetName("Matrix authored track").SetJobFunction(learningtrack.JobFunctionSALES).
		SetCourseIds([]string{freshCourse(f, t)}).SaveX(sysCtx()).ID
}

// freshCertification is a certification nobody holds.
func freshCertification(f *writeFixture, t *testing.T) string {
	return f.s.Client.Certification.Create().SetName(fmt.Sprintf("Matrix authored certification %d", authoredSerial.Add(1))).
		SetValidity(certification.ValidityONE_YEAR).SetTrackIds([]string{freshTrack(f, t)}).SaveX(sysCtx()).ID
}

// freshTemplate is a plan no journey was started from.
func freshTemplate(f *writeFixture, t *testing.T) string {
	return f.s.Client.OnboardingTemplate.Create().SetName("Matrix authored plan").SetPartnerType(onboardingtemplate.PartnerTypeMSP).
		SetActive(false).SetSteps([]stepspec.Step{{Title: "Kickoff", DueDay: 7, Completion: "MANUAL", OwnerRole: "CHANNEL_MANAGER"}}).SaveX(sysCtx()).ID
}

// authorCell is an ADMIN-only authoring mutation on a fresh target: every other role is refused
// by the role directive, whatever it may read.
func authorCell(name, inputType string, setup func(*writeFixture, *testing.T) string, input func(id string) map[string]any) writeCell {
	return writeCell{
		name:   name,
		expect: func(w *writer) string { return outcome(w, []user.Role{user.RoleADMIN}, true, true) },
		setup:  setup,
		run: func(t *testing.T, f *writeFixture, w *writer, id string) apitest.Response {
			return f.s.Query(t, w.token, `mutation($input: `+inputType+`!) { `+name+`(input: $input) { __typename } }`, map[string]any{"input": input(id)})
		},
	}
}

// The authoring cells (docs/onboarding-and-training.md): only ADMIN creates, edits and deletes the
// program's plans, courses (createCourse: privacy_write_matrix_training_test.go), tracks and
// certifications.
var authoringWriteCells = []writeCell{
	authorCell("updateOnboardingTemplate", "UpdateOnboardingTemplateInput", freshTemplate, func(id string) map[string]any {
		return map[string]any{"id": id, "name": "Matrix plan, edited"}
	}),
	authorCell("deleteOnboardingTemplate", "DeleteOnboardingTemplateInput", freshTemplate, byID),
	authorCell("updateCourse", "UpdateCourseInput", freshCourse, func(id string) map[string]any {
		return map[string]any{"id": id, "title": "Matrix course, edited"}
	}),
	authorCell("deleteCourse", "DeleteCourseInput", freshCourse, byID),
	authorCell("updateLearningTrack", "UpdateLearningTrackInput", freshTrack, func(id string) map[string]any {
		return map[string]any{"id": id, "name": "Matrix track, edited"}
	}),
	authorCell("deleteLearningTrack", "DeleteLearningTrackInput", freshTrack, byID),
	authorCell("updateCertification", "UpdateCertificationInput", freshCertification, func(id string) map[string]any {
		return map[string]any{"id": id, "description": "Edited by the matrix."}
	}),
	authorCell("deleteCertification", "DeleteCertificationInput", freshCertification, byID),
	authorCell("createOnboardingTemplate", "CreateOnboardingTemplateInput", none, func(string) map[string]any {
		return map[string]any{"name": "Matrix plan", "partnerType": "MSP", "steps": []map[string]any{
			{"title": "Kickoff", "dueDay": 7, "completion": "MANUAL", "ownerRole": "CHANNEL_MANAGER"}}}
	}),
	authorCell("createLearningTrack", "CreateLearningTrackInput", freshCourse, func(courseID string) map[string]any {
		return map[string]any{"name": "Matrix track", "jobFunction": "SALES", "courseIds": []string{courseID}}
	}),
	authorCell("createCertification", "CreateCertificationInput", freshTrack, func(trackID string) map[string]any {
		return map[string]any{"name": fmt.Sprintf("Matrix certification %d", authoredSerial.Add(1)), "validity": "ONE_YEAR",
			"trackIds": []string{trackID}}
	}),
}

func init() { writeCells = append(writeCells, authoringWriteCells...) }
