package onboarding

import (
	"context"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/onboardingstep"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// CompleteManual ticks a MANUAL step as done by the signed-in person. Whether they may (the step's
// owner role) is the step's privacy policy; a step completed by a fact cannot be ticked.
func CompleteManual(ctx context.Context, client *ent.Client, stepID string, now time.Time) (*ent.OnboardingStep, error) {
	s, err := client.OnboardingStep.Get(ctx, stepID)
	if err != nil {
		return nil, err
	}
	if s.CompletedAt != nil {
		return nil, apperr.New(apperr.Conflict, "this step was completed on %s", s.CompletedAt.UTC().Format("2 January 2006"))
	}
	if s.Completion != onboardingstep.CompletionMANUAL {
		return nil, apperr.New(apperr.Conflict, "this step completes by itself when its fact (%s) is recorded", s.Completion)
	}
	upd := client.OnboardingStep.UpdateOne(s).Where(onboardingstep.CompletedAtIsNil()).SetCompletedAt(now)
	if v := viewer.FromContext(ctx); v != nil && v.UserID != "" {
		upd.SetCompletedByID(v.UserID)
	}
	done, err := upd.Save(ctx)
	if ent.IsNotFound(err) { // completed meanwhile by someone else
		return nil, apperr.New(apperr.Conflict, "this step was completed meanwhile")
	}
	return done, err
}

// Overdue is whether a step is past due and still open.
func Overdue(s *ent.OnboardingStep, now time.Time) bool {
	return s.CompletedAt == nil && s.DueAt.Before(now)
}

// Progress is, over the journey's steps the viewer may see, the percent complete and how many
// are overdue.
func Progress(ctx context.Context, client *ent.Client, journeyID string, now time.Time) (percent, overdue int, err error) {
	steps, err := client.OnboardingStep.Query().Where(onboardingstep.JourneyID(journeyID)).All(ctx)
	if err != nil || len(steps) == 0 {
		return 0, 0, err
	}
	done := 0
	for _, s := range steps {
		if s.CompletedAt != nil {
			done++
		} else if Overdue(s, now) {
			overdue++
		}
	}
	return done * 100 / len(steps), overdue, nil
}
