package graph_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"testing"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

// gatedItem is one library item of the gating matrix and the rule docs/enablement-content.md
// gives for it.
type gatedItem struct {
	id, fileID string
	minRank    int // -1: every tier
	types      []string
	status     string
}

// visibleTo is docs/enablement-content.md: a partner user sees an item when it is PUBLISHED, its
// minimum tier ranks at or below the partner's tier (none: every partner, also one without a
// tier), and its audience is every type or names the partner's.
func (g gatedItem) visibleTo(rank int, hasTier bool, ptype string) bool {
	if g.status != "PUBLISHED" {
		return false
	}
	if g.minRank >= 0 && (!hasTier || rank < g.minRank) {
		return false
	}
	return len(g.types) == 0 || slices.Contains(g.types, ptype)
}

// TestContentGatingMatrix moves Acme through every tier (and none) and several partner types and
// checks, for its admin and its sales rep, what the list, nodes(ids:) and the download route
// answer for every item: exactly the items the rule lets them see.
func TestContentGatingMatrix(t *testing.T) {
	s := apitest.NewWithEnv(t, map[string]string{"RATE_LIMIT_USER": "1000000"})
	admin := s.Login(t, vendorAdmin)
	tiers := s.Client.Tier.Query().AllX(sysCtx())
	rank := map[string]int{}
	for _, tr := range tiers {
		rank[tr.ID] = tr.Rank
	}
	var items []gatedItem
	add := func(minTier *ent.Tier, types []string, status string) {
		input := map[string]any{"title": fmt.Sprintf("Item %d", len(items)), "kind": "DATASHEET", "partnerTypes": types}
		g := gatedItem{minRank: -1, types: types, status: status}
		if minTier != nil {
			input["minTierId"] = minTier.ID
			g.minRank = minTier.Rank
		}
		c := mustCreateContent(t, s, admin, input, "sheet.pdf", samplePDF(input["title"].(string)))
		g.id, g.fileID = c.ID, c.File.ID
		switch status {
		case "PUBLISHED":
			publishContent(t, s, admin, c.ID, nil)
		case "ARCHIVED":
			publishContent(t, s, admin, c.ID, nil)
			s.Query(t, admin, `mutation($id: ID!) { archiveContent(input: {id: $id}) { content { status } } }`, map[string]any{"id": c.ID}).Decode(t, &struct{}{})
		}
		items = append(items, g)
	}
	for _, tr := range append([]*ent.Tier{nil}, tiers...) {
		for _, types := range [][]string{{}, {"RESELLER"}, {"MSP", "SI"}} {
			add(tr, types, "PUBLISHED")
		}
	}
	add(nil, nil, "DRAFT")
	add(nil, nil, "ARCHIVED")

	acme := s.Client.User.Query().Where(user.Email(acmeAdmin)).OnlyX(sysCtx()).PartnerID
	tokens := map[string]string{"PARTNER_ADMIN": s.Login(t, acmeAdmin), "PARTNER_SALES": s.Login(t, acmeSales)}
	for _, tr := range append([]*ent.Tier{nil}, tiers...) {
		for _, ptype := range []partner.Type{partner.TypeRESELLER, partner.TypeMSP, partner.TypeSI, partner.TypeISV} {
			upd := s.Client.Partner.UpdateOneID(acme).SetType(ptype)
			tierName, r := "no tier", 0
			if tr == nil {
				upd.ClearTierID()
			} else {
				upd.SetTierID(tr.ID)
				tierName, r = tr.Name, tr.Rank
			}
			upd.ExecX(sysCtx())
			for role, token := range tokens {
				t.Run(fmt.Sprintf("%s %s %s", tierName, ptype, role), func(t *testing.T) {
					checkGating(t, s, token, items, r, tr != nil, string(ptype))
				})
			}
		}
	}
	// The vendor sees every item, drafts and archived ones included.
	all := contentIDs(t, s, admin, "")
	for _, g := range items {
		if !all[g.id] {
			t.Errorf("the vendor does not see %s (%s)", g.id, g.status)
		}
	}
}

func checkGating(t *testing.T, s *apitest.Server, token string, items []gatedItem, rank int, hasTier bool, ptype string) {
	t.Helper()
	listed := contentIDs(t, s, token, "")
	ids := make([]string, len(items))
	for i, g := range items {
		ids[i] = g.id
	}
	nodes := s.Query(t, token, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": ids})
	var got struct{ Nodes []*struct{ ID string } }
	if err := json.Unmarshal(nodes.Data, &got); err != nil || len(got.Nodes) != len(items) {
		t.Fatalf("nodes(ids:): %s", nodes.Raw)
	}
	for i, g := range items {
		want := g.visibleTo(rank, hasTier, ptype)
		if listed[g.id] != want {
			t.Errorf("item %d (min rank %d, types %v, %s): listed %v, want %v", i, g.minRank, g.types, g.status, listed[g.id], want)
		}
		if (i < len(got.Nodes) && got.Nodes[i] != nil) != want {
			t.Errorf("item %d: nodes(ids:) answers %v, want visible %v", i, i < len(got.Nodes) && got.Nodes[i] != nil, want)
		}
		res, _ := download(t, s, token, "/files/"+g.fileID, nil)
		if wantStatus := map[bool]int{true: http.StatusOK, false: http.StatusNotFound}[want]; res.StatusCode != wantStatus {
			t.Errorf("item %d: download %d, want %d", i, res.StatusCode, wantStatus)
		}
	}
}
