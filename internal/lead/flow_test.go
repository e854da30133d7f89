package lead_test

import (
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	entdeal "github.com/partnerhub/partnerhub/ent/deal"
	entlead "github.com/partnerhub/partnerhub/ent/lead"
	"github.com/partnerhub/partnerhub/ent/leadoffer"
	"github.com/partnerhub/partnerhub/ent/leadrouting"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/routingrule"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/deal"
	"github.com/partnerhub/partnerhub/internal/lead"
	"github.com/partnerhub/partnerhub/internal/lead/trace"
)

// The "done when": a lead for the DACH region is routed to the matching partner with a
// trace, declined with a reason, re-routed and accepted, converted into a deal.
func TestDACHLeadRoutedDeclinedReroutedAcceptedConverted(t *testing.T) {
	e := newEnv(t)
	umbrella := e.partnerNamed(t, "Umbrella Cloud Services") // DE, Gold
	alpen, alpenAdmin := e.partnerWithUser(t, "Alpen IT Partner", "AT", partner.RegionEMEA, "Silver")
	dach := []string{"DE", "AT", "CH"}
	e.rule(t, 10, routingrule.KindCOUNTRY, true, func(in *lead.RuleInput) { in.LeadCountries, in.Values = dach, dach })
	e.rule(t, 20, routingrule.KindCAPACITY, false, func(in *lead.RuleInput) { m := 25; in.MaxOpenLeads = &m })

	l := e.create(t, leadInput("Bergmann Maschinenbau", "DE", entlead.RegionEMEA))
	if l.Status != entlead.StatusOFFERED || l.OfferDeadline == nil || !l.OfferDeadline.Equal(e.now.Add(48*time.Hour)) {
		t.Fatalf("the lead is %s with deadline %v, want OFFERED for 48 h", l.Status, l.OfferDeadline)
	}
	// Both DACH partners start with no open leads: the heavier tier is no reason to skip the
	// lighter one's first lead; the tie-break's last word is the ID, so either may win.
	first, second := umbrella, alpen
	firstAdmin, secondAdmin := "admin@umbrella-cloud.test", alpenAdmin
	if l.PartnerID == alpen.ID {
		first, second, firstAdmin, secondAdmin = alpen, umbrella, alpenAdmin, "admin@umbrella-cloud.test"
	}
	if l.PartnerID != first.ID {
		t.Fatalf("offered to %s, want a DACH partner", l.PartnerID)
	}
	routing := e.client.LeadRouting.Query().Where(leadrouting.LeadID(l.ID)).OnlyX(sys())
	tr := routing.Trace
	if routing.Cause != leadrouting.CauseCREATED || tr.WinnerID != first.ID || len(tr.Rules) != 2 ||
		tr.Rules[0].Outcome != trace.Narrowed || tr.Rules[0].Matched != 2 || tr.Rules[1].Outcome != trace.Narrowed ||
		len(tr.Eligible) != 2 || tr.Reason == "" {
		t.Fatalf("trace of the first routing: %+v", tr)
	}

	// The first partner declines: the lead leaves its view and waits for routing.
	ctx := e.as(t, firstAdmin)
	var offer *ent.LeadOffer
	err := e.tx(ctx, func(c *ent.Client) (err error) {
		offer, err = lead.Decline(ctx, c, lead.DeclineInput{ID: l.ID, Reason: leadoffer.DeclineReasonNO_CAPACITY, Note: "booked until March"}, e.now.Add(time.Hour))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if offer.Status != leadoffer.StatusDECLINED || *offer.DeclineReason != leadoffer.DeclineReasonNO_CAPACITY || offer.Note != "booked until March" {
		t.Fatalf("declined offer: %+v", offer)
	}
	if got := e.reload(t, l.ID); got.Status != entlead.StatusNEW || got.PartnerID != "" {
		t.Fatalf("after the decline the lead is %s with %q", got.Status, got.PartnerID)
	}
	if n, err := lead.RouteWaiting(sys(), e.client, e.cfg, e.now.Add(time.Hour)); err != nil || n != 1 {
		t.Fatalf("routing the declined lead: %d, %v", n, err)
	}
	l = e.reload(t, l.ID)
	if l.Status != entlead.StatusOFFERED || l.PartnerID != second.ID {
		t.Fatalf("re-routed to %s (%s), want %s", l.PartnerID, l.Status, second.Name)
	}
	again := e.client.LeadRouting.Query().Where(leadrouting.LeadID(l.ID), leadrouting.CauseEQ(leadrouting.CauseDECLINED)).OnlyX(sys())
	if len(again.Trace.Excluded) != 1 || again.Trace.Excluded[0] != first.ID || len(again.Trace.Eligible) != 1 {
		t.Fatalf("the re-routing does not exclude the partner that passed: %+v", again.Trace)
	}

	// The partner that passed no longer sees the lead; it keeps its own declined offer.
	if _, err := e.client.Lead.Get(ctx, l.ID); !ent.IsNotFound(err) {
		t.Fatalf("the partner that declined still reads the lead: %v", err)
	}
	if n := e.client.LeadOffer.Query().CountX(ctx); n != 1 {
		t.Fatalf("the partner that declined sees %d offers, want its own", n)
	}
	// The second partner sees the lead and only its own offer of it, not who passed before.
	ctx2 := e.as(t, secondAdmin)
	offers := e.client.Lead.GetX(ctx2, l.ID).QueryOffers().AllX(ctx2)
	if len(offers) != 1 || offers[0].PartnerID != second.ID {
		t.Fatalf("the second partner sees offers %v", offers)
	}
	if n := e.client.LeadRouting.Query().CountX(ctx2); n != 0 {
		t.Fatalf("a partner reads %d routing traces", n)
	}

	err = e.tx(ctx2, func(c *ent.Client) (err error) {
		l, err = lead.Accept(ctx2, c, l.ID, e.now.Add(2*time.Hour))
		return err
	})
	if err != nil || l.Status != entlead.StatusACCEPTED {
		t.Fatalf("accept: %v, %v", l, err)
	}
	var d *ent.Deal
	err = e.tx(ctx2, func(c *ent.Client) (err error) {
		l, d, err = lead.Convert(ctx2, c, deal.Config{}, lead.ConvertInput{ID: l.ID}, e.now.Add(3*time.Hour))
		return err
	})
	if err != nil {
		t.Fatalf("convert: %v", err)
	}
	if l.Status != entlead.StatusCONVERTED || l.DealID != d.ID || d.PartnerID != second.ID || d.Source != entdeal.SourceINFLUENCED ||
		d.CustomerDomain != "bergmann-maschinenbau.example" || d.Amount != 4_000_000 || d.Currency != "EUR" {
		t.Fatalf("converted lead %+v into deal %+v", l, d)
	}
}

func TestAnswersAfterTheDeadlineAndByOthersAreRefused(t *testing.T) {
	e := newEnv(t)
	e.rule(t, 1, routingrule.KindCOUNTRY, true, func(in *lead.RuleInput) { in.Values = []string{"GB"} })
	l := e.create(t, leadInput("Thames Logistics", "GB", entlead.RegionEMEA))
	globex := e.partnerNamed(t, "Globex MSP")
	if l.PartnerID != globex.ID {
		t.Fatalf("offered to %s, want Globex", l.PartnerID)
	}
	// Acme may not see, let alone answer, Globex's lead.
	acme := e.as(t, "admin@acme-reseller.test")
	err := e.tx(acme, func(c *ent.Client) error { _, err := lead.Accept(acme, c, l.ID, e.now); return err })
	if codeOf(err) != apperr.NotFound {
		t.Fatalf("another partner accepting: %v, want NOT_FOUND", err)
	}
	// Globex answers too late.
	ctx := e.as(t, "sales@globex-msp.test")
	err = e.tx(ctx, func(c *ent.Client) error { _, err := lead.Accept(ctx, c, l.ID, e.now.Add(49*time.Hour)); return err })
	if codeOf(err) != apperr.Conflict {
		t.Fatalf("accepting after the deadline: %v, want CONFLICT", err)
	}
	// A partner cannot convert a lead it has not accepted.
	err = e.tx(ctx, func(c *ent.Client) error {
		_, _, err := lead.Convert(ctx, c, deal.Config{}, lead.ConvertInput{ID: l.ID}, e.now)
		return err
	})
	if codeOf(err) != apperr.Conflict {
		t.Fatalf("converting an offered lead: %v, want CONFLICT", err)
	}
	// A bad reason is the input's fault.
	err = e.tx(ctx, func(c *ent.Client) error {
		_, err := lead.Decline(ctx, c, lead.DeclineInput{ID: l.ID, Reason: "BORED"}, e.now)
		return err
	})
	if ae, ok := apperr.As(err); !ok || ae.Code != apperr.BadUserInput || ae.Field != "reason" {
		t.Fatalf("declining without a known reason: %v", err)
	}
	// Once the only matching partner passed, the lead goes to the manual queue.
	err = e.tx(ctx, func(c *ent.Client) error {
		_, err := lead.Decline(ctx, c, lead.DeclineInput{ID: l.ID, Reason: leadoffer.DeclineReasonNO_FIT}, e.now)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lead.RouteWaiting(sys(), e.client, e.cfg, e.now); err != nil {
		t.Fatal(err)
	}
	if got := e.reload(t, l.ID); got.Status != entlead.StatusMANUAL {
		t.Fatalf("with every matching partner passed the lead is %s, want MANUAL", got.Status)
	}
	// The channel team assigns it by hand.
	pam := e.as(t, "pam@vendor.test")
	vandelay := e.partnerNamed(t, "Vandelay Alliances")
	err = e.tx(pam, func(c *ent.Client) (err error) {
		l, err = lead.Assign(pam, c, e.cfg, l.ID, vandelay.ID, e.now)
		return err
	})
	if err != nil || l.Status != entlead.StatusOFFERED || l.PartnerID != vandelay.ID {
		t.Fatalf("assigning from the manual queue: %+v, %v", l, err)
	}
}
