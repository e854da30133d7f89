// Package survey runs partner satisfaction surveys: the vendor asks partner people how likely they
// are to recommend the program (0–10) through a one-time link each; answers are attributed to the
// organisation, never to the person, and NPS is % promoters (9–10) − % detractors (0–6)
// (docs/program-analytics.md).
package survey

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/partner"
	entsurvey "github.com/partnerhub/partnerhub/ent/survey"
	"github.com/partnerhub/partnerhub/ent/surveyinvitation"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/mail"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// DefaultNPSQuestion is asked when the vendor writes none.
const DefaultNPSQuestion = "How likely are you to recommend our partner program to a peer, from 0 (not at all) to 10 (extremely)?"

// maxQuestions bounds the optional questions.
const maxQuestions = 10

// CreateInput is a new survey.
type CreateInput struct {
	Title, NPSQuestion string
	Questions          []string
}

// Create writes a survey; nothing is sent yet.
func Create(ctx context.Context, client *ent.Client, in CreateInput) (*ent.Survey, error) {
	title := strings.TrimSpace(in.Title)
	if title == "" || len(title) > 200 {
		return nil, apperr.BadInput("title", "give the survey a title of at most 200 characters")
	}
	q := strings.TrimSpace(in.NPSQuestion)
	if q == "" {
		q = DefaultNPSQuestion
	}
	if len(q) > 500 {
		return nil, apperr.BadInput("npsQuestion", "at most 500 characters")
	}
	if len(in.Questions) > maxQuestions {
		return nil, apperr.BadInput("questions", "at most %d questions", maxQuestions)
	}
	var questions []string
	for _, x := range in.Questions {
		x = strings.TrimSpace(x)
		if x == "" || len(x) > 500 {
			return nil, apperr.BadInput("questions", "a question is 1 to 500 characters")
		}
		questions = append(questions, x)
	}
	v := viewer.FromContext(ctx)
	return client.Survey.Create().SetTitle(title).SetNpsQuestion(q).SetQuestions(questions).SetCreatedByID(v.UserID).Save(ctx)
}

// SendInput chooses who is asked: active people of active partners of the given tiers and types
// (none given: all).
type SendInput struct {
	SurveyID     string
	TierIDs      []string
	PartnerTypes []partner.Type
}

// Sender sends surveys through the outbox with links to the portal.
type Sender struct {
	Outbox    *mail.Outbox
	PublicURL string
}

// Send invites every chosen person not yet invited to the survey, each with a one-time link, and
// returns how many were invited now.
func (s Sender) Send(ctx context.Context, client *ent.Client, in SendInput, now time.Time) (*ent.Survey, int, error) {
	sv, err := client.Survey.Get(ctx, in.SurveyID)
	if ent.IsNotFound(err) {
		return nil, 0, apperr.NotFoundError()
	}
	if err != nil {
		return nil, 0, err
	}
	pq := client.Partner.Query().Where(partner.StatusEQ(partner.StatusACTIVE))
	if len(in.TierIDs) > 0 {
		pq.Where(partner.TierIDIn(in.TierIDs...))
	}
	if len(in.PartnerTypes) > 0 {
		pq.Where(partner.TypeIn(in.PartnerTypes...))
	}
	partners, err := pq.All(ctx)
	if err != nil {
		return nil, 0, err
	}
	names := map[string]string{}
	ids := make([]string, len(partners))
	for i, p := range partners {
		ids[i], names[p.ID] = p.ID, p.Name
	}
	people, err := client.User.Query().Where(user.PartnerIDIn(ids...), user.StatusEQ(user.StatusACTIVE),
		user.RoleIn(user.RolePARTNER_ADMIN, user.RolePARTNER_SALES)).All(ctx)
	if err != nil {
		return nil, 0, err
	}
	invited, err := client.SurveyInvitation.Query().Where(surveyinvitation.SurveyID(sv.ID)).Select(surveyinvitation.FieldUserID).Strings(ctx)
	if err != nil {
		return nil, 0, err
	}
	already := map[string]bool{}
	for _, id := range invited {
		already[id] = true
	}
	sent := 0
	for _, u := range people {
		if already[u.ID] {
			continue
		}
		token, err := newToken()
		if err != nil {
			return nil, 0, err
		}
		if err := client.SurveyInvitation.Create().SetSurveyID(sv.ID).SetUserID(u.ID).SetPartnerID(u.PartnerID).
			SetTokenHash(hashToken(token)).Exec(ctx); err != nil {
			return nil, 0, err
		}
		link := s.PublicURL + "/survey#token=" + token
		body := fmt.Sprintf("Hello %s,\n\n%s\n\nAnswer here (two minutes; the link works once and needs no sign-in):\n\n%s\n\n"+
			"Your answer is shared with the vendor's channel team as your organisation's (%s), never with other partners.\n",
			u.Name, sv.NpsQuestion, link, names[u.PartnerID])
		if err := s.Outbox.Enqueue(ctx, client, mail.Message{Kind: "survey", Credential: true, To: u.Email, Subject: sv.Title, Body: body, Link: link}); err != nil {
			return nil, 0, err
		}
		sent++
	}
	sv, err = sv.Update().SetSentAt(now).Save(ctx)
	if err != nil {
		return nil, 0, err
	}
	return sv, sent, nil
}

// Public is what the holder of a link sees: the survey's questions, and whether the link was used.
type Public struct {
	Title, NPSQuestion string
	Questions          []string
	Answered           bool
}

// ByToken reads the survey of a one-time link; an unknown link is NOT_FOUND.
func ByToken(ctx context.Context, client *ent.Client, token string) (*Public, error) {
	sys := viewer.SystemContext(ctx) // privacy escape: the link is the credential, checked here
	inv, err := client.SurveyInvitation.Query().Where(surveyinvitation.TokenHash(hashToken(token))).Only(sys)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFoundError()
	}
	if err != nil {
		return nil, err
	}
	sv, err := client.Survey.Query().Where(entsurvey.ID(inv.SurveyID)).Only(sys)
	if err != nil {
		return nil, err
	}
	return &Public{Title: sv.Title, NPSQuestion: sv.NpsQuestion, Questions: sv.Questions, Answered: inv.AnsweredAt != nil}, nil
}

// AnswerInput is one person's answer through their link.
type AnswerInput struct {
	Token   string
	Score   int
	Answers []string
}

// ErrUsed is the answer to a link used before.
var ErrUsed = &apperr.Error{Code: apperr.Conflict, Field: "token", Message: "this link has been used: each person answers once"}

// Answer records the answer and spends the link. The link is spent by a conditional update, so of
// two concurrent answers through one link exactly one is recorded.
func Answer(ctx context.Context, client *ent.Client, in AnswerInput, now time.Time) error {
	if in.Score < 0 || in.Score > 10 {
		return apperr.BadInput("score", "a score is from 0 to 10")
	}
	sys := viewer.SystemContext(ctx) // privacy escape: the link is the credential, checked here
	inv, err := client.SurveyInvitation.Query().Where(surveyinvitation.TokenHash(hashToken(in.Token))).Only(sys)
	if ent.IsNotFound(err) {
		return apperr.NotFoundError()
	}
	if err != nil {
		return err
	}
	sv, err := client.Survey.Get(sys, inv.SurveyID)
	if err != nil {
		return err
	}
	if len(in.Answers) > len(sv.Questions) {
		return apperr.BadInput("answers", "at most one answer per question")
	}
	for _, a := range in.Answers {
		if len(a) > 4000 {
			return apperr.BadInput("answers", "an answer is at most 4000 characters")
		}
	}
	n, err := client.SurveyInvitation.Update().
		Where(surveyinvitation.ID(inv.ID), surveyinvitation.AnsweredAtIsNil()).SetAnsweredAt(now).Save(sys)
	if err != nil {
		return err
	}
	if n == 0 {
		return ErrUsed
	}
	p, err := client.Partner.Get(sys, inv.PartnerID)
	if err != nil {
		return err
	}
	return client.SurveyResponse.Create().SetSurveyID(sv.ID).SetPartnerID(p.ID).SetTierID(p.TierID).
		SetPartnerType(string(p.Type)).SetScore(in.Score).SetAnswers(in.Answers).SetCreatedAt(now).Exec(sys)
}

func newToken() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return "phs_" + base64.RawURLEncoding.EncodeToString(b), nil
}

// hashToken: 256 random bits need no slow hash, and a fast one keeps the lookup indexable.
func hashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}
