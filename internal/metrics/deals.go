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
	cycle         map[string][]float64
}

func (c *computation) closed(by GroupBy) (*closedStats, error) {
	if st := c.closedBy[by]; st != nil {
		return st, nil // revenue, velocity and ROPI share the aggregate
	}
	st, err := c.readClosed(by)
	if err != nil {
		return nil, err
	}
	if c.closedBy == nil {
		c.closedBy = map[GroupBy]*closedStats{}
	}
	c.closedBy[by] = st
	return st, nil
}

func (c *computation) readClosed(by GroupBy) (*closedStats, error) {
	rows, err := closedRows(c.ctx, c.client, c.req.From, c.req.To, by, c.conv != nil)
	if err != nil {
		return nil, err
	}
	st := &closedStats{won: map[string]int{}, lost: map[string]int{},
		count: map[string]map[gc]int64{"SOURCED": {}, "INFLUENCED": {}}, amount: map[string]map[gc]int64{"SOURCED": {}, "INFLUENCED": {}},
		converted: map[string]map[string]*sum{"SOURCED": {}, "INFLUENCED": {}}, cycle: map[string][]float64{}}
	for _, r := range rows {
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
			s.add(c.conv, r.Currency, parseDay(r.Day), amount, r.Count)
		}
	}
	cycles, err := cycleRows(c.ctx, c.client, c.req.From, c.req.To, by)
	if err != nil {
		return nil, err
	}
	for _, r := range cycles {
		g := c.group(by, r.Group)
		st.cycle[g] = append(st.cycle[g], r.Days)
	}
	for g := range st.cycle {
		sort.Float64s(st.cycle[g]) // partner groups mix the SQL order
	}
	return st, nil
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
	st, err := c.closed(by)
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
	cycleCount := map[string]int{}
	for g, d := range st.cycle {
		cycleCount[g] = len(d)
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
	st, err := c.closed(by)
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
