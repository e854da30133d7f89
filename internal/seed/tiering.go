package seed

import (
	"context"
	"fmt"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/internal/health"
	"github.com/partnerhub/partnerhub/internal/tiering"
)

// demoHealthWeeks is how many weekly health scores the demo stores per partner, so the scorecard
// shows a trend from the first start.
const demoHealthWeeks = 8

// demoTiering runs the real tier evaluation over the demo deals (no e-mail: the demo outbox stays
// quiet), which proposes the upgrades and starts the grace periods the demo tiers call for, and
// stores weekly health scores measured from the rows as they stood each week.
func demoTiering(ctx context.Context, c *ent.Client, now time.Time) error {
	if _, err := (tiering.Evaluator{Client: c}).EvaluateOnDemand(ctx, c, "", now); err != nil {
		return fmt.Errorf("demo tier evaluation: %w", err)
	}
	ids, err := c.Partner.Query().Where(partner.StatusEQ(partner.StatusACTIVE)).IDs(ctx)
	if err != nil {
		return err
	}
	w, err := health.LoadWeights(ctx, c)
	if err != nil {
		return err
	}
	for week := demoHealthWeeks - 1; week >= 0; week-- {
		at := now.AddDate(0, 0, -7*week)
		for _, id := range ids {
			raw, err := health.Measure(ctx, c, id, at)
			if err != nil {
				return err
			}
			score, inputs := health.Compose(raw, w)
			if err := c.HealthScore.Create().SetPartnerID(id).SetDay(health.Day(at)).SetScore(score).SetInputs(inputs).
				SetCreatedAt(at).Exec(ctx); err != nil {
				return fmt.Errorf("demo health score: %w", err)
			}
		}
	}
	return nil
}
