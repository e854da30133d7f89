package learning

import (
	"context"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/lessonprogress"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/database"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// learner is the signed-in partner person, locked for the rest of the transaction so that their
// attempts and completions take turns (the daily attempt limit, one award per certification).
func learner(ctx context.Context, client *ent.Client) (*ent.User, error) {
	v := viewer.FromContext(ctx)
	if v == nil || v.UserID == "" || v.PartnerID == "" {
		return nil, apperr.New(apperr.Forbidden, "training progress is kept for partner users")
	}
	return client.User.Query().Where(user.ID(v.UserID), database.ForUpdate).Only(ctx)
}

// CompleteLesson records that the signed-in person completed a lesson (again: no change) and
// issues any certification that completes. Everything in the caller's transaction.
func CompleteLesson(ctx context.Context, client *ent.Client, lessonID string, now time.Time) (*ent.LessonProgress, []*ent.CertificationAward, error) {
	u, err := learner(ctx, client)
	if err != nil {
		return nil, nil, err
	}
	ls, err := client.Lesson.Get(ctx, lessonID)
	if err != nil {
		return nil, nil, err
	}
	p, err := client.LessonProgress.Query().Where(lessonprogress.UserID(u.ID), lessonprogress.LessonID(ls.ID)).Only(ctx)
	if err == nil {
		return p, nil, nil
	}
	if !ent.IsNotFound(err) {
		return nil, nil, err
	}
	p, err = client.LessonProgress.Create().
		SetPartnerID(u.PartnerID).SetUserID(u.ID).SetLessonID(ls.ID).SetCourseID(ls.CourseID).SetCompletedAt(now).
		Save(ctx)
	if err != nil {
		return nil, nil, err
	}
	if err := publishCourseCompleted(ctx, client, u, ls.CourseID, p.ID, true); err != nil {
		return nil, nil, err
	}
	awards, err := issueDue(ctx, client, u, now)
	if err != nil {
		return nil, nil, err
	}
	return p, awards, nil
}
