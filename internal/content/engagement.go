package content

import (
	"context"
	"fmt"
	"sort"
	"time"

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
// organisation's figures.
func Figures(ctx context.Context, client *ent.Client, from, to time.Time, group Group) (*Engagement, error) {
	if !to.After(from) {
		return nil, apperr.BadInput("to", "to must be after from")
	}
	if to.Sub(from) > MaxEngagementSpan {
		return nil, apperr.BadInput("from", "the period may span at most five years")
	}
	var counts []struct {
		ContentID string            `json:"content_id"`
		PartnerID string            `json:"partner_id"`
		TierID    string            `json:"tier_id"`
		Kind      contentevent.Kind `json:"kind"`
		Count     int               `json:"count"`
	}
	err := client.ContentEvent.Query().
		Where(contentevent.CreatedAtGTE(from), contentevent.CreatedAtLT(to), contentevent.PartnerIDNEQ(""), contentevent.PartnerIDNotNil()).
		GroupBy(contentevent.FieldContentID, contentevent.FieldPartnerID, contentevent.FieldTierID, contentevent.FieldKind).
		Aggregate(ent.Count()).
		Scan(ctx, &counts)
	if err != nil {
		return nil, fmt.Errorf("content: engagement: %w", err)
	}
	e := &Engagement{From: from, To: to, GroupBy: group}
	rows := map[string]*EngagementRow{}
	active := map[string]map[string]bool{}
	all := map[string]bool{}
	contentIDs := map[string]bool{}
	for _, c := range counts {
		contentIDs[c.ContentID] = true
	}
	kinds, titles, err := contentKinds(ctx, client, contentIDs)
	if err != nil {
		return nil, err
	}
	for _, c := range counts {
		key := c.ContentID
		switch group {
		case ByPartner:
			key = c.PartnerID
		case ByTier:
			key = c.TierID
		case ByKind:
			key = kinds[c.ContentID]
		}
		r := rows[key]
		if r == nil {
			r = &EngagementRow{Key: key}
			rows[key] = r
			active[key] = map[string]bool{}
		}
		if c.Kind == contentevent.KindDOWNLOAD {
			r.Downloads += c.Count
			e.Downloads += c.Count
		} else {
			r.Views += c.Count
			e.Views += c.Count
		}
		active[key][c.PartnerID] = true
		all[c.PartnerID] = true
	}
	e.ActivePartners = len(all)
	labels, err := labelsFor(ctx, client, group, rows, titles)
	if err != nil {
		return nil, err
	}
	for key, r := range rows {
		r.ActivePartners = len(active[key])
		r.Label = labels[key]
		e.Rows = append(e.Rows, r)
	}
	sort.Slice(e.Rows, func(i, j int) bool {
		a, b := e.Rows[i], e.Rows[j]
		if a.Downloads+a.Views != b.Downloads+b.Views {
			return a.Downloads+a.Views > b.Downloads+b.Views
		}
		return a.Key < b.Key
	})
	return e, nil
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

func labelsFor(ctx context.Context, client *ent.Client, group Group, rows map[string]*EngagementRow, titles map[string]string) (map[string]string, error) {
	out := map[string]string{}
	ids := map[string]bool{}
	for k := range rows {
		if k != "" {
			ids[k] = true
		}
	}
	switch group {
	case ByContent:
		return titles, nil
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
