package deal

import (
	"context"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/account"
	"github.com/partnerhub/partnerhub/ent/dealconflict"
	"github.com/partnerhub/partnerhub/ent/dealevent"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/database"
	"github.com/partnerhub/partnerhub/internal/deal/status"
	"github.com/partnerhub/partnerhub/internal/mdf"
	"github.com/partnerhub/partnerhub/internal/viewer"

	entdeal "github.com/partnerhub/partnerhub/ent/deal"
)

// move makes one lifecycle transition: only the transitions of docs/deal-lifecycle.md exist, the
// change is a conditional update on the status read (so two racing decisions cannot both apply),
// and it writes the DealEvent. set adds the transition's own fields. Whether the viewer may make
// the move is the Deal policy's decision (ent/schema/rule/dealwrite.go), taken on this update.
func move(ctx context.Context, client *ent.Client, d *ent.Deal, to status.Status, note string, now time.Time, set func(*ent.DealUpdateOne)) (*ent.Deal, error) {
	if !status.CanMove(d.Status, to) {
		return nil, transitionError(d.Status, to)
	}
	upd := client.Deal.UpdateOneID(d.ID).
		Where(entdeal.StatusEQ(d.Status)).
		SetStatus(to).SetUpdatedAt(now)
	if set != nil {
		set(upd)
	}
	moved, err := upd.Save(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.New(apperr.Conflict, "the registration changed while you were deciding; reload it")
	}
	if err != nil {
		return nil, err
	}
	from := d.Status
	if err := recordEvent(ctx, client, d, dealevent.KindSTATUS_CHANGED, &from, to, note, now); err != nil {
		return nil, err
	}
	return moved, nil
}

// transitionError names the moves that are allowed, so a client knows what it could do instead.
func transitionError(from, to status.Status) error {
	allowed := status.Transitions[from]
	if len(allowed) == 0 {
		return apperr.New(apperr.Conflict, "a %s registration is final and cannot become %s", from, to)
	}
	names := make([]string, len(allowed))
	for i, s := range allowed {
		names[i] = string(s)
	}
	return apperr.New(apperr.Conflict, "a %s registration cannot become %s; allowed: %s", from, to, strings.Join(names, ", "))
}

// ApproveInput is the channel team's approval.
type ApproveInput struct {
	ID               string
	Note             string
	CoSell           bool
	DirectRepID      string
	OverrideConflict bool
}

// Approve approves a SUBMITTED registration. It refuses while another partner holds an earlier
// active registration on the account (first to register wins) unless an ADMIN overrides with a
// note, and on a DIRECT account it requires co-sell with a direct rep. The protection window is
// the partner's tier's deal_protection_days (DefaultProtectionDays without a tier).
func Approve(ctx context.Context, client *ent.Client, in ApproveInput, now time.Time) (*ent.Deal, error) {
	d, err := load(ctx, client, in.ID)
	if err != nil {
		return nil, err
	}
	if d.Status == status.Won || d.Status == status.Lost {
		// WON → APPROVED exists, but as reopenDeal, with its note and its effects.
		return nil, apperr.New(apperr.Conflict, "a %s registration is not approved again; the channel team reopens it (reopenDeal)", d.Status)
	}
	if err := text("note", in.Note, maxNote, false); err != nil {
		return nil, err
	}
	// Lock the account: decisions and registrations on one customer take turns.
	acc, err := client.Account.Query().Where(account.ID(d.AccountID), database.ForUpdate).Only(ctx)
	if err != nil {
		return nil, err
	}
	// Who was first was decided at registration, under the account lock, and stored as the
	// SAME_DOMAIN conflict: the registration stays blocked while the one it was flagged against
	// is still active.
	earlier, err := client.Deal.Query().
		Where(entdeal.HasConflictedByWith(dealconflict.DealID(d.ID), dealconflict.KindEQ(dealconflict.KindSAME_DOMAIN)), active(now)).
		Order(entdeal.ByCreatedAt()).First(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return nil, err
	}
	override := false
	if earlier != nil {
		switch {
		case !in.OverrideConflict:
			return nil, apperr.New(apperr.Conflict,
				"another partner holds an earlier active registration on %s (%s, %s); first to register wins, so this one cannot be approved while that one is active (an admin may override with a note)",
				acc.Domain, earlier.ID, strings.ToLower(string(earlier.Status)))
		case strings.TrimSpace(in.Note) == "":
			return nil, apperr.BadInput("note", "say why the conflict with the earlier registration is overridden")
		}
		override = true
	}
	var rep *ent.User
	if in.CoSell || in.DirectRepID != "" {
		if !in.CoSell {
			return nil, apperr.BadInput("coSell", "a direct rep is set only on a co-sell deal")
		}
		if in.DirectRepID == "" {
			return nil, apperr.BadInput("directRepId", "a co-sell deal needs the vendor's direct sales rep")
		}
		rep, err = client.User.Query().
			Where(user.ID(in.DirectRepID), user.RoleIn(user.RoleADMIN, user.RoleCHANNEL_MANAGER), user.StatusEQ(user.StatusACTIVE)).
			Only(ctx)
		if ent.IsNotFound(err) {
			return nil, apperr.BadInput("directRepId", "the direct rep must be an active vendor user")
		}
		if err != nil {
			return nil, err
		}
	}
	if acc.OwnerKind == account.OwnerKindDIRECT {
		if !in.CoSell {
			return nil, apperr.BadInput("coSell", "%s is a DIRECT account: approve it as a co-sell deal with a direct rep", acc.Domain)
		}
	}
	days, err := protectionDays(ctx, client, d.PartnerID)
	if err != nil {
		return nil, err
	}
	note := in.Note
	if override {
		note = "conflict with an earlier registration overridden: " + in.Note // the partner reads this; the vendor finds the other registration among the deal's conflicts
	}
	v := viewer.FromContext(ctx)
	approved, err := move(ctx, client, d, status.Approved, note, now, func(u *ent.DealUpdateOne) {
		u.SetDecisionNote(in.Note).SetDecidedAt(now).SetProtectionExpiresAt(now.AddDate(0, 0, days)).
			SetConflictOverridden(override).SetCoSell(in.CoSell)
		if v.UserID != "" {
			u.SetReviewerID(v.UserID)
		}
		if rep != nil {
			u.SetDirectRepID(rep.ID)
		}
	})
	if err != nil {
		return nil, err
	}
	// A customer nobody owned now belongs to the partner's protected registration.
	if acc.OwnerKind == account.OwnerKindUNOWNED {
		if err := client.Account.UpdateOneID(acc.ID).SetOwnerKind(account.OwnerKindPARTNER).Exec(ctx); err != nil {
			return nil, err
		}
	}
	return approved, nil
}

// protectionDays is the protection window the partner's tier grants.
func protectionDays(ctx context.Context, client *ent.Client, partnerID string) (int, error) {
	p, err := client.Partner.Get(ctx, partnerID)
	if err != nil {
		return 0, err
	}
	if p.TierID == "" {
		return DefaultProtectionDays, nil
	}
	t, err := p.QueryTier().Only(ctx)
	if err != nil {
		return 0, err
	}
	if t.DealProtectionDays <= 0 {
		return DefaultProtectionDays, nil
	}
	return t.DealProtectionDays, nil
}

// Reject rejects a SUBMITTED registration with a note the partner reads.
func Reject(ctx context.Context, client *ent.Client, id, note string, now time.Time) (*ent.Deal, error) {
	d, err := load(ctx, client, id)
	if err != nil {
		return nil, err
	}
	note = strings.TrimSpace(note)
	if note == "" {
		return nil, apperr.BadInput("note", "tell the partner why the registration is rejected")
	}
	if err := text("note", note, maxNote, true); err != nil {
		return nil, err
	}
	v := viewer.FromContext(ctx)
	return move(ctx, client, d, status.Rejected, note, now, func(u *ent.DealUpdateOne) {
		u.SetDecisionNote(note).SetDecidedAt(now)
		if v.UserID != "" {
			u.SetReviewerID(v.UserID)
		}
	})
}

// Withdraw withdraws a SUBMITTED or APPROVED registration, by its owner or the channel team.
func Withdraw(ctx context.Context, client *ent.Client, id, note string, now time.Time) (*ent.Deal, error) {
	d, err := load(ctx, client, id)
	if err != nil {
		return nil, err
	}
	if err := text("note", note, maxNote, false); err != nil {
		return nil, err
	}
	return move(ctx, client, d, status.Withdrawn, note, now, nil)
}

// CloseInput reports the outcome of an approved registration.
type CloseInput struct {
	ID           string
	Won          bool
	CloseDate    string
	ClosedAmount *int64
	Note         string
}

// Close records that an APPROVED registration was won (with its final amount) or lost.
func Close(ctx context.Context, client *ent.Client, in CloseInput, now time.Time) (*ent.Deal, error) {
	d, err := load(ctx, client, in.ID)
	if err != nil {
		return nil, err
	}
	closed, err := parseDate("closeDate", in.CloseDate)
	if err != nil {
		return nil, err
	}
	if closed.After(now) {
		return nil, apperr.BadInput("closeDate", "the close date %s is in the future", in.CloseDate)
	}
	if closed.Before(d.CreatedAt.UTC().Truncate(24 * time.Hour)) {
		return nil, apperr.BadInput("closeDate", "the close date %s is before the registration", in.CloseDate)
	}
	to := status.Lost
	if in.Won {
		to = status.Won
		if in.ClosedAmount == nil || *in.ClosedAmount <= 0 {
			return nil, apperr.BadInput("closedAmount", "a won deal needs its final amount, more than zero")
		}
	}
	if in.ClosedAmount != nil && *in.ClosedAmount < 0 {
		return nil, apperr.BadInput("closedAmount", "the closed amount cannot be negative")
	}
	if err := text("note", in.Note, maxNote, false); err != nil {
		return nil, err
	}
	moved, err := move(ctx, client, d, to, in.Note, now, func(u *ent.DealUpdateOne) {
		u.SetClosedAt(closed)
		if in.ClosedAmount != nil {
			u.SetClosedAmount(*in.ClosedAmount)
		}
		if in.Note != "" {
			u.SetDecisionNote(in.Note)
		}
	})
	if err != nil {
		return nil, err
	}
	if to == status.Won {
		// The tier's co-op share of the deal, in this transaction: if it cannot be booked, the
		// deal is not won either (docs/mdf.md, "Co-op accrual").
		if err := mdf.Accrue(ctx, client, moved); err != nil {
			return nil, err
		}
	}
	return moved, nil
}
