package learning

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/quizattempt"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/learning/quizspec"
	"github.com/partnerhub/partnerhub/internal/webhook"
)

// Answers are a learner's picks: question ID → choice IDs.
type Answers map[string][]string

// SubmitAttempt grades the signed-in person's answers to a quiz on the server and records the
// attempt, then issues any certification a pass completes. Only the score and whether it passed
// go back: the answer key never leaves the server. Attempts per UTC day are limited by the quiz;
// the person's row lock makes racing attempts take turns, and the unique (person, quiz, day,
// number) index backs the limit up.
func SubmitAttempt(ctx context.Context, client *ent.Client, quizID string, answers Answers, now time.Time) (*ent.QuizAttempt, []*ent.CertificationAward, error) {
	u, err := learner(ctx, client)
	if err != nil {
		return nil, nil, err
	}
	q, err := client.Quiz.Get(ctx, quizID)
	if err != nil {
		return nil, nil, err
	}
	if err := checkAnswers(q.Questions, answers); err != nil {
		return nil, nil, err
	}
	day := now.UTC().Format(time.DateOnly)
	made, err := client.QuizAttempt.Query().
		Where(quizattempt.UserID(u.ID), quizattempt.QuizID(q.ID), quizattempt.Day(day)).Count(ctx)
	if err != nil {
		return nil, nil, err
	}
	if made >= q.AttemptsPerDay {
		tomorrow := now.UTC().Truncate(24 * time.Hour).Add(24 * time.Hour)
		e := apperr.New(apperr.RateLimited, "you have used your %d attempts at this quiz today; try again tomorrow (UTC)", q.AttemptsPerDay)
		e.Extensions = map[string]any{"retryAfter": int(tomorrow.Sub(now).Seconds()) + 1}
		return nil, nil, e
	}
	score := Grade(q.Questions, q.AnswerKey, answers)
	a, err := client.QuizAttempt.Create().
		SetPartnerID(u.PartnerID).SetQuizID(q.ID).SetUserID(u.ID).SetDay(day).SetNumber(made + 1).
		SetScore(score).SetPassed(score >= q.PassMark).SetCreatedAt(now).
		Save(ctx)
	if ent.IsConstraintError(err) {
		return nil, nil, apperr.New(apperr.Conflict, "another attempt of yours at this quiz is being graded; try again")
	}
	if err != nil {
		return nil, nil, err
	}
	if !a.Passed {
		return a, nil, nil
	}
	if err := webhook.Publish(ctx, client, webhook.QuizPassed, a.ID, a.PartnerID); err != nil {
		return nil, nil, err
	}
	earlier, err := client.QuizAttempt.Query().
		Where(quizattempt.UserID(u.ID), quizattempt.QuizID(q.ID), quizattempt.Passed(true), quizattempt.IDNEQ(a.ID)).Exist(ctx)
	if err != nil {
		return nil, nil, err
	}
	if err := publishCourseCompleted(ctx, client, u, q.CourseID, a.ID, !earlier); err != nil {
		return nil, nil, err
	}
	awards, err := issueDue(ctx, client, u, now)
	if err != nil {
		return nil, nil, err
	}
	return a, awards, nil
}

// checkAnswers refuses answers naming questions or choices the quiz does not have, and a single-
// choice question answered with several choices.
func checkAnswers(questions []quizspec.Question, answers Answers) error {
	for qid, picks := range answers {
		i := slices.IndexFunc(questions, func(q quizspec.Question) bool { return q.ID == qid })
		if i < 0 {
			return apperr.BadInput("answers", "the quiz has no question %q", qid)
		}
		q := questions[i]
		if !q.Multiple && len(picks) > 1 {
			return apperr.BadInput("answers", "question %q takes one choice", qid)
		}
		for _, c := range picks {
			if !slices.ContainsFunc(q.Choices, func(x quizspec.Choice) bool { return x.ID == c }) {
				return apperr.BadInput("answers", "question %q has no choice %q", qid, c)
			}
		}
	}
	return nil
}

// Grade is the percent of questions answered exactly right: every right choice picked and no
// other. Unanswered questions count as wrong.
func Grade(questions []quizspec.Question, key quizspec.AnswerKey, answers Answers) int {
	if len(questions) == 0 {
		return 0
	}
	right := 0
	for _, q := range questions {
		want := slices.Clone(key[q.ID])
		got := slices.Clone(answers[q.ID])
		slices.Sort(want)
		slices.Sort(got)
		got = slices.Compact(got)
		if len(want) > 0 && slices.Equal(want, got) {
			right++
		}
	}
	return right * 100 / len(questions)
}

// questionID names the i-th question (and choiceID its j-th choice) of a quiz being authored.
func questionID(i int) string  { return fmt.Sprintf("q%d", i+1) }
func choiceID(i, j int) string { return fmt.Sprintf("q%dc%d", i+1, j+1) }
