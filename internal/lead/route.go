package lead

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	entlead "github.com/partnerhub/partnerhub/ent/lead"
	"github.com/partnerhub/partnerhub/ent/leadoffer"
	"github.com/partnerhub/partnerhub/ent/leadrouting"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/routingrule"
	"github.com/partnerhub/partnerhub/internal/lead/trace"
	"github.com/partnerhub/partnerhub/internal/webhook"
)

// errRaced is a routing that found the lead changed since it was read: someone else routed it.
var errRaced = errors.New("the lead changed while it was being routed")

// candidate is an active partner with what the rules and the tie-break look at.
type candidate struct {
	p         *ent.Partner
	weight    int
	tierRank  int
	openLeads int
	offered   int
}

// Route decides where l goes and records the decision with its trace, in client's transaction:
// an offer to the winner with a deadline, or the manual queue. It runs as the vendor (createLead,
// assignLead) or the system (the routing job), which may read every partner.
//
// Partners that passed on the lead (declined, or let an offer lapse) are excluded. The enabled
// rules then run in position order, each narrowing the eligible partners to those it matches;
// a rule that matches nobody ends routing in the manual queue when required and is skipped when
// optional. The tie-break among the partners left is a weighted round-robin: the fewest open
// leads per unit of tier weight wins (weight = tier rank, 1 without a tier), then the fewest
// offers received per weight, then the partner ID. Over many leads each partner receives offers
// in proportion to its weight, and a partner working many leads waits its turn.
func Route(ctx context.Context, client *ent.Client, cfg Config, l *ent.Lead, cause leadrouting.Cause, now time.Time) (*ent.LeadRouting, error) {
	excluded, err := client.LeadOffer.Query().
		Where(leadoffer.LeadID(l.ID), leadoffer.StatusIn(leadoffer.StatusDECLINED, leadoffer.StatusEXPIRED)).
		Select(leadoffer.FieldPartnerID).Strings(ctx)
	if err != nil {
		return nil, err
	}
	slices.Sort(excluded)
	excluded = slices.Compact(excluded)
	cands, err := candidates(ctx, client, excluded)
	if err != nil {
		return nil, err
	}
	rules, err := client.RoutingRule.Query().Where(routingrule.Enabled(true)).
		Order(routingrule.ByPosition(), routingrule.ByID()).All(ctx)
	if err != nil {
		return nil, err
	}
	t := trace.Trace{Excluded: excluded, Candidates: len(cands), Rules: []trace.Rule{}, Eligible: []trace.Candidate{}}
	if t.Excluded == nil {
		t.Excluded = []string{}
	}
	manual := len(cands) == 0
	if manual {
		t.Reason = "no active partner is left that has not passed on the lead"
	}
	for _, r := range rules {
		if manual {
			break
		}
		step := trace.Rule{RuleID: r.ID, Name: r.Name, Kind: string(r.Kind), Required: r.Required, Before: len(cands)}
		if len(r.LeadCountries) > 0 && !slices.Contains(r.LeadCountries, l.Country) {
			step.Outcome = trace.Skipped
			step.Matched = len(cands)
			t.Rules = append(t.Rules, step)
			continue
		}
		var matched []candidate
		for _, c := range cands {
			if matches(r, l, c) {
				matched = append(matched, c)
			}
		}
		step.Matched = len(matched)
		switch {
		case len(matched) > 0:
			step.Outcome = trace.Narrowed
			cands = matched
		case r.Required:
			step.Outcome = trace.ManualQueue
			manual = true
			t.Reason = fmt.Sprintf("required rule %q matched no partner", r.Name)
		default:
			step.Outcome = trace.Skipped
		}
		t.Rules = append(t.Rules, step)
	}
	if manual {
		return toManualQueue(ctx, client, l, cause, t, now)
	}
	for _, c := range cands {
		t.Eligible = append(t.Eligible, trace.Candidate{PartnerID: c.p.ID, PartnerName: c.p.Name, Weight: c.weight, OpenLeads: c.openLeads, Offered: c.offered})
	}
	winner := slices.MinFunc(cands, compare)
	t.WinnerID = winner.p.ID
	t.Reason = why(winner, cands)
	return offer(ctx, client, cfg, l, winner.p.ID, cause, t, now)
}

// compare orders candidates for the tie-break: fewer open leads per weight, then fewer offers per
// weight, then ID. Ratios are compared by cross-multiplying, so no rounding decides.
func compare(a, b candidate) int {
	if x, y := a.openLeads*b.weight, b.openLeads*a.weight; x != y {
		return x - y
	}
	if x, y := a.offered*b.weight, b.offered*a.weight; x != y {
		return x - y
	}
	return strings.Compare(a.p.ID, b.p.ID)
}

// why puts the tie-break's decision in words for the trace.
func why(w candidate, all []candidate) string {
	if len(all) == 1 {
		return fmt.Sprintf("%s was the only eligible partner", w.p.Name)
	}
	return fmt.Sprintf("%s had the fewest open leads per tier weight among %d eligible partners (%d open, weight %d; then %d offers received)",
		w.p.Name, len(all), w.openLeads, w.weight, w.offered)
}

// matches reports whether rule r admits candidate c for lead l.
func matches(r *ent.RoutingRule, l *ent.Lead, c candidate) bool {
	switch r.Kind {
	case routingrule.KindREGION:
		if len(r.Values) == 0 {
			return string(c.p.Region) == string(l.Region)
		}
		return slices.Contains(r.Values, string(c.p.Region))
	case routingrule.KindCOUNTRY:
		if len(r.Values) == 0 {
			return c.p.Country == l.Country
		}
		return slices.Contains(r.Values, c.p.Country)
	case routingrule.KindPARTNER_TYPE:
		return slices.Contains(r.Values, string(c.p.Type))
	case routingrule.KindTIER:
		return c.tierRank >= r.MinTierRank
	case routingrule.KindVERTICAL:
		want := r.Values
		if len(want) == 0 {
			want = []string{l.Vertical}
		}
		for _, v := range c.p.Verticals {
			for _, w := range want {
				if w != "" && strings.EqualFold(v, w) {
					return true
				}
			}
		}
		return false
	case routingrule.KindCAPACITY:
		return c.openLeads < r.MaxOpenLeads
	}
	return false
}

// candidates are the active partners that have not passed on the lead, with their figures.
func candidates(ctx context.Context, client *ent.Client, excluded []string) ([]candidate, error) {
	partners, err := client.Partner.Query().
		Where(partner.StatusEQ(partner.StatusACTIVE), partner.IDNotIn(excluded...)).
		WithTier().Order(partner.ByID()).All(ctx)
	if err != nil {
		return nil, err
	}
	var open, offered []struct {
		PartnerID string `json:"partner_id"`
		Count     int    `json:"count"`
	}
	if err := client.Lead.Query().
		Where(entlead.StatusIn(entlead.StatusOFFERED, entlead.StatusACCEPTED), entlead.PartnerIDNotNil()).
		GroupBy(entlead.FieldPartnerID).Aggregate(ent.Count()).Scan(ctx, &open); err != nil {
		return nil, err
	}
	if err := client.LeadOffer.Query().
		GroupBy(leadoffer.FieldPartnerID).Aggregate(ent.Count()).Scan(ctx, &offered); err != nil {
		return nil, err
	}
	openBy, offeredBy := map[string]int{}, map[string]int{}
	for _, r := range open {
		openBy[r.PartnerID] = r.Count
	}
	for _, r := range offered {
		offeredBy[r.PartnerID] = r.Count
	}
	out := make([]candidate, len(partners))
	for i, p := range partners {
		c := candidate{p: p, weight: 1, openLeads: openBy[p.ID], offered: offeredBy[p.ID]}
		if p.Edges.Tier != nil {
			c.tierRank = p.Edges.Tier.Rank
			c.weight = max(p.Edges.Tier.Rank, 1)
		}
		out[i] = c
	}
	return out, nil
}

// offer hands l to partnerID until the deadline, and records the decision. The lead's update is
// conditional on the status it was read in, so two routings of one lead cannot both apply.
func offer(ctx context.Context, client *ent.Client, cfg Config, l *ent.Lead, partnerID string, cause leadrouting.Cause, t trace.Trace, now time.Time) (*ent.LeadRouting, error) {
	deadline := now.Add(cfg.deadline())
	n, err := client.Lead.Update().Where(entlead.ID(l.ID), entlead.StatusEQ(l.Status)).
		SetStatus(entlead.StatusOFFERED).SetPartnerID(partnerID).SetOfferDeadline(deadline).ClearAcceptedAt().
		SetUpdatedAt(now).Save(ctx)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, errRaced
	}
	o, err := client.LeadOffer.Create().
		SetLeadID(l.ID).SetPartnerID(partnerID).SetDeadline(deadline).SetCreatedAt(now).SetUpdatedAt(now).
		Save(ctx)
	if err != nil {
		return nil, err
	}
	r, err := client.LeadRouting.Create().
		SetLeadID(l.ID).SetCause(cause).SetOutcome(leadrouting.OutcomeOFFERED).SetPartnerID(partnerID).
		SetTrace(t).SetCreatedAt(now).SetUpdatedAt(now).Save(ctx)
	if err != nil {
		return nil, err
	}
	return r, webhook.Publish(ctx, client, webhook.LeadOffered, o.ID, partnerID)
}

// toManualQueue parks l for the channel team to assign by hand.
func toManualQueue(ctx context.Context, client *ent.Client, l *ent.Lead, cause leadrouting.Cause, t trace.Trace, now time.Time) (*ent.LeadRouting, error) {
	n, err := client.Lead.Update().Where(entlead.ID(l.ID), entlead.StatusEQ(l.Status)).
		SetStatus(entlead.StatusMANUAL).ClearPartnerID().ClearOfferDeadline().ClearAcceptedAt().
		SetUpdatedAt(now).Save(ctx)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, errRaced
	}
	return client.LeadRouting.Create().
		SetLeadID(l.ID).SetCause(cause).SetOutcome(leadrouting.OutcomeMANUAL_QUEUE).
		SetTrace(t).SetCreatedAt(now).SetUpdatedAt(now).Save(ctx)
}
