package deal

import (
	"context"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/account"
	"github.com/partnerhub/partnerhub/ent/dealevent"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/database"
	"github.com/partnerhub/partnerhub/internal/deal/status"
	"github.com/partnerhub/partnerhub/internal/viewer"

	entdeal "github.com/partnerhub/partnerhub/ent/deal"
)

// UndoWindow is how long after approving or rejecting a registration the person who decided may
// take it back (docs/deal-lifecycle.md). It is meant for a mis-click, not for second thoughts: the
// decision's webhook event has likely gone out by then, and the undo sends its own.
const UndoWindow = 60 * time.Second

// UndoNote is the timeline note of an undone decision.
const UndoNote = "decision undone by the person who made it"

// UndoDecision puts a registration its viewer approved or rejected less than UndoWindow ago back
// to SUBMITTED, as it was before the decision: no reviewer, note, decision time, protection window,
// co-sell or override, and an account the approval marked as held by the partner is unowned again
// when no other registration on it was ever approved. It writes a STATUS_CHANGED DealEvent.
func UndoDecision(ctx context.Context, client *ent.Client, id string, now time.Time) (*ent.Deal, error) {
	d, err := load(ctx, client, id)
	if err != nil {
		return nil, err
	}
	if d.Status != status.Approved && d.Status != status.Rejected {
		return nil, apperr.New(apperr.Conflict, "only an approval or a rejection can be undone; this registration is %s", strings.ToLower(string(d.Status)))
	}
	v := viewer.FromContext(ctx)
	if v == nil || v.UserID == "" || d.ReviewerID != v.UserID {
		return nil, apperr.New(apperr.Forbidden, "only the person who decided this registration may undo the decision")
	}
	if d.DecidedAt == nil || now.Sub(*d.DecidedAt) > UndoWindow {
		return nil, apperr.New(apperr.Conflict, "a decision can be undone for %d seconds only; this one is older. Withdraw the registration or ask the partner to register again instead", int(UndoWindow.Seconds()))
	}
	// Lock the account as Approve does: the undo and a new registration on the customer take turns.
	acc, err := client.Account.Query().Where(account.ID(d.AccountID), database.ForUpdate).Only(ctx)
	if err != nil {
		return nil, err
	}
	if d.Status == status.Approved {
		asked, err := d.QueryExtensions().Exist(ctx)
		if err != nil {
			return nil, err
		}
		if asked {
			return nil, apperr.New(apperr.Conflict, "the partner has already asked to extend the protection; the approval stands")
		}
	}
	undone, err := client.Deal.UpdateOneID(d.ID).
		Where(entdeal.StatusEQ(d.Status), entdeal.ReviewerID(v.UserID)).
		SetStatus(status.Submitted).SetUpdatedAt(now).
		ClearReviewerID().SetDecisionNote("").ClearDecidedAt().ClearProtectionExpiresAt().ClearExpiryNoticeAt().
		SetConflictOverridden(false).SetCoSell(false).ClearDirectRepID().
		Save(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.New(apperr.Conflict, "the registration changed while you were undoing the decision; reload it")
	}
	if err != nil {
		return nil, err
	}
	from := d.Status
	if err := recordEvent(ctx, client, d, dealevent.KindSTATUS_CHANGED, &from, status.Submitted, UndoNote, now); err != nil {
		return nil, err
	}
	if from == status.Approved && acc.OwnerKind == account.OwnerKindPARTNER {
		// Approve marks an unowned customer as held by the partner; undo it unless another
		// registration on the account was approved too (only an approval sets a protection window).
		others, err := client.Deal.Query().
			Where(entdeal.AccountID(acc.ID), entdeal.IDNEQ(d.ID), entdeal.ProtectionExpiresAtNotNil()).
			Exist(ctx)
		if err != nil {
			return nil, err
		}
		if !others {
			if err := client.Account.UpdateOneID(acc.ID).SetOwnerKind(account.OwnerKindUNOWNED).Exec(ctx); err != nil {
				return nil, err
			}
		}
	}
	return undone, nil
}
