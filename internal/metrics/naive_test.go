package metrics_test

import (
	"math"
	"sort"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	entdeal "github.com/partnerhub/partnerhub/ent/deal"
	"github.com/partnerhub/partnerhub/internal/deal/status"
	"github.com/partnerhub/partnerhub/internal/metrics"
)

// naive recomputes every metric from the raw rows with plain loops, deliberately sharing no code
// with the package: if the SQL and the definitions drift apart, one of them is wrong.
type naive struct {
	from, to time.Time
	by       metrics.GroupBy
	currency string
	partners map[string]*ent.Partner
	deals    []*ent.Deal
	rates    []*ent.ExchangeRate
	costs    []*ent.ProgramCost
	mdfPaid  []*ent.MdfLedgerEntry
	answers  []*ent.SurveyResponse
	margin   int            // bps, -1 when unset
	products map[string]int // a product's own margin in bps, by its name in lower case
}

type fkey struct {
	key       metrics.Key
	group     string
	currency  string
	converted bool
}

type nfig struct {
	value   *float64
	count   int
	missing []string // "FROM→TO@YYYY-MM-DD"
}

func fp(v float64) *float64 { return &v }

func (n *naive) groupOf(p string, t time.Time, by metrics.GroupBy) string {
	switch by {
	case metrics.ByMonth:
		return t.UTC().Format("2006-01")
	case metrics.ByPartner:
		return p
	case metrics.ByTier:
		return n.partners[p].TierID
	case metrics.ByPartnerType:
		return string(n.partners[p].Type)
	case metrics.ByRegion:
		return string(n.partners[p].Region)
	}
	return ""
}

func (n *naive) in(t *time.Time) bool { return t != nil && !t.Before(n.from) && t.Before(n.to) }

func digits(c string) int {
	if c == "JPY" {
		return 0
	}
	return 2
}

// rate finds the latest rate on or before the UTC day of t by scanning every rate.
func (n *naive) rate(from string, t time.Time) (float64, bool) {
	if from == n.currency {
		return 1, true
	}
	day := time.Date(t.UTC().Year(), t.UTC().Month(), t.UTC().Day(), 0, 0, 0, 0, time.UTC)
	var best *ent.ExchangeRate
	for _, r := range n.rates {
		if r.FromCurrency == from && r.ToCurrency == n.currency && !r.Date.After(day) && (best == nil || r.Date.After(best.Date)) {
			best = r
		}
	}
	if best == nil {
		return 0, false
	}
	return best.Rate * math.Pow10(digits(n.currency)-digits(from)), true
}

type conv struct {
	total   float64
	count   int
	missing map[string]time.Time
}

func (n *naive) addConv(m map[string]*conv, g, cur string, t time.Time, amount float64) {
	c := m[g]
	if c == nil {
		c = &conv{missing: map[string]time.Time{}}
		m[g] = c
	}
	c.count++
	r, ok := n.rate(cur, t)
	if !ok {
		day := time.Date(t.UTC().Year(), t.UTC().Month(), t.UTC().Day(), 0, 0, 0, 0, time.UTC)
		if d, seen := c.missing[cur]; !seen || day.Before(d) {
			c.missing[cur] = day
		}
		return
	}
	c.total += amount * r
}

func (c *conv) fig() nfig {
	if c == nil {
		return nfig{value: fp(0)}
	}
	f := nfig{count: c.count}
	if len(c.missing) == 0 {
		f.value = fp(math.Round(c.total))
	}
	for cur, d := range c.missing {
		f.missing = append(f.missing, cur+"@"+d.Format("2006-01-02"))
	}
	sort.Strings(f.missing)
	return f
}

func med(v []float64) *float64 {
	if len(v) == 0 {
		return nil
	}
	sort.Float64s(v)
	if len(v)%2 == 1 {
		return fp(v[len(v)/2])
	}
	return fp((v[len(v)/2-1] + v[len(v)/2]) / 2)
}

func div(a, b float64) *float64 {
	if b == 0 {
		return nil
	}
	return fp(a / b)
}

func days(a, b time.Time) float64 { return b.Sub(a).Hours() / 24 }

func supports(k metrics.Key, by metrics.GroupBy) metrics.GroupBy {
	d, _ := metrics.DefinitionOf(k)
	if d.Supports(by) {
		return by
	}
	return metrics.None
}

// figures computes every figure the package should return.
func (n *naive) figures() map[fkey]nfig {
	out := map[fkey]nfig{}
	put := func(k fkey, f nfig) { out[k] = f }
	// Revenue, win rate, median days, per grouping.
	type wl struct{ won, lost int }
	closedBy := func(by metrics.GroupBy) (map[string]*wl, map[string][]float64, map[[3]string][2]float64, map[string]map[string]*conv) {
		w := map[string]*wl{}
		cyc := map[string][]float64{}
		rev := map[[3]string][2]float64{} // source, group, currency → count, amount
		cv := map[string]map[string]*conv{"SOURCED": {}, "INFLUENCED": {}}
		if by == metrics.None {
			w[""] = &wl{}
		}
		for _, d := range n.deals {
			if !n.in(d.ClosedAt) || (d.Status != status.Won && d.Status != status.Lost) {
				continue
			}
			g := n.groupOf(d.PartnerID, *d.ClosedAt, by)
			if w[g] == nil {
				w[g] = &wl{}
			}
			cyc[g] = append(cyc[g], days(d.CreatedAt, *d.ClosedAt))
			if d.Status == status.Lost {
				w[g].lost++
				continue
			}
			w[g].won++
			k := [3]string{string(d.Source), g, d.Currency}
			var amt float64
			if d.ClosedAmount != nil {
				amt = float64(*d.ClosedAmount)
			}
			rev[k] = [2]float64{rev[k][0] + 1, rev[k][1] + amt}
			if n.currency != "" {
				n.addConv(cv[string(d.Source)], g, d.Currency, *d.ClosedAt, amt)
			}
		}
		return w, cyc, rev, cv
	}
	w, cyc, rev, cv := closedBy(n.by)
	for k, v := range rev {
		key := metrics.SourcedRevenue
		if k[0] == "INFLUENCED" {
			key = metrics.InfluencedRevenue
		}
		put(fkey{key, k[1], k[2], false}, nfig{value: fp(v[1]), count: int(v[0])})
	}
	if n.currency != "" {
		for src, key := range map[string]metrics.Key{"SOURCED": metrics.SourcedRevenue, "INFLUENCED": metrics.InfluencedRevenue} {
			if n.by == metrics.None && cv[src][""] == nil {
				put(fkey{key, "", n.currency, true}, nfig{value: fp(0)})
			}
			for g, c := range cv[src] {
				put(fkey{key, g, n.currency, true}, c.fig())
			}
		}
	}
	for g, x := range w {
		put(fkey{metrics.WinRate, g, "", false}, nfig{value: div(float64(x.won), float64(x.won+x.lost)), count: x.won + x.lost})
		put(fkey{metrics.MedianDaysToClose, g, "", false}, nfig{value: med(append([]float64{}, cyc[g]...)), count: len(cyc[g])})
	}
	// Approval rate.
	type ad struct{ approved, decided int }
	dec := map[string]*ad{}
	if n.by == metrics.None {
		dec[""] = &ad{}
	}
	for _, d := range n.deals {
		if !n.in(d.DecidedAt) {
			continue
		}
		g := n.groupOf(d.PartnerID, *d.DecidedAt, n.by)
		if dec[g] == nil {
			dec[g] = &ad{}
		}
		dec[g].decided++
		if d.Status != status.Rejected {
			dec[g].approved++
		}
	}
	for g, x := range dec {
		put(fkey{metrics.ApprovalRate, g, "", false}, nfig{value: div(float64(x.approved), float64(x.decided)), count: x.decided})
	}
	// Velocity.
	vby := supports(metrics.PipelineVelocity, n.by)
	vw, vcyc, vrev, _ := closedBy(vby)
	open := map[[2]string]int{}
	for _, d := range n.deals {
		if d.Status == status.Approved {
			open[[2]string{n.groupOf(d.PartnerID, d.CreatedAt, vby), d.Currency}]++
		}
	}
	if vby == metrics.None && len(open) == 0 {
		put(fkey{metrics.PipelineVelocity, "", "", false}, nfig{})
	}
	for k, cnt := range open {
		f := nfig{count: cnt}
		x := vw[k[0]]
		m := med(append([]float64{}, vcyc[k[0]]...))
		wonN := vrev[[3]string{"SOURCED", k[0], k[1]}][0] + vrev[[3]string{"INFLUENCED", k[0], k[1]}][0]
		wonA := vrev[[3]string{"SOURCED", k[0], k[1]}][1] + vrev[[3]string{"INFLUENCED", k[0], k[1]}][1]
		switch {
		case x == nil || x.won+x.lost == 0 || m == nil:
		case wonN == 0:
			f.value = fp(0)
		case *m == 0:
		default:
			f.value = fp(float64(cnt) * float64(x.won) / float64(x.won+x.lost) * (wonA / wonN) / *m)
		}
		put(fkey{metrics.PipelineVelocity, k[0], k[1], false}, f)
	}
	// Cohorts.
	joined, act := map[string]int{}, map[string]int{}
	reg, won := map[string][]float64{}, map[string][]float64{}
	if n.by == metrics.None {
		joined[""] = 0
	}
	for id, p := range n.partners {
		if !n.in(p.ContractSignedAt) {
			continue
		}
		g := n.groupOf(id, *p.ContractSignedAt, n.by)
		joined[g]++
		var firstReg, firstAppr, firstWon *float64
		for _, d := range n.deals {
			if d.PartnerID != id {
				continue
			}
			r := days(*p.ContractSignedAt, d.CreatedAt)
			if firstReg == nil || r < *firstReg {
				firstReg = fp(r)
			}
			if d.DecidedAt != nil && d.Status != status.Rejected {
				a := days(*p.ContractSignedAt, *d.DecidedAt)
				if firstAppr == nil || a < *firstAppr {
					firstAppr = fp(a)
				}
			}
			if d.Status == status.Won {
				x := days(*p.ContractSignedAt, *d.ClosedAt)
				if firstWon == nil || x < *firstWon {
					firstWon = fp(x)
				}
			}
		}
		if firstAppr != nil && *firstAppr <= 90 {
			act[g]++
		}
		if firstReg != nil {
			reg[g] = append(reg[g], math.Max(0, *firstReg))
		}
		if firstWon != nil {
			won[g] = append(won[g], math.Max(0, *firstWon))
		}
	}
	for g, j := range joined {
		put(fkey{metrics.ActivationRate, g, "", false}, nfig{value: div(float64(act[g]), float64(j)), count: j})
		put(fkey{metrics.TimeToFirstRegistration, g, "", false}, nfig{value: med(reg[g]), count: len(reg[g])})
		put(fkey{metrics.TimeToFirstWonDeal, g, "", false}, nfig{value: med(won[g]), count: len(won[g])})
	}
	// Retention.
	rby := supports(metrics.Retention, n.by)
	active := func(id string, t time.Time) bool {
		for _, d := range n.deals {
			if d.PartnerID == id && !d.CreatedAt.Before(t.Add(-180*24*time.Hour)) && d.CreatedAt.Before(t) {
				return true
			}
		}
		return false
	}
	start, kept := map[string]int{}, map[string]int{}
	if rby == metrics.None {
		start[""] = 0
	}
	for id := range n.partners {
		if !active(id, n.from) {
			continue
		}
		g := n.groupOf(id, n.from, rby)
		start[g]++
		if active(id, n.to) {
			kept[g]++
		}
	}
	for g, s := range start {
		put(fkey{metrics.Retention, g, "", false}, nfig{value: div(float64(kept[g]), float64(s)), count: s})
		put(fkey{metrics.Churn, g, "", false}, nfig{value: div(float64(s-kept[g]), float64(s)), count: s})
	}
	// NPS and PSAT, tier and type as recorded with the answer.
	type np struct{ pro, det, n, sum int }
	npsBy := map[string]*np{}
	if n.by == metrics.None {
		npsBy[""] = &np{}
	}
	for _, r := range n.answers {
		if !n.in(&r.CreatedAt) {
			continue
		}
		var g string
		switch n.by {
		case metrics.ByTier:
			g = r.TierID
		case metrics.ByPartnerType:
			g = r.PartnerType
		default:
			g = n.groupOf(r.PartnerID, r.CreatedAt, n.by)
		}
		if npsBy[g] == nil {
			npsBy[g] = &np{}
		}
		x := npsBy[g]
		x.n++
		x.sum += r.Score
		switch {
		case r.Score >= 9:
			x.pro++
		case r.Score <= 6:
			x.det++
		}
	}
	for g, x := range npsBy {
		var v *float64
		if x.n > 0 {
			v = fp(100 * (float64(x.pro)/float64(x.n) - float64(x.det)/float64(x.n)))
		}
		put(fkey{metrics.NPS, g, "", false}, nfig{value: v, count: x.n})
		put(fkey{metrics.PSAT, g, "", false}, nfig{value: div(float64(x.sum), float64(x.n)), count: x.n})
	}
	// Program cost, margin, ROPI.
	oby := supports(metrics.ROPI, n.by)
	native := map[[2]string]float64{}
	costConv := map[string]*conv{}
	if oby == metrics.None {
		costConv[""] = &conv{missing: map[string]time.Time{}}
	}
	for _, c := range n.costs {
		if !n.in(&c.PeriodStart) {
			continue
		}
		g := n.groupOf("", c.PeriodStart, oby)
		native[[2]string{g, c.Currency}] += float64(c.Amount)
		if n.currency != "" {
			n.addConv(costConv, g, c.Currency, c.PeriodStart, float64(c.Amount))
		}
	}
	for _, e := range n.mdfPaid {
		if !n.in(&e.CreatedAt) {
			continue
		}
		g := n.groupOf("", e.CreatedAt, oby)
		native[[2]string{g, e.Currency}] += float64(e.Amount)
		if n.currency != "" {
			n.addConv(costConv, g, e.Currency, e.CreatedAt, float64(e.Amount))
		}
	}
	for k, v := range native {
		put(fkey{metrics.ProgramCost, k[0], k[1], false}, nfig{value: fp(v)})
	}
	if n.currency == "" {
		put(fkey{metrics.ROPI, "", "", false}, nfig{})
		return out
	}
	_, _, _, ocv := closedBy(oby)
	for g := range ocv["SOURCED"] {
		if costConv[g] == nil {
			costConv[g] = &conv{missing: map[string]time.Time{}}
		}
	}
	for g, cc := range costConv {
		cf := cc.fig()
		cf.count = 0
		put(fkey{metrics.ProgramCost, g, n.currency, true}, cf)
		rf := ocv["SOURCED"][g].fig()
		switch {
		case n.margin < 0:
			rf.value = nil
		case len(n.products) > 0:
			rf = n.productMargins(oby)[g].fig()
		case rf.value != nil:
			rf.value = fp(math.Round(*rf.value * float64(n.margin) / 10000))
		}
		put(fkey{metrics.GrossMargin, g, n.currency, true}, rf)
		rop := nfig{missing: append(append([]string{}, rf.missing...), cf.missing...)}
		sort.Strings(rop.missing)
		if rf.value != nil && cf.value != nil {
			rop.value = div(*rf.value, *cf.value)
		}
		put(fkey{metrics.ROPI, g, "", false}, rop)
	}
	return out
}

// productMargins is the gross margin of each sourced won deal at the mean of its products' rates
// (a product without one at the program's), converted, per group.
func (n *naive) productMargins(by metrics.GroupBy) map[string]*conv {
	out := map[string]*conv{}
	for _, d := range n.deals {
		if !n.in(d.ClosedAt) || d.Status != status.Won || d.Source != entdeal.SourceSOURCED {
			continue
		}
		bps := float64(n.margin)
		if len(d.Products) > 0 {
			bps = 0
			for _, p := range d.Products {
				r, ok := n.products[strings.ToLower(strings.TrimSpace(p))]
				if !ok {
					r = n.margin
				}
				bps += float64(r) / float64(len(d.Products))
			}
		}
		n.addConv(out, n.groupOf(d.PartnerID, *d.ClosedAt, by), d.Currency, *d.ClosedAt, float64(*d.ClosedAmount)*bps/10000)
	}
	return out
}
