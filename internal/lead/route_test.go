package lead_test

import (
	"sync"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	entlead "github.com/partnerhub/partnerhub/ent/lead"
	"github.com/partnerhub/partnerhub/ent/leadoffer"
	"github.com/partnerhub/partnerhub/ent/leadrouting"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/routingrule"
	"github.com/partnerhub/partnerhub/internal/lead"
	"github.com/partnerhub/partnerhub/internal/lead/trace"
)

// Each rule kind, alone and required, sends a lead to the demo partners it matches.
func TestEveryRuleKindMatchesItsPartners(t *testing.T) {
	cases := []struct {
		kind  routingrule.Kind
		set   func(*lead.RuleInput)
		lead  lead.CreateInput
		oneOf []string
	}{
		{routingrule.KindREGION, nil, // empty values: the lead's own region
			leadInput("Sakura Foods", "JP", entlead.RegionAPAC), []string{"Soylent Networks", "Tyrell Consulting"}},
		{routingrule.KindREGION, func(in *lead.RuleInput) { in.Values = []string{"LATAM"} }, // only the suspended and onboarding partners are in LATAM
			leadInput("Rio Textiles", "BR", entlead.RegionLATAM), nil},
		{routingrule.KindCOUNTRY, func(in *lead.RuleInput) { in.Values = []string{"FR"} },
			leadInput("Lyon Chimie", "FR", entlead.RegionEMEA), []string{"Vandelay Alliances"}},
		{routingrule.KindCOUNTRY, nil, leadInput("Toronto Power", "CA", entlead.RegionNA), []string{"Stark Digital"}},
		{routingrule.KindPARTNER_TYPE, func(in *lead.RuleInput) { in.Values = []string{"SI"} },
			leadInput("Big Bank", "US", entlead.RegionNA), []string{"Initech Systems Integration", "Tyrell Consulting"}},
		{routingrule.KindTIER, func(in *lead.RuleInput) { r := 4; in.MinTierRank = &r },
			leadInput("Enterprise Co", "US", entlead.RegionNA), []string{"Initech Systems Integration", "Vandelay Alliances"}},
		{routingrule.KindVERTICAL, nil, func() lead.CreateInput {
			in := leadInput("Telco One", "SG", entlead.RegionAPAC)
			in.Vertical = "telecommunications"
			return in
		}(), []string{"Soylent Networks"}},
	}
	for _, c := range cases {
		t.Run(string(c.kind), func(t *testing.T) {
			e := newEnv(t)
			e.rule(t, 1, c.kind, true, c.set)
			l := e.create(t, c.lead)
			if c.oneOf == nil {
				if l.Status != entlead.StatusMANUAL {
					t.Fatalf("a required rule matching nobody left the lead %s with %s", l.Status, l.PartnerID)
				}
				return
			}
			got := e.client.Partner.GetX(sys(), l.PartnerID).Name
			for _, want := range c.oneOf {
				if got == want {
					return
				}
			}
			t.Fatalf("offered to %s, want one of %v", got, c.oneOf)
		})
	}
}

// A capacity rule lets a partner hold fewer open leads than its limit; optional rules that match
// nobody are skipped and traced as such; a rule for other countries' leads does not apply.
func TestCapacityRequiredAndOptionalRules(t *testing.T) {
	e := newEnv(t)
	e.rule(t, 1, routingrule.KindPARTNER_TYPE, true, func(in *lead.RuleInput) { in.Values = []string{"SI"} })
	e.rule(t, 2, routingrule.KindCOUNTRY, false, func(in *lead.RuleInput) { in.Values = []string{"NZ"} })
	e.rule(t, 3, routingrule.KindREGION, true, func(in *lead.RuleInput) {
		in.LeadCountries, in.Values = []string{"IT"}, []string{"LATAM"}
	})
	capacity := e.rule(t, 4, routingrule.KindCAPACITY, true, func(in *lead.RuleInput) { m := 1; in.MaxOpenLeads = &m })
	a := e.create(t, leadInput("Acme Bank One", "US", entlead.RegionNA))
	b := e.create(t, leadInput("Acme Bank Two", "US", entlead.RegionNA))
	if a.Status != entlead.StatusOFFERED || b.Status != entlead.StatusOFFERED || a.PartnerID == b.PartnerID {
		t.Fatalf("two leads for two SI partners with room for one each: %s→%s, %s→%s", a.Status, a.PartnerID, b.Status, b.PartnerID)
	}
	tr := e.client.LeadRouting.Query().Where(leadrouting.LeadID(b.ID)).OnlyX(sys()).Trace
	want := []string{trace.Narrowed, trace.Skipped, trace.Skipped, trace.Narrowed}
	for i, r := range tr.Rules {
		if r.Outcome != want[i] {
			t.Fatalf("rule %d (%s) traced %s, want %s: %+v", i+1, r.Name, r.Outcome, want[i], tr.Rules)
		}
	}
	c := e.create(t, leadInput("Acme Bank Three", "US", entlead.RegionNA))
	if c.Status != entlead.StatusMANUAL {
		t.Fatalf("with both SI partners at capacity the lead is %s, want MANUAL", c.Status)
	}
	// The same rule made optional lets the lead through to the least loaded partner.
	notRequired := false
	e.tx(e.admin(t), func(cl *ent.Client) error {
		_, err := lead.UpdateRule(e.admin(t), cl, capacity.ID, lead.RuleInput{Required: &notRequired})
		return err
	})
	d := e.create(t, leadInput("Acme Bank Four", "US", entlead.RegionNA))
	if d.Status != entlead.StatusOFFERED {
		t.Fatalf("with the capacity rule optional the lead is %s", d.Status)
	}
}

// Weighted round-robin: over many leads each eligible partner receives offers in proportion to
// its tier weight (Platinum 4, Silver 2, no tier 1), within one lead.
func TestWeightedRoundRobinIsFair(t *testing.T) {
	e := newEnv(t)
	plat, _ := e.partnerWithUser(t, "Kiwi Platinum", "NZ", partner.RegionAPAC, "Platinum")
	silver, _ := e.partnerWithUser(t, "Kiwi Silver", "NZ", partner.RegionAPAC, "Silver")
	none, _ := e.partnerWithUser(t, "Kiwi Untiered", "NZ", partner.RegionAPAC, "")
	e.rule(t, 1, routingrule.KindCOUNTRY, true, nil)
	const leads = 70
	got := map[string]int{}
	for i := range leads {
		l := e.create(t, leadInput("Kiwi Prospect "+string(rune('A'+i%26))+string(rune('a'+i/26)), "NZ", entlead.RegionAPAC))
		got[l.PartnerID]++
	}
	want := map[string]int{plat.ID: 40, silver.ID: 20, none.ID: 10}
	for id, n := range want {
		if d := got[id] - n; d < -1 || d > 1 {
			t.Errorf("partner %s received %d of %d leads, want %d ± 1 (weights 4:2:1); all: %v", id, got[id], leads, n, got)
		}
	}
}

// Two sweepers running at once re-route each lapsed lead exactly once.
func TestDeadlineSweepReroutesOncePerDeadline(t *testing.T) {
	e := newEnv(t)
	e.rule(t, 1, routingrule.KindREGION, true, nil)
	const n = 6
	ids := make([]string, n)
	for i := range n {
		ids[i] = e.create(t, leadInput("Lapsed Prospect "+string(rune('A'+i)), "GB", entlead.RegionEMEA)).ID
	}
	later := e.now.Add(48*time.Hour + time.Minute)
	var wg sync.WaitGroup
	moved := make([]int, 2)
	errs := make([]error, 2)
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			moved[i], errs[i] = lead.ExpireOffers(sys(), e.client, e.cfg, later)
		}()
	}
	wg.Wait()
	if errs[0] != nil || errs[1] != nil {
		t.Fatalf("sweepers: %v, %v", errs[0], errs[1])
	}
	if moved[0]+moved[1] != n {
		t.Fatalf("the sweepers moved %d and %d leads, want %d in all", moved[0], moved[1], n)
	}
	for _, id := range ids {
		offers := e.client.LeadOffer.Query().Where(leadoffer.LeadID(id)).Order(leadoffer.ByCreatedAt()).AllX(sys())
		routings := e.client.LeadRouting.Query().Where(leadrouting.LeadID(id), leadrouting.CauseEQ(leadrouting.CauseDEADLINE_MISSED)).CountX(sys())
		l := e.reload(t, id)
		if len(offers) != 2 || offers[0].Status != leadoffer.StatusEXPIRED || offers[1].Status != leadoffer.StatusOFFERED || routings != 1 {
			t.Fatalf("lead %s: %d offers, %d deadline routings, want one lapsed offer, one new and one routing", id, len(offers), routings)
		}
		if l.PartnerID == offers[0].PartnerID || !l.OfferDeadline.Equal(later.Add(48*time.Hour)) {
			t.Fatalf("lead %s went back to the partner that let it lapse, or has deadline %v", id, l.OfferDeadline)
		}
	}
	// Running again before the new deadline changes nothing.
	if again, err := lead.ExpireOffers(sys(), e.client, e.cfg, later); err != nil || again != 0 {
		t.Fatalf("a second sweep moved %d (%v)", again, err)
	}
}
