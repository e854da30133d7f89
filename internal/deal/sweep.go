package deal

import (
	"context"
	"fmt"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/dealevent"
	"github.com/partnerhub/partnerhub/internal/deal/status"
	"github.com/partnerhub/partnerhub/internal/webhook"

	entdeal "github.com/partnerhub/partnerhub/ent/deal"
)

// SweepInterval is how often ExpireProtection is meant to run (the River job in server.go, at
// DEAL_EXPIRY_SWEEP_INTERVAL). A deal may stay APPROVED up to this long past its expiry.
const SweepInterval = time.Minute

// sweepBatch bounds the rows one sweep transaction touches.
const sweepBatch = 500

// ExpireProtection moves approved registrations whose protection window ended before now to
// EXPIRED and reports how many it moved. client must be the root client
// (it opens its own transactions). It runs as a job, in the system's context, since it reaches
// every partner's registrations.
//
// It is idempotent and safe to run on several instances at once: each row changes by a
// conditional UPDATE (status still APPROVED, expiry still past), and its DealEvent is written only
// when that UPDATE changed the row, in the same transaction. A concurrent sweeper waits for the row
// lock (PostgreSQL) or the write lock (SQLite), then finds the row no longer APPROVED and skips it.
func ExpireProtection(ctx context.Context, client *ent.Client, now time.Time) (int, error) {
	total := 0
	for {
		due, err := client.Deal.Query().
			Where(entdeal.StatusEQ(status.Approved), entdeal.ProtectionExpiresAtLT(now)).
			Order(entdeal.ByID()).Limit(sweepBatch).All(ctx)
		if err != nil {
			return total, err
		}
		if len(due) == 0 {
			return total, nil
		}
		n, err := expireBatch(ctx, client, due, now)
		total += n
		if err != nil {
			return total, err
		}
		if len(due) < sweepBatch {
			return total, nil
		}
	}
}

func expireBatch(ctx context.Context, client *ent.Client, due []*ent.Deal, now time.Time) (int, error) {
	tx, err := client.Tx(ctx)
	if err != nil {
		return 0, err
	}
	moved := 0
	for _, d := range due { // in ID order, so concurrent sweepers lock rows in the same order
		n, err := tx.Deal.Update().
			Where(entdeal.ID(d.ID), entdeal.StatusEQ(status.Approved), entdeal.ProtectionExpiresAtLT(now)).
			SetStatus(status.Expired).SetUpdatedAt(now).Save(ctx)
		if err != nil {
			tx.Rollback()
			return 0, err
		}
		if n == 0 {
			continue // another sweeper, an extension or a close got there first
		}
		from := status.Approved
		note := fmt.Sprintf("protection window ended %s", d.ProtectionExpiresAt.UTC().Format(time.DateOnly))
		if err := recordEvent(ctx, tx.Client(), d, dealevent.KindSTATUS_CHANGED, &from, status.Expired, note, now); err != nil {
			tx.Rollback()
			return 0, err
		}
		if err := webhook.Publish(ctx, tx.Client(), webhook.DealExpired, d.ID, d.PartnerID); err != nil {
			tx.Rollback()
			return 0, err
		}
		moved++
	}
	return moved, tx.Commit()
}
