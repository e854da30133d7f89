package mdf

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/mdfclaim"
	"github.com/partnerhub/partnerhub/ent/mdfledgerentry"
	"github.com/partnerhub/partnerhub/ent/mdfrequest"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// DefaultClaimWindowDays is how long after an activity's end its claim is accepted, while ADMIN has
// not set it (MdfSettings).
const DefaultClaimWindowDays = 60

// Config holds the configurable MDF rules.
type Config struct {
	// ClaimWindowDays after the activity's end a claim is accepted (0: DefaultClaimWindowDays).
	ClaimWindowDays int
}

func (c Config) claimWindow() int {
	if c.ClaimWindowDays <= 0 {
		return DefaultClaimWindowDays
	}
	return c.ClaimWindowDays
}

// claimDeadline is the end of the last day a claim for an activity ending on end is accepted.
func (c Config) claimDeadline(end time.Time) time.Time {
	return end.AddDate(0, 0, c.claimWindow()+1).Add(-time.Second)
}

// RequestInput is what createMdfRequest and updateMdfRequest take; on update nil leaves a field.
type RequestInput struct {
	ID              string // update only
	AllocationID    string // create only
	ActivityType    *mdfrequest.ActivityType
	Title           *string
	Plan            *string
	StartDate       *string
	EndDate         *string
	RequestedAmount *int64
	ExpectedLeads   *int
}

// CreateRequest asks for funds from an allocation of the viewer's organisation. Nothing is
// committed until the channel team approves.
func CreateRequest(ctx context.Context, client *ent.Client, cfg Config, in RequestInput, now time.Time) (*ent.MdfRequest, error) {
	a, err := client.MdfAllocation.Get(ctx, in.AllocationID)
	if err != nil {
		if ent.IsNotFound(err) {
			return nil, notFound()
		}
		return nil, err
	}
	if now.After(endOfDay(a.PeriodEnd)) {
		return nil, apperr.New(apperr.Conflict, "the allocation's period ended on %s; request funds from a current allocation", a.PeriodEnd.Format(time.DateOnly))
	}
	if in.ActivityType == nil || in.Title == nil || in.StartDate == nil || in.EndDate == nil || in.RequestedAmount == nil {
		return nil, apperr.BadInput("title", "a request needs an activity type, a title, dates and an amount")
	}
	c := client.MdfRequest.Create().SetAllocationID(a.ID).SetPartnerID(a.PartnerID).SetCurrency(a.Currency).
		SetStatus(mdfrequest.StatusSUBMITTED)
	if v := viewer.FromContext(ctx); v != nil && v.UserID != "" {
		c.SetRequesterID(v.UserID)
	}
	if err := applyRequest(cfg, in, nil, c.Mutation()); err != nil {
		return nil, err
	}
	r, err := c.Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("mdf: requesting: %w", err)
	}
	return r, nil
}

// UpdateRequest changes a SUBMITTED request's details (the audit log keeps each edit).
func UpdateRequest(ctx context.Context, client *ent.Client, cfg Config, in RequestInput) (*ent.MdfRequest, error) {
	r, err := getRequest(ctx, client, in.ID)
	if err != nil {
		return nil, err
	}
	if r.Status != mdfrequest.StatusSUBMITTED {
		return nil, apperr.New(apperr.Conflict, "the request is %s; only SUBMITTED requests can be edited", r.Status)
	}
	u := client.MdfRequest.UpdateOne(r)
	if err := applyRequest(cfg, in, r, u.Mutation()); err != nil {
		return nil, err
	}
	return u.Save(ctx)
}

// DecisionInput is what approveMdfRequest and rejectMdfRequest take.
type DecisionInput struct {
	ID             string
	ApprovedAmount int64 // approve only
	Note           string
}

// ApproveRequest commits funds to a SUBMITTED request: at most what it asked for and at most what
// remains of its allocation, decided under the allocation's lock.
func ApproveRequest(ctx context.Context, client *ent.Client, in DecisionInput, now time.Time) (*ent.MdfRequest, *ent.MdfAllocation, error) {
	r, err := getRequest(ctx, client, in.ID)
	if err != nil {
		return nil, nil, err
	}
	if err := note(in.Note, false); err != nil {
		return nil, nil, err
	}
	a, bal, err := lockAllocation(ctx, client, r.AllocationID)
	if err != nil {
		return nil, nil, err
	}
	// Read again after the lock: a decision that raced this one has committed by now.
	if r, err = getRequest(ctx, client, in.ID); err != nil {
		return nil, nil, err
	}
	if r.Status != mdfrequest.StatusSUBMITTED {
		return nil, nil, apperr.New(apperr.Conflict, "the request is %s already; only SUBMITTED requests are decided", r.Status)
	}
	if in.ApprovedAmount <= 0 || in.ApprovedAmount > r.RequestedAmount {
		return nil, nil, apperr.BadInput("approvedAmount", "approve between 1 and the requested %d (minor units)", r.RequestedAmount)
	}
	if bal.Remaining < 0 {
		return nil, nil, apperr.New(apperr.Conflict, "the allocation owes %d %s of reversed co-op funds; nothing more is approved until later funds cover it", -bal.Remaining, a.Currency)
	}
	if in.ApprovedAmount > bal.Remaining {
		return nil, nil, apperr.New(apperr.Conflict, "only %d %s remain of the allocation; approve at most that", bal.Remaining, a.Currency)
	}
	r, err = client.MdfRequest.UpdateOne(r).SetStatus(mdfrequest.StatusAPPROVED).SetApprovedAmount(in.ApprovedAmount).
		SetDecisionNote(strings.TrimSpace(in.Note)).SetDecidedByID(viewer.FromContext(ctx).UserID).SetDecidedAt(now).Save(ctx)
	if err != nil {
		return nil, nil, err
	}
	if err := book(ctx, client, a, mdfledgerentry.KindCOMMITTED, in.ApprovedAmount, r.ID, "", "request approved"); err != nil {
		return nil, nil, err
	}
	return r, a, nil
}

// RejectRequest turns a SUBMITTED request down, with a note saying why; nothing was committed.
func RejectRequest(ctx context.Context, client *ent.Client, in DecisionInput, now time.Time) (*ent.MdfRequest, error) {
	if err := note(in.Note, true); err != nil {
		return nil, err
	}
	r, err := getRequest(ctx, client, in.ID)
	if err != nil {
		return nil, err
	}
	if _, _, err := lockAllocation(ctx, client, r.AllocationID); err != nil {
		return nil, err
	}
	if r, err = getRequest(ctx, client, in.ID); err != nil {
		return nil, err
	}
	if r.Status != mdfrequest.StatusSUBMITTED {
		return nil, apperr.New(apperr.Conflict, "the request is %s already; only SUBMITTED requests are decided", r.Status)
	}
	return client.MdfRequest.UpdateOne(r).SetStatus(mdfrequest.StatusREJECTED).SetDecisionNote(strings.TrimSpace(in.Note)).
		SetDecidedByID(viewer.FromContext(ctx).UserID).SetDecidedAt(now).Save(ctx)
}

// CancelRequest withdraws a request the partner no longer needs: a SUBMITTED one, or an APPROVED
// one without a claim, whose committed funds return to the allocation.
func CancelRequest(ctx context.Context, client *ent.Client, id string) (*ent.MdfRequest, *ent.MdfAllocation, error) {
	r, err := getRequest(ctx, client, id)
	if err != nil {
		return nil, nil, err
	}
	a, _, err := lockAllocation(ctx, client, r.AllocationID)
	if err != nil {
		return nil, nil, err
	}
	if r, err = getRequest(ctx, client, id); err != nil {
		return nil, nil, err
	}
	switch r.Status {
	case mdfrequest.StatusSUBMITTED:
	case mdfrequest.StatusAPPROVED:
		open, err := client.MdfClaim.Query().Where(mdfclaim.RequestID(r.ID), mdfclaim.StatusNEQ(mdfclaim.StatusREJECTED)).Exist(ctx)
		if err != nil {
			return nil, nil, err
		}
		if open {
			return nil, nil, apperr.New(apperr.Conflict, "the request has a claim; it can no longer be cancelled")
		}
	default:
		return nil, nil, apperr.New(apperr.Conflict, "the request is %s; only SUBMITTED or APPROVED requests can be cancelled", r.Status)
	}
	held, err := RequestCommitted(ctx, client, r.ID)
	if err != nil {
		return nil, nil, err
	}
	if r, err = client.MdfRequest.UpdateOne(r).SetStatus(mdfrequest.StatusCANCELLED).Save(ctx); err != nil {
		return nil, nil, err
	}
	if err := book(ctx, client, a, mdfledgerentry.KindRELEASED, held, r.ID, "", "request cancelled"); err != nil {
		return nil, nil, err
	}
	return r, a, nil
}

// requestMutation is what CreateRequest and UpdateRequest share.
type requestMutation interface {
	SetActivityType(mdfrequest.ActivityType)
	SetTitle(string)
	SetPlan(string)
	SetStartDate(time.Time)
	SetEndDate(time.Time)
	SetRequestedAmount(int64)
	SetExpectedLeads(int)
	SetClaimDeadline(time.Time)
}

func applyRequest(cfg Config, in RequestInput, old *ent.MdfRequest, m requestMutation) error {
	if in.ActivityType != nil {
		if err := mdfrequest.ActivityTypeValidator(*in.ActivityType); err != nil {
			return apperr.BadInput("activityType", "%s is not an activity type", *in.ActivityType)
		}
		m.SetActivityType(*in.ActivityType)
	}
	if in.Title != nil {
		t := strings.TrimSpace(*in.Title)
		if t == "" || utf8.RuneCountInString(t) > 200 {
			return apperr.BadInput("title", "the title must have 1 to 200 characters")
		}
		m.SetTitle(t)
	}
	if in.Plan != nil {
		if utf8.RuneCountInString(*in.Plan) > 10000 {
			return apperr.BadInput("plan", "the plan must have at most 10000 characters")
		}
		m.SetPlan(strings.TrimSpace(*in.Plan))
	}
	var start, end time.Time
	if old != nil {
		start, end = old.StartDate, old.EndDate
	}
	if in.StartDate != nil {
		d, err := date("startDate", *in.StartDate)
		if err != nil {
			return err
		}
		start = d
		m.SetStartDate(d)
	}
	if in.EndDate != nil {
		d, err := date("endDate", *in.EndDate)
		if err != nil {
			return err
		}
		end = d
		m.SetEndDate(d)
	}
	if end.Before(start) {
		return apperr.BadInput("endDate", "the activity ends before it starts")
	}
	if in.StartDate != nil || in.EndDate != nil {
		m.SetClaimDeadline(cfg.claimDeadline(end))
	}
	if in.RequestedAmount != nil {
		if *in.RequestedAmount <= 0 || *in.RequestedAmount > maxAmount {
			return apperr.BadInput("requestedAmount", "the amount must be positive, in minor units of the allocation's currency")
		}
		m.SetRequestedAmount(*in.RequestedAmount)
	}
	if in.ExpectedLeads != nil {
		if *in.ExpectedLeads < 0 || *in.ExpectedLeads > 1_000_000 {
			return apperr.BadInput("expectedLeads", "expected leads must be between 0 and 1000000")
		}
		m.SetExpectedLeads(*in.ExpectedLeads)
	}
	return nil
}

func getRequest(ctx context.Context, client *ent.Client, id string) (*ent.MdfRequest, error) {
	r, err := client.MdfRequest.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, notFound()
	}
	return r, err
}

func note(s string, required bool) error {
	s = strings.TrimSpace(s)
	if required && s == "" {
		return apperr.BadInput("note", "say why, in a note the partner will read")
	}
	if utf8.RuneCountInString(s) > 2000 {
		return apperr.BadInput("note", "the note must have at most 2000 characters")
	}
	return nil
}

func endOfDay(d time.Time) time.Time { return d.AddDate(0, 0, 1).Add(-time.Nanosecond) }
