package deal_test

import (
	"context"
	"testing"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/internal/deal"
)

func (e *env) withdraw(t *testing.T, ctx context.Context, id string) *ent.Deal {
	t.Helper()
	var d *ent.Deal
	if err := e.tx(ctx, func(c *ent.Client) (err error) {
		d, err = deal.Withdraw(ctx, c, id, "test", e.now)
		return err
	}); err != nil {
		t.Fatalf("withdraw %s: %v", id, err)
	}
	return d
}

func (e *env) approve(ctx context.Context, in deal.ApproveInput) (*ent.Deal, error) {
	var d *ent.Deal
	err := e.tx(ctx, func(c *ent.Client) (err error) {
		d, err = deal.Approve(ctx, c, in, e.now)
		return err
	})
	return d, err
}
