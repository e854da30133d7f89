package graph_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent/content"
	"github.com/partnerhub/partnerhub/ent/contentevent"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

// The "done when": an admin uploads a deck for Gold partners; a Gold partner user finds
// and downloads it; a Silver partner user can neither see nor download it (404) even with the
// ID; the admin sees the download in the engagement figures; an expired item is in staleContent.
func TestGoldDeckJourney(t *testing.T) {
	s := apitest.New(t)
	admin, gold, silver := s.Login(t, vendorAdmin), s.Login(t, acmeAdmin), s.Login(t, globexAdmin)
	deck := samplePDF("Gold partner deck")
	c := mustCreateContent(t, s, admin, map[string]any{
		"title": "Q3 competitive deck", "kind": "SALES_DECK", "minTierId": tierIDNamed(t, s, "Gold"),
		"tags": []string{"Competitive", "Q3"},
	}, "q3-deck.pdf", deck)
	sum := sha256.Sum256(deck)
	if c.Status != "DRAFT" || c.File == nil || c.File.MediaType != "application/pdf" || c.File.Size != len(deck) ||
		c.File.Sha256 != hex.EncodeToString(sum[:]) || c.File.Name != "q3-deck.pdf" || c.MinTier.Name != "Gold" {
		t.Fatalf("created %+v", c)
	}
	if contentIDs(t, s, gold, "")[c.ID] {
		t.Fatal("a Gold partner sees a draft")
	}
	published := publishContent(t, s, admin, c.ID, nil)
	if published.Status != "PUBLISHED" || published.ReviewBy == nil || published.Stale {
		t.Fatalf("published %+v", published)
	}

	// The Gold partner finds it by searching, in another case, and downloads it with a signed link.
	if !contentIDs(t, s, gold, `, search: "COMPETITIVE"`)[c.ID] {
		t.Fatal("the Gold partner does not find the deck by a tag in capitals")
	}
	var node struct {
		Node *contentJSON
	}
	s.Query(t, gold, `query($id: ID!) { node(id: $id) { ... on Content { `+contentFields+` } } }`, map[string]any{"id": c.ID}).Decode(t, &node)
	if node.Node == nil || node.Node.File == nil || node.Node.File.DownloadURL == nil {
		t.Fatalf("the Gold partner reads %+v", node.Node)
	}
	res, body := download(t, s, "", *node.Node.File.DownloadURL, nil)
	if res.StatusCode != http.StatusOK || !bytes.Equal(body, deck) {
		t.Fatalf("signed download: %d, %d bytes", res.StatusCode, len(body))
	}

	// The Silver partner: not in the list, NOT_FOUND by ID, 404 for the file with its own token.
	if contentIDs(t, s, silver, "")[c.ID] {
		t.Fatal("a Silver partner sees a Gold deck")
	}
	s.Query(t, silver, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": c.ID}).ExpectCode(t, "NOT_FOUND")
	s.Query(t, silver, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": c.File.ID}).ExpectCode(t, "NOT_FOUND")
	if res, _ := download(t, s, silver, "/files/"+c.File.ID, nil); res.StatusCode != http.StatusNotFound {
		t.Fatalf("the Silver partner's download: %d, want 404", res.StatusCode)
	}

	// The admin sees the download, recomputed here from the recorded events.
	downloads := s.Client.ContentEvent.Query().Where(contentevent.ContentID(c.ID), contentevent.KindEQ(contentevent.KindDOWNLOAD), contentevent.PartnerIDNotNil()).CountX(sysCtx())
	if downloads != 1 {
		t.Fatalf("%d download events recorded, want 1", downloads)
	}
	var eng struct {
		ContentEngagement struct {
			Downloads, ActivePartners int
			Rows                      []struct {
				Key, Label string
				Downloads  int
			}
		}
	}
	s.Query(t, admin, `query($from: Time!, $to: Time!) { contentEngagement(from: $from, to: $to, groupBy: CONTENT) { downloads activePartners rows { key label downloads } } }`,
		map[string]any{"from": time.Now().Add(-time.Hour), "to": time.Now().Add(time.Hour)}).Decode(t, &eng)
	if eng.ContentEngagement.Downloads != downloads || eng.ContentEngagement.ActivePartners != 1 || len(eng.ContentEngagement.Rows) != 1 ||
		eng.ContentEngagement.Rows[0].Key != c.ID || eng.ContentEngagement.Rows[0].Label != "Q3 competitive deck" {
		t.Fatalf("engagement %+v", eng)
	}

	// An item past its review-by date is stale and listed for the vendor.
	s.Client.Content.UpdateOneID(c.ID).SetReviewBy(time.Now().Add(-24 * time.Hour)).ExecX(sysCtx())
	var stale struct {
		StaleContent struct{ Edges []struct{ Node contentJSON } }
	}
	s.Query(t, admin, `{ staleContent(first: 100) { edges { node { id stale status reviewBy } } } }`, nil).Decode(t, &stale)
	// Recomputed from the rows: every published item past its review-by date, the longest overdue first.
	want := map[string]bool{}
	for _, x := range s.Client.Content.Query().Where(content.StatusEQ(content.StatusPUBLISHED), content.ReviewByLT(time.Now())).AllX(sysCtx()) {
		want[x.ID] = true
	}
	got := map[string]bool{}
	for i, e := range stale.StaleContent.Edges {
		got[e.Node.ID] = true
		if !e.Node.Stale || e.Node.Status != "PUBLISHED" || (i > 0 && *e.Node.ReviewBy < *stale.StaleContent.Edges[i-1].Node.ReviewBy) {
			t.Errorf("staleContent[%d] = %+v", i, e.Node)
		}
	}
	if !got[c.ID] || len(got) != len(want) {
		t.Fatalf("staleContent lists %v, want %v", got, want)
	}
	s.Query(t, gold, `{ staleContent(first: 5) { totalCount } }`, nil).ExpectCode(t, "FORBIDDEN")
	if n := s.Client.Content.Query().Where(content.StatusEQ(content.StatusPUBLISHED)).CountX(sysCtx()); n < 1 {
		t.Fatal("no published content")
	}
}
