package metrics

import (
	"sort"

	"github.com/partnerhub/partnerhub/internal/deal/status"
)

type gc struct{ group, currency string }

// closedStats is what the deals closed in the period add up to, per group.
type closedStats struct {
	won, lost map[string]int
	// revenue per source of the WON deals, per group and currency: count and amount.
	count, amount map[string]map[gc]int64
	converted     map[string]map[string]*sum // source → group → sum in the reporting currency
	// cycle is the days to close per group, ascending; nil until a metric needs them.
	cycle map[string][]float64
}

// closed is the aggregate of the deals closed in the period at a grouping, with the cycle lengths
// when withCycle (median days to close, pipeline velocity). The grouping asked for is read once per
// request; the whole program's, when a metric needs it too (ROPI by tier, velocity by month), is
// the sum of its rows and cycle lengths, since every deal is in exactly one partner and one month.
func (c *computation) closed(by GroupBy, withCycle bool) (*closedStats, error) {
	st := c.closedBy[by]
	if st == nil {
		rows, err := closedRows(c.ctx, c.client, c.req.From, c.req.To, by, c.conv != nil)
		if err != nil {
			return nil, err
		}
		if c.closedBy == nil {
			c.closedBy = map[GroupBy]*closedStats{}
		}
		st = c.tally(by, rows)
		c.closedBy[by] = st
		if by == c.req.By && c.programWide() {
			c.closedBy[None] = c.tally(None, programRows(rows))
		}
	}
	if withCycle && st.cycle == nil {
		if err := c.cycles(by, st); err != nil {
			return nil, err
		}
	}
	return st, nil
}

// programWide reports whether a metric given for the whole program needs the closed deals while
// the request groups them: ROPI (with a reporting currency) or pipeline velocity.
func (c *computation) programWide() bool {
	return c.req.By != None &&
		(effective(PipelineVelocity, c.req.By) == None || c.conv != nil && effective(ROPI, c.req.By) == None)
}

// programRows sums rows read per group into the rows of the whole program, in the order their
// keys first appear.
func programRows(rows []closedRow) []closedRow {
	type key struct{ status, source, currency, day string }
	at := make(map[key]int, len(rows)/4)
	out := make([]closedRow, 0, len(rows)/4)
	for _, r := range rows {
		k := key{r.Status, r.Source, r.Currency, r.Day}
		i, ok := at[k]
		if !ok {
			i = len(out)
			at[k] = i
			out = append(out, closedRow{Status: r.Status, Source: r.Source, Currency: r.Currency, Day: r.Day, Sum: new(int64)})
		}
		out[i].Count += r.Count
		if r.Sum != nil {
			*out[i].Sum += *r.Sum
		}
	}
	return out
}

func (c *computation) tally(by GroupBy, rows []closedRow) *closedStats {
	st := &closedStats{won: map[string]int{}, lost: map[string]int{},
		count: map[string]map[gc]int64{"SOURCED": {}, "INFLUENCED": {}}, amount: map[string]map[gc]int64{"SOURCED": {}, "INFLUENCED": {}},
		converted: map[string]map[string]*sum{"SOURCED": {}, "INFLUENCED": {}}}
	for i := range rows {
		r := &rows[i]
		g := c.group(by, r.Group)
		if status.Status(r.Status) == status.Lost {
			st.lost[g] += r.Count
			continue
		}
		st.won[g] += r.Count
		k := gc{g, r.Currency}
		st.count[r.Source][k] += int64(r.Count)
		if r.Sum != nil {
			st.amount[r.Source][k] += *r.Sum
		}
		if c.conv != nil {
			s := st.converted[r.Source][g]
			if s == nil {
				s = &sum{}
				st.converted[r.Source][g] = s
			}
			var amount float64
			if r.Sum != nil {
				amount = float64(*r.Sum)
			}
			s.add(c.conv.at(r.Currency, r.Day), r.Currency, amount, r.Count)
		}
	}
	return st
}

// cycles fills st.cycle: the whole program's from the grouping already read when it has them,
// else read.
func (c *computation) cycles(by GroupBy, st *closedStats) error {
	if base := c.closedBy[c.req.By]; by == None && base != st && base != nil && base.cycle != nil {
		var all []float64
		for _, d := range base.cycle {
			all = append(all, d...)
		}
		sort.Float64s(all)
		st.cycle = map[string][]float64{"": all}
		return nil
	}
	rows, err := cycleRows(c.ctx, c.client, c.req.From, c.req.To, by)
	if err != nil {
		return err
	}
	st.cycle = map[string][]float64{}
	if by == None {
		all := make([]float64, len(rows))
		for i, r := range rows {
			all[i] = r.Days
		}
		sort.Float64s(all) // already in the SQL order, kept as before
		st.cycle[""] = all
		return nil
	}
	for _, r := range rows {
		g := c.group(by, r.Group)
		st.cycle[g] = append(st.cycle[g], r.Days)
	}
	for g := range st.cycle {
		sort.Float64s(st.cycle[g]) // partner groups mix the SQL order
	}
	return nil
}

// groups lists the groups a set of figures covers; the whole program always has a figure.
func groupsOf(by GroupBy, maps ...map[string]int) []string {
	seen := map[string]bool{}
	if by == None {
		seen[""] = true
	}
	for _, m := range maps {
		for g := range m {
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

// deals emits revenue, win rate and median days to close.
func (c *computation) deals() error {
	by := c.req.By
	st, err := c.closed(by, true)
	if err != nil {
		return err
	}
	for _, src := range []struct {
		key    Key
		source string
	}{{SourcedRevenue, "SOURCED"}, {InfluencedRevenue, "INFLUENCED"}} {
		for k, n := range st.count[src.source] {
			c.emit(&Figure{Key: src.key, Group: k.group, Currency: k.currency, Count: int(n), Value: ptr(float64(st.amount[src.source][k]))})
		}
		if c.conv != nil {
			conv := st.converted[src.source]
			if by == None && conv[""] == nil {
				conv[""] = &sum{}
			}
			for g, s := range conv {
				f := s.figure(src.key, c.req.Currency)
				f.Group = g
				c.emit(f)
			}
		}
	}
	for _, g := range groupsOf(by, st.won, st.lost) {
		won, lost := float64(st.won[g]), float64(st.lost[g])
		c.emit(&Figure{Key: WinRate, Group: g, Count: st.won[g] + st.lost[g], Value: ratio(won, won+lost), Numerator: ptr(won), Denominator: ptr(won + lost)})
		c.emit(&Figure{Key: MedianDaysToClose, Group: g, Count: len(st.cycle[g]), Value: median(st.cycle[g])})
	}
	return nil
}

// decisions emits the registration approval rate.
func (c *computation) decisions() error {
	by := c.req.By
	rows, err := decisionRows(c.ctx, c.client, c.req.From, c.req.To, by)
	if err != nil {
		return err
	}
	approved, decided := map[string]int{}, map[string]int{}
	for _, r := range rows {
		g := c.group(by, r.Group)
		decided[g] += r.Count
		if status.Status(r.Key) != status.Rejected {
			approved[g] += r.Count
		}
	}
	for _, g := range groupsOf(by, decided) {
		a, d := float64(approved[g]), float64(decided[g])
		c.emit(&Figure{Key: ApprovalRate, Group: g, Count: decided[g], Value: ratio(a, d), Numerator: ptr(a), Denominator: ptr(d)})
	}
	return nil
}

// velocity emits pipeline velocity per group and currency of the open deals.
func (c *computation) velocity() error {
	by := effective(PipelineVelocity, c.req.By)
	st, err := c.closed(by, true)
	if err != nil {
		return err
	}
	rows, err := openRows(c.ctx, c.client, by)
	if err != nil {
		return err
	}
	open := map[gc]int{}
	for _, r := range rows {
		open[gc{c.group(by, r.Group), r.Key}] += r.Count
	}
	if by == None && len(open) == 0 {
		c.emit(&Figure{Key: PipelineVelocity, Note: "no open registrations"})
	}
	for k, n := range open {
		f := &Figure{Key: PipelineVelocity, Group: k.group, Currency: k.currency, Count: n}
		won, lost := float64(st.won[k.group]), float64(st.lost[k.group])
		wonCount := st.count["SOURCED"][k] + st.count["INFLUENCED"][k]
		wonAmount := st.amount["SOURCED"][k] + st.amount["INFLUENCED"][k]
		med := median(st.cycle[k.group])
		switch {
		case won+lost == 0 || med == nil:
			f.Note = "no deals closed in the period"
		case wonCount == 0:
			f.Note = "no deal won in this currency in the period"
			f.Value = ptr(0)
		case *med == 0:
			f.Note = "median cycle of zero days"
		default:
			num := float64(n) * (won / (won + lost)) * (float64(wonAmount) / float64(wonCount))
			f.Numerator, f.Denominator, f.Value = ptr(num), ptr(*med), ptr(num / *med)
		}
		c.emit(f)
	}
	return nil
}
