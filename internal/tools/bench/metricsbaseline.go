package bench

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/currency"

	"github.com/partnerhub/partnerhub/internal/metrics"
	"github.com/partnerhub/partnerhub/internal/money"
)

// baselineProgramMetrics answers programMetrics as internal/metrics.Compute does, for the NONE and
// TIER groupings: the same aggregate statements in the same order (partners, rates, closed deals
// and their cycle lengths, decisions, open deals, cohort sizes, firsts, activity, costs, MDF paid,
// margin rates, the sourced deals per product list when products have their own margin, answers,
// tier names), then the same arithmetic in Go: partners mapped to tiers, the program-wide closed
// deals ROPI needs summed from the tier's rows, conversion at the close day's rate, medians, ratios. It reuses the
// metric registry (metrics.Definitions, for the groupings and the order of figures) but no ent
// query, privacy rule or GraphQL resolver.
func baselineProgramMetrics(ctx context.Context, b *Baseline, vars map[string]any) (any, error) {
	from, err := time.Parse(time.RFC3339, fmt.Sprint(vars["from"]))
	if err != nil {
		return nil, err
	}
	to, err := time.Parse(time.RFC3339, fmt.Sprint(vars["to"]))
	if err != nil {
		return nil, err
	}
	by := metrics.None
	if s, ok := vars["groupBy"].(string); ok && s != "" {
		by = metrics.GroupBy(s)
	}
	if by != metrics.None && by != metrics.ByTier {
		return nil, fmt.Errorf("the baseline groups programMetrics by NONE or TIER, not %s", by)
	}
	if !to.After(from) || to.Sub(from) > 5*366*24*time.Hour {
		return nil, fmt.Errorf("bad period %s – %s", from, to)
	}
	cur := ""
	if s, ok := vars["currency"].(string); ok && s != "" {
		c, ok := money.Currency(s)
		if !ok {
			return nil, fmt.Errorf("%q is not a currency", s)
		}
		cur = c
	}
	m := &metricsRun{ctx: ctx, db: b.DB, from: from, to: to, by: by, cur: cur, closedBy: map[metrics.GroupBy]*mClosed{}}
	if err := m.compute(); err != nil {
		return nil, err
	}
	return map[string]any{"programMetrics": m.out}, nil
}

// mFigure is a MetricFigure as the server writes it.
type mFigure struct {
	Key          string     `json:"key"`
	Group        string     `json:"group"`
	GroupLabel   string     `json:"groupLabel"`
	Currency     *string    `json:"currency"`
	Converted    bool       `json:"converted"`
	Value        *gqlFloat  `json:"value"`
	Numerator    *gqlFloat  `json:"numerator"`
	Denominator  *gqlFloat  `json:"denominator"`
	Count        int        `json:"count"`
	MissingRates []mMissing `json:"missingRates"`
	Note         *string    `json:"note"`
}

type mMissing struct {
	From string    `json:"from"`
	To   string    `json:"to"`
	Date time.Time `json:"date"` // RFC 3339 with nanoseconds, like gqlgen's Time
}

// gqlFloat is written like gqlgen's Float (%g).
type gqlFloat float64

func (f gqlFloat) MarshalJSON() ([]byte, error) {
	return strconv.AppendFloat(nil, float64(f), 'g', -1, 64), nil
}

func fptr(v float64) *gqlFloat { f := gqlFloat(v); return &f }

func fratio(num, den float64) *gqlFloat {
	if den == 0 {
		return nil
	}
	return fptr(num / den)
}

func fmedian(sorted []float64) *gqlFloat {
	n := len(sorted)
	switch {
	case n == 0:
		return nil
	case n%2 == 1:
		return fptr(sorted[n/2])
	}
	return fptr((sorted[n/2-1] + sorted[n/2]) / 2)
}

type mGC struct{ group, currency string }

// mClosed is what the deals closed in the period add up to, per group (metrics.closedStats).
type mClosed struct {
	won, lost     map[string]int
	count, amount map[string]map[mGC]int64
	converted     map[string]map[string]*mSum
	cycle         map[string][]float64 // nil until read
}

type metricsRun struct {
	ctx      context.Context
	db       *sql.DB
	from, to time.Time
	by       metrics.GroupBy
	cur      string
	tierOf   map[string]string // partner → tier
	rates    map[string][]mRate
	closedBy map[metrics.GroupBy]*mClosed
	figs     []*mFigure
	out      []*mFigure
}

type mRate struct {
	day  time.Time
	rate float64
}

// The SQL of internal/metrics' queries on PostgreSQL, as ent writes them.
const (
	mEmpty     = `CAST('' AS TEXT)`
	mClosedDay = `to_char("deals"."closed_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD')`
	mClosedIn  = `("deals"."status" IN ($1, $2) AND "deals"."closed_at" >= $3) AND "deals"."closed_at" < $4`
)

// dim is the group column of a deals query: nothing, or the partner (mapped to its tier in Go).
func (m *metricsRun) dim(by metrics.GroupBy, partnerCol string) string {
	if by == metrics.None {
		return mEmpty
	}
	return partnerCol
}

// groupBy is the GROUP BY clause, without the constant of an ungrouped query.
func groupBy(by metrics.GroupBy, g string, rest ...string) string {
	if by != metrics.None {
		rest = append([]string{g}, rest...)
	}
	return " GROUP BY " + strings.Join(rest, ", ")
}

func (m *metricsRun) group(by metrics.GroupBy, raw string) string {
	if by == metrics.ByTier {
		return m.tierOf[raw]
	}
	return raw
}

func (m *metricsRun) effective(key metrics.Key) metrics.GroupBy {
	if d, _ := metrics.DefinitionOf(key); d.Supports(m.by) {
		return m.by
	}
	return metrics.None
}

func (m *metricsRun) emit(f *mFigure) { m.figs = append(m.figs, f) }

// each runs query and calls scan for every row.
func (m *metricsRun) each(query string, args []any, scan func(*sql.Rows) error) error {
	rows, err := m.db.QueryContext(m.ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

func (m *metricsRun) compute() error {
	if m.by == metrics.ByTier {
		m.tierOf = map[string]string{}
		if err := m.each(`SELECT "partners"."id", "partners"."name", "partners"."type", "partners"."region", "partners"."tier_id" FROM "partners"`, nil,
			func(r *sql.Rows) error {
				var id, name, typ, region string
				var tier sql.NullString
				err := r.Scan(&id, &name, &typ, &region, &tier)
				m.tierOf[id] = tier.String
				return err
			}); err != nil {
			return err
		}
	}
	if m.cur != "" {
		m.rates = map[string][]mRate{}
		if err := m.each(`SELECT "exchange_rates"."id", "exchange_rates"."created_at", "exchange_rates"."updated_at", "exchange_rates"."date", "exchange_rates"."from_currency", "exchange_rates"."to_currency", "exchange_rates"."rate" FROM "exchange_rates" WHERE "exchange_rates"."to_currency" = $1 ORDER BY "exchange_rates"."date" ASC`,
			[]any{m.cur}, func(r *sql.Rows) error {
				var id, fromC, toC string
				var created, updated time.Time
				var x mRate
				err := r.Scan(&id, &created, &updated, &x.day, &fromC, &toC, &x.rate)
				m.rates[fromC] = append(m.rates[fromC], x)
				return err
			}); err != nil {
			return err
		}
	}
	for _, step := range []func() error{m.deals, m.decisions, m.velocity, m.cohorts, m.retention, m.roi, m.nps} {
		if err := step(); err != nil {
			return err
		}
	}
	if err := m.label(); err != nil {
		return err
	}
	order := map[string]int{}
	for i, d := range metrics.Definitions {
		order[string(d.Key)] = i
	}
	sort.SliceStable(m.figs, func(i, j int) bool {
		a, b := m.figs[i], m.figs[j]
		if a.Key != b.Key {
			return order[a.Key] < order[b.Key]
		}
		if a.Group != b.Group {
			return a.Group < b.Group
		}
		if a.Converted != b.Converted {
			return !a.Converted
		}
		return deref(a.Currency) < deref(b.Currency)
	})
	m.out = m.figs
	return nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func strPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// mClosedRow is a row of the closed-deals aggregate.
type mClosedRow struct {
	raw, status, source, currency, day string
	n                                  int
	total                              int64
}

// closed reads the closed deals at the grouping asked for, with the cycle lengths when withCycle
// (median days to close, velocity); the whole program's aggregate (ROPI when grouped by tier) sums
// the grouped rows already read, as metrics does.
func (m *metricsRun) closed(by metrics.GroupBy, withCycle bool) (*mClosed, error) {
	st := m.closedBy[by]
	if st == nil {
		var rows []mClosedRow
		// A lost deal's source, currency and day read as empty: the win rate only counts it.
		ifWon := func(col string) string { return `CASE WHEN "deals"."status" = 'WON' THEN ` + col + ` ELSE '' END` }
		g := m.dim(by, `"deals"."partner_id"`)
		src, cur, d := ifWon(`"deals"."source"`), ifWon(`"deals"."currency"`), mEmpty
		cols := []string{`"deals"."status"`, src, cur}
		if m.rates != nil {
			d = ifWon(mClosedDay)
			cols = append(cols, d)
		}
		err := m.each(`SELECT `+g+` AS "grp", "deals"."status" AS "status", `+src+` AS "source", `+cur+` AS "currency", `+d+` AS "day", COUNT(*) AS "count", SUM("deals"."closed_amount") AS "sum" FROM "deals" WHERE `+mClosedIn+groupBy(by, g, cols...),
			[]any{"WON", "LOST", m.from, m.to}, func(r *sql.Rows) error {
				var x mClosedRow
				var total sql.NullInt64
				err := r.Scan(&x.raw, &x.status, &x.source, &x.currency, &x.day, &x.n, &total)
				x.total = total.Int64
				rows = append(rows, x)
				return err
			})
		if err != nil {
			return nil, err
		}
		st = m.tally(by, rows)
		m.closedBy[by] = st
		// By tier, ROPI (with a reporting currency) is the whole program's: the tier's rows summed.
		if by == m.by && by != metrics.None && m.rates != nil {
			m.closedBy[metrics.None] = m.tally(metrics.None, mProgramRows(rows))
		}
	}
	if withCycle && st.cycle == nil {
		st.cycle = map[string][]float64{}
		if base := m.closedBy[m.by]; by == metrics.None && base != st && base != nil && base.cycle != nil {
			var all []float64
			for _, d := range base.cycle {
				all = append(all, d...)
			}
			sort.Float64s(all)
			st.cycle[""] = all
			return st, nil
		}
		err := m.each(`SELECT `+m.dim(by, `"deals"."partner_id"`)+` AS "grp", (EXTRACT(EPOCH FROM ("deals"."closed_at" - "deals"."created_at")) / 86400.0) AS "days" FROM "deals" WHERE `+mClosedIn+` ORDER BY "days"`,
			[]any{"WON", "LOST", m.from, m.to}, func(r *sql.Rows) error {
				var raw string
				var days float64
				err := r.Scan(&raw, &days)
				grp := m.group(by, raw)
				st.cycle[grp] = append(st.cycle[grp], days)
				return err
			})
		if err != nil {
			return nil, err
		}
		for grp := range st.cycle {
			sort.Float64s(st.cycle[grp])
		}
	}
	return st, nil
}

func (m *metricsRun) tally(by metrics.GroupBy, rows []mClosedRow) *mClosed {
	st := &mClosed{won: map[string]int{}, lost: map[string]int{},
		count:     map[string]map[mGC]int64{"SOURCED": {}, "INFLUENCED": {}},
		amount:    map[string]map[mGC]int64{"SOURCED": {}, "INFLUENCED": {}},
		converted: map[string]map[string]*mSum{"SOURCED": {}, "INFLUENCED": {}}}
	for _, x := range rows {
		grp := m.group(by, x.raw)
		if x.status == "LOST" {
			st.lost[grp] += x.n
			continue
		}
		st.won[grp] += x.n
		k := mGC{grp, x.currency}
		st.count[x.source][k] += int64(x.n)
		st.amount[x.source][k] += x.total
		if m.rates != nil {
			s := st.converted[x.source][grp]
			if s == nil {
				s = &mSum{}
				st.converted[x.source][grp] = s
			}
			s.add(m, x.currency, parseDay(x.day), float64(x.total), x.n)
		}
	}
	return st
}

// mProgramRows sums grouped rows per status, source, currency and day, in the order the keys first
// appear (metrics.programRows).
func mProgramRows(rows []mClosedRow) []mClosedRow {
	type key struct{ status, source, currency, day string }
	at := map[key]int{}
	var out []mClosedRow
	for _, x := range rows {
		k := key{x.status, x.source, x.currency, x.day}
		i, ok := at[k]
		if !ok {
			i = len(out)
			at[k] = i
			out = append(out, mClosedRow{status: x.status, source: x.source, currency: x.currency, day: x.day})
		}
		out[i].n += x.n
		out[i].total += x.total
	}
	return out
}

func parseDay(s string) time.Time {
	t, _ := time.Parse(time.DateOnly, s)
	return t
}

// groupsOf lists the groups figures cover; the whole program always has one.
func groupsOf(by metrics.GroupBy, maps ...map[string]int) []string {
	seen := map[string]bool{}
	if by == metrics.None {
		seen[""] = true
	}
	for _, mp := range maps {
		for g := range mp {
			seen[g] = true
		}
	}
	out := make([]string, 0, len(seen))
	for g := range seen {
		out = append(out, g)
	}
	sort.Strings(out)
	return out
}

func (m *metricsRun) deals() error {
	st, err := m.closed(m.by, true)
	if err != nil {
		return err
	}
	for _, src := range []struct{ key, source string }{{string(metrics.SourcedRevenue), "SOURCED"}, {string(metrics.InfluencedRevenue), "INFLUENCED"}} {
		for k, n := range st.count[src.source] {
			m.emit(&mFigure{Key: src.key, Group: k.group, Currency: strPtr(k.currency), Count: int(n),
				Value: fptr(float64(st.amount[src.source][k])), MissingRates: []mMissing{}})
		}
		if m.rates != nil {
			conv := st.converted[src.source]
			if m.by == metrics.None && conv[""] == nil {
				conv[""] = &mSum{}
			}
			for g, s := range conv {
				f := s.figure(src.key, m.cur)
				f.Group = g
				m.emit(f)
			}
		}
	}
	for _, g := range groupsOf(m.by, st.won, st.lost) {
		won, lost := float64(st.won[g]), float64(st.lost[g])
		m.emit(&mFigure{Key: string(metrics.WinRate), Group: g, Count: st.won[g] + st.lost[g], Value: fratio(won, won+lost),
			Numerator: fptr(won), Denominator: fptr(won + lost), MissingRates: []mMissing{}})
		m.emit(&mFigure{Key: string(metrics.MedianDaysToClose), Group: g, Count: len(st.cycle[g]), Value: fmedian(st.cycle[g]), MissingRates: []mMissing{}})
	}
	return nil
}

// countRows runs a grp, k, count query and adds the counts up by mapped group and key.
func (m *metricsRun) countRows(by metrics.GroupBy, query string, args []any, add func(grp, k string, n int)) error {
	return m.each(query, args, func(r *sql.Rows) error {
		var raw, k string
		var n int
		err := r.Scan(&raw, &k, &n)
		add(m.group(by, raw), k, n)
		return err
	})
}

func (m *metricsRun) decisions() error {
	g := m.dim(m.by, `"deals"."partner_id"`)
	approved, decided := map[string]int{}, map[string]int{}
	if err := m.countRows(m.by, `SELECT `+g+` AS "grp", "deals"."status" AS "k", COUNT(*) AS "count" FROM "deals" WHERE "deals"."decided_at" >= $1 AND "deals"."decided_at" < $2`+groupBy(m.by, g, `"deals"."status"`),
		[]any{m.from, m.to}, func(grp, k string, n int) {
			decided[grp] += n
			if k != "REJECTED" {
				approved[grp] += n
			}
		}); err != nil {
		return err
	}
	for _, grp := range groupsOf(m.by, decided) {
		a, d := float64(approved[grp]), float64(decided[grp])
		m.emit(&mFigure{Key: string(metrics.ApprovalRate), Group: grp, Count: decided[grp], Value: fratio(a, d),
			Numerator: fptr(a), Denominator: fptr(d), MissingRates: []mMissing{}})
	}
	return nil
}

func (m *metricsRun) velocity() error {
	by := m.effective(metrics.PipelineVelocity)
	st, err := m.closed(by, true)
	if err != nil {
		return err
	}
	g := m.dim(by, `"deals"."partner_id"`)
	open := map[mGC]int{}
	if err := m.countRows(by, `SELECT `+g+` AS "grp", "deals"."currency" AS "k", COUNT(*) AS "count" FROM "deals" WHERE "deals"."status" = $1`+groupBy(by, g, `"deals"."currency"`),
		[]any{"APPROVED"}, func(grp, k string, n int) { open[mGC{grp, k}] += n }); err != nil {
		return err
	}
	if by == metrics.None && len(open) == 0 {
		m.emit(&mFigure{Key: string(metrics.PipelineVelocity), Note: strPtr("no open registrations"), MissingRates: []mMissing{}})
	}
	for k, n := range open {
		f := &mFigure{Key: string(metrics.PipelineVelocity), Group: k.group, Currency: strPtr(k.currency), Count: n, MissingRates: []mMissing{}}
		won, lost := float64(st.won[k.group]), float64(st.lost[k.group])
		wonCount := st.count["SOURCED"][k] + st.count["INFLUENCED"][k]
		wonAmount := st.amount["SOURCED"][k] + st.amount["INFLUENCED"][k]
		med := fmedian(st.cycle[k.group])
		switch {
		case won+lost == 0 || med == nil:
			f.Note = strPtr("no deals closed in the period")
		case wonCount == 0:
			f.Note, f.Value = strPtr("no deal won in this currency in the period"), fptr(0)
		case *med == 0:
			f.Note = strPtr("median cycle of zero days")
		default:
			num := float64(n) * (won / (won + lost)) * (float64(wonAmount) / float64(wonCount))
			f.Numerator, f.Denominator, f.Value = fptr(num), med, fptr(num/float64(*med))
		}
		m.emit(f)
	}
	return nil
}

func (m *metricsRun) cohorts() error {
	joined := map[string]int{}
	pg := m.dim(m.by, `"partners"."id"`)
	q := `SELECT ` + pg + ` AS "grp", CAST('' AS TEXT) AS "k", COUNT(*) AS "count" FROM "partners" WHERE "partners"."contract_signed_at" >= $1 AND "partners"."contract_signed_at" < $2`
	if m.by != metrics.None {
		q += ` GROUP BY ` + pg
	}
	if err := m.countRows(m.by, q, []any{m.from, m.to}, func(grp, _ string, n int) { joined[grp] += n }); err != nil {
		return err
	}
	g := m.dim(m.by, `"deals"."partner_id"`)
	activated := map[string]int{}
	reg, won := map[string][]float64{}, map[string][]float64{}
	if err := m.each(`SELECT `+g+` AS "grp", MIN((EXTRACT(EPOCH FROM ("deals"."created_at" - "t1"."contract_signed_at")) / 86400.0)) AS "first_reg", MIN(CASE WHEN "deals"."decided_at" IS NOT NULL AND "deals"."status" <> 'REJECTED' THEN (EXTRACT(EPOCH FROM ("deals"."decided_at" - "t1"."contract_signed_at")) / 86400.0) END) AS "first_approved", MIN(CASE WHEN "deals"."status" = 'WON' THEN (EXTRACT(EPOCH FROM ("deals"."closed_at" - "t1"."contract_signed_at")) / 86400.0) END) AS "first_won" FROM "deals" JOIN "partners" AS "t1" ON "deals"."partner_id" = "t1"."id" WHERE "t1"."contract_signed_at" >= $1 AND "t1"."contract_signed_at" < $2`+groupBy(m.by, g, `"deals"."partner_id"`),
		[]any{m.from, m.to}, func(r *sql.Rows) error {
			var raw string
			var first, appr, firstWon sql.NullFloat64
			if err := r.Scan(&raw, &first, &appr, &firstWon); err != nil {
				return err
			}
			grp := m.group(m.by, raw)
			if appr.Valid && appr.Float64 <= 90 { // metrics.activationDays
				activated[grp]++
			}
			if first.Valid {
				reg[grp] = append(reg[grp], math.Max(0, first.Float64))
			}
			if firstWon.Valid {
				won[grp] = append(won[grp], math.Max(0, firstWon.Float64))
			}
			return nil
		}); err != nil {
		return err
	}
	for _, grp := range groupsOf(m.by, joined) {
		a, n := float64(activated[grp]), float64(joined[grp])
		m.emit(&mFigure{Key: string(metrics.ActivationRate), Group: grp, Count: joined[grp], Value: fratio(a, n),
			Numerator: fptr(a), Denominator: fptr(n), MissingRates: []mMissing{}})
		sort.Float64s(reg[grp])
		sort.Float64s(won[grp])
		m.emit(&mFigure{Key: string(metrics.TimeToFirstRegistration), Group: grp, Count: len(reg[grp]), Value: fmedian(reg[grp]),
			Denominator: fptr(n), MissingRates: []mMissing{}})
		m.emit(&mFigure{Key: string(metrics.TimeToFirstWonDeal), Group: grp, Count: len(won[grp]), Value: fmedian(won[grp]),
			Denominator: fptr(n), MissingRates: []mMissing{}})
	}
	return nil
}

// activeWindow is metrics' activity window: a registration in the last 180 days.
const activeWindow = 180 * 24 * time.Hour

func (m *metricsRun) retention() error {
	by := m.effective(metrics.Retention)
	start, kept := map[string]int{}, map[string]int{}
	if err := m.each(`SELECT "deals"."partner_id" AS "partner_id", (SUM(CASE WHEN "deals"."created_at" >= $1 AND "deals"."created_at" < $2 THEN 1 ELSE 0 END)) AS "at_start", (SUM(CASE WHEN "deals"."created_at" >= $3 AND "deals"."created_at" < $4 THEN 1 ELSE 0 END)) AS "at_end" FROM "deals" WHERE "deals"."created_at" >= $5 AND "deals"."created_at" < $6 GROUP BY "deals"."partner_id"`,
		[]any{m.from.Add(-activeWindow), m.from, m.to.Add(-activeWindow), m.to, m.from.Add(-activeWindow), m.to}, func(r *sql.Rows) error {
			var partnerID string
			var atStart, atEnd int
			if err := r.Scan(&partnerID, &atStart, &atEnd); err != nil {
				return err
			}
			if atStart == 0 {
				return nil
			}
			grp := ""
			if by != metrics.None {
				grp = m.group(by, partnerID)
			}
			start[grp]++
			if atEnd > 0 {
				kept[grp]++
			}
			return nil
		}); err != nil {
		return err
	}
	for _, grp := range groupsOf(by, start) {
		k, n := float64(kept[grp]), float64(start[grp])
		m.emit(&mFigure{Key: string(metrics.Retention), Group: grp, Count: start[grp], Value: fratio(k, n), Numerator: fptr(k), Denominator: fptr(n), MissingRates: []mMissing{}})
		m.emit(&mFigure{Key: string(metrics.Churn), Group: grp, Count: start[grp], Value: fratio(n-k, n), Numerator: fptr(n - k), Denominator: fptr(n), MissingRates: []mMissing{}})
	}
	return nil
}

func (m *metricsRun) roi() error {
	by := m.effective(metrics.ROPI)
	if by != metrics.None {
		return fmt.Errorf("the baseline has ROPI for the whole program only")
	}
	native := map[mGC]int64{}
	converted := map[string]*mSum{"": {}}
	costs := []string{
		`SELECT CAST('' AS TEXT) AS "grp", "program_costs"."currency" AS "currency", to_char("program_costs"."period_start" AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "day", SUM("program_costs"."amount") AS "sum" FROM "program_costs" WHERE "program_costs"."period_start" >= $1 AND "program_costs"."period_start" < $2 GROUP BY "program_costs"."currency", to_char("program_costs"."period_start" AT TIME ZONE 'UTC', 'YYYY-MM-DD')`,
		`SELECT CAST('' AS TEXT) AS "grp", "mdf_ledger_entries"."currency" AS "currency", to_char("mdf_ledger_entries"."created_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "day", SUM("mdf_ledger_entries"."amount") AS "sum" FROM "mdf_ledger_entries" WHERE ("mdf_ledger_entries"."kind" = $1 AND "mdf_ledger_entries"."created_at" >= $2) AND "mdf_ledger_entries"."created_at" < $3 GROUP BY "mdf_ledger_entries"."currency", to_char("mdf_ledger_entries"."created_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD')`,
	}
	for i, q := range costs {
		args := []any{m.from, m.to}
		if i == 1 {
			args = []any{"PAID", m.from, m.to}
		}
		if err := m.each(q, args, func(r *sql.Rows) error {
			var grp, currency, day string
			var total int64
			if err := r.Scan(&grp, &currency, &day, &total); err != nil {
				return err
			}
			native[mGC{grp, currency}] += total
			if m.rates != nil {
				if converted[grp] == nil {
					converted[grp] = &mSum{}
				}
				converted[grp].add(m, currency, parseDay(day), float64(total), 1)
			}
			return nil
		}); err != nil {
			return err
		}
	}
	for k, v := range native {
		m.emit(&mFigure{Key: string(metrics.ProgramCost), Group: k.group, Currency: strPtr(k.currency), Value: fptr(float64(v)), MissingRates: []mMissing{}})
	}
	if m.rates == nil {
		m.emit(&mFigure{Key: string(metrics.ROPI), Note: strPtr("ROPI needs a reporting currency"), MissingRates: []mMissing{}})
		return nil
	}
	var program *int
	products := map[string]int{}
	if err := m.each(`SELECT "margin_rates"."id", "margin_rates"."created_at", "margin_rates"."updated_at", "margin_rates"."product", "margin_rates"."rate_bps" FROM "margin_rates"`, nil,
		func(r *sql.Rows) error {
			var id, product string
			var created, updated time.Time
			var bps int
			if err := r.Scan(&id, &created, &updated, &product, &bps); err != nil {
				return err
			}
			if product == "" {
				program = &bps
			} else {
				products[productKey(product)] = bps
			}
			return nil
		}); err != nil {
		return err
	}
	st, err := m.closed(by, false)
	if err != nil {
		return err
	}
	var byProduct map[string]*mSum
	if program != nil && len(products) > 0 {
		byProduct = map[string]*mSum{}
		if err := m.each(`SELECT CAST('' AS TEXT) AS "grp", "deals"."products" AS "products", "deals"."currency" AS "currency", `+mClosedDay+` AS "day", COUNT(*) AS "count", SUM("deals"."closed_amount") AS "sum" FROM "deals" WHERE (("deals"."status" = $1 AND "deals"."source" = $2) AND "deals"."closed_at" >= $3) AND "deals"."closed_at" < $4 GROUP BY "deals"."products", "deals"."currency", `+mClosedDay,
			[]any{"WON", "SOURCED", m.from, m.to}, func(r *sql.Rows) error {
				var grp, currency, day string
				var list sql.NullString
				var n int
				var total sql.NullInt64
				if err := r.Scan(&grp, &list, &currency, &day, &n, &total); err != nil {
					return err
				}
				var names []string
				if list.String != "" {
					if err := json.Unmarshal([]byte(list.String), &names); err != nil {
						return err
					}
				}
				// The deal's amount split evenly between its products, each at its own rate or the
				// program's (metrics.margins.dealBps).
				bps := float64(*program)
				if len(names) > 0 {
					var sum int
					for _, p := range names {
						r, ok := products[productKey(p)]
						if !ok {
							r = *program
						}
						sum += r
					}
					bps = float64(sum) / float64(len(names))
				}
				if byProduct[grp] == nil {
					byProduct[grp] = &mSum{}
				}
				byProduct[grp].add(m, currency, parseDay(day), float64(total.Int64)*bps/10000, n)
				return nil
			}); err != nil {
			return err
		}
	}
	for g := range st.converted["SOURCED"] {
		if converted[g] == nil {
			converted[g] = &mSum{}
		}
	}
	for g, cost := range converted {
		cf := cost.figure(string(metrics.ProgramCost), m.cur)
		cf.Group, cf.Count = g, 0
		m.emit(cf)
		rev := st.converted["SOURCED"][g]
		if rev == nil {
			rev = &mSum{}
		}
		rf := rev.figure(string(metrics.GrossMargin), m.cur)
		if byProduct != nil {
			if margin := byProduct[g]; margin != nil {
				rf = margin.figure(string(metrics.GrossMargin), m.cur)
			}
		}
		rf.Group = g
		ropi := &mFigure{Key: string(metrics.ROPI), Group: g, MissingRates: append(append([]mMissing{}, rf.MissingRates...), cf.MissingRates...)}
		switch {
		case program == nil:
			rf.Value, rf.Note = nil, strPtr("no program margin rate set")
			ropi.Note = rf.Note
		case rf.Value != nil && byProduct == nil:
			rf.Value = fptr(math.Round(float64(*rf.Value) * float64(*program) / 10000))
		}
		m.emit(rf)
		if rf.Value != nil && cf.Value != nil {
			ropi.Numerator, ropi.Denominator, ropi.Value = rf.Value, cf.Value, fratio(float64(*rf.Value), float64(*cf.Value))
			if ropi.Value == nil {
				ropi.Note = strPtr("no program cost in the period")
			}
		} else if ropi.Note == nil {
			ropi.Note = strPtr("a rate is missing: record it and ask again")
		}
		m.emit(ropi)
	}
	return nil
}

func productKey(p string) string { return strings.ToLower(strings.TrimSpace(p)) }

func (m *metricsRun) nps() error {
	g := mEmpty
	if m.by == metrics.ByTier {
		g = `"survey_responses"."tier_id"` // the organisation's tier when it answered
	}
	q := `SELECT ` + g + ` AS "grp", SUM(CASE WHEN "survey_responses"."score" >= 9 THEN 1 ELSE 0 END) AS "promoters", SUM(CASE WHEN "survey_responses"."score" <= 6 THEN 1 ELSE 0 END) AS "detractors", COUNT(*) AS "total", SUM("survey_responses"."score") AS "score_sum" FROM "survey_responses" WHERE "survey_responses"."created_at" >= $1 AND "survey_responses"."created_at" < $2`
	if m.by != metrics.None {
		q += ` GROUP BY ` + g
	}
	type agg struct{ p, d, n, sum int }
	groups := map[string]*agg{}
	if err := m.each(q, []any{m.from, m.to}, func(r *sql.Rows) error {
		var grp sql.NullString
		var p, d, n int
		var sum sql.NullInt64
		if err := r.Scan(&grp, &p, &d, &n, &sum); err != nil {
			return err
		}
		a := groups[grp.String]
		if a == nil {
			a = &agg{}
			groups[grp.String] = a
		}
		a.p, a.d, a.n, a.sum = a.p+p, a.d+d, a.n+n, a.sum+int(sum.Int64)
		return nil
	}); err != nil {
		return err
	}
	if m.by == metrics.None && groups[""] == nil {
		groups[""] = &agg{}
	}
	for grp, a := range groups {
		n := float64(a.n)
		f := &mFigure{Key: string(metrics.NPS), Group: grp, Count: a.n, Numerator: fptr(float64(a.p - a.d)), Denominator: fptr(n), MissingRates: []mMissing{}}
		if v := fratio(float64(a.p-a.d), n); v != nil {
			f.Value = fptr(100 * float64(*v))
		}
		m.emit(f)
		m.emit(&mFigure{Key: string(metrics.PSAT), Group: grp, Count: a.n, Value: fratio(float64(a.sum), n),
			Numerator: fptr(float64(a.sum)), Denominator: fptr(n), MissingRates: []mMissing{}})
	}
	return nil
}

// label names each figure's group: "Program" for the whole program, "No tier", or the tier's name.
func (m *metricsRun) label() error {
	tiers := map[string]string{}
	if m.by == metrics.ByTier {
		if err := m.each(`SELECT "tiers"."id", "tiers"."name" FROM "tiers"`, nil, func(r *sql.Rows) error {
			var id, name string
			err := r.Scan(&id, &name)
			tiers[id] = name
			return err
		}); err != nil {
			return err
		}
	}
	for _, f := range m.figs {
		d, _ := metrics.DefinitionOf(metrics.Key(f.Key))
		by := metrics.None
		if d.Supports(m.by) {
			by = m.by
		}
		switch {
		case f.Group == "" && by == metrics.ByTier:
			f.GroupLabel = "No tier"
		case f.Group == "":
			f.GroupLabel = "Program"
		case by == metrics.ByTier:
			f.GroupLabel = tiers[f.Group]
		default:
			f.GroupLabel = f.Group
		}
	}
	return nil
}

// mSum adds amounts converted into the reporting currency at the latest rate on or before each
// day, remembering per currency the earliest day without a rate (metrics' sum and converter).
type mSum struct {
	total   float64
	count   int
	missing map[string]time.Time
}

func (s *mSum) add(m *metricsRun, from string, day time.Time, amount float64, count int) {
	s.count += count
	rate, ok := 1.0, true
	if from != m.cur {
		list := m.rates[from]
		i := sort.Search(len(list), func(i int) bool { return list[i].day.After(day) })
		if ok = i > 0; ok {
			rate = list[i-1].rate
		}
	}
	if !ok {
		if s.missing == nil {
			s.missing = map[string]time.Time{}
		}
		if d, seen := s.missing[from]; !seen || day.Before(d) {
			s.missing[from] = day
		}
		return
	}
	s.total += amount * rate * math.Pow10(minorDigits(m.cur)-minorDigits(from))
}

func minorDigits(code string) int {
	u, err := currency.ParseISO(code)
	if err != nil {
		return 2
	}
	scale, _ := currency.Standard.Rounding(u)
	return scale
}

func (s *mSum) figure(key, to string) *mFigure {
	f := &mFigure{Key: key, Currency: strPtr(to), Converted: true, Count: s.count, MissingRates: []mMissing{}}
	if len(s.missing) == 0 {
		f.Value = fptr(math.Round(s.total))
		return f
	}
	for from, d := range s.missing {
		f.MissingRates = append(f.MissingRates, mMissing{From: from, To: to, Date: d})
	}
	sort.Slice(f.MissingRates, func(i, j int) bool { return f.MissingRates[i].From < f.MissingRates[j].From })
	f.Note = strPtr("a rate is missing: record it and ask again")
	return f
}
