package graph_test

import (
	"fmt"
	"sort"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent/contentevent"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

type engagementJSON struct {
	Views, Downloads, ActivePartners int
	Rows                             []struct {
		Key, Label                       string
		Views, Downloads, ActivePartners int
	}
}

// TestEngagementFiguresMatchTheRecordedEvents recomputes every grouping of contentEngagement from
// the raw event rows of the seeded library (eight weeks of partner activity) plus a view recorded
// here, for the vendor and for a partner admin, who gets their own organisation's figures only.
func TestEngagementFiguresMatchTheRecordedEvents(t *testing.T) {
	s := apitest.New(t)
	admin, acme := s.Login(t, vendorAdmin), s.Login(t, acmeAdmin)
	visible := contentIDs(t, s, acme, "")
	for id := range visible {
		s.Query(t, acme, `mutation($id: ID!) { recordContentView(input: {id: $id}) { content { id } } }`, map[string]any{"id": id}).Decode(t, &struct{}{})
		break
	}
	from, to := time.Now().AddDate(0, 0, -30), time.Now().Add(time.Hour)
	events := s.Client.ContentEvent.Query().Where(contentevent.CreatedAtGTE(from), contentevent.CreatedAtLT(to), contentevent.PartnerIDNotNil()).AllX(sysCtx())
	kinds := map[string]string{}
	for _, c := range s.Client.Content.Query().AllX(sysCtx()) {
		kinds[c.ID] = string(c.Kind)
	}
	acmeID := s.Client.User.Query().Where(user.Email(acmeAdmin)).OnlyX(sysCtx()).PartnerID

	for _, viewer := range []struct {
		name, token, partner string
	}{{"vendor", admin, ""}, {"Acme's admin", acme, acmeID}} {
		for _, group := range []string{"CONTENT", "PARTNER", "TIER", "KIND"} {
			t.Run(viewer.name+" by "+group, func(t *testing.T) {
				type figures struct{ views, downloads int }
				want, active, all := map[string]*figures{}, map[string]map[string]bool{}, map[string]bool{}
				total := figures{}
				for _, e := range events {
					if e.PartnerID == "" || (viewer.partner != "" && e.PartnerID != viewer.partner) {
						continue
					}
					key := map[string]string{"CONTENT": e.ContentID, "PARTNER": e.PartnerID, "TIER": e.TierID, "KIND": kinds[e.ContentID]}[group]
					if want[key] == nil {
						want[key], active[key] = &figures{}, map[string]bool{}
					}
					if e.Kind == contentevent.KindDOWNLOAD {
						want[key].downloads++
						total.downloads++
					} else {
						want[key].views++
						total.views++
					}
					active[key][e.PartnerID] = true
					all[e.PartnerID] = true
				}
				if total.views+total.downloads == 0 {
					t.Fatal("no events to count: the demo library has no engagement")
				}
				var out struct{ ContentEngagement engagementJSON }
				s.Query(t, viewer.token, fmt.Sprintf(`query($from: Time!, $to: Time!) { contentEngagement(from: $from, to: $to, groupBy: %s) {
					views downloads activePartners rows { key label views downloads activePartners } } }`, group),
					map[string]any{"from": from, "to": to}).Decode(t, &out)
				got := out.ContentEngagement
				if got.Views != total.views || got.Downloads != total.downloads || got.ActivePartners != len(all) {
					t.Errorf("totals %d views, %d downloads, %d partners; want %d, %d, %d", got.Views, got.Downloads, got.ActivePartners, total.views, total.downloads, len(all))
				}
				if len(got.Rows) != len(want) {
					t.Errorf("%d rows, want %d", len(got.Rows), len(want))
				}
				for _, r := range got.Rows {
					w := want[r.Key]
					if w == nil || r.Views != w.views || r.Downloads != w.downloads || r.ActivePartners != len(active[r.Key]) {
						t.Errorf("row %s (%s): %d/%d/%d, want %+v with %d partners", r.Key, r.Label, r.Views, r.Downloads, r.ActivePartners, w, len(active[r.Key]))
					}
				}
			})
		}
	}
	// Partner sales reps get no figures: the directive refuses them before any row is read.
	s.Query(t, s.Login(t, acmeSales), `query($from: Time!, $to: Time!) { contentEngagement(from: $from, to: $to, groupBy: KIND) { views } }`,
		map[string]any{"from": from, "to": to}).ExpectCode(t, "FORBIDDEN")
}

// TestEngagementTopRowsKeepTheTotals asks for the three most used items: the rows are the three
// with the most views plus downloads (the key breaks ties), titled, and the totals still count
// every item's events. first below 1 is refused on its argument.
func TestEngagementTopRowsKeepTheTotals(t *testing.T) {
	s := apitest.New(t)
	admin := s.Login(t, vendorAdmin)
	from, to := time.Now().AddDate(0, 0, -30), time.Now().Add(time.Hour)
	counts, total := map[string]int{}, 0
	for _, e := range s.Client.ContentEvent.Query().Where(contentevent.CreatedAtGTE(from), contentevent.CreatedAtLT(to), contentevent.PartnerIDNotNil()).AllX(sysCtx()) {
		if e.PartnerID != "" {
			counts[e.ContentID]++
			total++
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]] != counts[keys[j]] {
			return counts[keys[i]] > counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	if len(keys) <= 3 {
		t.Fatalf("%d items with events: the demo library needs more than three for a top three", len(keys))
	}
	const q = `query($from: Time!, $to: Time!, $first: Int) { contentEngagement(from: $from, to: $to, groupBy: CONTENT, first: $first) {
		views downloads rows { key label views downloads } } }`
	var out struct{ ContentEngagement engagementJSON }
	s.Query(t, admin, q, map[string]any{"from": from, "to": to, "first": 3}).Decode(t, &out)
	got := out.ContentEngagement
	if got.Views+got.Downloads != total {
		t.Errorf("totals %d views and %d downloads, want %d events in all", got.Views, got.Downloads, total)
	}
	if len(got.Rows) != 3 {
		t.Fatalf("%d rows, want the top 3", len(got.Rows))
	}
	for i, r := range got.Rows {
		if r.Key != keys[i] || r.Views+r.Downloads != counts[keys[i]] || r.Label == "" {
			t.Errorf("row %d: %s (%q) with %d events, want %s with %d and its title", i, r.Key, r.Label, r.Views+r.Downloads, keys[i], counts[keys[i]])
		}
	}
	s.Query(t, admin, q, map[string]any{"from": from, "to": to, "first": 0}).ExpectCode(t, "BAD_USER_INPUT")
}
