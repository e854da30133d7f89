package learning_test

import (
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent/certificationaward"
	"github.com/partnerhub/partnerhub/ent/lessonprogress"
	"github.com/partnerhub/partnerhub/ent/onboardingjourney"
	"github.com/partnerhub/partnerhub/ent/onboardingstep"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/quiz"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

const salesUser = "sales@acme-reseller.test"

// ask sends one mutation named name with $input and decodes data into out (nil: only no error).
func ask(t *testing.T, s *apitest.Server, token, name, inputType, selection string, input map[string]any, out any) {
	t.Helper()
	res := s.Query(t, token, `mutation($input: `+inputType+`!) { `+name+`(input: $input) { `+selection+` } }`, map[string]any{"input": input})
	if out == nil {
		var ignore map[string]any
		res.Decode(t, &ignore)
		return
	}
	res.Decode(t, out)
}

func askFails(t *testing.T, s *apitest.Server, token, name, inputType, selection string, input map[string]any, code string) {
	t.Helper()
	s.Query(t, token, `mutation($input: `+inputType+`!) { `+name+`(input: $input) { `+selection+` } }`, map[string]any{"input": input}).ExpectCode(t, code)
}

// courseState is how the sales user's learning shows one course.
func courseState(t *testing.T, s *apitest.Server, token, courseID string) (found, complete bool) {
	t.Helper()
	var l learningJSON
	s.Query(t, token, myLearning, nil).Decode(t, &l)
	for _, tr := range l.MyLearning.Tracks {
		for _, c := range tr.Courses {
			if c.Course.ID == courseID {
				return true, c.Complete
			}
		}
	}
	return false, false
}

// TestEditingCourseAndTrack: an ADMIN edits a course people are part-way through. A quiz edit
// leaves a passed attempt passed; a new lesson must be taken; a lesson someone completed is not
// removed; the audit of the edit keeps no answers; a course or track in use is not deleted.
func TestEditingCourseAndTrack(t *testing.T) {
	s := apitest.New(t)
	admin, sales := s.Login(t, "admin@vendor.test"), s.Login(t, salesUser)
	var created struct {
		CreateCourse struct{ Course struct{ ID string } }
	}
	ask(t, s, admin, "createCourse", "CreateCourseInput", "course { id }", map[string]any{
		"title": "Edited course", "quiz": authoredQuiz, "lessons": []map[string]any{
			{"title": "Keep", "kind": "MARKDOWN", "body": "Kept."}, {"title": "Drop", "kind": "MARKDOWN", "body": "Dropped."}},
	}, &created)
	courseID := created.CreateCourse.Course.ID
	var track struct {
		CreateLearningTrack struct{ Track struct{ ID string } }
	}
	ask(t, s, admin, "createLearningTrack", "CreateLearningTrackInput", "track { id }",
		map[string]any{"name": "Edited track", "jobFunction": "SALES", "courseIds": []string{courseID}}, &track)
	trackID := track.CreateLearningTrack.Track.ID

	var cj courseJSON
	s.Query(t, sales, courseQuery, map[string]any{"id": courseID}).Decode(t, &cj)
	for _, l := range cj.Node.Lessons {
		ask(t, s, sales, "completeLesson", "CompleteLessonInput", "progress { id }", map[string]any{"lessonId": l.ID}, nil)
	}
	var passed attemptJSON
	submit(t, s, sales, cj.Node.Quiz.ID, rightAnswers(t, s, cj.Node.Quiz.ID)).Decode(t, &passed)
	if found, complete := courseState(t, s, sales, courseID); !found || !complete || !passed.SubmitQuizAttempt.Attempt.Passed {
		t.Fatalf("before the edit: found %v complete %v passed %+v", found, complete, passed)
	}

	// A completed lesson stays: its progress records are append-only.
	kept, dropped := cj.Node.Lessons[0].ID, cj.Node.Lessons[1].ID
	askFails(t, s, admin, "updateCourse", "UpdateCourseInput", "course { id }", map[string]any{"id": courseID,
		"lessons": []map[string]any{{"id": kept, "title": "Keep", "kind": "MARKDOWN", "body": "Kept."}}}, "CONFLICT")
	if n := s.Client.LessonProgress.Query().Where(lessonprogress.LessonID(dropped)).CountX(sys()); n != 1 {
		t.Errorf("%d progress records of the refused removal, want 1", n)
	}

	// New answers, the kept lesson renamed and the lessons reordered: the pass stands.
	newQuiz := map[string]any{"title": "Check again", "passMark": 50, "attemptsPerDay": 2, "questions": []map[string]any{
		{"prompt": "Which plan registers deals?", "multiple": false, "choices": []string{"None", "Registration plan", "Basic"}, "correct": []int{1}},
		{"prompt": "Which pay MDF?", "multiple": true, "choices": []string{"Vendor", "Customer", "Nobody", "Programme"}, "correct": []int{0, 3}},
	}}
	lessonsNow := []map[string]any{{"id": dropped, "title": "Drop", "kind": "MARKDOWN", "body": "Dropped."},
		{"id": kept, "title": "Keep, renamed", "kind": "MARKDOWN", "body": "Kept."}}
	ask(t, s, admin, "updateCourse", "UpdateCourseInput", "course { id title }", map[string]any{"id": courseID, "title": "Edited course v2", "quiz": newQuiz,
		"lessons": lessonsNow}, nil)
	if _, complete := courseState(t, s, sales, courseID); !complete {
		t.Error("a quiz edit undid a finished course")
	}
	s.Query(t, sales, courseQuery, map[string]any{"id": courseID}).Decode(t, &cj)
	if cj.Node.Title != "Edited course v2" || cj.Node.Lessons[0].ID != dropped || cj.Node.Lessons[1].Title != "Keep, renamed" {
		t.Errorf("the learner does not see the edit: %+v", cj.Node)
	}
	if key := rightAnswers(t, s, cj.Node.Quiz.ID); len(key["q1"]) != 1 || key["q1"][0] != "q1c2" {
		t.Errorf("the new answer key is not in force: %v", key)
	}
	summaries := auditSummaries(t, s, admin, "updateCourse")
	if len(summaries) != 1 {
		t.Fatalf("%d updateCourse events, want 1", len(summaries))
	}
	checkAuditedQuiz(t, summaries[0])

	// A new lesson must be taken before the course counts again; one nobody took can go again.
	ask(t, s, admin, "updateCourse", "UpdateCourseInput", "course { id }", map[string]any{"id": courseID,
		"lessons": append(lessonsNow, map[string]any{"title": "Watch", "kind": "VIDEO", "videoUrl": "https://video.test/new"})}, nil)
	if _, complete := courseState(t, s, sales, courseID); complete {
		t.Error("a course with a new lesson still counts as complete")
	}
	ask(t, s, admin, "updateCourse", "UpdateCourseInput", "course { id }", map[string]any{"id": courseID, "lessons": lessonsNow}, nil)
	if _, complete := courseState(t, s, sales, courseID); !complete {
		t.Error("removing the untaken lesson did not make the course complete again")
	}
	askFails(t, s, admin, "updateCourse", "UpdateCourseInput", "course { id }", map[string]any{"id": courseID, "removeQuiz": true}, "CONFLICT")
	askFails(t, s, admin, "updateCourse", "UpdateCourseInput", "course { id }", map[string]any{"id": courseID,
		"lessons": append(lessonsNow, map[string]any{"id": "lsn_01J00000000000000000000000", "title": "Other", "kind": "MARKDOWN", "body": "x"})}, "BAD_USER_INPUT")
	askFails(t, s, admin, "deleteCourse", "DeleteCourseInput", "deletedId", map[string]any{"id": courseID}, "CONFLICT")

	// The track moves to another job function: gone from the sales user's recommended tracks.
	ask(t, s, admin, "updateLearningTrack", "UpdateLearningTrackInput", "track { id }", map[string]any{"id": trackID, "name": "Edited track v2", "jobFunction": "MARKETING"}, nil)
	var l learningJSON
	s.Query(t, sales, myLearning, nil).Decode(t, &l)
	for _, tr := range l.MyLearning.Tracks {
		if tr.Track.Name == "Edited track v2" && tr.Recommended {
			t.Error("a MARKETING track is recommended to a sales user")
		}
	}
	var cert struct {
		CreateCertification struct{ Certification struct{ ID string } }
	}
	ask(t, s, admin, "createCertification", "CreateCertificationInput", "certification { id }",
		map[string]any{"name": "Edited cert", "validity": "ONE_YEAR", "trackIds": []string{trackID}}, &cert)
	askFails(t, s, admin, "deleteLearningTrack", "DeleteLearningTrackInput", "deletedId", map[string]any{"id": trackID}, "CONFLICT")
	ask(t, s, admin, "deleteCertification", "DeleteCertificationInput", "deletedId", map[string]any{"id": cert.CreateCertification.Certification.ID}, nil)
	ask(t, s, admin, "deleteLearningTrack", "DeleteLearningTrackInput", "deletedId", map[string]any{"id": trackID}, nil)
	// People took it: still refused once no track lists it.
	askFails(t, s, admin, "deleteCourse", "DeleteCourseInput", "deletedId", map[string]any{"id": courseID}, "CONFLICT")

	var fresh struct {
		CreateCourse struct{ Course struct{ ID string } }
	}
	ask(t, s, admin, "createCourse", "CreateCourseInput", "course { id }", map[string]any{"title": "Untaken", "quiz": authoredQuiz,
		"lessons": []map[string]any{{"title": "One", "kind": "MARKDOWN", "body": "x"}}}, &fresh)
	ask(t, s, admin, "deleteCourse", "DeleteCourseInput", "deletedId", map[string]any{"id": fresh.CreateCourse.Course.ID}, nil)
	if n := s.Client.Quiz.Query().Where(quiz.CourseID(fresh.CreateCourse.Course.ID)).CountX(sys()); n != 0 {
		t.Errorf("a deleted course left its quiz")
	}
	s.Query(t, sales, courseQuery, map[string]any{"id": fresh.CreateCourse.Course.ID}).ExpectCode(t, "NOT_FOUND")
}

// TestEditingCertification: a held certification keeps its holders' awards as they were when its
// validity changes, and cannot be deleted.
func TestEditingCertification(t *testing.T) {
	s := apitest.New(t)
	admin := s.Login(t, "admin@vendor.test")
	award := s.Client.CertificationAward.Query().Where(certificationaward.StatusEQ(certificationaward.StatusACTIVE)).FirstX(sys())
	ask(t, s, admin, "updateCertification", "UpdateCertificationInput", "certification { id validity }",
		map[string]any{"id": award.CertificationID, "validity": "NEVER_EXPIRES", "description": "Edited."}, nil)
	after := s.Client.CertificationAward.GetX(sys(), award.ID)
	if after.Status != award.Status || !sameTime(after.ExpiresAt, award.ExpiresAt) {
		t.Errorf("an issued award changed with its certification: %v %v → %v %v", award.Status, award.ExpiresAt, after.Status, after.ExpiresAt)
	}
	askFails(t, s, admin, "deleteCertification", "DeleteCertificationInput", "deletedId", map[string]any{"id": award.CertificationID}, "CONFLICT")
	other := s.Client.Certification.Query().FirstX(sys())
	if other.ID == award.CertificationID {
		other = s.Client.Certification.Query().Offset(1).FirstX(sys())
	}
	askFails(t, s, admin, "updateCertification", "UpdateCertificationInput", "certification { id }",
		map[string]any{"id": award.CertificationID, "name": other.Name}, "CONFLICT")
	askFails(t, s, admin, "updateCertification", "UpdateCertificationInput", "certification { id }",
		map[string]any{"id": award.CertificationID, "trackIds": []string{"trk_01J00000000000000000000000"}}, "BAD_USER_INPUT")
}

func sameTime(a, b *time.Time) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Equal(*b)
}

// TestEditingOnboardingTemplate: a template edit reaches partners approved afterwards and moves
// no plan under way; a template in use is archived, not deleted, and an archived one is given to
// nobody new.
func TestEditingOnboardingTemplate(t *testing.T) {
	s := apitest.New(t)
	admin := s.Login(t, "admin@vendor.test")
	oscorp := s.Client.Partner.Query().Where(partner.Slug("oscorp-resellers")).OnlyX(sys())
	journey := s.Client.OnboardingJourney.Query().Where(onboardingjourney.HasPartnerWith(partner.ID(oscorp.ID))).OnlyX(sys())
	before := s.Client.OnboardingStep.Query().Where(onboardingstep.JourneyID(journey.ID)).CountX(sys())
	steps := []map[string]any{
		{"title": "Kickoff call", "dueDay": 3, "completion": "MANUAL", "ownerRole": "CHANNEL_MANAGER"},
		{"title": "First deal", "dueDay": 60, "completion": "DEAL_REGISTERED", "ownerRole": "PARTNER_SALES"},
	}
	ask(t, s, admin, "updateOnboardingTemplate", "UpdateOnboardingTemplateInput", "template { id }",
		map[string]any{"id": journey.TemplateID, "name": "Reseller plan v2", "steps": steps}, nil)
	if after := s.Client.OnboardingStep.Query().Where(onboardingstep.JourneyID(journey.ID)).CountX(sys()); after != before {
		t.Errorf("Oscorp's plan went from %d to %d steps", before, after)
	}
	newPartner := func(name string) (plan string, titles []string) {
		var out struct {
			CreatePartner struct{ Partner struct{ ID string } }
		}
		s.Query(t, admin, `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } } }`,
			map[string]any{"input": map[string]any{"name": name, "type": oscorp.Type.String(), "region": "EMEA"}}).Decode(t, &out)
		j, err := s.Client.OnboardingJourney.Query().Where(onboardingjourney.HasPartnerWith(partner.ID(out.CreatePartner.Partner.ID))).Only(sys())
		if err != nil {
			return "", nil
		}
		for _, st := range s.Client.OnboardingStep.Query().Where(onboardingstep.JourneyID(j.ID)).Order(onboardingstep.ByPosition()).AllX(sys()) {
			titles = append(titles, st.Title)
		}
		return j.TemplateID, titles
	}
	if plan, titles := newPartner("After Edit Resellers"); plan != journey.TemplateID || len(titles) != 2 || titles[0] != "Kickoff call" {
		t.Errorf("a partner approved after the edit got %s %v", plan, titles)
	}
	askFails(t, s, admin, "updateOnboardingTemplate", "UpdateOnboardingTemplateInput", "template { id }",
		map[string]any{"id": journey.TemplateID, "steps": []map[string]any{steps[1], steps[0]}}, "BAD_USER_INPUT")
	askFails(t, s, admin, "deleteOnboardingTemplate", "DeleteOnboardingTemplateInput", "deletedId", map[string]any{"id": journey.TemplateID}, "CONFLICT")
	ask(t, s, admin, "updateOnboardingTemplate", "UpdateOnboardingTemplateInput", "template { id active }",
		map[string]any{"id": journey.TemplateID, "active": false}, nil)
	if plan, _ := newPartner("After Archive Resellers"); plan == journey.TemplateID {
		t.Error("an archived plan was given to a new partner")
	}

	var created struct {
		CreateOnboardingTemplate struct{ Template struct{ ID string } }
	}
	ask(t, s, admin, "createOnboardingTemplate", "CreateOnboardingTemplateInput", "template { id }",
		map[string]any{"name": "Unused plan", "partnerType": "MSP", "steps": steps}, &created)
	ask(t, s, admin, "deleteOnboardingTemplate", "DeleteOnboardingTemplateInput", "deletedId", map[string]any{"id": created.CreateOnboardingTemplate.Template.ID}, nil)
	if _, err := s.Client.OnboardingTemplate.Get(sys(), created.CreateOnboardingTemplate.Template.ID); err == nil {
		t.Error("the deleted plan is still there")
	}
}
