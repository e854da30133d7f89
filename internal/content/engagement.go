package content

import (
	"context"
	"fmt"
	"sort"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/partnerhub/partnerhub/ent"
	entcontent "github.com/partnerhub/partnerhub/ent/content"
	"github.com/partnerhub/partnerhub/ent/contentevent"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/tier"
	"github.com/partnerhub/partnerhub/internal/apperr"
)

// Group is what engagement figures are grouped by.
type Group string

// The groupings of contentEngagement.
const (
	ByContent Group = "CONTENT"
	ByPartner Group = "PARTNER"
	ByTier    Group = "TIER"
	ByKind    Group = "KIND"
)

// MaxEngagementSpan bounds the period of one engagement query.
const MaxEngagementSpan = 5 * 366 * 24 * time.Hour

// EngagementRow is the figures of one group.
type EngagementRow struct {
	Key            string
	Label          string
	Views          int
	Downloads      int
	ActivePartners int
}

// Engagement is the partners' views and downloads of content in a period [From, To).
type Engagement struct {
	From, To       time.Time
	GroupBy        Group
	Views          int
	Downloads      int
	ActivePartners int // partners with at least one view or download
	Rows           []*EngagementRow
}

// Figures counts the partners' views and downloads in [from, to), grouped. Only partner users'
// engagement counts: the vendor previewing its own material says nothing about partner activity.
// The events are read under the viewer's privacy, so a partner admin gets their own
// organisation's figures. The database groups and counts: a year of events comes back as one row
// per group, not one per event (docs/enablement-content.md, "Engagement"). first, when not nil,
// keeps only that many rows, the most active first; the totals still count every group.
func Figures(ctx context.Context, client *ent.Client, from, to time.Time, group Group, first *int) (*Engagement, error) {
	if !to.After(from) {
		return nil, apperr.BadInput("to", "to must be after from")
	}
	if to.Sub(from) > MaxEngagementSpan {
		return nil, apperr.BadInput("from", "the period may span at most five years")
	}
	if first != nil && *first < 1 {
		return nil, apperr.BadInput("first", "first must be at least 1")
	}
	events := func() *ent.ContentEventQuery {
		return client.ContentEvent.Query().
			Where(contentevent.CreatedAtGTE(from), contentevent.CreatedAtLT(to), contentevent.PartnerIDNEQ(""), contentevent.PartnerIDNotNil())
	}
	e := &Engagement{From: from, To: to, GroupBy: group}
	var (
		rows map[string]*EngagementRow
		err  error
	)
	if group == ByKind {
		// An item's kind is read under the viewer's privacy (an item now hidden counts under ""), so
		// the database counts by item and partner and the kinds are folded in here.
		rows, e.ActivePartners, err = countByKind(ctx, client, events())
	} else {
		rows, err = countBy(ctx, events(), map[Group]string{ByContent: contentevent.FieldContentID,
			ByPartner: contentevent.FieldPartnerID, ByTier: contentevent.FieldTierID}[group])
	}
	if err != nil {
		return nil, fmt.Errorf("content: engagement: %w", err)
	}
	switch group {
	case ByPartner: // one row per active partner
		e.ActivePartners = len(rows)
	case ByContent, ByTier:
		if e.ActivePartners, err = distinctPartners(ctx, events()); err != nil {
			return nil, fmt.Errorf("content: engagement: %w", err)
		}
	}
	for _, r := range rows {
		e.Views += r.Views
		e.Downloads += r.Downloads
		e.Rows = append(e.Rows, r)
	}
	sort.Slice(e.Rows, func(i, j int) bool {
		a, b := e.Rows[i], e.Rows[j]
		if a.Downloads+a.Views != b.Downloads+b.Views {
			return a.Downloads+a.Views > b.Downloads+b.Views
		}
		return a.Key < b.Key
	})
	if first != nil && *first < len(e.Rows) {
		e.Rows = e.Rows[:*first]
	}
	// Labels are read for the rows kept only: a top ten of three thousand items reads ten titles.
	labels, err := labelsFor(ctx, client, group, e.Rows)
	if err != nil {
		return nil, fmt.Errorf("content: engagement: %w", err)
	}
	for _, r := range e.Rows {
		r.Label = labels[r.Key]
	}
	return e, nil
}

// groupCount is one group's figures as the database counts them.
type groupCount struct {
	Key       string `json:"key"`
	Partner   string `json:"partner"`
	Views     int    `json:"views"`
	Downloads int    `json:"downloads"`
	Partners  int    `json:"partners"`
}

// countBy counts the events' views, downloads and distinct partners per value of column (an
// event without a tier counts under "").
func countBy(ctx context.Context, q *ent.ContentEventQuery, column string) (map[string]*EngagementRow, error) {
	var counts []groupCount
	err := q.Modify(func(s *sql.Selector) {
		s.Select(sql.As("COALESCE("+s.C(column)+", '')", "key"), sql.As(countKind(s, contentevent.KindVIEW), "views"),
			sql.As(countKind(s, contentevent.KindDOWNLOAD), "downloads"),
			sql.As("COUNT(DISTINCT "+s.C(contentevent.FieldPartnerID)+")", "partners")).
			GroupBy(s.C(column))
	}).Scan(ctx, &counts)
	if err != nil {
		return nil, err
	}
	rows := make(map[string]*EngagementRow, len(counts))
	for _, c := range counts {
		rows[c.Key] = &EngagementRow{Key: c.Key, Views: c.Views, Downloads: c.Downloads, ActivePartners: c.Partners}
	}
	return rows, nil
}

// countByKind counts by item and partner, then folds the items into their kinds, with the
// partners active per kind and in all.
func countByKind(ctx context.Context, client *ent.Client, q *ent.ContentEventQuery) (map[string]*EngagementRow, int, error) {
	var counts []groupCount
	err := q.Modify(func(s *sql.Selector) {
		s.Select(sql.As(s.C(contentevent.FieldContentID), "key"), sql.As(s.C(contentevent.FieldPartnerID), "partner"),
			sql.As(countKind(s, contentevent.KindVIEW), "views"), sql.As(countKind(s, contentevent.KindDOWNLOAD), "downloads")).
			GroupBy(s.C(contentevent.FieldContentID), s.C(contentevent.FieldPartnerID))
	}).Scan(ctx, &counts)
	if err != nil {
		return nil, 0, err
	}
	ids := map[string]bool{}
	for _, c := range counts {
		ids[c.Key] = true
	}
	kinds, _, err := contentKinds(ctx, client, ids)
	if err != nil {
		return nil, 0, err
	}
	rows := map[string]*EngagementRow{}
	partners := map[string]map[string]bool{}
	for _, c := range counts {
		kind := kinds[c.Key]
		r := rows[kind]
		if r == nil {
			r = &EngagementRow{Key: kind}
			rows[kind], partners[kind] = r, map[string]bool{}
		}
		r.Views += c.Views
		r.Downloads += c.Downloads
		partners[kind][c.Partner] = true
	}
	all := map[string]bool{}
	for kind, ps := range partners {
		rows[kind].ActivePartners = len(ps)
		for p := range ps {
			all[p] = true
		}
	}
	return rows, len(all), nil
}

func countKind(s *sql.Selector, kind contentevent.Kind) string {
	return "COUNT(CASE WHEN " + s.C(contentevent.FieldKind) + " = '" + string(kind) + "' THEN 1 END)"
}

// distinctPartners counts the partners with at least one event.
func distinctPartners(ctx context.Context, q *ent.ContentEventQuery) (int, error) {
	var out []groupCount
	err := q.Modify(func(s *sql.Selector) {
		s.Select(sql.As("COUNT(DISTINCT "+s.C(contentevent.FieldPartnerID)+")", "partners"))
	}).Scan(ctx, &out)
	if err != nil || len(out) == 0 {
		return 0, err
	}
	return out[0].Partners, nil
}

// contentKinds reads the kind and title of the items the events are about, as far as the viewer
// may see them; an item now hidden from the viewer counts under kind "" and an empty title.
func contentKinds(ctx context.Context, client *ent.Client, ids map[string]bool) (map[string]string, map[string]string, error) {
	kinds, titles := map[string]string{}, map[string]string{}
	if len(ids) == 0 {
		return kinds, titles, nil
	}
	items, err := client.Content.Query().Where(entcontent.IDIn(keys(ids)...)).
		Select(entcontent.FieldID, entcontent.FieldKind, entcontent.FieldTitle).All(ctx)
	if err != nil {
		return nil, nil, err
	}
	for _, c := range items {
		kinds[c.ID], titles[c.ID] = string(c.Kind), c.Title
	}
	return kinds, titles, nil
}

func labelsFor(ctx context.Context, client *ent.Client, group Group, rows []*EngagementRow) (map[string]string, error) {
	out := map[string]string{}
	ids := map[string]bool{}
	for _, r := range rows {
		if r.Key != "" {
			ids[r.Key] = true
		}
	}
	switch group {
	case ByContent:
		_, titles, err := contentKinds(ctx, client, ids)
		return titles, err
	case ByKind:
		for k := range ids {
			out[k] = k
		}
	case ByPartner:
		ps, err := client.Partner.Query().Where(partner.IDIn(keys(ids)...)).Select(partner.FieldID, partner.FieldName).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, p := range ps {
			out[p.ID] = p.Name
		}
	case ByTier:
		ts, err := client.Tier.Query().Where(tier.IDIn(keys(ids)...)).Select(tier.FieldID, tier.FieldName).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, t := range ts {
			out[t.ID] = t.Name
		}
		out[""] = "No tier"
	}
	return out, nil
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
