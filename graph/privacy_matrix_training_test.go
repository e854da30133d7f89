package graph_test

import (
	"context"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/onboardingstep"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/ids"
)

// training is the onboarding and training part of the world.
type training struct {
	journeys []*ent.OnboardingJourney
	steps    []*ent.OnboardingStep
	awards   []*ent.CertificationAward
	progress []*ent.LessonProgress
	attempts []*ent.QuizAttempt
	courses  []*ent.Course
}

func (tr *training) load(ctx context.Context, client *ent.Client) (err error) {
	if tr.journeys, err = client.OnboardingJourney.Query().All(ctx); err != nil {
		return err
	}
	if tr.steps, err = client.OnboardingStep.Query().All(ctx); err != nil {
		return err
	}
	if tr.awards, err = client.CertificationAward.Query().All(ctx); err != nil {
		return err
	}
	if tr.progress, err = client.LessonProgress.Query().All(ctx); err != nil {
		return err
	}
	if tr.attempts, err = client.QuizAttempt.Query().All(ctx); err != nil {
		return err
	}
	tr.courses, err = client.Course.Query().All(ctx)
	return err
}

// learnerVisible is docs/onboarding-and-training.md for a person's training records (progress,
// attempts, certifications): the vendor sees all, a partner admin its organisation's, a partner
// sales user its own.
func learnerVisible(s scope, partnerID, userID string) bool {
	return s.vendor() || (partnerID == s.me.PartnerID && (s.me.Role == user.RolePARTNER_ADMIN || userID == s.me.ID))
}

// stepVisible: the vendor sees every step, a partner admin its organisation's, a partner sales
// user the ones owned by PARTNER_SALES.
func stepVisible(s scope, st *ent.OnboardingStep) bool {
	return s.vendor() || (st.PartnerID == s.me.PartnerID && (s.me.Role == user.RolePARTNER_ADMIN || st.OwnerRole == onboardingstep.OwnerRolePARTNER_SALES))
}

func visibleIDs[T any](xs []T, id func(T) string, keep func(T) bool) idSet {
	out := idSet{}
	for _, x := range xs {
		if keep(x) {
			out[id(x)] = true
		}
	}
	return out
}

// partnersOf and usersOf follow visible rows to their partner and person.
func partnersOf[T any](s scope, xs []T, vis idSet, id, partner func(T) string) idSet {
	out := idSet{}
	for _, x := range xs {
		if vis[id(x)] && s.vis["Partner"][partner(x)] {
			out[partner(x)] = true
		}
	}
	return out
}

func usersOf[T any](s scope, xs []T, vis idSet, id, person func(T) string) idSet {
	out := idSet{}
	for _, x := range xs {
		if vis[id(x)] {
			for k := range s.users(person(x)) {
				out[k] = true
			}
		}
	}
	return out
}

var (
	journeyID  = func(x *ent.OnboardingJourney) string { return x.ID }
	stepID     = func(x *ent.OnboardingStep) string { return x.ID }
	awardID    = func(x *ent.CertificationAward) string { return x.ID }
	progressID = func(x *ent.LessonProgress) string { return x.ID }
	attemptID  = func(x *ent.QuizAttempt) string { return x.ID }
	courseID   = func(x *ent.Course) string { return x.ID }
)

var trainingEntities = []matrixEntity{
	{
		typename: "OnboardingJourney", list: "onboardingJourneys", prefix: ids.OnboardingJourney,
		rows: func(w *world) []string { return idsOf(w.journeys, journeyID) },
		// The vendor sees every journey, a partner's people their own organisation's.
		visible: func(s scope) idSet {
			return visibleIDs(s.w.journeys, journeyID, func(j *ent.OnboardingJourney) bool { return s.vendor() || j.PartnerID == s.me.PartnerID })
		},
		nested: []probe{
			{name: "onboardingSteps→journey", query: paged("onboardingSteps", 100, "", "journey { id }"),
				expect: func(s scope) idSet {
					return visibleIDs(s.w.steps, func(x *ent.OnboardingStep) string { return x.JourneyID }, func(x *ent.OnboardingStep) bool { return s.vis["OnboardingStep"][x.ID] })
				}},
		},
		filtered: []probe{
			{name: "onboardingJourneys(startsAt after 2000)", query: paged("onboardingJourneys", 100, `, where: {startsAtGT: "2000-01-01T00:00:00Z"}`, "id"),
				count:  `{ onboardingJourneys(where: {startsAtGT: "2000-01-01T00:00:00Z"}) { totalCount } }`,
				expect: func(s scope) idSet { return s.vis["OnboardingJourney"] }},
		},
	},
	{
		typename: "OnboardingStep", list: "onboardingSteps", prefix: ids.OnboardingStep,
		rows: func(w *world) []string { return idsOf(w.steps, stepID) },
		visible: func(s scope) idSet {
			return visibleIDs(s.w.steps, stepID, func(x *ent.OnboardingStep) bool { return stepVisible(s, x) })
		},
		nested: []probe{
			{name: "onboardingJourneys→steps", query: paged("onboardingJourneys", 50, "", "steps { id }"),
				expect: func(s scope) idSet { return s.vis["OnboardingStep"] }},
		},
		filtered: []probe{
			{name: "onboardingSteps(open)", query: paged("onboardingSteps", 100, `, where: {completedAtIsNil: true}`, "id"),
				count: `{ onboardingSteps(where: {completedAtIsNil: true}) { totalCount } }`,
				expect: func(s scope) idSet {
					return visibleIDs(s.w.steps, stepID, func(x *ent.OnboardingStep) bool { return stepVisible(s, x) && x.CompletedAt == nil })
				}},
		},
	},
	{
		typename: "CertificationAward", list: "certificationAwards", prefix: ids.CertAward,
		rows: func(w *world) []string { return idsOf(w.awards, awardID) },
		visible: func(s scope) idSet {
			return visibleIDs(s.w.awards, awardID, func(x *ent.CertificationAward) bool { return learnerVisible(s, x.PartnerID, x.UserID) })
		},
		nested: []probe{
			{name: "nodes(awards)", query: `query($ids: [ID!]!) { nodes(ids: $ids) { ... on CertificationAward { id } } }`,
				vars: allIDs(func(w *world) []*ent.CertificationAward { return w.awards }, awardID), notFound: true,
				expect: func(s scope) idSet { return s.vis["CertificationAward"] }},
		},
		filtered: []probe{
			{name: "certificationAwards(ACTIVE)", query: paged("certificationAwards", 100, `, where: {status: ACTIVE}`, "id"),
				count: `{ certificationAwards(where: {status: ACTIVE}) { totalCount } }`,
				expect: func(s scope) idSet {
					return visibleIDs(s.w.awards, awardID, func(x *ent.CertificationAward) bool {
						return learnerVisible(s, x.PartnerID, x.UserID) && x.Status == "ACTIVE"
					})
				}},
		},
	},
	{
		typename: "LessonProgress", list: "lessonProgress", prefix: ids.LessonProgress,
		rows: func(w *world) []string { return idsOf(w.progress, progressID) },
		visible: func(s scope) idSet {
			return visibleIDs(s.w.progress, progressID, func(x *ent.LessonProgress) bool { return learnerVisible(s, x.PartnerID, x.UserID) })
		},
		nested: []probe{
			{name: "nodes(lesson progress)", query: `query($ids: [ID!]!) { nodes(ids: $ids) { ... on LessonProgress { id } } }`,
				vars: allIDs(func(w *world) []*ent.LessonProgress { return w.progress }, progressID), notFound: true,
				expect: func(s scope) idSet { return s.vis["LessonProgress"] }},
		},
		filtered: []probe{
			{name: "lessonProgress(since 2000)", query: paged("lessonProgress", 100, `, where: {completedAtGT: "2000-01-01T00:00:00Z"}`, "id"),
				count:  `{ lessonProgress(where: {completedAtGT: "2000-01-01T00:00:00Z"}) { totalCount } }`,
				expect: func(s scope) idSet { return s.vis["LessonProgress"] }},
		},
	},
	{
		typename: "QuizAttempt", list: "quizAttempts", prefix: ids.QuizAttempt,
		rows: func(w *world) []string { return idsOf(w.attempts, attemptID) },
		visible: func(s scope) idSet {
			return visibleIDs(s.w.attempts, attemptID, func(x *ent.QuizAttempt) bool { return learnerVisible(s, x.PartnerID, x.UserID) })
		},
		nested: []probe{
			{name: "nodes(attempts)", query: `query($ids: [ID!]!) { nodes(ids: $ids) { ... on QuizAttempt { id } } }`,
				vars: allIDs(func(w *world) []*ent.QuizAttempt { return w.attempts }, attemptID), notFound: true,
				expect: func(s scope) idSet { return s.vis["QuizAttempt"] }},
		},
		filtered: []probe{
			{name: "quizAttempts(passed)", query: paged("quizAttempts", 100, `, where: {passed: true}`, "id"),
				count: `{ quizAttempts(where: {passed: true}) { totalCount } }`,
				expect: func(s scope) idSet {
					return visibleIDs(s.w.attempts, attemptID, func(x *ent.QuizAttempt) bool { return learnerVisible(s, x.PartnerID, x.UserID) && x.Passed })
				}},
		},
	},
	{
		typename: "Course", list: "courses", prefix: ids.Course,
		rows: func(w *world) []string { return idsOf(w.courses, courseID) },
		// Training material: every signed-in person reads every course.
		visible: func(s scope) idSet { return setOf(idsOf(s.w.courses, courseID)...) },
		nested: []probe{
			{name: "learningTracks→courses", query: `{ learningTracks(first: 20) { edges { node { courses { id } } } } }`,
				expect: func(s scope) idSet { return s.vis["Course"] }},
		},
		filtered: []probe{
			{name: "courses(title contains quiz-free word)", query: paged("courses", 100, `, where: {titleContains: "a"}`, "id"),
				expect: func(s scope) idSet {
					return visibleIDs(s.w.courses, courseID, func(x *ent.Course) bool { return containsRune(x.Title, 'a') })
				}},
		},
	},
}

func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}

// trainingProbes are the edges from the training entities to partners and people.
var trainingProbes = map[string][]probe{
	"Partner": {
		{name: "onboardingJourneys→partner", query: paged("onboardingJourneys", 100, "", "partner { id }"),
			expect: func(s scope) idSet {
				return partnersOf(s, s.w.journeys, s.vis["OnboardingJourney"], journeyID, func(x *ent.OnboardingJourney) string { return x.PartnerID })
			}},
		{name: "onboardingSteps→partner", query: paged("onboardingSteps", 100, "", "partner { id }"),
			expect: func(s scope) idSet {
				return partnersOf(s, s.w.steps, s.vis["OnboardingStep"], stepID, func(x *ent.OnboardingStep) string { return x.PartnerID })
			}},
		{name: "certificationAwards→partner", query: paged("certificationAwards", 100, "", "partner { id }"),
			expect: func(s scope) idSet {
				return partnersOf(s, s.w.awards, s.vis["CertificationAward"], awardID, func(x *ent.CertificationAward) string { return x.PartnerID })
			}},
		{name: "lessonProgress→partner", query: paged("lessonProgress", 100, "", "partner { id }"),
			expect: func(s scope) idSet {
				return partnersOf(s, s.w.progress, s.vis["LessonProgress"], progressID, func(x *ent.LessonProgress) string { return x.PartnerID })
			}},
		{name: "quizAttempts→partner", query: paged("quizAttempts", 100, "", "partner { id }"),
			expect: func(s scope) idSet {
				return partnersOf(s, s.w.attempts, s.vis["QuizAttempt"], attemptID, func(x *ent.QuizAttempt) string { return x.PartnerID })
			}},
	},
	"User": {
		{name: "onboardingSteps→completedBy", query: paged("onboardingSteps", 100, "", "completedBy { id }"),
			expect: func(s scope) idSet {
				return usersOf(s, s.w.steps, s.vis["OnboardingStep"], stepID, func(x *ent.OnboardingStep) string { return x.CompletedByID })
			}},
		{name: "certificationAwards→user", query: paged("certificationAwards", 100, "", "user { id }"),
			expect: func(s scope) idSet {
				return usersOf(s, s.w.awards, s.vis["CertificationAward"], awardID, func(x *ent.CertificationAward) string { return x.UserID })
			}},
		{name: "lessonProgress→user", query: paged("lessonProgress", 100, "", "user { id }"),
			expect: func(s scope) idSet {
				return usersOf(s, s.w.progress, s.vis["LessonProgress"], progressID, func(x *ent.LessonProgress) string { return x.UserID })
			}},
		{name: "quizAttempts→user", query: paged("quizAttempts", 100, "", "user { id }"),
			expect: func(s scope) idSet {
				return usersOf(s, s.w.attempts, s.vis["QuizAttempt"], attemptID, func(x *ent.QuizAttempt) string { return x.UserID })
			}},
	},
}

// partnerFiltered is a filtered probe of list by hasPartnerWith Globex: the rows of visible that
// belong to Globex.
func partnerFiltered[T any](list, typename string, rows func(w *world) []T, id, partner func(T) string) probe {
	return probe{name: list + "(hasPartnerWith Globex)", query: paged(list, 100, wherePartnerGlobex, "id"),
		count: `{ ` + list + `(where: {hasPartnerWith: {nameContains: "Globex"}}) { totalCount } }`,
		expect: func(s scope) idSet {
			return visibleIDs(rows(s.w), id, func(x T) bool { return s.vis[typename][id(x)] && named("Globex")(s.w.partner[partner(x)]) })
		}}
}

func init() {
	const own = "a partner viewer sees only its own organisation's rows, whose partner is its own"
	for _, e := range []string{"OnboardingJourney", "OnboardingStep", "CertificationAward", "LessonProgress", "QuizAttempt"} {
		safeEdgeFilters[e+"WhereInput.hasPartnerWith"] = own
	}
	extra := map[string]probe{
		"OnboardingJourney": partnerFiltered("onboardingJourneys", "OnboardingJourney", func(w *world) []*ent.OnboardingJourney { return w.journeys }, journeyID,
			func(x *ent.OnboardingJourney) string { return x.PartnerID }),
		"OnboardingStep": partnerFiltered("onboardingSteps", "OnboardingStep", func(w *world) []*ent.OnboardingStep { return w.steps }, stepID,
			func(x *ent.OnboardingStep) string { return x.PartnerID }),
		"CertificationAward": partnerFiltered("certificationAwards", "CertificationAward", func(w *world) []*ent.CertificationAward { return w.awards }, awardID,
			func(x *ent.CertificationAward) string { return x.PartnerID }),
		"LessonProgress": partnerFiltered("lessonProgress", "LessonProgress", func(w *world) []*ent.LessonProgress { return w.progress }, progressID,
			func(x *ent.LessonProgress) string { return x.PartnerID }),
		"QuizAttempt": partnerFiltered("quizAttempts", "QuizAttempt", func(w *world) []*ent.QuizAttempt { return w.attempts }, attemptID,
			func(x *ent.QuizAttempt) string { return x.PartnerID }),
	}
	for i := range trainingEntities {
		if p, ok := extra[trainingEntities[i].typename]; ok {
			trainingEntities[i].filtered = append(trainingEntities[i].filtered, p)
		}
	}
	for i := range matrixEntities {
		matrixEntities[i].nested = append(matrixEntities[i].nested, trainingProbes[matrixEntities[i].typename]...)
	}
	matrixEntities = append(matrixEntities, trainingEntities...)
}

// trainingSecrets adds a rival's onboarding and training rows to what a partner viewer must never
// receive.
func trainingSecrets(s scope, rivalID string, sec secrets) {
	for _, j := range s.w.journeys {
		if j.PartnerID == rivalID {
			sec.ids[j.ID] = true
		}
	}
	for _, x := range s.w.steps {
		if x.PartnerID == rivalID {
			sec.ids[x.ID] = true
		}
	}
	for _, x := range s.w.awards {
		if x.PartnerID == rivalID {
			sec.ids[x.ID] = true
		}
	}
	for _, x := range s.w.progress {
		if x.PartnerID == rivalID {
			sec.ids[x.ID] = true
		}
	}
	for _, x := range s.w.attempts {
		if x.PartnerID == rivalID {
			sec.ids[x.ID] = true
		}
	}
}
