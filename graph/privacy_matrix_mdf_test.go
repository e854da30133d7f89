package graph_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/mdfrequest"
	"github.com/partnerhub/partnerhub/internal/ids"
)

// Marketing development funds in the privacy matrix (docs/mdf.md): the vendor reads every
// allocation, request, claim, ledger entry and proof file; a partner's users their own
// organisation's, never another partner's. Proof files join the files a partner may see.
func init() {
	for _, f := range []string{"MdfAllocationWhereInput.hasPartnerWith", "MdfRequestWhereInput.hasPartnerWith", "MdfClaimWhereInput.hasPartnerWith"} {
		safeEdgeFilters[f] = "a partner viewer sees only its own organisation's MDF rows, whose partner is its own"
	}
	matrixEntities = append(matrixEntities, mdfMatrixEntities...)
	for i := range matrixEntities {
		switch matrixEntities[i].typename {
		case "Partner":
			matrixEntities[i].nested = append(matrixEntities[i].nested, mdfPartnerProbes...)
		case "User":
			matrixEntities[i].nested = append(matrixEntities[i].nested, mdfUserProbes...)
		case "File":
			contentFiles := matrixEntities[i].visible
			matrixEntities[i].visible = func(s scope) idSet {
				out := contentFiles(s)
				for id := range s.proofFiles() {
					out[id] = true
				}
				return out
			}
			matrixEntities[i].nested = append(matrixEntities[i].nested,
				probe{name: "mdfClaims→files", query: `{ mdfClaims(first: 100) { edges { node { files { id } } } } }`,
					expect: func(s scope) idSet { return s.proofFiles() }})
		}
	}
}

// mdfWorld is the MDF part of the world.
type mdfWorld struct {
	allocations []*ent.MdfAllocation
	requests    []*ent.MdfRequest
	claims      []*ent.MdfClaim
	ledger      []*ent.MdfLedgerEntry
}

func (m *mdfWorld) load(ctx context.Context, client *ent.Client) (err error) {
	if m.allocations, err = client.MdfAllocation.Query().All(ctx); err != nil {
		return err
	}
	if m.requests, err = client.MdfRequest.Query().All(ctx); err != nil {
		return err
	}
	if m.claims, err = client.MdfClaim.Query().All(ctx); err != nil {
		return err
	}
	m.ledger, err = client.MdfLedgerEntry.Query().All(ctx)
	return err
}

// ownMdf: the vendor sees every row, a partner user its organisation's.
func (s scope) ownMdf(partnerID string) bool { return s.vendor() || partnerID == s.me.PartnerID }

func (s scope) mdfAllocations() []*ent.MdfAllocation {
	var out []*ent.MdfAllocation
	for _, x := range s.w.allocations {
		if s.ownMdf(x.PartnerID) {
			out = append(out, x)
		}
	}
	return out
}

func (s scope) mdfRequests() []*ent.MdfRequest {
	var out []*ent.MdfRequest
	for _, x := range s.w.requests {
		if s.ownMdf(x.PartnerID) {
			out = append(out, x)
		}
	}
	return out
}

func (s scope) mdfClaims() []*ent.MdfClaim {
	var out []*ent.MdfClaim
	for _, x := range s.w.claims {
		if s.ownMdf(x.PartnerID) {
			out = append(out, x)
		}
	}
	return out
}

func (s scope) mdfLedger() []*ent.MdfLedgerEntry {
	var out []*ent.MdfLedgerEntry
	for _, x := range s.w.ledger {
		if s.ownMdf(x.PartnerID) {
			out = append(out, x)
		}
	}
	return out
}

// proofFiles are the proof files of the claims the viewer sees.
func (s scope) proofFiles() idSet {
	claims := setOf(idsOf(s.mdfClaims(), func(c *ent.MdfClaim) string { return c.ID })...)
	out := idSet{}
	for _, f := range s.w.files {
		if claims[f.MdfClaimID] {
			out[f.ID] = true
		}
	}
	return out
}

func allocationID(x *ent.MdfAllocation) string { return x.ID }
func mdfRequestID(x *ent.MdfRequest) string    { return x.ID }
func mdfClaimID(x *ent.MdfClaim) string        { return x.ID }
func ledgerID(x *ent.MdfLedgerEntry) string    { return x.ID }

var mdfMatrixEntities = []matrixEntity{
	{
		typename: "MdfAllocation", list: "mdfAllocations", prefix: ids.MdfAllocation,
		rows:    func(w *world) []string { return idsOf(w.allocations, allocationID) },
		visible: func(s scope) idSet { return setOf(idsOf(s.mdfAllocations(), allocationID)...) },
		nested: []probe{
			{name: "mdfRequests→allocation", query: `{ mdfRequests(first: 100) { edges { node { allocation { id } } } } }`,
				expect: func(s scope) idSet {
					return setOf(idsOf(s.mdfRequests(), func(r *ent.MdfRequest) string { return r.AllocationID })...)
				}},
			{name: "mdfAllocations→ledger→allocation", query: `{ mdfAllocations(first: 100) { edges { node { ledger { allocation { id } } } } } }`,
				expect: func(s scope) idSet {
					return setOf(idsOf(s.mdfLedger(), func(l *ent.MdfLedgerEntry) string { return l.AllocationID })...)
				}},
		},
		filtered: []probe{
			{name: "mdfAllocations(source TIER_ALLOWANCE)", query: `{ mdfAllocations(first: 100, where: {source: TIER_ALLOWANCE}) { totalCount edges { node { id } } } }`,
				count: `{ mdfAllocations(where: {source: TIER_ALLOWANCE}) { totalCount } }`,
				expect: func(s scope) idSet {
					return setOf(idsOf(s.mdfAllocations(), func(a *ent.MdfAllocation) string { return when(a.Source == "TIER_ALLOWANCE", a.ID) })...)
				}},
			{name: "mdfAllocations(partner Globex)", query: `{ mdfAllocations(first: 100, where: {hasPartnerWith: {slug: "globex-msp"}}) { totalCount edges { node { id } } } }`,
				count: `{ mdfAllocations(where: {hasPartnerWith: {slug: "globex-msp"}}) { totalCount } }`,
				expect: func(s scope) idSet {
					return setOf(idsOf(s.mdfAllocations(), func(a *ent.MdfAllocation) string { return when(s.w.partner[a.PartnerID].Slug == "globex-msp", a.ID) })...)
				}},
		},
	},
	{
		typename: "MdfRequest", list: "mdfRequests", prefix: ids.MdfRequest,
		rows:    func(w *world) []string { return idsOf(w.requests, mdfRequestID) },
		visible: func(s scope) idSet { return setOf(idsOf(s.mdfRequests(), mdfRequestID)...) },
		nested: []probe{
			{name: "mdfAllocations→requests", query: `{ mdfAllocations(first: 100) { edges { node { requests { id } } } } }`,
				expect: func(s scope) idSet { return setOf(idsOf(s.mdfRequests(), mdfRequestID)...) }},
			{name: "mdfClaims→request", query: `{ mdfClaims(first: 100) { edges { node { request { id } } } } }`,
				expect: func(s scope) idSet {
					return setOf(idsOf(s.mdfClaims(), func(c *ent.MdfClaim) string { return c.RequestID })...)
				}},
			{name: "mdfAllocations→ledger→request", query: `{ mdfAllocations(first: 100) { edges { node { ledger { request { id } } } } } }`,
				expect: func(s scope) idSet {
					return setOf(idsOf(s.mdfLedger(), func(l *ent.MdfLedgerEntry) string { return l.RequestID })...)
				}},
			// A deal's source activity is seen with the deal and the request both.
			{name: "deals→mdfRequest", query: paged("deals", 100, "", "mdfRequest { id }"),
				expect: func(s scope) idSet {
					requests := setOf(idsOf(s.mdfRequests(), mdfRequestID)...)
					return setOf(idsOf(s.w.deals, func(d *ent.Deal) string {
						if d.MdfRequestID == nil {
							return ""
						}
						return when(s.vis["Deal"][d.ID] && requests[*d.MdfRequestID], *d.MdfRequestID)
					})...)
				}},
		},
		filtered: []probe{
			{name: "mdfRequests(status APPROVED)", query: `{ mdfRequests(first: 100, where: {status: APPROVED}) { totalCount edges { node { id } } } }`,
				count: `{ mdfRequests(where: {status: APPROVED}) { totalCount } }`,
				expect: func(s scope) idSet {
					return setOf(idsOf(s.mdfRequests(), func(r *ent.MdfRequest) string { return when(r.Status == mdfrequest.StatusAPPROVED, r.ID) })...)
				}},
			{name: "mdfRequests(partner Globex)", query: `{ mdfRequests(first: 100, where: {hasPartnerWith: {slug: "globex-msp"}}) { totalCount edges { node { id } } } }`,
				count: `{ mdfRequests(where: {hasPartnerWith: {slug: "globex-msp"}}) { totalCount } }`,
				expect: func(s scope) idSet {
					return setOf(idsOf(s.mdfRequests(), func(r *ent.MdfRequest) string { return when(s.w.partner[r.PartnerID].Slug == "globex-msp", r.ID) })...)
				}},
		},
	},
	{
		typename: "MdfClaim", list: "mdfClaims", prefix: ids.MdfClaim,
		rows:    func(w *world) []string { return idsOf(w.claims, mdfClaimID) },
		visible: func(s scope) idSet { return setOf(idsOf(s.mdfClaims(), mdfClaimID)...) },
		nested: []probe{
			{name: "mdfRequests→claims", query: `{ mdfRequests(first: 100) { edges { node { claims { id } } } } }`,
				expect: func(s scope) idSet { return setOf(idsOf(s.mdfClaims(), mdfClaimID)...) }},
			{name: "mdfAllocations→ledger→claim", query: `{ mdfAllocations(first: 100) { edges { node { ledger { claim { id } } } } } }`,
				expect: func(s scope) idSet {
					return setOf(idsOf(s.mdfLedger(), func(l *ent.MdfLedgerEntry) string { return l.ClaimID })...)
				}},
			{name: "mdfClaims→files→mdfClaim", query: `{ mdfClaims(first: 100) { edges { node { files { mdfClaim { id } } } } } }`,
				expect: func(s scope) idSet {
					out := idSet{}
					proof := s.proofFiles()
					for _, f := range s.w.files {
						if proof[f.ID] {
							out[f.MdfClaimID] = true
						}
					}
					return out
				}},
		},
		filtered: []probe{
			{name: "mdfClaims(partner Acme)", query: `{ mdfClaims(first: 100, where: {hasPartnerWith: {slug: "acme-reseller"}}) { totalCount edges { node { id } } } }`,
				count: `{ mdfClaims(where: {hasPartnerWith: {slug: "acme-reseller"}}) { totalCount } }`,
				expect: func(s scope) idSet {
					return setOf(idsOf(s.mdfClaims(), func(c *ent.MdfClaim) string { return when(s.w.partner[c.PartnerID].Slug == "acme-reseller", c.ID) })...)
				}},
		},
	},
	{
		typename: "MdfLedgerEntry", prefix: ids.MdfLedgerEntry,
		rows:    func(w *world) []string { return idsOf(w.ledger, ledgerID) },
		visible: func(s scope) idSet { return setOf(idsOf(s.mdfLedger(), ledgerID)...) },
		nested: []probe{
			{name: "mdfAllocations→ledger", query: `{ mdfAllocations(first: 100) { edges { node { ledger { id } } } } }`,
				expect: func(s scope) idSet { return setOf(idsOf(s.mdfLedger(), ledgerID)...) }},
		},
		filtered: []probe{
			{name: "mdfAllocations(partner Globex)→ledger", query: `{ mdfAllocations(first: 100, where: {hasPartnerWith: {slug: "globex-msp"}}) { edges { node { ledger { id } } } } }`,
				expect: func(s scope) idSet {
					return setOf(idsOf(s.mdfLedger(), func(l *ent.MdfLedgerEntry) string { return when(s.w.partner[l.PartnerID].Slug == "globex-msp", l.ID) })...)
				}},
		},
	},
}

var mdfPartnerProbes = []probe{
	{name: "mdfAllocations→partner", query: `{ mdfAllocations(first: 100) { edges { node { partner { id } } } } }`,
		expect: func(s scope) idSet {
			return s.visiblePartners(func(p *ent.Partner) bool {
				for _, a := range s.mdfAllocations() {
					if a.PartnerID == p.ID {
						return true
					}
				}
				return false
			})
		}},
	{name: "mdfRequests→partner", query: `{ mdfRequests(first: 100) { edges { node { partner { id } } } } }`,
		expect: func(s scope) idSet {
			return setOf(idsOf(s.mdfRequests(), func(r *ent.MdfRequest) string { return when(s.vis["Partner"][r.PartnerID], r.PartnerID) })...)
		}},
	{name: "mdfClaims→partner", query: `{ mdfClaims(first: 100) { edges { node { partner { id } } } } }`,
		expect: func(s scope) idSet {
			return setOf(idsOf(s.mdfClaims(), func(c *ent.MdfClaim) string { return when(s.vis["Partner"][c.PartnerID], c.PartnerID) })...)
		}},
	{name: "mdfAllocations→ledger→partner", query: `{ mdfAllocations(first: 100) { edges { node { ledger { partner { id } } } } } }`,
		expect: func(s scope) idSet {
			return setOf(idsOf(s.mdfLedger(), func(l *ent.MdfLedgerEntry) string { return when(s.vis["Partner"][l.PartnerID], l.PartnerID) })...)
		}},
}

var mdfUserProbes = []probe{
	{name: "mdfRequests→requester", query: `{ mdfRequests(first: 100) { edges { node { requester { id } } } } }`,
		expect: func(s scope) idSet {
			return s.users(idsOf(s.mdfRequests(), func(r *ent.MdfRequest) string { return r.RequesterID })...)
		}},
	{name: "mdfRequests→decidedBy", query: `{ mdfRequests(first: 100) { edges { node { decidedBy { id } } } } }`,
		expect: func(s scope) idSet {
			return s.users(idsOf(s.mdfRequests(), func(r *ent.MdfRequest) string { return r.DecidedByID })...)
		}},
	{name: "mdfClaims→submittedBy", query: `{ mdfClaims(first: 100) { edges { node { submittedBy { id } } } } }`,
		expect: func(s scope) idSet {
			return s.users(idsOf(s.mdfClaims(), func(c *ent.MdfClaim) string { return c.SubmittedByID })...)
		}},
	{name: "mdfClaims→reviewer", query: `{ mdfClaims(first: 100) { edges { node { reviewer { id } } } } }`,
		expect: func(s scope) idSet {
			return s.users(idsOf(s.mdfClaims(), func(c *ent.MdfClaim) string { return c.ReviewerID })...)
		}},
	{name: "mdfAllocations→ledger→actor", query: `{ mdfAllocations(first: 100) { edges { node { ledger { actor { id } } } } } }`,
		expect: func(s scope) idSet {
			return s.users(idsOf(s.mdfLedger(), func(l *ent.MdfLedgerEntry) string { return l.ActorID })...)
		}},
}

// TestPrivacyMatrixMdfSettings: the program's MDF rules are read by every signed-in viewer, and by
// nobody anonymous (updateMdfSettings, ADMIN's, is a write cell).
func TestPrivacyMatrixMdfSettings(t *testing.T) {
	m := newMatrix(t)
	const q = `{ mdfSettings { graceDays claimWindowDays } }`
	for _, mv := range matrixViewers {
		v := m.signIn(t, mv.name, mv.email)
		t.Run(mv.name, func(t *testing.T) {
			res := m.query(t, v, q, nil)
			if v.anonymous() {
				expectUnauthenticated(t, res)
				return
			}
			expectNoErrors(t, res, q)
			var data struct {
				MdfSettings struct{ GraceDays, ClaimWindowDays int }
			}
			if err := json.Unmarshal(res.Data, &data); err != nil {
				t.Fatal(err)
			}
			if data.MdfSettings.GraceDays != 14 || data.MdfSettings.ClaimWindowDays != 60 {
				t.Errorf("%s reads %+v, want the defaults 14 and 60", mv.name, data.MdfSettings)
			}
		})
	}
}
