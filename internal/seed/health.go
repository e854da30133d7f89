package seed

import (
	"context"
	"fmt"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/healthscore"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/internal/health"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// healthWeeks is how far back the demo's health trend reaches, one score a week.
const healthWeeks = 26

// Health stores the demo partners' health scores, one a week for the last half year and one
// today, on a database that has none. Each is measured by internal/health from the facts as they
// stood that day (the deals, sign-ins, content events and certifications seeded before), so the
// trend is what the daily job would have recorded.
func Health(ctx context.Context, client *ent.Client, now time.Time) error {
	sys := viewer.SystemContext(ctx) // privacy escape: seeding scores every partner before anyone signs in
	if n, err := client.HealthScore.Query().Count(sys); err != nil || n > 0 {
		return err
	}
	ids, err := client.Partner.Query().Where(partner.StatusEQ(partner.StatusACTIVE)).IDs(sys)
	if err != nil {
		return err
	}
	w, err := health.LoadWeights(sys, client)
	if err != nil {
		return err
	}
	now = now.UTC()
	var scores []*ent.HealthScoreCreate
	for _, id := range ids {
		for week := healthWeeks; week >= 0; week-- {
			at := now.AddDate(0, 0, -7*week)
			raw, err := health.Measure(sys, client, id, at)
			if err != nil {
				return fmt.Errorf("demo health of %s: %w", id, err)
			}
			score, inputs := health.Compose(raw, w)
			scores = append(scores, client.HealthScore.Create().SetPartnerID(id).SetDay(health.Day(at)).
				SetScore(score).SetInputs(inputs).SetCreatedAt(at))
		}
	}
	return client.HealthScore.CreateBulk(scores...).
		OnConflictColumns(healthscore.FieldPartnerID, healthscore.FieldDay).DoNothing().Exec(sys)
}
