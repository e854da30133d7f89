package rule

import (
	"context"

	"entgo.io/ent/dialect/sql"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/deal"
	"github.com/partnerhub/partnerhub/ent/mdfclaim"
	"github.com/partnerhub/partnerhub/ent/mdfledgerentry"
	"github.com/partnerhub/partnerhub/ent/mdfrequest"
	"github.com/partnerhub/partnerhub/ent/privacy"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/deal/status"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// Who may move marketing development funds, all in this file (docs/mdf.md; when each move is
// allowed at all is internal/mdf's):
//   - ADMIN allocates, and may do everything else too;
//   - a partner's users (people, or READ_WRITE keys) ask for funds as themselves, edit a request
//     while it is SUBMITTED, cancel it, and submit and resubmit its claims with proof files;
//   - the partner's channel manager decides its requests and reviews and pays its claims;
//   - the ledger is appended by whoever acted, and never changed.
// The tenant rules of PartnerOwned keep partner users inside their own organisation throughout.

var (
	requestDetails = fieldSet(mdfrequest.FieldActivityType, mdfrequest.FieldTitle, mdfrequest.FieldPlan,
		mdfrequest.FieldStartDate, mdfrequest.FieldEndDate, mdfrequest.FieldRequestedAmount,
		mdfrequest.FieldExpectedLeads, mdfrequest.FieldClaimDeadline, mdfrequest.FieldUpdatedAt)
	requestDecision = fieldSet(mdfrequest.FieldStatus, mdfrequest.FieldApprovedAmount, mdfrequest.FieldDecisionNote,
		mdfrequest.FieldDecidedByID, mdfrequest.EdgeDecidedBy, mdfrequest.FieldDecidedAt, mdfrequest.FieldUpdatedAt)
	claimDetails = fieldSet(mdfclaim.FieldAmount, mdfclaim.FieldActualLeads, mdfclaim.FieldPipelineGenerated,
		mdfclaim.FieldNote, mdfclaim.FieldStatus, mdfclaim.FieldSubmittedAt, mdfclaim.FieldSubmittedByID,
		mdfclaim.EdgeSubmittedBy, mdfclaim.FieldUpdatedAt)
	claimReview = fieldSet(mdfclaim.FieldStatus, mdfclaim.FieldReviewNote, mdfclaim.FieldReviewerID, mdfclaim.EdgeReviewer,
		mdfclaim.FieldReviewedAt, mdfclaim.FieldPaymentReference, mdfclaim.FieldPaidAt, mdfclaim.FieldUpdatedAt)
)

// AllowMdfRequester lets partner users ask for funds as themselves and, on their organisation's
// requests, edit the details while SUBMITTED or cancel; deciding is the channel team's.
func AllowMdfRequester() privacy.MutationRule {
	return privacy.MdfRequestMutationRuleFunc(func(ctx context.Context, m *ent.MdfRequestMutation) error {
		v := viewer.FromContext(ctx)
		if !v.IsPartner() {
			return privacy.Skip
		}
		switch {
		case m.Op().Is(ent.OpCreate):
			if uid, _ := m.RequesterID(); uid != v.UserID {
				return Forbidden("fund requests are made by you, for your own organisation")
			}
			if s, _ := m.Status(); s != mdfrequest.StatusSUBMITTED {
				return Forbidden("a request starts SUBMITTED; the channel team decides it")
			}
			if _, set := m.ApprovedAmount(); set {
				return Forbidden("a request does not set its approved amount")
			}
			if _, set := m.DecidedByID(); set {
				return Forbidden("a request does not name who decided it")
			}
			return privacy.Allow
		case m.Op().Is(ent.OpUpdateOne):
			if to, moving := m.Status(); moving {
				if to != mdfrequest.StatusCANCELLED || outside(m, fieldSet(mdfrequest.FieldStatus, mdfrequest.FieldUpdatedAt)) != "" {
					return Forbidden("only the channel team decides fund requests")
				}
				return privacy.Allow
			}
			if f := outside(m, requestDetails); f != "" {
				return Forbidden("a partner does not set %s", f)
			}
			was, err := m.OldStatus(ctx)
			if err != nil {
				return err
			}
			if was != mdfrequest.StatusSUBMITTED {
				return apperr.New(apperr.Conflict, "a %s request cannot be edited; only SUBMITTED ones are", was)
			}
			return privacy.Allow
		}
		return Forbidden("fund requests are changed one at a time and never deleted")
	})
}

// AllowMdfRequestDecision lets a CHANNEL_MANAGER decide the requests of the partners they manage.
func AllowMdfRequestDecision() privacy.MutationRule {
	return privacy.MdfRequestMutationRuleFunc(func(ctx context.Context, m *ent.MdfRequestMutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || v.Role != viewer.ChannelManager {
			return privacy.Skip
		}
		if !m.Op().Is(ent.OpUpdateOne) {
			return Forbidden("a channel manager decides fund requests one at a time and does not make them")
		}
		partnerID, err := m.OldPartnerID(ctx)
		if err != nil {
			return err
		}
		if err := requireManager(ctx, m.Client(), v, partnerID, "decide its fund requests"); err != nil {
			return err
		}
		if f := outside(m, requestDecision); f != "" {
			return Forbidden("a decision does not change %s", f)
		}
		return privacy.Allow
	})
}

// AllowMdfClaimant lets partner users submit claims as themselves and resubmit a claim the
// channel team sent back for changes.
func AllowMdfClaimant() privacy.MutationRule {
	return privacy.MdfClaimMutationRuleFunc(func(ctx context.Context, m *ent.MdfClaimMutation) error {
		v := viewer.FromContext(ctx)
		if !v.IsPartner() {
			return privacy.Skip
		}
		if uid, set := m.SubmittedByID(); set && uid != v.UserID {
			return Forbidden("claims are submitted by you, for your own organisation")
		}
		if s, set := m.Status(); set && s != mdfclaim.StatusSUBMITTED {
			return Forbidden("only the channel team reviews claims")
		}
		switch {
		case m.Op().Is(ent.OpCreate):
			if _, set := m.SubmittedByID(); !set {
				return Forbidden("claims are submitted by you, for your own organisation")
			}
			if _, set := m.ReviewerID(); set {
				return Forbidden("a claim does not name its reviewer")
			}
			if _, set := m.PaidAt(); set {
				return Forbidden("a claim does not set its payment")
			}
			if note, _ := m.ReviewNote(); note != "" {
				return Forbidden("a claim does not set its review")
			}
			if ref, _ := m.PaymentReference(); ref != "" {
				return Forbidden("a claim does not set its payment")
			}
			return privacy.Allow
		case m.Op().Is(ent.OpUpdateOne):
			if f := outside(m, claimDetails); f != "" {
				return Forbidden("a partner does not set %s", f)
			}
			was, err := m.OldStatus(ctx)
			if err != nil {
				return err
			}
			if was != mdfclaim.StatusCHANGES_REQUESTED {
				return apperr.New(apperr.Conflict, "a %s claim cannot be changed; only one sent back for changes can", was)
			}
			return privacy.Allow
		}
		return Forbidden("claims are changed one at a time and never deleted")
	})
}

// AllowMdfClaimReview lets a CHANNEL_MANAGER review and pay the claims of the partners they manage.
func AllowMdfClaimReview() privacy.MutationRule {
	return privacy.MdfClaimMutationRuleFunc(func(ctx context.Context, m *ent.MdfClaimMutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || v.Role != viewer.ChannelManager {
			return privacy.Skip
		}
		if !m.Op().Is(ent.OpUpdateOne) {
			return Forbidden("a channel manager reviews claims one at a time and does not submit them")
		}
		partnerID, err := m.OldPartnerID(ctx)
		if err != nil {
			return err
		}
		if err := requireManager(ctx, m.Client(), v, partnerID, "review its claims"); err != nil {
			return err
		}
		if f := outside(m, claimReview); f != "" {
			return Forbidden("a review does not change %s", f)
		}
		return privacy.Allow
	})
}

// AllowMdfLedgerByActor lets whoever moves funds append the entry, as themselves: the partner's
// channel manager any movement of its funds but allocating, including a deal's co-op accrual and
// its reversal when they close or reopen the deal; a partner user only the release of a request it
// cancelled and the co-op accrual of a deal of its own it reports won (allocating and expiring are
// ADMIN's and the system's).
func AllowMdfLedgerByActor() privacy.MutationRule {
	return privacy.MdfLedgerEntryMutationRuleFunc(func(ctx context.Context, m *ent.MdfLedgerEntryMutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || !m.Op().Is(ent.OpCreate) {
			return privacy.Skip
		}
		if actor, _ := m.ActorID(); actor != v.UserID {
			return Forbidden("a ledger entry names who moved the funds")
		}
		kind, _ := m.Kind()
		partnerID, _ := m.PartnerID()
		switch {
		case v.Role == viewer.ChannelManager:
			dealID, _ := m.DealID()
			coop := kind == mdfledgerentry.KindACCRUED && dealID != ""
			if !coop && (kind == mdfledgerentry.KindALLOCATED || kind == mdfledgerentry.KindACCRUED || kind == mdfledgerentry.KindEXPIRED) {
				return Forbidden("only an admin allocates funds")
			}
			if err := requireManager(ctx, m.Client(), v, partnerID, "move its funds"); err != nil {
				return err
			}
			return privacy.Allow
		case v.IsPartner():
			if kind == mdfledgerentry.KindACCRUED {
				return allowCoopAccrual(ctx, m, partnerID)
			}
			reqID, _ := m.RequestID()
			if kind != mdfledgerentry.KindRELEASED || reqID == "" {
				return Forbidden("only the channel team moves funds")
			}
			// Read under the partner's own rules: another organisation's request is not found.
			cancelled, err := m.Client().MdfRequest.Query().
				Where(mdfrequest.ID(reqID), mdfrequest.StatusEQ(mdfrequest.StatusCANCELLED)).Exist(ctx)
			if err != nil {
				return err
			}
			if !cancelled {
				return Forbidden("a partner releases only the funds of a request it cancelled")
			}
			return privacy.Allow
		}
		return privacy.Skip
	})
}

// allowCoopAccrual lets a partner user book the co-op accrual of a deal it just reported won: a
// positive ACCRUED entry naming a WON deal of the entry's partner, read under the user's own rules
// (another organisation's deal, or a colleague's a sales rep may not read, is not found). Reversals
// come only with reopening, which is the channel team's.
func allowCoopAccrual(ctx context.Context, m *ent.MdfLedgerEntryMutation, partnerID string) error {
	dealID, _ := m.DealID()
	if amount, _ := m.Amount(); dealID == "" || amount <= 0 {
		return Forbidden("a partner accrues funds only from a deal it won")
	}
	won, err := m.Client().Deal.Query().
		Where(deal.ID(dealID), deal.PartnerID(partnerID), deal.StatusEQ(status.Won)).Exist(ctx)
	if err != nil {
		return err
	}
	if !won {
		return Forbidden("a partner accrues funds only from a deal it won")
	}
	return privacy.Allow
}

// AllowClaimProofUpload lets a partner user upload proof files, as themselves, to a claim of their
// own organisation that is being submitted.
func AllowClaimProofUpload() privacy.MutationRule {
	return privacy.FileMutationRuleFunc(func(ctx context.Context, m *ent.FileMutation) error {
		v := viewer.FromContext(ctx)
		if !v.IsPartner() {
			return privacy.Skip
		}
		claimID, _ := m.MdfClaimID()
		if _, content := m.ContentID(); !m.Op().Is(ent.OpCreate) || claimID == "" || content {
			return Forbidden("partners upload only proof files of their claims")
		}
		if uid, _ := m.UploadedByID(); uid != v.UserID {
			return Forbidden("a file names who uploaded it")
		}
		ok, err := m.Client().MdfClaim.Query().
			Where(mdfclaim.ID(claimID), mdfclaim.StatusEQ(mdfclaim.StatusSUBMITTED)).Exist(ctx)
		if err != nil {
			return err
		}
		if !ok {
			return Forbidden("proof files are added while the claim is submitted")
		}
		return privacy.Allow
	})
}

// ownClaims selects the IDs of the partner's MDF claims.
func ownClaims(s *sql.Selector, partnerID string) *sql.Selector {
	t := sql.Table(mdfclaim.Table)
	return sql.Dialect(s.Dialect()).Select(t.C(mdfclaim.FieldID)).From(t).Where(sql.EQ(t.C(mdfclaim.FieldPartnerID), partnerID))
}
