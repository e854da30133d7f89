// Package partnerperf measures how partners perform for the channel team: open pipeline, won
// revenue, tier progress and risk (docs/partner-performance.md). Load measures a whole page of
// partners with a fixed number of grouped queries, whatever the page's size, each an ent query so
// the viewer's privacy scopes it like any list.
package partnerperf

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/partnerhub/partnerhub/ent"
	entdeal "github.com/partnerhub/partnerhub/ent/deal"
	"github.com/partnerhub/partnerhub/ent/healthscore"
	"github.com/partnerhub/partnerhub/ent/tierchange"
	"github.com/partnerhub/partnerhub/ent/tierevaluation"
	"github.com/partnerhub/partnerhub/internal/deal/status"
	"github.com/partnerhub/partnerhub/internal/tiering"
	"github.com/partnerhub/partnerhub/internal/tiering/tierspec"
)

// WonWindowMonths is the trailing window of won revenue.
const WonWindowMonths = 12

// Money is an amount of one currency, never added to another currency's.
type Money struct {
	Currency string
	Amount   int64 // minor units
	Deals    int
}

// TierProgress is what the latest stored evaluation says of a partner.
type TierProgress struct {
	EvaluatedAt                                       time.Time
	CurrentTierName, QualifyingTierName, NextTierName string
	RequirementsMet, RequirementsTotal                int
	QualifiesForCurrent                               bool
}

// Performance is one partner's figures.
type Performance struct {
	PartnerID           string
	OpenPipeline        []Money // SUBMITTED or APPROVED, by currency
	OpenDeals           int
	WonRevenue          []Money // WON in the trailing 12 months, by currency
	WonDeals            int
	RecentRegistrations int           // submitted in the last QuietDays days
	Tier                *TierProgress // nil before the first evaluation
	HealthScore         *float64      // nil before the first daily score
	Downgrade           *Downgrade
	Risk                Risk
	Reasons             []Reason
}

// openStatuses are the registrations still in the pipeline: waiting for a decision or approved
// and not yet won or lost (status.Active).
var openStatuses = []status.Status{status.Submitted, status.Approved}

type moneyRow struct {
	PartnerID string `json:"partner_id"`
	Currency  string `json:"currency"`
	Count     int    `json:"count"`
	Sum       int64  `json:"sum"`
}

type countRow struct {
	PartnerID string `json:"partner_id"`
	Count     int    `json:"count"`
}

// Load measures the partners, as of now, through client with the caller's privacy: seven
// statements for any number of partners (open pipeline, won revenue, recent registrations, latest
// evaluation, latest health score, open downgrades, tier names). Partners the viewer cannot see
// deals of get zero figures, never another organisation's.
func Load(ctx context.Context, client *ent.Client, partners []*ent.Partner, now time.Time) (map[string]*Performance, error) {
	out := make(map[string]*Performance, len(partners))
	if len(partners) == 0 {
		return out, nil
	}
	ids := make([]string, len(partners))
	for i, p := range partners {
		ids[i] = p.ID
		out[p.ID] = &Performance{PartnerID: p.ID, OpenPipeline: []Money{}, WonRevenue: []Money{}}
	}

	open, err := sumDeals(ctx, client.Deal.Query().Where(entdeal.PartnerIDIn(ids...), entdeal.StatusIn(openStatuses...)), false)
	if err != nil {
		return nil, fmt.Errorf("open pipeline: %w", err)
	}
	for _, r := range open {
		p := out[r.PartnerID]
		p.OpenPipeline = append(p.OpenPipeline, Money{r.Currency, r.Sum, r.Count})
		p.OpenDeals += r.Count
	}
	from := now.AddDate(0, -WonWindowMonths, 0)
	// A won deal counts its closed amount, or its expected amount when none was recorded, as the
	// tier evaluation does.
	won, err := sumDeals(ctx, client.Deal.Query().Where(entdeal.PartnerIDIn(ids...), entdeal.StatusEQ(status.Won),
		entdeal.ClosedAtGT(from), entdeal.ClosedAtLTE(now)), true)
	if err != nil {
		return nil, fmt.Errorf("won revenue: %w", err)
	}
	for _, r := range won {
		p := out[r.PartnerID]
		p.WonRevenue = append(p.WonRevenue, Money{r.Currency, r.Sum, r.Count})
		p.WonDeals += r.Count
	}

	var recent []countRow
	err = client.Deal.Query().Where(entdeal.PartnerIDIn(ids...), entdeal.CreatedAtGT(now.AddDate(0, 0, -QuietDays))).
		Modify(func(s *sql.Selector) {
			pid := s.C(entdeal.FieldPartnerID)
			s.Select(sql.As(pid, "partner_id"), sql.As(sql.Count("*"), "count")).GroupBy(pid)
		}).Scan(ctx, &recent)
	if err != nil {
		return nil, fmt.Errorf("recent registrations: %w", err)
	}
	for _, r := range recent {
		out[r.PartnerID].RecentRegistrations = r.Count
	}

	tierNames := map[string]string{}
	tiers, err := client.Tier.Query().All(ctx)
	if err != nil {
		return nil, fmt.Errorf("tiers: %w", err)
	}
	for _, t := range tiers {
		tierNames[t.ID] = t.Name
	}

	evals, err := client.TierEvaluation.Query().Where(tierevaluation.PartnerIDIn(ids...)).
		Where(latest(tierevaluation.Table, tierevaluation.FieldPartnerID, tierevaluation.FieldEvaluatedAt)).
		Order(ent.Asc(tierevaluation.FieldCreatedAt)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("latest tier evaluations: %w", err)
	}
	for _, e := range evals { // ties at the same instant: the last written wins
		out[e.PartnerID].Tier = progressOf(e)
	}

	scores, err := client.HealthScore.Query().Where(healthscore.PartnerIDIn(ids...)).
		Where(latest(healthscore.Table, healthscore.FieldPartnerID, healthscore.FieldDay)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("latest health scores: %w", err)
	}
	for _, h := range scores {
		score := h.Score
		out[h.PartnerID].HealthScore = &score
	}

	downgrades, err := client.TierChange.Query().Where(tierchange.PartnerIDIn(ids...),
		tierchange.KindEQ(tierchange.KindDOWNGRADE), tierchange.StatusEQ(tierchange.StatusGRACE)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("pending downgrades: %w", err)
	}
	for _, c := range downgrades {
		out[c.PartnerID].Downgrade = &Downgrade{ToTierName: tierNames[c.ToTierID], GraceEndsAt: c.GraceEndsAt}
	}

	for _, p := range partners {
		perf := out[p.ID]
		since := p.CreatedAt // a partner is quiet only once it could have registered: since its contract, or its record
		if p.ContractSignedAt != nil {
			since = *p.ContractSignedAt
		}
		perf.Risk, perf.Reasons = Assess(Signals{HealthScore: perf.HealthScore, Downgrade: perf.Downgrade,
			RecentRegistrations: perf.RecentRegistrations, PartnerSince: since, Tier: perf.Tier}, now)
	}
	return out, nil
}

// sumDeals groups the query's deals by partner and currency, counting them and summing their
// expected amounts (closed: their closed amounts) in the database.
func sumDeals(ctx context.Context, q *ent.DealQuery, closed bool) ([]moneyRow, error) {
	var rows []moneyRow
	err := q.Modify(func(s *sql.Selector) {
		pid, currency := s.C(entdeal.FieldPartnerID), s.C(entdeal.FieldCurrency)
		sum := s.C(entdeal.FieldAmount)
		if closed {
			sum = fmt.Sprintf("COALESCE(%s, %s)", s.C(entdeal.FieldClosedAmount), s.C(entdeal.FieldAmount))
		}
		s.Select(sql.As(pid, "partner_id"), sql.As(currency, "currency"), sql.As(sql.Count("*"), "count"),
			sql.As(sql.Sum(sum), "sum")).GroupBy(pid, currency).OrderBy(pid, currency)
	}).Scan(ctx, &rows)
	return rows, err
}

// latest keeps each partner's newest row by column: one row per partner (two only when two share
// the newest value), found through the (partner_id, column) index.
func latest(table, partnerColumn, column string) func(*sql.Selector) {
	return func(s *sql.Selector) {
		t := sql.Dialect(s.Dialect()).Table(table).As("newest")
		sub := sql.Dialect(s.Dialect()).Select(sql.Max(t.C(column))).From(t).
			Where(sql.ColumnsEQ(t.C(partnerColumn), s.C(partnerColumn)))
		s.Where(sql.P(func(b *sql.Builder) {
			b.WriteString(s.C(column)).WriteOp(sql.OpEQ).Wrap(func(b *sql.Builder) { b.Join(sub) })
		}))
	}
}

// progressOf reads the tier progress out of a stored evaluation: the held tier, the qualifying
// one, the next one up and how many of its requirements are met (of the held tier's at the top).
func progressOf(e *ent.TierEvaluation) *TierProgress {
	p := &TierProgress{EvaluatedAt: e.EvaluatedAt}
	rank := -1
	var target *tierspec.Tier
	for i := range e.Tiers {
		t := &e.Tiers[i]
		if t.TierID == e.CurrentTierID && e.CurrentTierID != "" {
			p.CurrentTierName, p.QualifiesForCurrent, rank = t.Name, t.Qualified, t.Rank
			target = t
		}
		if t.TierID == e.QualifyingTierID && e.QualifyingTierID != "" {
			p.QualifyingTierName = t.Name
		}
	}
	if next := tiering.Next(e.Tiers, rank); next != nil {
		p.NextTierName = next.Name
		target = next
	}
	if target != nil {
		p.RequirementsTotal = len(target.Requirements)
		for _, r := range target.Requirements {
			if r.Met {
				p.RequirementsMet++
			}
		}
	}
	return p
}

// MoneyText renders amounts as one CSV cell: "EUR 1250000; USD 480000", minor units, by currency.
func MoneyText(ms []Money) string {
	parts := make([]string, len(ms))
	for i, m := range ms {
		parts[i] = fmt.Sprintf("%s %d", m.Currency, m.Amount)
	}
	sort.Strings(parts)
	return strings.Join(parts, "; ")
}

// ReasonsText renders the reasons' messages as one CSV cell.
func ReasonsText(rs []Reason) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = r.Message
	}
	return strings.Join(parts, "; ")
}

// TierText renders tier progress as one CSV cell: "3/4 to Gold" ("3/4 at Platinum" at the top).
func TierText(t *TierProgress) string {
	switch {
	case t == nil:
		return ""
	case t.NextTierName != "":
		return fmt.Sprintf("%d/%d to %s", t.RequirementsMet, t.RequirementsTotal, t.NextTierName)
	case t.CurrentTierName != "":
		return fmt.Sprintf("%d/%d at %s", t.RequirementsMet, t.RequirementsTotal, t.CurrentTierName)
	}
	return ""
}
