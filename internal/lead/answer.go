package lead

import (
	"context"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	entdeal "github.com/partnerhub/partnerhub/ent/deal"
	entlead "github.com/partnerhub/partnerhub/ent/lead"
	"github.com/partnerhub/partnerhub/ent/leadoffer"
	"github.com/partnerhub/partnerhub/ent/leadrouting"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/deal"
	"github.com/partnerhub/partnerhub/internal/lead/trace"
	"github.com/partnerhub/partnerhub/internal/viewer"
	"github.com/partnerhub/partnerhub/internal/webhook"
)

// openOffer is the lead's offer waiting for an answer from the partner holding it.
func openOffer(ctx context.Context, client *ent.Client, l *ent.Lead) (*ent.LeadOffer, error) {
	o, err := client.LeadOffer.Query().
		Where(leadoffer.LeadID(l.ID), leadoffer.PartnerID(l.PartnerID), leadoffer.StatusEQ(leadoffer.StatusOFFERED)).
		Only(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.New(apperr.Conflict, "the lead has no open offer to answer (it is %s)", strings.ToLower(string(l.Status)))
	}
	return o, err
}

// answerable loads a lead offered to the viewer's organisation whose deadline has not passed.
func answerable(ctx context.Context, client *ent.Client, id string, now time.Time) (*ent.Lead, *ent.LeadOffer, error) {
	l, err := load(ctx, client, id)
	if err != nil {
		return nil, nil, err
	}
	if l.Status != entlead.StatusOFFERED {
		return nil, nil, apperr.New(apperr.Conflict, "the lead is %s, not waiting for an answer", strings.ToLower(string(l.Status)))
	}
	o, err := openOffer(ctx, client, l)
	if err != nil {
		return nil, nil, err
	}
	if !now.Before(o.Deadline) {
		return nil, nil, apperr.New(apperr.Conflict, "the offer lapsed at %s; the lead is being routed to another partner", o.Deadline.UTC().Format(time.RFC3339))
	}
	return l, o, nil
}

// Accept takes an offered lead on: the partner now works it and may convert it into a deal.
func Accept(ctx context.Context, client *ent.Client, id string, now time.Time) (*ent.Lead, error) {
	l, o, err := answerable(ctx, client, id, now)
	if err != nil {
		return nil, err
	}
	if err := client.LeadOffer.UpdateOneID(o.ID).Where(leadoffer.StatusEQ(leadoffer.StatusOFFERED)).
		SetStatus(leadoffer.StatusACCEPTED).SetRespondedAt(now).SetUpdatedAt(now).Exec(ctx); err != nil {
		return nil, changed(err)
	}
	accepted, err := client.Lead.UpdateOneID(l.ID).Where(entlead.StatusEQ(entlead.StatusOFFERED)).
		SetStatus(entlead.StatusACCEPTED).SetAcceptedAt(now).SetUpdatedAt(now).Save(ctx)
	if err != nil {
		return nil, changed(err)
	}
	return accepted, webhook.Publish(ctx, client, webhook.LeadAccepted, o.ID, o.PartnerID)
}

// DeclineInput is a partner passing on a lead.
type DeclineInput struct {
	ID     string
	Reason leadoffer.DeclineReason
	Note   string
}

// Decline passes on an offered lead with a structured reason. The lead leaves the partner's view
// and goes back to routing, which excludes this partner; the routing job offers it to the next
// one within seconds (docs/leads-and-routing.md).
func Decline(ctx context.Context, client *ent.Client, in DeclineInput, now time.Time) (*ent.LeadOffer, error) {
	if err := leadoffer.DeclineReasonValidator(in.Reason); err != nil {
		return nil, apperr.BadInput("reason", "reason must be NO_CAPACITY, NOT_OUR_REGION, NO_FIT, DUPLICATE or SPAM")
	}
	if len(in.Note) > 2000 {
		return nil, apperr.BadInput("note", "at most 2000 characters")
	}
	l, o, err := answerable(ctx, client, in.ID, now)
	if err != nil {
		return nil, err
	}
	declined, err := client.LeadOffer.UpdateOneID(o.ID).Where(leadoffer.StatusEQ(leadoffer.StatusOFFERED)).
		SetStatus(leadoffer.StatusDECLINED).SetDeclineReason(in.Reason).SetNote(strings.TrimSpace(in.Note)).
		SetRespondedAt(now).SetUpdatedAt(now).Save(ctx)
	if err != nil {
		return nil, changed(err)
	}
	if err := client.Lead.UpdateOneID(l.ID).Where(entlead.StatusEQ(entlead.StatusOFFERED)).
		SetStatus(entlead.StatusNEW).ClearPartnerID().ClearOfferDeadline().SetUpdatedAt(now).Exec(ctx); err != nil {
		return nil, changed(err)
	}
	return declined, webhook.Publish(ctx, client, webhook.LeadDeclined, o.ID, o.PartnerID)
}

// changed answers a conditional update that found the row moved on.
func changed(err error) error {
	if ent.IsNotFound(err) {
		return apperr.New(apperr.Conflict, "the lead changed while you were answering; reload it")
	}
	return err
}

// ConvertInput prefills a deal registration from an accepted lead; empty fields take the lead's.
type ConvertInput struct {
	ID                string
	Title             string
	Amount            *int64
	Currency          string
	ExpectedCloseDate string
	Products          []string
}

// Convert registers a deal from an accepted lead, under the rules of engagement like any
// registration (internal/deal), and links the two: the deal is vendor-sourced and partner-worked,
// so it is registered as INFLUENCED.
func Convert(ctx context.Context, client *ent.Client, dealCfg deal.Config, in ConvertInput, now time.Time) (*ent.Lead, *ent.Deal, error) {
	l, err := load(ctx, client, in.ID)
	if err != nil {
		return nil, nil, err
	}
	if l.Status != entlead.StatusACCEPTED {
		return nil, nil, apperr.New(apperr.Conflict, "only an accepted lead converts into a deal; this one is %s", strings.ToLower(string(l.Status)))
	}
	if l.Domain == "" {
		return nil, nil, apperr.New(apperr.Conflict, "the lead has no web domain, which a deal registration needs; ask the channel team to add it")
	}
	reg := deal.RegisterInput{
		CustomerName: l.Company, CustomerDomain: l.Domain, ContactName: l.ContactName, ContactEmail: l.ContactEmail,
		Title: in.Title, Description: l.Interest, Currency: in.Currency, ExpectedCloseDate: in.ExpectedCloseDate,
		Products: in.Products, Source: entdeal.SourceINFLUENCED,
	}
	if reg.Title == "" {
		reg.Title = firstLine(l.Interest, l.Company)
	}
	if reg.Currency == "" {
		reg.Currency = l.Currency
	}
	reg.Amount = l.EstimatedValue
	if in.Amount != nil {
		reg.Amount = *in.Amount
	}
	if reg.ExpectedCloseDate == "" {
		reg.ExpectedCloseDate = now.AddDate(0, 0, 90).UTC().Format(time.DateOnly)
	}
	d, err := deal.Register(ctx, client, dealCfg, reg, now)
	if err != nil {
		return nil, nil, err
	}
	converted, err := client.Lead.UpdateOneID(l.ID).Where(entlead.StatusEQ(entlead.StatusACCEPTED)).
		SetStatus(entlead.StatusCONVERTED).SetDealID(d.ID).SetUpdatedAt(now).Save(ctx)
	if err != nil {
		return nil, nil, changed(err)
	}
	return converted, d, webhook.Publish(ctx, client, webhook.DealRegistered, d.ID, d.PartnerID)
}

func firstLine(text, fallback string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	if line = strings.TrimSpace(line); line == "" {
		return fallback
	}
	if len(line) > 200 {
		line = line[:200]
	}
	return line
}

// Assign offers a lead to a partner the channel team chose: for the manual queue, or to take an
// open offer back and give it elsewhere. The decision is traced like a routed one.
func Assign(ctx context.Context, client *ent.Client, cfg Config, id, partnerID string, now time.Time) (*ent.Lead, error) {
	l, err := load(ctx, client, id)
	if err != nil {
		return nil, err
	}
	switch l.Status {
	case entlead.StatusACCEPTED, entlead.StatusCONVERTED:
		return nil, apperr.New(apperr.Conflict, "the lead is %s by its partner and cannot be reassigned", strings.ToLower(string(l.Status)))
	}
	p, err := client.Partner.Query().Where(partner.ID(partnerID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.BadInput("partnerId", "no such partner")
	}
	if err != nil {
		return nil, err
	}
	if p.Status != partner.StatusACTIVE {
		return nil, apperr.BadInput("partnerId", "%s is %s; only active partners receive leads", p.Name, strings.ToLower(string(p.Status)))
	}
	if l.Status == entlead.StatusOFFERED {
		if _, err := client.LeadOffer.Update().
			Where(leadoffer.LeadID(l.ID), leadoffer.StatusEQ(leadoffer.StatusOFFERED)).
			SetStatus(leadoffer.StatusWITHDRAWN).SetRespondedAt(now).SetUpdatedAt(now).Save(ctx); err != nil {
			return nil, err
		}
	}
	who := "the channel team"
	if v := viewer.FromContext(ctx); v.UserID != "" {
		who = v.UserID
	}
	t := trace.Trace{Excluded: []string{}, Rules: []trace.Rule{}, Candidates: 1,
		Eligible: []trace.Candidate{{PartnerID: p.ID, PartnerName: p.Name, Weight: 1}},
		WinnerID: p.ID, Reason: "assigned by hand by " + who}
	if _, err := offer(ctx, client, cfg, l, p.ID, leadrouting.CauseMANUAL, t, now); err != nil {
		if err == errRaced {
			return nil, apperr.New(apperr.Conflict, "the lead changed meanwhile; reload it")
		}
		return nil, err
	}
	return client.Lead.Get(ctx, l.ID)
}
