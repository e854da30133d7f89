package deal

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/dealevent"
	"github.com/partnerhub/partnerhub/ent/dealextension"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/deal/status"
	"github.com/partnerhub/partnerhub/internal/viewer"

	entdeal "github.com/partnerhub/partnerhub/ent/deal"
)

// RequestExtension asks for a longer protection window on an approved registration the viewer
// owns. At most one request per deal is pending: a partial unique index decides, so two racing
// requests cannot both be stored.
func RequestExtension(ctx context.Context, client *ent.Client, id, reason string, days int, now time.Time) (*ent.Deal, *ent.DealExtension, error) {
	v := viewer.FromContext(ctx)
	d, err := load(ctx, client, id)
	if err != nil {
		return nil, nil, err
	}
	reason = strings.TrimSpace(reason)
	if err := text("reason", reason, maxNote, true); err != nil {
		return nil, nil, err
	}
	if days < 1 || days > 365 {
		return nil, nil, apperr.BadInput("days", "an extension adds 1 to 365 days")
	}
	if d.Status != status.Approved || d.ProtectionExpiresAt == nil || !d.ProtectionExpiresAt.After(now) {
		return nil, nil, apperr.New(apperr.Conflict, "only an approved registration inside its protection window can be extended (this one is %s)", d.Status)
	}
	pending, err := client.DealExtension.Query().
		Where(dealextension.DealID(d.ID), dealextension.StatusEQ(dealextension.StatusPENDING)).Exist(ctx)
	if err != nil {
		return nil, nil, err
	}
	if pending {
		return nil, nil, apperr.New(apperr.Conflict, "an extension request for this registration is already pending")
	}
	ext, err := client.DealExtension.Create().
		SetDealID(d.ID).SetPartnerID(d.PartnerID).SetRequestedByID(v.UserID).
		SetReason(reason).SetDays(days).SetPendingDealID(d.ID).SetCreatedAt(now).SetUpdatedAt(now).
		Save(ctx)
	if ent.IsConstraintError(err) {
		return nil, nil, apperr.New(apperr.Conflict, "an extension request for this registration is already pending")
	}
	if err != nil {
		return nil, nil, err
	}
	note := fmt.Sprintf("asked for %d more days: %s", days, reason)
	if err := recordEvent(ctx, client, d, dealevent.KindEXTENSION_REQUESTED, nil, d.Status, note, now); err != nil {
		return nil, nil, err
	}
	return d, ext, nil
}

// DecideExtension approves or rejects a pending request; an approval moves the protection expiry
// out by the requested days, from the current expiry.
func DecideExtension(ctx context.Context, client *ent.Client, id string, approve bool, note string, now time.Time) (*ent.Deal, *ent.DealExtension, error) {
	ext, err := client.DealExtension.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, nil, apperr.NotFoundError()
	}
	if err != nil {
		return nil, nil, err
	}
	d, err := load(ctx, client, ext.DealID)
	if err != nil {
		return nil, nil, err
	}
	note = strings.TrimSpace(note)
	if err := text("note", note, maxNote, false); err != nil {
		return nil, nil, err
	}
	if ext.Status != dealextension.StatusPENDING {
		return nil, nil, apperr.New(apperr.Conflict, "this extension request was already decided (%s)", ext.Status)
	}
	v := viewer.FromContext(ctx)
	decision, kind := dealextension.StatusREJECTED, dealevent.KindEXTENSION_REJECTED
	var newExpiry time.Time
	if approve {
		if d.Status != status.Approved || d.ProtectionExpiresAt == nil {
			return nil, nil, apperr.New(apperr.Conflict, "the registration is %s; only an approved one can be extended", d.Status)
		}
		decision, kind = dealextension.StatusAPPROVED, dealevent.KindEXTENSION_APPROVED
		newExpiry = d.ProtectionExpiresAt.AddDate(0, 0, ext.Days)
		// Conditional on the expiry read, so a concurrent change (another decision, the sweep) wins cleanly.
		err := client.Deal.UpdateOneID(d.ID).
			Where(entdeal.StatusEQ(status.Approved), entdeal.ProtectionExpiresAtEQ(*d.ProtectionExpiresAt)).
			SetProtectionExpiresAt(newExpiry).SetUpdatedAt(now).Exec(ctx)
		if ent.IsNotFound(err) {
			return nil, nil, apperr.New(apperr.Conflict, "the registration changed meanwhile; reload it")
		}
		if err != nil {
			return nil, nil, err
		}
	}
	upd := client.DealExtension.UpdateOneID(ext.ID).
		Where(dealextension.StatusEQ(dealextension.StatusPENDING)).
		SetStatus(decision).ClearPendingDealID().SetDecisionNote(note).SetDecidedAt(now).SetUpdatedAt(now)
	if v.UserID != "" {
		upd.SetDecidedByID(v.UserID)
	}
	if approve {
		upd.SetNewExpiresAt(newExpiry)
	}
	ext, err = upd.Save(ctx)
	if ent.IsNotFound(err) {
		return nil, nil, apperr.New(apperr.Conflict, "this extension request was decided meanwhile")
	}
	if err != nil {
		return nil, nil, err
	}
	eventNote := note
	if approve {
		eventNote = strings.TrimSpace(fmt.Sprintf("protection extended by %d days to %s. %s", ext.Days, newExpiry.UTC().Format(time.DateOnly), note))
	}
	if err := recordEvent(ctx, client, d, kind, nil, d.Status, eventNote, now); err != nil {
		return nil, nil, err
	}
	d, err = client.Deal.Get(ctx, d.ID)
	return d, ext, err
}
