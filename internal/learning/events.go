package learning

import (
	"context"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/internal/webhook"
)

// publishCourseCompleted publishes training.course_completed about record (the lesson progress or
// quiz attempt that completed the course) when the person's course is complete now and was not
// before. A lesson completed for the first time cannot find its course complete already; a quiz
// pass can, when the quiz was passed before (firstPass false).
func publishCourseCompleted(ctx context.Context, client *ent.Client, u *ent.User, courseID, recordID string, firstPass bool) error {
	if !firstPass {
		return nil
	}
	l, err := readLedger(ctx, client, u.ID)
	if err != nil {
		return err
	}
	cat, err := readCatalog(ctx, client, []string{courseID})
	if err != nil {
		return err
	}
	c := cat.courses[courseID]
	if c == nil || !l.courseProgress(c, time.Time{}).Complete {
		return nil
	}
	return webhook.Publish(ctx, client, webhook.CourseCompleted, recordID, u.PartnerID)
}
