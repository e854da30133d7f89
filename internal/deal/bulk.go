package deal

import (
	"context"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/account"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/deal/status"
)

// MaxBulkApprove is how many registrations one bulk approval may decide.
const MaxBulkApprove = 50

// ApproveMany approves SUBMITTED registrations without conflicts, each exactly as Approve does.
// It checks every one before changing any, and the caller's transaction makes it all or nothing:
// a registration with a conflict, or on a DIRECT account (which needs co-sell and a direct rep), is
// decided on its own, so naming one refuses the whole call.
func ApproveMany(ctx context.Context, client *ent.Client, ids []string, note string, now time.Time) ([]*ent.Deal, error) {
	switch {
	case len(ids) == 0:
		return nil, apperr.BadInput("ids", "choose at least one registration to approve")
	case len(ids) > MaxBulkApprove:
		return nil, apperr.BadInput("ids", "approve at most %d registrations at once; %d were chosen", MaxBulkApprove, len(ids))
	}
	seen := map[string]bool{}
	for _, id := range ids {
		if seen[id] {
			return nil, apperr.BadInput("ids", "%s is listed twice", id)
		}
		seen[id] = true
		d, err := client.Deal.Get(ctx, id)
		if ent.IsNotFound(err) {
			return nil, apperr.BadInput("ids", "%s is not a registration you can decide", id)
		}
		if err != nil {
			return nil, err
		}
		if d.Status != status.Submitted {
			return nil, apperr.BadInput("ids", "%q (%s) is %s, not waiting for a decision; nothing was approved", d.Title, id, strings.ToLower(string(d.Status)))
		}
		conflicted, err := d.QueryConflicts().Exist(ctx)
		if err != nil {
			return nil, err
		}
		if conflicted {
			return nil, apperr.BadInput("ids", "%q (%s) has a conflict; decide it on its own. Nothing was approved", d.Title, id)
		}
		direct, err := d.QueryAccount().Where(account.OwnerKindEQ(account.OwnerKindDIRECT)).Exist(ctx)
		if err != nil {
			return nil, err
		}
		if direct {
			return nil, apperr.BadInput("ids", "%q (%s) is on a DIRECT account and needs co-sell with a direct rep; approve it on its own. Nothing was approved", d.Title, id)
		}
	}
	out := make([]*ent.Deal, 0, len(ids))
	for _, id := range ids {
		d, err := Approve(ctx, client, ApproveInput{ID: id, Note: note}, now)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, nil
}
