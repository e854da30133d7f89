package deal

import (
	"context"
	"fmt"
	"sort"
	"time"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/tier"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/deal/status"

	entdeal "github.com/partnerhub/partnerhub/ent/deal"
)

// GroupBy is how pipelineSummary groups registrations.
type GroupBy string

// The groupings of pipelineSummary.
const (
	ByStatus      GroupBy = "STATUS"
	ByPartner     GroupBy = "PARTNER"
	ByTier        GroupBy = "TIER"
	ByPartnerType GroupBy = "PARTNER_TYPE"
	ByMonth       GroupBy = "MONTH"
)

// Figure is the registrations of one group in one currency. Amounts are never summed across
// currencies: there is no exchange rate in a registration, so a total would be meaningless.
type Figure struct {
	Key, Label, Currency string
	Count                int
	Amount               int64
	SourcedCount         int
	SourcedAmount        int64
	InfluencedCount      int
	InfluencedAmount     int64
}

func (f *Figure) add(source entdeal.Source, count int, amount int64) {
	f.Count += count
	f.Amount += amount
	if source == entdeal.SourceSOURCED {
		f.SourcedCount += count
		f.SourcedAmount += amount
	} else {
		f.InfluencedCount += count
		f.InfluencedAmount += amount
	}
}

// maxPeriod bounds a figures query.
const maxPeriod = 5 * 366 * 24 * time.Hour

func checkPeriod(from, to time.Time) error {
	if !to.After(from) {
		return apperr.BadInput("to", "to must be after from")
	}
	if to.Sub(from) > maxPeriod {
		return apperr.BadInput("to", "a period is at most five years")
	}
	return nil
}

// groupRow is one row of the aggregate query: a group, a currency and a source.
type groupRow struct {
	Key      *string        `json:"group_key"` // NULL: a partner without a tier
	Currency string         `json:"currency"`
	Source   entdeal.Source `json:"source"`
	Count    int            `json:"count"`
	Sum      int64          `json:"sum"`
}

// Pipeline sums the registrations submitted in [from, to) per group and currency. It groups and
// sums in the database, one row per group, currency and source, through an ent query on deals, so
// the privacy rules scope it like any list: a partner gets its own figures, a partner sales rep
// those of the deals they registered. Labels come from privacy-filtered reads of the groups found
// (tiers, partners); grouping by tier or partner type reads the tier or type of the partners of
// the deals the viewer may see.
func Pipeline(ctx context.Context, client *ent.Client, from, to time.Time, by GroupBy) ([]*Figure, error) {
	if err := checkPeriod(from, to); err != nil {
		return nil, err
	}
	switch by {
	case ByStatus, ByPartner, ByTier, ByPartnerType, ByMonth:
	default:
		return nil, apperr.BadInput("groupBy", "unknown grouping %q", by)
	}
	var rows []groupRow
	err := client.Deal.Query().
		Where(entdeal.CreatedAtGTE(from), entdeal.CreatedAtLT(to)).
		Modify(func(s *sql.Selector) {
			key := groupKey(s, by)
			currency, source := s.C(entdeal.FieldCurrency), s.C(entdeal.FieldSource)
			s.Select(sql.As(key, "group_key"), sql.As(currency, "currency"), sql.As(source, "source"),
				sql.As(sql.Count("*"), "count"), sql.As(sql.Sum(s.C(entdeal.FieldAmount)), "sum")).
				GroupBy(key, currency, source)
		}).
		Scan(ctx, &rows)
	if err != nil {
		return nil, err
	}
	label, err := labeller(ctx, client, by, rows)
	if err != nil {
		return nil, err
	}
	figures := map[[2]string]*Figure{}
	for _, r := range rows {
		key, name := label(r)
		k := [2]string{key, r.Currency}
		if figures[k] == nil {
			figures[k] = &Figure{Key: key, Label: name, Currency: r.Currency}
		}
		figures[k].add(r.Source, r.Count, r.Sum)
	}
	return sorted(figures), nil
}

// groupKey is the SQL expression of a deal's group: a column of the deal, or of its partner
// (joined), or the UTC month of its creation.
func groupKey(s *sql.Selector, by GroupBy) string {
	switch by {
	case ByStatus:
		return s.C(entdeal.FieldStatus)
	case ByPartner:
		return s.C(entdeal.FieldPartnerID)
	case ByMonth:
		if s.Dialect() == dialect.Postgres {
			return fmt.Sprintf("to_char(%s AT TIME ZONE 'UTC', 'YYYY-MM')", s.C(entdeal.FieldCreatedAt))
		}
		return fmt.Sprintf("strftime('%%Y-%%m', %s)", s.C(entdeal.FieldCreatedAt))
	}
	p := sql.Table(partner.Table)
	s.Join(p).On(s.C(entdeal.FieldPartnerID), p.C(partner.FieldID))
	if by == ByTier {
		return p.C(partner.FieldTierID)
	}
	return p.C(partner.FieldType)
}

// labeller maps an aggregate row to its group key and label.
func labeller(ctx context.Context, client *ent.Client, by GroupBy, rows []groupRow) (func(groupRow) (string, string), error) {
	keyOf := func(r groupRow) string {
		if r.Key == nil {
			return ""
		}
		return *r.Key
	}
	switch by {
	case ByStatus, ByPartnerType:
		return func(r groupRow) (string, string) { return keyOf(r), keyOf(r) }, nil
	case ByMonth:
		return func(r groupRow) (string, string) {
			m, err := time.Parse("2006-01", keyOf(r))
			if err != nil {
				return keyOf(r), keyOf(r)
			}
			return keyOf(r), m.Format("January 2006")
		}, nil
	}
	ids := map[string]bool{}
	for _, r := range rows {
		if r.Key != nil {
			ids[*r.Key] = true
		}
	}
	list := make([]string, 0, len(ids))
	for id := range ids {
		list = append(list, id)
	}
	names := make(map[string]string, len(list))
	if by == ByTier {
		tiers, err := client.Tier.Query().Where(tier.IDIn(list...)).Select(tier.FieldID, tier.FieldName).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, t := range tiers {
			names[t.ID] = t.Name
		}
		return func(r groupRow) (string, string) {
			name, ok := names[keyOf(r)]
			if !ok { // no tier, or one the viewer may not read
				return "", "No tier"
			}
			return keyOf(r), name
		}, nil
	}
	partners, err := client.Partner.Query().Where(partner.IDIn(list...)).Select(partner.FieldID, partner.FieldName).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, p := range partners {
		names[p.ID] = p.Name
	}
	return func(r groupRow) (string, string) {
		name, ok := names[keyOf(r)]
		if !ok { // cannot happen: a deal the viewer sees has a partner the viewer sees
			return keyOf(r), keyOf(r)
		}
		return keyOf(r), name
	}, nil
}

func sorted(m map[[2]string]*Figure) []*Figure {
	out := make([]*Figure, 0, len(m))
	for _, f := range m {
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Key != out[j].Key {
			return out[i].Key < out[j].Key
		}
		return out[i].Currency < out[j].Currency
	})
	return out
}

// Week is the registrations submitted in one week and how they were decided.
type Week struct {
	WeekStart                      time.Time
	Registered, Approved, Rejected int
	ApprovalRate                   float64
}

// weekStart is the Monday 00:00 UTC of t's week.
func weekStart(t time.Time) time.Time {
	t = t.UTC().Truncate(24 * time.Hour)
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
}

// Trend counts registrations per week of submission in [from, to): how many, how many were
// approved (whatever happened after) and rejected, and the approval rate of those decided.
func Trend(ctx context.Context, client *ent.Client, from, to time.Time) ([]*Week, error) {
	if err := checkPeriod(from, to); err != nil {
		return nil, err
	}
	rows, err := client.Deal.Query().
		Where(entdeal.CreatedAtGTE(from), entdeal.CreatedAtLT(to)).
		Select(entdeal.FieldCreatedAt, entdeal.FieldStatus, entdeal.FieldDecidedAt).All(ctx)
	if err != nil {
		return nil, err
	}
	weeks := map[time.Time]*Week{}
	for _, d := range rows {
		ws := weekStart(d.CreatedAt)
		w := weeks[ws]
		if w == nil {
			w = &Week{WeekStart: ws}
			weeks[ws] = w
		}
		w.Registered++
		switch {
		case d.Status == status.Rejected:
			w.Rejected++
		case d.DecidedAt != nil: // approved once, whether since won, lost, expired or withdrawn
			w.Approved++
		}
	}
	out := make([]*Week, 0, len(weeks))
	for _, w := range weeks {
		if n := w.Approved + w.Rejected; n > 0 {
			w.ApprovalRate = float64(w.Approved) / float64(n)
		}
		out = append(out, w)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].WeekStart.Before(out[j].WeekStart) })
	return out, nil
}

// WinRate is the outcome of registrations closed in a period.
type WinRate struct {
	Won, Lost          int
	WinRate            float64
	AverageDaysToClose float64
}

// Wins reports the registrations closed in [from, to): won, lost, the win rate and the average
// days from registration to close.
func Wins(ctx context.Context, client *ent.Client, from, to time.Time) (*WinRate, error) {
	if err := checkPeriod(from, to); err != nil {
		return nil, err
	}
	rows, err := client.Deal.Query().
		Where(entdeal.StatusIn(status.Won, status.Lost), entdeal.ClosedAtGTE(from), entdeal.ClosedAtLT(to)).
		Select(entdeal.FieldStatus, entdeal.FieldCreatedAt, entdeal.FieldClosedAt).All(ctx)
	if err != nil {
		return nil, err
	}
	out := &WinRate{}
	var days float64
	for _, d := range rows {
		if d.Status == status.Won {
			out.Won++
		} else {
			out.Lost++
		}
		days += d.ClosedAt.Sub(d.CreatedAt).Hours() / 24
	}
	if n := out.Won + out.Lost; n > 0 {
		out.WinRate = float64(out.Won) / float64(n)
		out.AverageDaysToClose = days / float64(n)
	}
	return out, nil
}
