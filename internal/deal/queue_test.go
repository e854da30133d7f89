package deal_test

import (
	"fmt"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/deal"
)

// queueWorld registers five deals of Acme (managed by pam) and five of Umbrella (not), with due
// times that interleave and tie across the two, and returns pam's expected order.
func queueWorld(t *testing.T, e *env) (want []string, byID map[string]*ent.Deal) {
	t.Helper()
	acme, umbrella := e.as(t, "sales@acme-reseller.test"), e.as(t, "admin@umbrella-cloud.test")
	byID = map[string]*ent.Deal{}
	var mine, rest []*ent.Deal
	names := []string{"Zephyr", "Quokka", "Marigold", "Obsidian", "Tangerine", "Velvet", "Juniper", "Krypton", "Halcyon", "Peregrine"}
	for i := 0; i < 5; i++ {
		a := e.mustRegister(t, acme, input(names[i]+" Labs", fmt.Sprintf("queue-a-%d.example", i)))
		u := e.mustRegister(t, umbrella, input(names[5+i]+" Mining", fmt.Sprintf("queue-u-%d.example", i)))
		// Pairs share a due time (ties are ordered by ID); Umbrella's come first in time.
		due := e.now.Add(time.Duration(i/2-1) * time.Hour)
		e.client.Deal.UpdateOneID(a.ID).SetDecisionDueAt(due).ExecX(sys())
		e.client.Deal.UpdateOneID(u.ID).SetDecisionDueAt(due.Add(-time.Minute)).ExecX(sys())
		a, u = e.client.Deal.GetX(sys(), a.ID), e.client.Deal.GetX(sys(), u.ID)
		mine, rest = append(mine, a), append(rest, u)
		byID[a.ID], byID[u.ID] = a, u
	}
	order := func(ds []*ent.Deal) {
		sort.Slice(ds, func(i, j int) bool {
			if !ds[i].DecisionDueAt.Equal(ds[j].DecisionDueAt) {
				return ds[i].DecisionDueAt.Before(ds[j].DecisionDueAt)
			}
			return ds[i].ID < ds[j].ID
		})
	}
	order(mine)
	order(rest)
	for _, d := range append(mine, rest...) {
		want = append(want, d.ID)
	}
	return want, byID
}

func ptr[T any](v T) *T { return &v }

func TestApprovalQueuePagesWithoutGapsOrRepeats(t *testing.T) {
	e := newEnv(t)
	want, _ := queueWorld(t, e)
	pam := e.as(t, "pam@vendor.test")

	for _, size := range []int{1, 3, 4, 5, 10} {
		var got []string
		var after *ent.Cursor
		for pages := 0; ; pages++ {
			page, err := deal.ApprovalQueue(pam, e.client, deal.QueueFilter{}, deal.QueuePage{First: ptr(size), After: after}, e.now)
			if err != nil {
				t.Fatal(err)
			}
			if page.TotalCount != len(want) {
				t.Fatalf("totalCount %d, want %d", page.TotalCount, len(want))
			}
			for i, edge := range page.Edges {
				got = append(got, edge.Node.Deal.ID)
				if mine := len(got) <= 5; edge.Node.ManagedByViewer != mine {
					t.Fatalf("size %d: %s managedByViewer=%v", size, edge.Node.Deal.ID, edge.Node.ManagedByViewer)
				}
				_ = i
			}
			if page.PageInfo.HasPreviousPage != (after != nil) {
				t.Fatalf("size %d page %d: hasPreviousPage %v", size, pages, page.PageInfo.HasPreviousPage)
			}
			if !page.PageInfo.HasNextPage {
				break
			}
			after = page.PageInfo.EndCursor
		}
		if !slices.Equal(got, want) {
			t.Fatalf("forwards by %d:\n got %v\nwant %v", size, got, want)
		}

		got = nil
		var before *ent.Cursor
		for {
			page, err := deal.ApprovalQueue(pam, e.client, deal.QueueFilter{}, deal.QueuePage{Last: ptr(size), Before: before}, e.now)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, edge := range page.Edges {
				ids = append(ids, edge.Node.Deal.ID)
			}
			got = append(ids, got...)
			if !page.PageInfo.HasPreviousPage {
				break
			}
			before = page.PageInfo.StartCursor
		}
		if !slices.Equal(got, want) {
			t.Fatalf("backwards by %d:\n got %v\nwant %v", size, got, want)
		}
	}

	// An admin manages nobody: one run by due time, no registration marked as managed.
	page, err := deal.ApprovalQueue(e.as(t, "admin@vendor.test"), e.client, deal.QueueFilter{}, deal.QueuePage{First: ptr(100)}, e.now)
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Edges) != len(want) || page.Edges[0].Node.ManagedByViewer || !page.Edges[0].Node.Deal.DecisionDueAt.Before(page.Edges[1].Node.Deal.DecisionDueAt.Add(time.Second)) {
		t.Fatalf("admin's queue: %d items", len(page.Edges))
	}

	// A page past the cap, a negative one and a foreign cursor are refused.
	for _, p := range []deal.QueuePage{{First: ptr(deal.MaxQueue + 1)}, {Last: ptr(-1)}, {After: &ent.Cursor{ID: "x", Value: 7}}} {
		if _, err := deal.ApprovalQueue(pam, e.client, deal.QueueFilter{}, p, e.now); codeOf(err) != apperr.BadUserInput {
			t.Fatalf("page %+v: %v", p, err)
		}
	}
}

func TestApprovalQueueFilters(t *testing.T) {
	e := newEnv(t)
	want, byID := queueWorld(t, e)
	pam := e.as(t, "pam@vendor.test")
	umbrella := e.client.Partner.Query().Where(partner.Slug("umbrella-cloud")).OnlyX(sys())
	// One Acme registration in EUR of 200 EUR, one Umbrella one of 90,000 USD.
	eur, big := want[0], want[9]
	e.client.Deal.UpdateOneID(eur).SetCurrency("EUR").SetAmount(20_000).ExecX(sys())
	e.client.Deal.UpdateOneID(big).SetAmount(9_000_000).ExecX(sys())
	// Another partner registers a customer Acme already holds: that one has a conflict.
	clash := e.mustRegister(t, e.as(t, "admin@umbrella-cloud.test"), input("Obsidian Labs", "queue-a-3.example"))

	ids := func(f deal.QueueFilter) ([]string, int) {
		t.Helper()
		page, err := deal.ApprovalQueue(pam, e.client, f, deal.QueuePage{First: ptr(2)}, e.now)
		if err != nil {
			t.Fatalf("filter %+v: %v", f, err)
		}
		all, err := deal.ApprovalQueue(pam, e.client, f, deal.QueuePage{First: ptr(100)}, e.now)
		if err != nil {
			t.Fatal(err)
		}
		if page.TotalCount != len(all.Edges) {
			t.Fatalf("filter %+v: totalCount %d, %d rows", f, page.TotalCount, len(all.Edges))
		}
		var out []string
		for _, edge := range all.Edges {
			out = append(out, edge.Node.Deal.ID)
		}
		return out, page.TotalCount
	}

	if got, n := ids(deal.QueueFilter{PartnerID: &umbrella.ID}); n != 6 || !slices.Contains(got, clash.ID) || slices.Contains(got, want[0]) {
		t.Fatalf("Umbrella's: %v", got)
	}
	if got, _ := ids(deal.QueueFilter{Currency: ptr("eur")}); !slices.Equal(got, []string{eur}) {
		t.Fatalf("EUR: %v", got)
	}
	if got, _ := ids(deal.QueueFilter{Currency: ptr("USD"), MinAmount: ptr(int64(6_000_000))}); !slices.Equal(got, []string{big}) {
		t.Fatalf("USD ≥ 60,000: %v", got)
	}
	if got, n := ids(deal.QueueFilter{Currency: ptr("USD"), MaxAmount: ptr(int64(5_000_000))}); slices.Contains(got, eur) || slices.Contains(got, big) || n != 9 {
		t.Fatalf("USD ≤ 50,000: %v", got)
	}
	// Amounts in different currencies are not compared: a range needs its currency.
	if _, err := deal.ApprovalQueue(pam, e.client, deal.QueueFilter{MinAmount: ptr(int64(1))}, deal.QueuePage{}, e.now); codeOf(err) != apperr.BadUserInput {
		t.Fatalf("range without currency: %v", err)
	}
	overdue, _ := ids(deal.QueueFilter{Overdue: ptr(true)})
	onTime, _ := ids(deal.QueueFilter{Overdue: ptr(false)})
	if len(overdue)+len(onTime) != 11 || len(overdue) == 0 || len(onTime) == 0 {
		t.Fatalf("overdue %d, on time %d", len(overdue), len(onTime))
	}
	for _, id := range overdue {
		if d, ok := byID[id]; ok && !d.DecisionDueAt.Before(e.now) {
			t.Fatalf("%s is not overdue", id)
		}
	}
	if got, _ := ids(deal.QueueFilter{HasConflicts: ptr(true)}); !slices.Equal(got, []string{clash.ID}) {
		t.Fatalf("with conflicts: %v", got)
	}
	if got, n := ids(deal.QueueFilter{HasConflicts: ptr(false), PartnerID: &umbrella.ID, Overdue: ptr(true)}); slices.Contains(got, clash.ID) || n == 0 {
		t.Fatalf("Umbrella's overdue without conflicts: %v", got)
	}
}
