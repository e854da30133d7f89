package lead

import (
	"context"
	"errors"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	entlead "github.com/partnerhub/partnerhub/ent/lead"
	"github.com/partnerhub/partnerhub/ent/leadoffer"
	"github.com/partnerhub/partnerhub/ent/leadrouting"
	"github.com/partnerhub/partnerhub/internal/jobs"
)

// sweepBatch bounds the leads one sweep handles.
const sweepBatch = 200

// Task is the periodic River job that re-routes leads: declined ones (status NEW) and offers past
// their deadline. It runs in the system's context (jobs), which reads every partner.
func Task(client *ent.Client, cfg Config, every time.Duration) jobs.Task {
	return jobs.Task{Name: "route_leads", Every: every, Run: func(ctx context.Context) error {
		now := time.Now()
		if _, err := ExpireOffers(ctx, client, cfg, now); err != nil {
			return err
		}
		_, err := RouteWaiting(ctx, client, cfg, now)
		return err
	}}
}

// ExpireOffers re-routes every lead whose offer deadline passed before now and reports how many.
// client is the root client: each lead moves in its own transaction.
//
// Each lead is re-routed at most once per deadline, however many sweepers run at once: the first
// step is a conditional UPDATE that matches only while the lead is still OFFERED with the same
// deadline, and the re-routing happens in that transaction. A concurrent sweeper waits for the
// row (PostgreSQL's row lock; SQLite runs one writer at a time), then finds a new deadline or
// status and leaves the lead alone.
func ExpireOffers(ctx context.Context, client *ent.Client, cfg Config, now time.Time) (int, error) {
	due, err := client.Lead.Query().
		Where(entlead.StatusEQ(entlead.StatusOFFERED), entlead.OfferDeadlineLTE(now)).
		Order(entlead.ByID()).Limit(sweepBatch).All(ctx)
	if err != nil {
		return 0, err
	}
	moved := 0
	for _, l := range due {
		ok, err := inTx(ctx, client, func(tx *ent.Client) (bool, error) {
			n, err := tx.Lead.Update().
				Where(entlead.ID(l.ID), entlead.StatusEQ(entlead.StatusOFFERED), entlead.OfferDeadlineEQ(*l.OfferDeadline)).
				SetStatus(entlead.StatusNEW).ClearPartnerID().ClearOfferDeadline().SetUpdatedAt(now).Save(ctx)
			if err != nil || n == 0 {
				return false, err // n == 0: another sweeper, or the partner's answer, came first
			}
			if _, err := tx.LeadOffer.Update().
				Where(leadoffer.LeadID(l.ID), leadoffer.PartnerID(l.PartnerID), leadoffer.StatusEQ(leadoffer.StatusOFFERED)).
				SetStatus(leadoffer.StatusEXPIRED).SetRespondedAt(now).SetUpdatedAt(now).Save(ctx); err != nil {
				return false, err
			}
			l.Status, l.PartnerID, l.OfferDeadline = entlead.StatusNEW, "", nil
			_, err = Route(ctx, tx, cfg, l, leadrouting.CauseDEADLINE_MISSED, now)
			return err == nil, err
		})
		if err != nil {
			return moved, err
		}
		if ok {
			moved++
		}
	}
	return moved, nil
}

// RouteWaiting routes the leads waiting for a partner (declined ones) and reports how many.
func RouteWaiting(ctx context.Context, client *ent.Client, cfg Config, now time.Time) (int, error) {
	waiting, err := client.Lead.Query().Where(entlead.StatusEQ(entlead.StatusNEW)).
		Order(entlead.ByUpdatedAt(), entlead.ByID()).Limit(sweepBatch).All(ctx)
	if err != nil {
		return 0, err
	}
	routed := 0
	for _, l := range waiting {
		ok, err := inTx(ctx, client, func(tx *ent.Client) (bool, error) {
			_, err := Route(ctx, tx, cfg, l, leadrouting.CauseDECLINED, now)
			if errors.Is(err, errRaced) {
				return false, nil
			}
			return err == nil, err
		})
		if err != nil {
			return routed, err
		}
		if ok {
			routed++
		}
	}
	return routed, nil
}

// inTx runs fn in a transaction of its own; a false result rolls it back.
func inTx(ctx context.Context, client *ent.Client, fn func(*ent.Client) (bool, error)) (bool, error) {
	tx, err := client.Tx(ctx)
	if err != nil {
		return false, err
	}
	ok, err := fn(tx.Client())
	if err != nil || !ok {
		tx.Rollback()
		return false, err
	}
	return true, tx.Commit()
}
