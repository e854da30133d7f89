package graph

import (
	"context"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/graph/model"
	"github.com/partnerhub/partnerhub/internal/partnerperf"
)

type performanceBatchesKey struct{}

// performanceBatches holds, for one operation, the performance of each list of partners it
// measured: Partner.performance on a page of 100 partners costs the grouped queries of
// partnerperf.Load once, not once per partner.
type performanceBatches struct {
	mu      sync.Mutex
	batches map[any]*performanceBatch
}

type performanceBatch struct {
	once sync.Once
	res  map[string]*partnerperf.Performance
	err  error
}

// PerformanceBatches is an operation interceptor that gives each operation its own batches.
func PerformanceBatches(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	return next(context.WithValue(ctx, performanceBatchesKey{}, &performanceBatches{batches: map[any]*performanceBatch{}}))
}

// siblingPartners finds the list the partner was resolved in (a connection's edges, or a list of
// partners such as nodes or managedPartners) by walking up the field contexts, whose results
// gqlgen keeps: the key of that list, and its partners. A partner not in a list is its own batch.
func siblingPartners(ctx context.Context, obj *ent.Partner) (any, []*ent.Partner) {
	for fc := graphql.GetFieldContext(ctx); fc != nil; fc = fc.Parent {
		switch list := fc.Result.(type) {
		case []*ent.PartnerEdge:
			out := make([]*ent.Partner, 0, len(list))
			for _, e := range list {
				if e != nil && e.Node != nil {
					out = append(out, e.Node)
				}
			}
			return fc, out
		case []*ent.Partner:
			out := make([]*ent.Partner, 0, len(list))
			for _, p := range list {
				if p != nil {
					out = append(out, p)
				}
			}
			return fc, out
		}
	}
	return obj.ID, []*ent.Partner{obj}
}

// performance measures the partner together with the rest of its list, once per list and operation.
func (r *partnerResolver) performance(ctx context.Context, obj *ent.Partner) (*partnerperf.Performance, error) {
	client := ent.FromContext(ctx)
	if client == nil {
		client = r.client
	}
	key, partners := siblingPartners(ctx, obj)
	load := func() (map[string]*partnerperf.Performance, error) {
		return partnerperf.Load(ctx, client, partners, time.Now())
	}
	bs, _ := ctx.Value(performanceBatchesKey{}).(*performanceBatches)
	var res map[string]*partnerperf.Performance
	var err error
	if bs == nil {
		res, err = load()
	} else {
		bs.mu.Lock()
		b := bs.batches[key]
		if b == nil {
			b = &performanceBatch{}
			bs.batches[key] = b
		}
		bs.mu.Unlock()
		b.once.Do(func() { b.res, b.err = load() })
		res, err = b.res, b.err
	}
	if err != nil {
		return nil, err
	}
	if p := res[obj.ID]; p != nil {
		return p, nil
	}
	// A partner the batch did not measure (its list's result was not a list of partners after all):
	// measure it alone rather than answer nothing.
	one, err := partnerperf.Load(ctx, client, []*ent.Partner{obj}, time.Now())
	if err != nil {
		return nil, err
	}
	return one[obj.ID], nil
}

func performanceOut(p *partnerperf.Performance) *model.PartnerPerformance {
	money := func(ms []partnerperf.Money) []*model.PerformanceMoney {
		out := make([]*model.PerformanceMoney, len(ms))
		for i, m := range ms {
			out[i] = &model.PerformanceMoney{Currency: m.Currency, Amount: int(m.Amount), Deals: m.Deals}
		}
		return out
	}
	out := &model.PartnerPerformance{
		OpenPipeline: money(p.OpenPipeline), OpenDeals: p.OpenDeals,
		WonRevenue: money(p.WonRevenue), WonDeals: p.WonDeals,
		RecentRegistrations: p.RecentRegistrations,
		HealthScore:         p.HealthScore,
		Risk:                model.PartnerRisk(p.Risk),
		RiskReasons:         make([]*model.PartnerRiskReason, len(p.Reasons)),
		OpenPipelineText:    partnerperf.MoneyText(p.OpenPipeline),
		WonRevenueText:      partnerperf.MoneyText(p.WonRevenue),
		RiskReasonsText:     partnerperf.ReasonsText(p.Reasons),
		TierProgressText:    partnerperf.TierText(p.Tier),
	}
	for i, r := range p.Reasons {
		out.RiskReasons[i] = &model.PartnerRiskReason{Code: r.Code, Severity: model.PartnerRisk(r.Severity), Message: r.Message}
	}
	if t := p.Tier; t != nil {
		out.TierProgress = &model.PerformanceTierProgress{EvaluatedAt: t.EvaluatedAt,
			CurrentTierName: optional(t.CurrentTierName), QualifyingTierName: optional(t.QualifyingTierName),
			NextTierName: optional(t.NextTierName), RequirementsMet: t.RequirementsMet, RequirementsTotal: t.RequirementsTotal}
	}
	return out
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
