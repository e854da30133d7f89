package graph_test

import (
	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/internal/ids"
)

// The read cells of leads (docs/leads-and-routing.md): the vendor reads every lead and offer; a
// partner the leads offered to or accepted by it now, and its own offers, never another
// partner's.
func init() {
	matrixEntities = append(matrixEntities, leadMatrixEntities...)
	for i := range matrixEntities {
		switch matrixEntities[i].typename {
		case "Partner":
			matrixEntities[i].nested = append(matrixEntities[i].nested, partnerProbesThroughLeads...)
		case "Deal":
			matrixEntities[i].nested = append(matrixEntities[i].nested, dealProbesThroughLeads...)
		}
	}
}

func leadID(x *ent.Lead) string       { return x.ID }
func offerID(x *ent.LeadOffer) string { return x.ID }

// visibleLeads is the leads the viewer may see that keep selects.
func (s scope) visibleLeads(keep func(*ent.Lead) bool) idSet {
	return visibleOf(s.w.leads, leadID, s.vis["Lead"], keep)
}

// offersReached is the visible offers of visible leads: what leads { offers } returns.
func (s scope) offersReached() idSet {
	return visibleOf(s.w.offers, offerID, s.vis["LeadOffer"], func(o *ent.LeadOffer) bool { return s.vis["Lead"][o.LeadID] })
}

var leadMatrixEntities = []matrixEntity{
	{
		typename: "Lead", list: "leads", prefix: ids.Lead,
		rows: func(w *world) []string { return idsOf(w.leads, leadID) },
		visible: func(s scope) idSet {
			if s.vendor() {
				return setOf(idsOf(s.w.leads, leadID)...)
			}
			return setOf(idsOf(s.w.leads, func(x *ent.Lead) string { return when(x.PartnerID == s.me.PartnerID, x.ID) })...)
		},
		nested: []probe{
			{name: "leads→offers→lead", query: `{ leads(first: 50) { edges { node { offers { lead { id } } } } } }`,
				expect: func(s scope) idSet {
					out := idSet{}
					for id := range s.offersReached() {
						for _, o := range s.w.offers {
							if o.ID == id {
								out[o.LeadID] = true
							}
						}
					}
					return out
				}},
		},
		filtered: []probe{
			{name: "leads(status OFFERED, country US)", query: `{ leads(first: 50, where: {status: OFFERED, country: "US"}) { edges { node { id } } } }`,
				expect: func(s scope) idSet {
					return s.visibleLeads(func(l *ent.Lead) bool { return l.Status == "OFFERED" && l.Country == "US" })
				}},
		},
	},
	{
		typename: "LeadOffer", prefix: ids.LeadOffer,
		rows: func(w *world) []string { return idsOf(w.offers, offerID) },
		visible: func(s scope) idSet {
			if s.vendor() {
				return setOf(idsOf(s.w.offers, offerID)...)
			}
			return setOf(idsOf(s.w.offers, func(x *ent.LeadOffer) string { return when(x.PartnerID == s.me.PartnerID, x.ID) })...)
		},
		nested: []probe{
			{name: "leads→offers", query: `{ leads(first: 50) { edges { node { offers { id } } } } }`,
				expect: func(s scope) idSet { return s.offersReached() }},
		},
		filtered: []probe{
			{name: "leads(status ACCEPTED)→offers", query: `{ leads(first: 50, where: {status: ACCEPTED}) { edges { node { offers { id } } } } }`,
				expect: func(s scope) idSet {
					accepted := s.visibleLeads(func(l *ent.Lead) bool { return l.Status == "ACCEPTED" })
					return visibleOf(s.w.offers, offerID, s.offersReached(), func(o *ent.LeadOffer) bool { return accepted[o.LeadID] })
				}},
		},
	},
}

var partnerProbesThroughLeads = []probe{
	{name: "leads→partner", query: `{ leads(first: 50) { edges { node { partner { id } } } } }`,
		expect: func(s scope) idSet {
			return s.visiblePartners(func(p *ent.Partner) bool {
				return len(s.visibleLeads(func(l *ent.Lead) bool { return l.PartnerID == p.ID })) > 0
			})
		}},
	{name: "leads→offers→partner", query: `{ leads(first: 50) { edges { node { offers { partner { id } } } } } }`,
		expect: func(s scope) idSet {
			reached := s.offersReached()
			return s.visiblePartners(func(p *ent.Partner) bool {
				for _, o := range s.w.offers {
					if reached[o.ID] && o.PartnerID == p.ID {
						return true
					}
				}
				return false
			})
		}},
}

var dealProbesThroughLeads = []probe{
	{name: "leads→deal", query: `{ leads(first: 50) { edges { node { deal { id } } } } }`,
		expect: func(s scope) idSet {
			out := idSet{}
			for id := range s.visibleLeads(func(l *ent.Lead) bool { return l.DealID != "" }) {
				for _, l := range s.w.leads {
					if l.ID == id && s.vis["Deal"][l.DealID] {
						out[l.DealID] = true
					}
				}
			}
			return out
		}},
}
