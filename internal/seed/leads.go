package seed

import (
	"context"
	"fmt"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	entlead "github.com/partnerhub/partnerhub/ent/lead"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/routingrule"
	"github.com/partnerhub/partnerhub/internal/lead"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// demoLeads gives the demo a routing rule set and leads in every state: an offer waiting in Acme's
// and Globex's inboxes, one Acme accepted, one routed to Umbrella in the DACH region and one in the
// manual queue (docs/leads-and-routing.md).
func demoLeads(ctx context.Context, c *ent.Client, now time.Time) error {
	rules := []struct {
		name          string
		kind          routingrule.Kind
		required      bool
		leadCountries []string
		values        []string
		maxOpen       int
	}{
		{name: "DACH leads go to DACH partners", kind: routingrule.KindCOUNTRY, required: true,
			leadCountries: []string{"DE", "AT", "CH"}, values: []string{"DE", "AT", "CH"}},
		{name: "Same sales region as the lead", kind: routingrule.KindREGION, required: true},
		{name: "Resellers, VARs and MSPs take inbound leads", kind: routingrule.KindPARTNER_TYPE,
			values: []string{"RESELLER", "VAR", "MSP"}},
		{name: "Partners with room for more", kind: routingrule.KindCAPACITY, maxOpen: 10},
	}
	for i, r := range rules {
		create := c.RoutingRule.Create().SetName(r.name).SetPosition(10 * (i + 1)).SetKind(r.kind).
			SetRequired(r.required).SetLeadCountries(r.leadCountries).SetValues(r.values)
		if r.maxOpen > 0 {
			create.SetMaxOpenLeads(r.maxOpen)
		}
		if err := create.Exec(ctx); err != nil {
			return fmt.Errorf("routing rule %s: %w", r.name, err)
		}
	}
	cfg := lead.Config{}
	partnerBySlug := func(slug string) (*ent.Partner, error) { return c.Partner.Query().Where(partner.Slug(slug)).Only(ctx) }
	leads := []struct {
		in       lead.CreateInput
		assignTo string // the demo partner whose inbox shows it, whatever the tie-break chose
		accept   bool
	}{
		{in: lead.CreateInput{Company: "Northwind Robotics", Domain: "northwind-robotics.example", ContactName: "Nora Lind",
			ContactEmail: "nora.lind@northwind-robotics.example", Country: "US", Region: entlead.RegionNA, Vertical: "Manufacturing",
			Interest: "Evaluating the platform for 3 plants (about 600 seats)", EstimatedValue: 9_000_000, Currency: "USD", Source: "Trade show"},
			assignTo: "acme-reseller"},
		{in: lead.CreateInput{Company: "Fabrikam Stores", Domain: "fabrikam-stores.example", ContactName: "Frank Miles",
			ContactEmail: "frank@fabrikam-stores.example", Country: "US", Region: entlead.RegionNA, Vertical: "Retail",
			Interest: "Replacing the point-of-sale back office", EstimatedValue: 4_500_000, Currency: "USD", Source: "Web form"},
			assignTo: "acme-reseller", accept: true},
		{in: lead.CreateInput{Company: "Contoso Health Trust", Domain: "contoso-health.example", ContactName: "Chloe Brent",
			ContactEmail: "c.brent@contoso-health.example", Country: "GB", Region: entlead.RegionEMEA, Vertical: "Healthcare",
			Interest: "Managed service for 40 clinics", EstimatedValue: 6_000_000, Currency: "GBP", Source: "Webinar"},
			assignTo: "globex-msp"},
		{in: lead.CreateInput{Company: "Bergmann Maschinenbau", Domain: "bergmann-maschinenbau.example", ContactName: "Jonas Bergmann",
			ContactEmail: "j.bergmann@bergmann-maschinenbau.example", Country: "DE", Region: entlead.RegionEMEA, Vertical: "Manufacturing",
			Interest: "Pilot in the Stuttgart plant", EstimatedValue: 3_000_000, Currency: "EUR", Source: "Campaign"}},
		{in: lead.CreateInput{Company: "Rio Verde Agro", Domain: "rioverde-agro.example", ContactName: "Ana Souza",
			ContactEmail: "ana@rioverde-agro.example", Country: "BR", Region: entlead.RegionLATAM, Vertical: "Agriculture",
			Interest: "Asked for a partner in São Paulo", EstimatedValue: 1_500_000, Currency: "BRL", Source: "Web form"}},
	}
	for i, spec := range leads {
		at := now.Add(-time.Duration(len(leads)-i) * 3 * time.Hour)
		l, err := lead.Create(ctx, c, cfg, spec.in, at)
		if err != nil {
			return fmt.Errorf("lead %s: %w", spec.in.Company, err)
		}
		if spec.assignTo == "" {
			continue
		}
		p, err := partnerBySlug(spec.assignTo)
		if err != nil {
			return err
		}
		if l.PartnerID != p.ID {
			if l, err = lead.Assign(ctx, c, cfg, l.ID, p.ID, at); err != nil {
				return fmt.Errorf("assigning %s: %w", spec.in.Company, err)
			}
		}
		if spec.accept {
			admin, err := p.QueryUsers().First(ctx)
			if err != nil {
				return err
			}
			as := viewer.NewContext(ctx, &viewer.Viewer{UserID: admin.ID, Role: viewer.Role(admin.Role), PartnerID: p.ID})
			if _, err := lead.Accept(as, c, l.ID, at.Add(time.Hour)); err != nil {
				return fmt.Errorf("accepting %s: %w", spec.in.Company, err)
			}
		}
	}
	return nil
}
