package seed

import (
	"context"
	"fmt"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/certification"
	"github.com/partnerhub/partnerhub/ent/certificationaward"
	"github.com/partnerhub/partnerhub/ent/deal"
	"github.com/partnerhub/partnerhub/ent/onboardingstep"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/quizattempt"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/learning"
	"github.com/partnerhub/partnerhub/internal/onboarding"
)

// The onboarding demo: Oscorp Resellers signed 80 days ago and has registered nothing yet;
// Acme and Globex went through their plans with a few steps still open (Acme's "Get certified"
// completes when a sales rep certifies, the portal journey's story). Steps of the other partners
// were done on time.
const onboardingPartnerDays = 80

// openSteps are the steps left open per partner slug; every other step was done by its due date.
var openSteps = map[string][]string{
	"acme-reseller":    {"Review the rules of engagement", "Get certified"},
	"globex-msp":       {"Invite a colleague", "Review the rules of engagement"},
	"oscorp-resellers": {"*"},
}

// demoTraining seeds journeys and people at every stage of training: not started, half-way, a
// failed quiz, certified, about to expire, expired, renewed.
func demoTraining(ctx context.Context, c *ent.Client, hash string, now time.Time) error {
	if err := markFirstDeals(ctx, c); err != nil {
		return err
	}
	oscorp, err := c.Partner.Query().Where(partner.Slug("oscorp-resellers")).Only(ctx)
	if err != nil {
		return err
	}
	if err := c.Partner.UpdateOne(oscorp).SetContractSignedAt(now.AddDate(0, 0, -onboardingPartnerDays)).Exec(ctx); err != nil {
		return err
	}
	for _, u := range []struct {
		email, name string
		role        user.Role
		job         user.JobFunction
	}{
		{"admin@oscorp-resellers.test", "Otto Oscorp", user.RolePARTNER_ADMIN, user.JobFunctionMANAGEMENT},
		{"sales@oscorp-resellers.test", "Olivia Seller", user.RolePARTNER_SALES, user.JobFunctionSALES},
	} {
		if err := c.User.Create().SetEmail(u.email).SetName(u.name).SetRole(u.role).SetJobFunction(u.job).
			SetPasswordHash(hash).SetPartner(oscorp).Exec(ctx); err != nil {
			return err
		}
	}
	if err := demoPeople(ctx, c, now); err != nil {
		return err
	}
	partners, err := c.Partner.Query().Where(partner.StatusNEQ(partner.StatusCHURNED)).All(ctx)
	if err != nil {
		return err
	}
	for _, p := range partners {
		j, err := onboarding.Start(ctx, c, p.ID, now)
		if err != nil {
			return fmt.Errorf("journey of %s: %w", p.Name, err)
		}
		if j == nil || openSteps[p.Slug] != nil && openSteps[p.Slug][0] == "*" {
			continue
		}
		if err := closeSteps(ctx, c, j, openSteps[p.Slug]); err != nil {
			return err
		}
	}
	return nil
}

// markFirstDeals dates each partner's first registration, as registering does.
func markFirstDeals(ctx context.Context, c *ent.Client) error {
	deals, err := c.Deal.Query().Order(ent.Asc(deal.FieldCreatedAt)).Select(deal.FieldPartnerID, deal.FieldCreatedAt).All(ctx)
	if err != nil {
		return err
	}
	first := map[string]time.Time{}
	for _, d := range deals {
		if _, ok := first[d.PartnerID]; !ok {
			first[d.PartnerID] = d.CreatedAt
		}
	}
	for id, at := range first {
		if err := c.Partner.UpdateOneID(id).SetFirstDealAt(at).Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}

// closeSteps completes a journey's open steps on their due date, except those titled in open.
func closeSteps(ctx context.Context, c *ent.Client, j *ent.OnboardingJourney, open []string) error {
	steps, err := c.OnboardingStep.Query().Where(onboardingstep.JourneyID(j.ID), onboardingstep.CompletedAtIsNil()).All(ctx)
	if err != nil {
		return err
	}
	for _, s := range steps {
		keep := false
		for _, title := range open {
			keep = keep || s.Title == title
		}
		if !keep {
			if err := c.OnboardingStep.UpdateOne(s).SetCompletedAt(s.DueAt).Exec(ctx); err != nil {
				return err
			}
		}
	}
	return nil
}

// demoPeople gives people progress and certifications, before the journeys start, so that a
// valid certification completes its partner's "Get certified" step.
func demoPeople(ctx context.Context, c *ent.Client, now time.Time) error {
	users := map[string]*ent.User{}
	all, err := c.User.Query().Where(user.PartnerIDNEQ("")).All(ctx)
	if err != nil {
		return err
	}
	for _, u := range all {
		users[u.Email] = u
	}
	courses := map[string]*ent.Course{}
	cs, err := c.Course.Query().WithLessons().WithQuiz().All(ctx)
	if err != nil {
		return err
	}
	for _, x := range cs {
		courses[x.Title] = x
	}
	certs := map[string]*ent.Certification{}
	all2, err := c.Certification.Query().All(ctx)
	if err != nil {
		return err
	}
	for _, x := range all2 {
		certs[x.Name] = x
	}
	done := func(email, courseTitle string, lessons int, at time.Time) error {
		u, co := users[email], courses[courseTitle]
		for i, l := range co.Edges.Lessons {
			if i >= lessons {
				break
			}
			if err := c.LessonProgress.Create().SetPartnerID(u.PartnerID).SetUserID(u.ID).SetLessonID(l.ID).SetCourseID(co.ID).
				SetCompletedAt(at).SetCreatedAt(at).Exec(ctx); err != nil {
				return err
			}
		}
		return nil
	}
	attempt := func(email, courseTitle string, score int, at time.Time) error {
		u, q := users[email], courses[courseTitle].Edges.Quiz
		n, err := c.QuizAttempt.Query().Where(quizattempt.UserID(u.ID), quizattempt.QuizID(q.ID), quizattempt.Day(at.UTC().Format(time.DateOnly))).Count(ctx)
		if err != nil {
			return err
		}
		return c.QuizAttempt.Create().SetPartnerID(u.PartnerID).SetUserID(u.ID).SetQuizID(q.ID).
			SetDay(at.UTC().Format(time.DateOnly)).SetNumber(n + 1).SetScore(score).SetPassed(score >= q.PassMark).
			SetCreatedAt(at).Exec(ctx)
	}
	award := func(email, cert string, issued time.Time, status certificationaward.Status) error {
		u, ct := users[email], certs[cert]
		return c.CertificationAward.Create().SetPartnerID(u.PartnerID).SetUserID(u.ID).SetCertificationID(ct.ID).
			SetIssuedAt(issued).SetNillableExpiresAt(learningExpiry(ct, issued)).SetStatus(status).
			SetVerificationCode(learning.VerificationCode()).Exec(ctx)
	}
	day := func(n int) time.Time { return now.AddDate(0, 0, n) }
	steps := []error{
		// Acme: the sales rep has started (first lesson), presales finished long ago and let the
		// certification expire, so Acme counts no certified people.
		done("sales@acme-reseller.test", "Selling the platform", 1, day(-3)),
		done("presales@acme-reseller.test", "Architecture and integrations", 2, day(-380)),
		attempt("presales@acme-reseller.test", "Architecture and integrations", 50, day(-380)),
		attempt("presales@acme-reseller.test", "Architecture and integrations", 100, day(-379)),
		award("presales@acme-reseller.test", "Certified Solutions Engineer", day(-379), certificationaward.StatusEXPIRED),
		// Globex: sales is half-way and failed a quiz today; the admin's certification expires in 10 days.
		done("sales@globex-msp.test", "Selling the platform", 3, day(-2)),
		attempt("sales@globex-msp.test", "Selling the platform", 33, now.Add(-time.Hour)),
		done("admin@globex-msp.test", "Program administration", 2, day(-720)),
		award("admin@globex-msp.test", "Certified Sales Professional", day(-720), certificationaward.StatusACTIVE),
		award("admin@globex-msp.test", "Partner Program Administrator", day(-700), certificationaward.StatusACTIVE),
		// Initech: certified, expiring in 45 days (inside the 60-day reminder).
		award("admin@initech-si.test", "Certified Solutions Engineer", day(-320), certificationaward.StatusACTIVE),
		// Umbrella: renewed once; the current award runs another year.
		award("admin@umbrella-cloud.test", "Certified Sales Professional", day(-1100), certificationaward.StatusRENEWED),
		award("admin@umbrella-cloud.test", "Certified Sales Professional", day(-370), certificationaward.StatusACTIVE),
	}
	for _, err := range steps {
		if err != nil {
			return fmt.Errorf("demo training: %w", err)
		}
	}
	return nil
}

func learningExpiry(c *ent.Certification, issued time.Time) *time.Time {
	years := map[certification.Validity]int{certification.ValidityONE_YEAR: 1, certification.ValidityTWO_YEARS: 2, certification.ValidityTHREE_YEARS: 3}[c.Validity]
	if years == 0 {
		return nil
	}
	t := issued.AddDate(years, 0, 0)
	return &t
}
