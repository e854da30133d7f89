package health

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/healthscore"
	"github.com/partnerhub/partnerhub/ent/partner"
)

// Snapshot stores today's score of every ACTIVE partner, once per partner and day: the unique
// (partner, day) index drops a second instance's insert. Runs as the daily job, as the system.
func Snapshot(ctx context.Context, c *ent.Client, now time.Time) (int, error) {
	ids, err := c.Partner.Query().Where(partner.StatusEQ(partner.StatusACTIVE)).IDs(ctx)
	if err != nil {
		return 0, err
	}
	w, err := LoadWeights(ctx, c)
	if err != nil {
		return 0, err
	}
	stored := 0
	for _, id := range ids {
		raw, err := Measure(ctx, c, id, now)
		if err != nil {
			return stored, err
		}
		score, inputs := Compose(raw, w)
		err = c.HealthScore.Create().SetPartnerID(id).SetDay(Day(now)).SetScore(score).SetInputs(inputs).
			OnConflictColumns(healthscore.FieldPartnerID, healthscore.FieldDay).DoNothing().Exec(ctx)
		if err != nil && !isNoRows(err) {
			return stored, err
		}
		stored++
	}
	return stored, nil
}

// History is a partner's stored scores from since on, oldest first, as the viewer may read them.
func History(ctx context.Context, c *ent.Client, partnerID string, since time.Time) ([]*ent.HealthScore, error) {
	return c.HealthScore.Query().Where(healthscore.PartnerID(partnerID), healthscore.DayGTE(Day(since))).
		Order(ent.Asc(healthscore.FieldDay)).All(ctx)
}

// isNoRows: DO NOTHING inserts nothing, which ent's Exec on PostgreSQL reports as sql.ErrNoRows.
func isNoRows(err error) bool { return errors.Is(err, sql.ErrNoRows) }
