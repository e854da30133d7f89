package seed

import (
	"context"
	"fmt"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/certification"
	"github.com/partnerhub/partnerhub/ent/learningtrack"
	"github.com/partnerhub/partnerhub/ent/lesson"
	"github.com/partnerhub/partnerhub/ent/onboardingtemplate"
	"github.com/partnerhub/partnerhub/internal/learning"
	"github.com/partnerhub/partnerhub/internal/onboarding"
	"github.com/partnerhub/partnerhub/internal/onboarding/stepspec"
)

// demoCourse is a course of the demo curriculum; its quiz's right answers are the first choices
// listed in right (the e2e journey and tests answer from here).
type demoCourse struct {
	title, summary string
	lessons        []learning.LessonInput
	quiz           learning.QuizInput
}

func md(title, body string) learning.LessonInput {
	return learning.LessonInput{Title: title, Kind: lesson.KindMARKDOWN, Body: body, Minutes: 10}
}

func single(prompt string, right string, wrong ...string) learning.QuestionInput {
	return learning.QuestionInput{Prompt: prompt, Choices: append([]string{right}, wrong...), Correct: []int{0}}
}

// demoTracks are the three demo tracks, each with its courses, and the certification it leads to.
var demoTracks = []struct {
	name, description string
	job               learningtrack.JobFunction
	courses           []demoCourse
	cert              string
	validity          certification.Validity
}{
	{
		name: "Sales essentials", job: learningtrack.JobFunctionSALES,
		description: "Position the platform, qualify opportunities and register deals the right way.",
		cert:        "Certified Sales Professional", validity: certification.ValidityTWO_YEARS,
		courses: []demoCourse{
			{
				title: "Selling the platform", summary: "Who buys, why, and how to open the conversation.",
				lessons: []learning.LessonInput{
					md("Our ideal customer", "## Who buys\n\nMid-market manufacturers and retailers with **200–2,000 employees** and a growing partner channel.\n\n- Economic buyer: VP Sales or Channel Chief\n- Champion: partner operations lead"),
					md("Discovery questions", "## Ask before you pitch\n\n1. How do partners register deals today?\n2. Who decides channel conflicts?\n3. How do you measure partner-sourced revenue?"),
					{Title: "Customer story (video)", Kind: lesson.KindVIDEO, VideoURL: "https://videos.example.com/partnerhub/customer-story", Minutes: 6},
				},
				quiz: learning.QuizInput{Title: "Selling the platform quiz", PassMark: 70, AttemptsPerDay: 3, Questions: []learning.QuestionInput{
					single("Who is the economic buyer in a typical deal?", "VP Sales or Channel Chief", "The IT help desk", "The partner's receptionist"),
					single("What do you ask before you pitch?", "How partners register deals today", "Which colour the logo should be", "Nothing, pitch first"),
					{Prompt: "Which companies fit our ideal customer profile? (pick all that apply)", Multiple: true,
						Choices: []string{"A mid-market manufacturer with a growing channel", "A retailer with 500 employees selling through partners", "A two-person startup without partners"}, Correct: []int{0, 1}},
				}},
			},
			{
				title: "Deal registration and rules of engagement", summary: "First to register wins; how conflicts are decided.",
				lessons: []learning.LessonInput{
					md("First to register wins", "## Rules of engagement\n\nThe first partner to register an opportunity on a customer holds it while the registration is active. Register early, keep it updated, and ask for an extension before protection ends."),
				},
				quiz: learning.QuizInput{Title: "Rules of engagement quiz", PassMark: 100, AttemptsPerDay: 3, Questions: []learning.QuestionInput{
					single("Two partners register the same customer. Who holds it?", "The first to register", "The larger partner", "Whoever closes first"),
					single("Protection is about to end and the deal is still open. What do you do?", "Ask for an extension", "Register the deal again", "Nothing"),
				}},
			},
		},
	},
	{
		name: "Technical presales", job: learningtrack.JobFunctionPRESALES,
		description: "Architecture, integrations and running a proof of concept.",
		cert:        "Certified Solutions Engineer", validity: certification.ValidityONE_YEAR,
		courses: []demoCourse{{
			title: "Architecture and integrations", summary: "How the platform fits a customer's stack.",
			lessons: []learning.LessonInput{
				md("Architecture overview", "## One binary, one database\n\nA Go API over PostgreSQL, with a GraphQL endpoint every integration uses."),
				md("Running a proof of concept", "## Two weeks, three success criteria\n\nAgree the criteria in writing before you start."),
			},
			quiz: learning.QuizInput{Title: "Architecture quiz", PassMark: 100, AttemptsPerDay: 2, Questions: []learning.QuestionInput{
				single("Which API do integrations use?", "GraphQL", "FTP uploads", "Screen scraping"),
				single("When are a proof of concept's success criteria agreed?", "Before it starts", "After it ends", "Never"),
			}},
		}},
	},
	{
		name: "Running the partnership", job: learningtrack.JobFunctionADMIN,
		description: "For partner admins: your team, your API keys, your tier.",
		cert:        "Partner Program Administrator", validity: certification.ValidityNEVER_EXPIRES,
		courses: []demoCourse{{
			title: "Program administration", summary: "Invite your team, issue API keys, reach the next tier.",
			lessons: []learning.LessonInput{
				md("Your team", "## Invite colleagues\n\nInvite sales users from **Team**; they register deals as themselves."),
				md("Reaching the next tier", "## Tier requirements\n\nWon revenue, won deals and **certified people** count toward your tier."),
			},
			quiz: learning.QuizInput{Title: "Administration quiz", PassMark: 50, AttemptsPerDay: 3, Questions: []learning.QuestionInput{
				single("What counts toward your tier?", "Certified people, won deals and won revenue", "Number of logins", "Office size"),
				single("Who invites sales users?", "The partner admin", "The customer", "Nobody"),
			}},
		}},
	},
}

// demoJourney is the standard 90-day plan; each partner type gets it with its own name.
var demoJourney = []stepspec.Step{
	{Title: "Sign the partner agreement", Description: "Countersigned agreement on file.", DueDay: 0, Completion: "MANUAL", OwnerRole: "CHANNEL_MANAGER"},
	{Title: "Hold the kickoff call", Description: "Agree goals, target accounts and the 90-day plan.", DueDay: 7, Completion: "MANUAL", OwnerRole: "CHANNEL_MANAGER"},
	{Title: "Complete the company profile", Description: "Website, country and verticals.", DueDay: 7, Completion: "PROFILE_COMPLETED", OwnerRole: "PARTNER_ADMIN"},
	{Title: "Invite a colleague", Description: "Bring your first sales user on board.", DueDay: 14, Completion: "COLLEAGUE_INVITED", OwnerRole: "PARTNER_ADMIN"},
	{Title: "Review the rules of engagement", Description: "Read them with your sales team.", DueDay: 21, Completion: "MANUAL", OwnerRole: "PARTNER_SALES"},
	{Title: "Get certified", Description: "Finish your track and pass its quizzes.", DueDay: 45, Completion: "CERTIFIED", OwnerRole: "PARTNER_SALES"},
	{Title: "Register a first deal", Description: "Partners that register within 90 days become active.", DueDay: 90, Completion: "DEAL_REGISTERED", OwnerRole: "PARTNER_SALES"},
}

var demoPartnerTypes = []onboardingtemplate.PartnerType{
	onboardingtemplate.PartnerTypeRESELLER, onboardingtemplate.PartnerTypeVAR, onboardingtemplate.PartnerTypeMSP,
	onboardingtemplate.PartnerTypeSI, onboardingtemplate.PartnerTypeISV, onboardingtemplate.PartnerTypeREFERRAL,
	onboardingtemplate.PartnerTypeALLIANCE, onboardingtemplate.PartnerTypeMARKETPLACE,
}

// curriculum seeds the program's training (three tracks with quizzes and their certifications)
// and an onboarding plan per partner type.
func curriculum(ctx context.Context, c *ent.Client) error {
	for _, t := range demoTracks {
		var courseIDs []string
		for _, dc := range t.courses {
			q := dc.quiz
			course, err := learning.CreateCourse(ctx, c, learning.CourseInput{Title: dc.title, Summary: dc.summary, Minutes: 30, Lessons: dc.lessons, Quiz: &q})
			if err != nil {
				return fmt.Errorf("course %s: %w", dc.title, err)
			}
			courseIDs = append(courseIDs, course.ID)
		}
		track, err := learning.CreateTrack(ctx, c, learning.TrackInput{Name: t.name, Description: t.description, JobFunction: t.job, CourseIDs: courseIDs})
		if err != nil {
			return fmt.Errorf("track %s: %w", t.name, err)
		}
		_, err = learning.CreateCertification(ctx, c, learning.CertificationInput{Name: t.cert, Validity: t.validity, TrackIDs: []string{track.ID},
			Description: "Awarded for completing the " + t.name + " track."})
		if err != nil {
			return fmt.Errorf("certification %s: %w", t.cert, err)
		}
	}
	for _, pt := range demoPartnerTypes {
		steps := append([]stepspec.Step(nil), demoJourney...)
		if pt == onboardingtemplate.PartnerTypeREFERRAL {
			steps[len(steps)-1].Title = "Refer a first opportunity"
		}
		if _, err := onboarding.CreateTemplate(ctx, c, onboarding.TemplateInput{Name: string(pt) + " 90-day plan", PartnerType: pt, Steps: steps}); err != nil {
			return fmt.Errorf("onboarding plan %s: %w", pt, err)
		}
	}
	return nil
}
