package seed

import (
	"context"
	"fmt"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/internal/tiering"
)

// demoTiering runs the real tier evaluation over the demo deals (no e-mail: the demo outbox stays
// quiet), which proposes the upgrades and starts the grace periods the demo tiers call for. The
// health trend is seeded last (Health), once every other fact it measures exists.
func demoTiering(ctx context.Context, c *ent.Client, now time.Time) error {
	if _, err := (tiering.Evaluator{Client: c}).EvaluateOnDemand(ctx, c, "", now); err != nil {
		return fmt.Errorf("demo tier evaluation: %w", err)
	}
	return nil
}
