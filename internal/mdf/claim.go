package mdf

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/mdfclaim"
	"github.com/partnerhub/partnerhub/ent/mdfledgerentry"
	"github.com/partnerhub/partnerhub/ent/mdfrequest"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/upload"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// maxProofFiles bounds the proof files one submission carries.
const maxProofFiles = 10

// FileInput is a proof file that arrives with a claim.
type FileInput struct {
	Name string
	Body io.Reader
}

// ClaimInput is what submitMdfClaim and resubmitMdfClaim take; on resubmission nil leaves a field.
type ClaimInput struct {
	RequestID         string // submit
	ID                string // resubmit
	Amount            *int64
	ActualLeads       *int
	PipelineGenerated *int64
	Note              *string
	Files             []FileInput
}

// SubmitClaim claims the funds of an APPROVED request after its activity ended and before its
// claim deadline, with at least one proof file; a request has one open claim at a time.
func SubmitClaim(ctx context.Context, client *ent.Client, rc *upload.Receiver, in ClaimInput, now time.Time) (*ent.MdfClaim, error) {
	r, err := getRequest(ctx, client, in.RequestID)
	if err != nil {
		return nil, err
	}
	if _, _, err := lockAllocation(ctx, client, r.AllocationID); err != nil {
		return nil, err
	}
	if r, err = getRequest(ctx, client, in.RequestID); err != nil {
		return nil, err
	}
	if r.Status != mdfrequest.StatusAPPROVED {
		return nil, apperr.New(apperr.Conflict, "the request is %s; claims are made for APPROVED requests", r.Status)
	}
	if now.Before(r.EndDate) {
		return nil, apperr.New(apperr.Conflict, "the activity ends on %s; claim from then on", r.EndDate.Format(time.DateOnly))
	}
	settings, err := LoadSettings(ctx, client)
	if err != nil {
		return nil, err
	}
	if deadline := claimDeadline(r, settings); now.After(deadline) {
		return nil, apperr.New(apperr.Conflict, "the claim deadline passed on %s; late claims are not accepted", deadline.Format(time.DateOnly))
	}
	open, err := client.MdfClaim.Query().Where(mdfclaim.RequestID(r.ID), mdfclaim.StatusNEQ(mdfclaim.StatusREJECTED)).Exist(ctx)
	if err != nil {
		return nil, err
	}
	if open {
		return nil, apperr.New(apperr.Conflict, "the request already has a claim; a request has one open claim at a time")
	}
	if in.Amount == nil {
		return nil, apperr.BadInput("amount", "say how much is claimed")
	}
	if len(in.Files) == 0 {
		return nil, apperr.BadInput("files", "attach proof of performance: at least one file")
	}
	c := client.MdfClaim.Create().SetRequestID(r.ID).SetPartnerID(r.PartnerID).SetCurrency(r.Currency).
		SetStatus(mdfclaim.StatusSUBMITTED).SetSubmittedAt(now).SetSubmittedByID(viewer.FromContext(ctx).UserID)
	if err := applyClaim(in, r, c.Mutation()); err != nil {
		return nil, err
	}
	claim, err := c.Save(ctx)
	if ent.IsConstraintError(err) {
		return nil, apperr.New(apperr.Conflict, "the request already has a claim; a request has one open claim at a time")
	}
	if err != nil {
		return nil, fmt.Errorf("mdf: claiming: %w", err)
	}
	if err := attach(ctx, client, rc, claim, in.Files); err != nil {
		return nil, err
	}
	return claim, nil
}

// claimDeadline is the last moment a claim for r is accepted: the deadline the partner was given
// when the request was made, or the end of the claim window in force now if that is later. ADMIN
// lengthening the window helps every open request; shortening it never takes back a deadline a
// partner was already given.
func claimDeadline(r *ent.MdfRequest, s Settings) time.Time {
	if now := s.Requests().claimDeadline(r.EndDate); now.After(r.ClaimDeadline) {
		return now
	}
	return r.ClaimDeadline
}

// ResubmitClaim sends a claim the channel team asked to change back for review, with the changes
// and any further proof files.
func ResubmitClaim(ctx context.Context, client *ent.Client, rc *upload.Receiver, in ClaimInput, now time.Time) (*ent.MdfClaim, error) {
	claim, err := getClaim(ctx, client, in.ID)
	if err != nil {
		return nil, err
	}
	if claim.Status != mdfclaim.StatusCHANGES_REQUESTED {
		return nil, apperr.New(apperr.Conflict, "the claim is %s; only a claim sent back for changes is resubmitted", claim.Status)
	}
	r, err := getRequest(ctx, client, claim.RequestID)
	if err != nil {
		return nil, err
	}
	u := client.MdfClaim.UpdateOne(claim).SetStatus(mdfclaim.StatusSUBMITTED).SetSubmittedAt(now).
		SetSubmittedByID(viewer.FromContext(ctx).UserID)
	if err := applyClaim(in, r, u.Mutation()); err != nil {
		return nil, err
	}
	if claim, err = u.Save(ctx); err != nil {
		return nil, err
	}
	if err := attach(ctx, client, rc, claim, in.Files); err != nil {
		return nil, err
	}
	return claim, nil
}

// ReviewInput is what approveMdfClaim and rejectMdfClaim take.
type ReviewInput struct {
	ID   string
	Note string
	// RequestChanges sends the claim back to the partner instead of rejecting it for good.
	RequestChanges bool
}

// ApproveClaim accepts a SUBMITTED claim: its amount moves from committed to claimed, and what the
// request had committed beyond it returns to the allocation.
func ApproveClaim(ctx context.Context, client *ent.Client, in ReviewInput, now time.Time) (*ent.MdfClaim, *ent.MdfAllocation, error) {
	if err := note(in.Note, false); err != nil {
		return nil, nil, err
	}
	claim, a, err := lockClaim(ctx, client, in.ID)
	if err != nil {
		return nil, nil, err
	}
	if claim.Status != mdfclaim.StatusSUBMITTED {
		return nil, nil, apperr.New(apperr.Conflict, "the claim is %s; only SUBMITTED claims are reviewed", claim.Status)
	}
	held, err := RequestCommitted(ctx, client, claim.RequestID)
	if err != nil {
		return nil, nil, err
	}
	if claim.Amount > held {
		return nil, nil, apperr.New(apperr.Conflict, "the claim is for %d but its request holds %d", claim.Amount, held)
	}
	if claim, err = client.MdfClaim.UpdateOne(claim).SetStatus(mdfclaim.StatusAPPROVED).SetReviewNote(strings.TrimSpace(in.Note)).
		SetReviewerID(viewer.FromContext(ctx).UserID).SetReviewedAt(now).Save(ctx); err != nil {
		return nil, nil, err
	}
	if err := book(ctx, client, a, mdfledgerentry.KindCLAIMED, claim.Amount, claim.RequestID, claim.ID, "claim approved"); err != nil {
		return nil, nil, err
	}
	if err := book(ctx, client, a, mdfledgerentry.KindRELEASED, held-claim.Amount, claim.RequestID, claim.ID, "approved beyond the claim"); err != nil {
		return nil, nil, err
	}
	return claim, a, nil
}

// RejectClaim turns a SUBMITTED claim down with a note, or sends it back for changes; either way
// the request's funds stay committed until its claim deadline.
func RejectClaim(ctx context.Context, client *ent.Client, in ReviewInput, now time.Time) (*ent.MdfClaim, error) {
	if err := note(in.Note, true); err != nil {
		return nil, err
	}
	claim, _, err := lockClaim(ctx, client, in.ID)
	if err != nil {
		return nil, err
	}
	if claim.Status != mdfclaim.StatusSUBMITTED {
		return nil, apperr.New(apperr.Conflict, "the claim is %s; only SUBMITTED claims are reviewed", claim.Status)
	}
	to := mdfclaim.StatusREJECTED
	if in.RequestChanges {
		to = mdfclaim.StatusCHANGES_REQUESTED
	}
	return client.MdfClaim.UpdateOne(claim).SetStatus(to).SetReviewNote(strings.TrimSpace(in.Note)).
		SetReviewerID(viewer.FromContext(ctx).UserID).SetReviewedAt(now).Save(ctx)
}

// MarkClaimPaid records the payment of an APPROVED claim; its request is then COMPLETED.
func MarkClaimPaid(ctx context.Context, client *ent.Client, id, reference string, now time.Time) (*ent.MdfClaim, *ent.MdfRequest, *ent.MdfAllocation, error) {
	reference = strings.TrimSpace(reference)
	if reference == "" || utf8.RuneCountInString(reference) > 200 {
		return nil, nil, nil, apperr.BadInput("paymentReference", "give the payment's reference (at most 200 characters)")
	}
	claim, a, err := lockClaim(ctx, client, id)
	if err != nil {
		return nil, nil, nil, err
	}
	if claim.Status != mdfclaim.StatusAPPROVED {
		return nil, nil, nil, apperr.New(apperr.Conflict, "the claim is %s; only APPROVED claims are paid", claim.Status)
	}
	if claim, err = client.MdfClaim.UpdateOne(claim).SetStatus(mdfclaim.StatusPAID).SetPaymentReference(reference).
		SetPaidAt(now).Save(ctx); err != nil {
		return nil, nil, nil, err
	}
	if err := book(ctx, client, a, mdfledgerentry.KindPAID, claim.Amount, claim.RequestID, claim.ID, "paid: "+reference); err != nil {
		return nil, nil, nil, err
	}
	r, err := client.MdfRequest.UpdateOneID(claim.RequestID).SetStatus(mdfrequest.StatusCOMPLETED).Save(ctx)
	if err != nil {
		return nil, nil, nil, err
	}
	return claim, r, a, nil
}

// lockClaim locks the claim's allocation, then reads the claim afresh.
func lockClaim(ctx context.Context, client *ent.Client, id string) (*ent.MdfClaim, *ent.MdfAllocation, error) {
	claim, err := getClaim(ctx, client, id)
	if err != nil {
		return nil, nil, err
	}
	r, err := getRequest(ctx, client, claim.RequestID)
	if err != nil {
		return nil, nil, err
	}
	a, _, err := lockAllocation(ctx, client, r.AllocationID)
	if err != nil {
		return nil, nil, err
	}
	claim, err = getClaim(ctx, client, id)
	return claim, a, err
}

// claimMutation is what SubmitClaim and ResubmitClaim share.
type claimMutation interface {
	SetAmount(int64)
	SetActualLeads(int)
	SetPipelineGenerated(int64)
	SetNote(string)
}

func applyClaim(in ClaimInput, r *ent.MdfRequest, m claimMutation) error {
	if in.Amount != nil {
		approved := int64(0)
		if r.ApprovedAmount != nil {
			approved = *r.ApprovedAmount
		}
		if *in.Amount <= 0 || *in.Amount > approved {
			return apperr.BadInput("amount", "claim between 1 and the approved %d (minor units)", approved)
		}
		m.SetAmount(*in.Amount)
	}
	if in.ActualLeads != nil {
		if *in.ActualLeads < 0 || *in.ActualLeads > 1_000_000 {
			return apperr.BadInput("actualLeads", "actual leads must be between 0 and 1000000")
		}
		m.SetActualLeads(*in.ActualLeads)
	}
	if in.PipelineGenerated != nil {
		if *in.PipelineGenerated < 0 || *in.PipelineGenerated > maxAmount {
			return apperr.BadInput("pipelineGenerated", "the pipeline must be zero or more, in minor units")
		}
		m.SetPipelineGenerated(*in.PipelineGenerated)
	}
	if in.Note != nil {
		if err := note(*in.Note, false); err != nil {
			return err
		}
		m.SetNote(strings.TrimSpace(*in.Note))
	}
	if len(in.Files) > maxProofFiles {
		return apperr.BadInput("files", "attach at most %d files at a time", maxProofFiles)
	}
	return nil
}

// attach stores the proof files and records them on the claim; a failed mutation leaves neither
// rows nor files.
func attach(ctx context.Context, client *ent.Client, rc *upload.Receiver, claim *ent.MdfClaim, files []FileInput) error {
	for _, f := range files {
		stored, err := rc.Receive(ctx, "files", f.Name, f.Body)
		if err != nil {
			return err
		}
		rc.ForgetOnRollback(ctx, stored.Key)
		if err := client.File.Create().
			SetStorageKey(stored.Key).SetName(stored.Name).SetMediaType(stored.MediaType).
			SetSize(stored.Size).SetSha256(stored.SHA256).
			SetUploadedByID(viewer.FromContext(ctx).UserID).SetMdfClaimID(claim.ID).
			Exec(ctx); err != nil {
			return fmt.Errorf("mdf: recording a proof file: %w", err)
		}
	}
	return nil
}

func getClaim(ctx context.Context, client *ent.Client, id string) (*ent.MdfClaim, error) {
	c, err := client.MdfClaim.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, notFound()
	}
	return c, err
}
