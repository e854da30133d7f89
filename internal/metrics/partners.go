package metrics

import (
	"math"
	"sort"
)

// activationDays is how soon after signing a partner must have a registration approved to count as
// activated.
const activationDays = 90

// cohorts emits activation rate, time to first registration and time to first won deal of the
// partners that signed in the period.
func (c *computation) cohorts() error {
	by := c.req.By
	counts, err := cohortRows(c.ctx, c.client, c.req.From, c.req.To, by)
	if err != nil {
		return err
	}
	joined := map[string]int{}
	for _, r := range counts {
		joined[c.group(by, r.Group)] += r.Count
	}
	rows, err := firstsRows(c.ctx, c.client, c.req.From, c.req.To, by)
	if err != nil {
		return err
	}
	activated := map[string]int{}
	reg, won := map[string][]float64{}, map[string][]float64{}
	for _, r := range rows {
		g := c.group(by, r.Group)
		if r.FirstApproved != nil && *r.FirstApproved <= activationDays {
			activated[g]++
		}
		if r.FirstRegDays != nil {
			reg[g] = append(reg[g], math.Max(0, *r.FirstRegDays))
		}
		if r.FirstWonDays != nil {
			won[g] = append(won[g], math.Max(0, *r.FirstWonDays))
		}
	}
	for _, g := range groupsOf(by, joined) {
		a, n := float64(activated[g]), float64(joined[g])
		c.emit(&Figure{Key: ActivationRate, Group: g, Count: joined[g], Value: ratio(a, n), Numerator: ptr(a), Denominator: ptr(n)})
		sort.Float64s(reg[g])
		sort.Float64s(won[g])
		c.emit(&Figure{Key: TimeToFirstRegistration, Group: g, Count: len(reg[g]), Value: median(reg[g]), Denominator: ptr(n)})
		c.emit(&Figure{Key: TimeToFirstWonDeal, Group: g, Count: len(won[g]), Value: median(won[g]), Denominator: ptr(n)})
	}
	return nil
}

// retention emits partner retention and churn.
func (c *computation) retention() error {
	by := effective(Retention, c.req.By)
	rows, err := activeRows(c.ctx, c.client, c.req.From, c.req.To)
	if err != nil {
		return err
	}
	start, kept := map[string]int{}, map[string]int{}
	for _, r := range rows {
		if r.AtStart == 0 {
			continue
		}
		g := ""
		if by != None {
			g = c.group(by, r.PartnerID)
		}
		start[g]++
		if r.AtEnd > 0 {
			kept[g]++
		}
	}
	for _, g := range groupsOf(by, start) {
		k, n := float64(kept[g]), float64(start[g])
		c.emit(&Figure{Key: Retention, Group: g, Count: start[g], Value: ratio(k, n), Numerator: ptr(k), Denominator: ptr(n)})
		c.emit(&Figure{Key: Churn, Group: g, Count: start[g], Value: ratio(n-k, n), Numerator: ptr(n - k), Denominator: ptr(n)})
	}
	return nil
}
