package mdf

import (
	"context"
	"sort"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	entdeal "github.com/partnerhub/partnerhub/ent/deal"
	"github.com/partnerhub/partnerhub/ent/mdfclaim"
	"github.com/partnerhub/partnerhub/ent/mdfledgerentry"
	"github.com/partnerhub/partnerhub/ent/mdfrequest"
	"github.com/partnerhub/partnerhub/internal/deal/status"
)

// Money is an amount of one currency over some deals; currencies are never added together.
type Money struct {
	Currency string
	Amount   int64
	Deals    int
}

// Return is what funded activities returned (docs/mdf.md, ROI), as the viewer may read the
// deals: spend is what they cost the vendor so far (committed net of releases: paid, claimed or
// still committed), leads those their approved claims report, and revenue only from deals naming
// an activity as their source.
type Return struct {
	Currency      string
	Spend         int64
	Leads         int
	CostPerLead   *int64
	Pipeline      []Money
	Won           []Money
	ReturnOnSpend *float64
}

// finish derives cost per lead and return on spend; only won revenue in the activities' own
// currency enters the return, as nothing is converted.
func (r *Return) finish() {
	if r.Leads > 0 {
		cpl := r.Spend / int64(r.Leads)
		r.CostPerLead = &cpl
	}
	if r.Spend > 0 {
		var won int64
		for _, m := range r.Won {
			if m.Currency == r.Currency {
				won += m.Amount
			}
		}
		ros := float64(won) / float64(r.Spend)
		r.ReturnOnSpend = &ros
	}
}

// Returns measures the given requests, with one grouped query per source of figures.
func Returns(ctx context.Context, client *ent.Client, requests []*ent.MdfRequest) (map[string]*Return, error) {
	out := make(map[string]*Return, len(requests))
	ids := make([]string, len(requests))
	for i, r := range requests {
		out[r.ID] = &Return{Currency: r.Currency}
		ids[i] = r.ID
	}
	if len(ids) == 0 {
		return out, nil
	}
	var spent []struct {
		RequestID string              `json:"request_id"`
		Kind      mdfledgerentry.Kind `json:"kind"`
		Sum       int64               `json:"sum"`
	}
	err := client.MdfLedgerEntry.Query().
		Where(mdfledgerentry.RequestIDIn(ids...), mdfledgerentry.KindIn(mdfledgerentry.KindCOMMITTED, mdfledgerentry.KindRELEASED)).
		GroupBy(mdfledgerentry.FieldRequestID, mdfledgerentry.FieldKind).
		Aggregate(ent.As(ent.Sum(mdfledgerentry.FieldAmount), "sum")).Scan(ctx, &spent)
	if err != nil {
		return nil, err
	}
	for _, s := range spent {
		if s.Kind == mdfledgerentry.KindRELEASED {
			s.Sum = -s.Sum
		}
		out[s.RequestID].Spend += s.Sum
	}
	var leads []struct {
		RequestID string `json:"request_id"`
		Max       int    `json:"max"`
	}
	err = client.MdfClaim.Query().
		Where(mdfclaim.RequestIDIn(ids...), mdfclaim.StatusIn(mdfclaim.StatusAPPROVED, mdfclaim.StatusPAID)).
		GroupBy(mdfclaim.FieldRequestID).Aggregate(ent.As(ent.Max(mdfclaim.FieldActualLeads), "max")).Scan(ctx, &leads)
	if err != nil {
		return nil, err
	}
	for _, l := range leads {
		out[l.RequestID].Leads = l.Max
	}
	var deals []struct {
		RequestID string        `json:"mdf_request_id"`
		Status    status.Status `json:"status"`
		Currency  string        `json:"currency"`
		Count     int           `json:"count"`
		Amount    int64         `json:"amount"`
		Closed    *int64        `json:"closed"`
	}
	err = client.Deal.Query().
		Where(entdeal.MdfRequestIDIn(ids...), entdeal.StatusIn(status.Submitted, status.Approved, status.Won)).
		GroupBy(entdeal.FieldMdfRequestID, entdeal.FieldStatus, entdeal.FieldCurrency).
		Aggregate(ent.Count(), ent.As(ent.Sum(entdeal.FieldAmount), "amount"), ent.As(ent.Sum(entdeal.FieldClosedAmount), "closed")).
		Scan(ctx, &deals)
	if err != nil {
		return nil, err
	}
	for _, d := range deals {
		r := out[d.RequestID]
		if d.Status == status.Won && d.Closed != nil {
			r.Won = addMoney(r.Won, d.Currency, *d.Closed, d.Count)
		} else if d.Status != status.Won {
			r.Pipeline = addMoney(r.Pipeline, d.Currency, d.Amount, d.Count)
		}
	}
	for _, r := range out {
		r.finish()
	}
	return out, nil
}

func addMoney(ms []Money, currency string, amount int64, deals int) []Money {
	for i := range ms {
		if ms[i].Currency == currency {
			ms[i].Amount += amount
			ms[i].Deals += deals
			return ms
		}
	}
	ms = append(ms, Money{Currency: currency, Amount: amount, Deals: deals})
	sort.Slice(ms, func(i, j int) bool { return ms[i].Currency < ms[j].Currency })
	return ms
}

// PeriodReturn is what the funded activities that started in one quarter, in one currency,
// returned together.
type PeriodReturn struct {
	Quarter  time.Time
	Requests int
	Return
}

// PeriodReturns sums the returns of the funded (APPROVED or COMPLETED) activities starting in
// [from, to) per quarter of their start and currency, oldest first.
func PeriodReturns(ctx context.Context, client *ent.Client, from, to time.Time) ([]PeriodReturn, error) {
	requests, err := client.MdfRequest.Query().
		Where(mdfrequest.StatusIn(mdfrequest.StatusAPPROVED, mdfrequest.StatusCOMPLETED),
			mdfrequest.StartDateGTE(from), mdfrequest.StartDateLT(to)).All(ctx)
	if err != nil {
		return nil, err
	}
	each, err := Returns(ctx, client, requests)
	if err != nil {
		return nil, err
	}
	type key struct {
		quarter  time.Time
		currency string
	}
	sums := map[key]*PeriodReturn{}
	for _, req := range requests {
		q, _ := Quarter(req.StartDate)
		k := key{q, req.Currency}
		p := sums[k]
		if p == nil {
			p = &PeriodReturn{Quarter: q, Return: Return{Currency: req.Currency}}
			sums[k] = p
		}
		r := each[req.ID]
		p.Requests++
		p.Spend += r.Spend
		p.Leads += r.Leads
		for _, m := range r.Pipeline {
			p.Pipeline = addMoney(p.Pipeline, m.Currency, m.Amount, m.Deals)
		}
		for _, m := range r.Won {
			p.Won = addMoney(p.Won, m.Currency, m.Amount, m.Deals)
		}
	}
	out := make([]PeriodReturn, 0, len(sums))
	for _, p := range sums {
		p.finish()
		out = append(out, *p)
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Quarter.Equal(out[j].Quarter) {
			return out[i].Quarter.Before(out[j].Quarter)
		}
		return out[i].Currency < out[j].Currency
	})
	return out, nil
}
