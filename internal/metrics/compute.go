package metrics

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"sync/atomic"
	"time"

	"golang.org/x/sync/semaphore"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/money"
)

// Request is what programMetrics asks for.
type Request struct {
	From, To time.Time
	By       GroupBy
	// Currency is the reporting currency; empty: figures per deal currency only.
	Currency string
}

// maxPeriod bounds a metrics query.
const maxPeriod = 5 * 366 * 24 * time.Hour

func (r *Request) check() error {
	if !r.To.After(r.From) {
		return apperr.BadInput("to", "to must be after from")
	}
	if r.To.Sub(r.From) > maxPeriod {
		return apperr.BadInput("to", "a period is at most five years")
	}
	if r.By == "" {
		r.By = None
	}
	if _, ok := groupings[r.By]; !ok {
		return apperr.BadInput("groupBy", "unknown grouping %q", r.By)
	}
	if r.Currency != "" {
		c, ok := money.Currency(r.Currency)
		if !ok {
			return apperr.BadInput("currency", "%q is not a currency PartnerHub accepts", r.Currency)
		}
		r.Currency = c
	}
	return nil
}

var groupings = map[GroupBy]bool{None: true, ByMonth: true, ByPartner: true, ByTier: true, ByPartnerType: true, ByRegion: true}

// effective is the grouping a metric is computed with: the one asked for, or the whole program.
func effective(key Key, by GroupBy) GroupBy {
	if d, _ := DefinitionOf(key); d.Supports(by) {
		return by
	}
	return None
}

// computeSlots bounds how many computations run at once. Each holds a few MB of grouped rows
// while the database works for it; fifty at once pushed the server's heap against its soft memory
// limit, and the collector then took most of the CPU (make bench: 3 req/s at 50 clients against
// 7 at 10). Beyond two per core the database, not the server, sets the pace, so later requests
// wait here for a slot, within their own deadline. The slots are the process's memory, so they are
// process-wide state.
var computeSlots = semaphore.NewWeighted(MaxConcurrentComputations)

// MaxConcurrentComputations is how many programMetrics computations run at once.
var MaxConcurrentComputations = int64(max(2, 2*runtime.GOMAXPROCS(0)))

// computing and peakComputing count the running computations (read by the tests).
var computing, peakComputing atomic.Int64

// Compute returns every metric's figures for the request.
func Compute(ctx context.Context, client *ent.Client, req Request) ([]*Figure, error) {
	if err := req.check(); err != nil {
		return nil, err
	}
	if err := computeSlots.Acquire(ctx, 1); err != nil {
		return nil, fmt.Errorf("waiting to compute program metrics: %w", err)
	}
	defer computeSlots.Release(1)
	n := computing.Add(1)
	defer computing.Add(-1)
	for {
		p := peakComputing.Load()
		if n <= p || peakComputing.CompareAndSwap(p, n) {
			break
		}
	}
	c := &computation{ctx: ctx, client: client, req: req}
	// Partners are read only to map them to their tier, type or region, or to name them.
	if req.By != None && req.By != ByMonth {
		if err := c.loadPartners(); err != nil {
			return nil, err
		}
	}
	if req.Currency != "" {
		conv, err := loadRates(ctx, client, req.Currency)
		if err != nil {
			return nil, err
		}
		c.conv = conv
	}
	steps := []func() error{c.deals, c.decisions, c.velocity, c.cohorts, c.retention, c.roi, c.nps}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
	}
	if err := c.label(); err != nil {
		return nil, err
	}
	sort.SliceStable(c.out, func(i, j int) bool {
		a, b := c.out[i], c.out[j]
		if a.Key != b.Key {
			return order[a.Key] < order[b.Key]
		}
		if a.Group != b.Group {
			return a.Group < b.Group
		}
		if a.Converted != b.Converted {
			return !a.Converted
		}
		return a.Currency < b.Currency
	})
	return c.out, nil
}

var order = func() map[Key]int {
	m := map[Key]int{}
	for i, d := range Definitions {
		m[d.Key] = i
	}
	return m
}()

type partnerInfo struct{ name, typ, region, tierID string }

type computation struct {
	ctx      context.Context
	client   *ent.Client
	req      Request
	conv     *converter
	partners map[string]partnerInfo
	closedBy map[GroupBy]*closedStats
	out      []*Figure
}

func (c *computation) loadPartners() error {
	list, err := c.client.Partner.Query().
		Select(partner.FieldID, partner.FieldName, partner.FieldType, partner.FieldRegion, partner.FieldTierID).All(c.ctx)
	if err != nil {
		return err
	}
	c.partners = make(map[string]partnerInfo, len(list))
	for _, p := range list {
		c.partners[p.ID] = partnerInfo{name: p.Name, typ: string(p.Type), region: string(p.Region), tierID: p.TierID}
	}
	return nil
}

// group maps a query's group column to the figure's group: partner-based groupings read the
// partner's current tier, type or region.
func (c *computation) group(by GroupBy, raw string) string {
	p := c.partners[raw]
	switch by {
	case ByTier:
		return p.tierID
	case ByPartnerType:
		return p.typ
	case ByRegion:
		return p.region
	}
	return raw
}

func (c *computation) emit(f *Figure) { c.out = append(c.out, f) }

// median of ascending values.
func median(sorted []float64) *float64 {
	n := len(sorted)
	if n == 0 {
		return nil
	}
	if n%2 == 1 {
		return ptr(sorted[n/2])
	}
	return ptr((sorted[n/2-1] + sorted[n/2]) / 2)
}

func parseDay(s string) time.Time {
	t, _ := time.Parse("2006-01-02", s)
	return t
}
