package metrics

import (
	"context"
	"math"
	"time"

	"github.com/partnerhub/partnerhub/ent"
)

// costInput is one named input of program cost. Program cost is their sum: the recorded program
// costs and the MDF paid out to partners.
type costInput struct {
	Name string
	Rows func(ctx context.Context, client *ent.Client, from, to time.Time, by GroupBy) ([]costRow, error)
}

var costInputs = []costInput{
	{Name: "program_costs", Rows: costRows},
	{Name: "mdf_paid", Rows: mdfPaidRows},
}

// CostInputs names the inputs of program cost, for the metric's definition.
func CostInputs() []string {
	out := make([]string, len(costInputs))
	for i, in := range costInputs {
		out[i] = in.Name
	}
	return out
}

// roi emits program cost (per currency, and converted), the gross margin of partner-sourced
// revenue and ROPI; the last two need a reporting currency.
func (c *computation) roi() error {
	by := effective(ROPI, c.req.By)
	native := map[gc]int64{}
	converted := map[string]*sum{}
	if by == None {
		converted[""] = &sum{}
	}
	for _, in := range costInputs {
		rows, err := in.Rows(c.ctx, c.client, c.req.From, c.req.To, by)
		if err != nil {
			return err
		}
		for _, r := range rows {
			native[gc{r.Group, r.Currency}] += r.Sum
			if c.conv != nil {
				if converted[r.Group] == nil {
					converted[r.Group] = &sum{}
				}
				converted[r.Group].add(c.conv.at(r.Currency, r.Day), r.Currency, float64(r.Sum), 1)
			}
		}
	}
	for k, v := range native {
		c.emit(&Figure{Key: ProgramCost, Group: k.group, Currency: k.currency, Value: ptr(float64(v))})
	}
	if c.conv == nil {
		c.emit(&Figure{Key: ROPI, Note: "ROPI needs a reporting currency"})
		return nil
	}
	m, err := loadMargins(c.ctx, c.client)
	if err != nil {
		return err
	}
	st, err := c.closed(by, false) // ROPI needs no cycle lengths
	if err != nil {
		return err
	}
	var byProduct map[string]*sum
	if m.program != nil && len(m.products) > 0 {
		if byProduct, err = c.productMargins(by, m); err != nil {
			return err
		}
	}
	for g := range st.converted["SOURCED"] {
		if converted[g] == nil {
			converted[g] = &sum{}
		}
	}
	for g, cost := range converted {
		cf := cost.figure(ProgramCost, c.req.Currency)
		cf.Group = g
		cf.Count = 0
		c.emit(cf)
		rev := st.converted["SOURCED"][g]
		if rev == nil {
			rev = &sum{}
		}
		rf := rev.figure(GrossMargin, c.req.Currency)
		if byProduct != nil {
			if margin := byProduct[g]; margin != nil {
				rf = margin.figure(GrossMargin, c.req.Currency)
			}
		}
		rf.Group = g
		ropi := &Figure{Key: ROPI, Group: g, MissingRates: append(append([]MissingRate{}, rf.MissingRates...), cf.MissingRates...)}
		switch {
		case m.program == nil:
			rf.Value, rf.Note = nil, "no program margin rate set"
			ropi.Note = rf.Note
		case rf.Value != nil && byProduct == nil:
			rf.Value = ptr(math.Round(*rf.Value * float64(*m.program) / 10000))
		}
		c.emit(rf)
		if rf.Value != nil && cf.Value != nil {
			ropi.Numerator, ropi.Denominator, ropi.Value = rf.Value, cf.Value, ratio(*rf.Value, *cf.Value)
			if ropi.Value == nil {
				ropi.Note = "no program cost in the period"
			}
		} else if ropi.Note == "" {
			ropi.Note = "a rate is missing: record it and ask again"
		}
		c.emit(ropi)
	}
	return nil
}
