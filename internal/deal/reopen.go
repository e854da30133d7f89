package deal

import (
	"context"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/account"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/database"
	"github.com/partnerhub/partnerhub/internal/deal/status"
	"github.com/partnerhub/partnerhub/internal/mdf"

	entdeal "github.com/partnerhub/partnerhub/ent/deal"
)

// Reopen takes a WON or LOST registration back to APPROVED, when the outcome was recorded wrongly
// or the customer came back (docs/deal-lifecycle.md): the close date and amount are cleared, and
// the timeline says why, and a won deal's co-op accrual is reversed. It refuses while another registration holds the account, since
// reopening would give the customer to two partners at once.
func Reopen(ctx context.Context, client *ent.Client, id, note string, now time.Time) (*ent.Deal, error) {
	note = strings.TrimSpace(note)
	if note == "" {
		return nil, apperr.BadInput("note", "say why the deal is reopened")
	}
	if err := text("note", note, maxNote, true); err != nil {
		return nil, err
	}
	d, err := load(ctx, client, id)
	if err != nil {
		return nil, err
	}
	if d.Status != status.Won && d.Status != status.Lost {
		return nil, apperr.New(apperr.Conflict, "the registration is %s; only a WON or LOST one is reopened", d.Status)
	}
	// Lock the account as approving does: registrations on one customer take turns.
	if _, err := client.Account.Query().Where(account.ID(d.AccountID), database.ForUpdate).Only(ctx); err != nil {
		return nil, err
	}
	other, err := client.Deal.Query().Where(entdeal.AccountID(d.AccountID), entdeal.IDNEQ(d.ID), active(now)).First(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return nil, err
	}
	if other != nil {
		return nil, apperr.New(apperr.Conflict, "another active registration (%s) holds this customer now; it cannot be reopened while that one is active", other.ID)
	}
	reopened, err := move(ctx, client, d, status.Approved, note, now, func(u *ent.DealUpdateOne) {
		u.ClearClosedAt().ClearClosedAmount().SetDecisionNote(note)
	})
	if err != nil {
		return nil, err
	}
	if d.Status == status.Won {
		// A deal no longer won keeps no co-op funds (docs/mdf.md, "Co-op accrual").
		if err := mdf.ReverseAccrual(ctx, client, d.ID, note); err != nil {
			return nil, err
		}
	}
	return reopened, nil
}
