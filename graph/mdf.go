package graph

import (
	"context"
	"sync"

	"github.com/99designs/gqlgen/graphql"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/internal/mdf"
)

// balanceCache keeps the balances an operation has summed, so the six balance fields of an
// allocation cost one ledger query rather than six. It lives for one operation: a mutation's
// payload sums afresh after the change.
type balanceCache struct {
	mu       sync.Mutex
	m        map[string]mdf.Balance
	settings *mdf.Settings // the MDF settings, read once per operation (every allocation's commitBy)
}

type balanceCacheKey struct{}

// BalanceCache is an operation interceptor that gives each operation its own balance cache.
func BalanceCache(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	return next(context.WithValue(ctx, balanceCacheKey{}, &balanceCache{m: map[string]mdf.Balance{}}))
}

// balance sums the allocation's ledger once per operation.
func (r *mdfAllocationResolver) balance(ctx context.Context, a *ent.MdfAllocation) (mdf.Balance, error) {
	cache, _ := ctx.Value(balanceCacheKey{}).(*balanceCache)
	if cache != nil {
		cache.mu.Lock()
		defer cache.mu.Unlock()
		if b, ok := cache.m[a.ID]; ok {
			return b, nil
		}
	}
	client := ent.FromContext(ctx)
	if client == nil {
		client = r.client
	}
	b, err := mdf.BalanceOf(ctx, client, a.ID)
	if err == nil && cache != nil {
		cache.m[a.ID] = b
	}
	return b, err
}

// mdfSettings reads the program's MDF settings once per operation.
func (r *Resolver) mdfSettings(ctx context.Context) (mdf.Settings, error) {
	cache, _ := ctx.Value(balanceCacheKey{}).(*balanceCache)
	if cache != nil {
		cache.mu.Lock()
		defer cache.mu.Unlock()
		if cache.settings != nil {
			return *cache.settings, nil
		}
	}
	client := ent.FromContext(ctx)
	if client == nil {
		client = r.client
	}
	s, err := mdf.LoadSettings(ctx, client)
	if err == nil && cache != nil {
		cache.settings = &s
	}
	return s, err
}

func mdfSettingsOut(s mdf.Settings) *ent.MdfSettings {
	return &ent.MdfSettings{GraceDays: s.GraceDays, ClaimWindowDays: s.ClaimWindowDays}
}

// uploads turns the multipart files into proof files for internal/mdf, which reads and checks
// the bytes itself.
func uploads(in []*graphql.Upload) []mdf.FileInput {
	out := make([]mdf.FileInput, 0, len(in))
	for _, u := range in {
		if u != nil {
			out = append(out, mdf.FileInput{Name: u.Filename, Body: u.File})
		}
	}
	return out
}

func int64p(v *int) *int64 {
	if v == nil {
		return nil
	}
	n := int64(*v)
	return &n
}
