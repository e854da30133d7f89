package graph

import (
	"time"

	"github.com/partnerhub/partnerhub/graph/model"
	"github.com/partnerhub/partnerhub/internal/mdf"
)

func mdfReturn(r *mdf.Return) *model.MdfReturn {
	money := func(ms []mdf.Money) []*model.MdfMoney {
		out := make([]*model.MdfMoney, len(ms))
		for i, m := range ms {
			out[i] = &model.MdfMoney{Currency: m.Currency, Amount: int(m.Amount), Deals: m.Deals}
		}
		return out
	}
	out := &model.MdfReturn{Currency: r.Currency, Spend: int(r.Spend), Leads: r.Leads,
		Pipeline: money(r.Pipeline), Won: money(r.Won), ReturnOnSpend: r.ReturnOnSpend}
	if r.CostPerLead != nil {
		cpl := int(*r.CostPerLead)
		out.CostPerLead = &cpl
	}
	return out
}

func mdfPeriodReturns(ps []mdf.PeriodReturn) []*model.MdfPeriodReturn {
	out := make([]*model.MdfPeriodReturn, len(ps))
	for i := range ps {
		out[i] = &model.MdfPeriodReturn{Quarter: ps[i].Quarter.Format(time.DateOnly), Requests: ps[i].Requests,
			Roi: mdfReturn(&ps[i].Return)}
	}
	return out
}

func mdfUtilization(us []mdf.Utilization) []*model.MdfUtilization {
	out := make([]*model.MdfUtilization, len(us))
	for i, u := range us {
		out[i] = &model.MdfUtilization{Key: u.Key, Label: u.Label, Currency: u.Currency,
			Allocated: int(u.Allocated), Paid: int(u.Paid), Utilization: u.Share}
	}
	return out
}
