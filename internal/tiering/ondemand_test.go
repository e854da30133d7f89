package tiering_test

import (
	"errors"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/tierevaluation"
	"github.com/partnerhub/partnerhub/internal/apperr"
)

// TestOnDemandRunIsAllOrNothing: evaluateTiers over every partner runs in its request's
// transaction. Run B starts while run A, which proposes an upgrade for a partner, is still open; on
// PostgreSQL B evaluates the partners before that one, then meets A's proposal and answers
// CONFLICT, and none of B's evaluations remain. On SQLite B waits for A and then succeeds. Either
// way every run that committed evaluated every partner, and the upgrade is proposed once.
func TestOnDemandRunIsAllOrNothing(t *testing.T) {
	v := newEnv(t)
	active := v.client.Partner.Query().Where(partner.StatusEQ(partner.StatusACTIVE)).CountX(sys())
	// Runs go through partners in ID order: the upgrade falls to the last one with people to
	// register deals, so B writes evaluations of others before it meets A's proposal.
	upgraded := v.client.Partner.Query().Where(partner.StatusEQ(partner.StatusACTIVE), partner.HasUsers()).
		Order(ent.Desc(partner.FieldID)).FirstX(sys())
	last := upgraded.Slug
	v.hold(t, last, "Silver")
	for i := range 3 {
		v.won(t, last, 2000_00, "USD", t0, 10+i*30)
	}

	run := func() (func() error, error) {
		tx, err := v.client.Tx(sys())
		if err != nil {
			return nil, err
		}
		if _, err := v.e.EvaluateOnDemand(sys(), tx.Client(), "", t0); err != nil {
			tx.Rollback()
			return nil, err
		}
		return tx.Commit, nil
	}
	commitA, err := run()
	if err != nil {
		t.Fatal(err)
	}
	resultB := make(chan error, 1)
	go func() {
		commitB, err := run()
		if err == nil {
			err = commitB()
		}
		resultB <- err
	}()
	time.Sleep(300 * time.Millisecond) // B evaluates the partners before the last meanwhile
	if err := commitA(); err != nil {
		t.Fatal(err)
	}
	runs := 1
	errB := <-resultB
	var ae *apperr.Error
	switch {
	case errB == nil:
		runs++
	case errors.As(errB, &ae) && ae.Code == apperr.Conflict:
	default:
		t.Fatalf("run B: %v, want success or CONFLICT", errB)
	}
	if got, want := v.client.TierEvaluation.Query().CountX(sys()), runs*active; got != want {
		t.Errorf("%d evaluations stored after %d committed runs over %d partners, want %d", got, runs, active, want)
	}
	if got := v.client.TierEvaluation.Query().Where(tierevaluation.PartnerID(upgraded.ID)).CountX(sys()); got != runs {
		t.Errorf("the upgraded partner has %d evaluations after %d committed runs", got, runs)
	}
	if ch := v.changes(t, last); len(ch) != 1 || ch[0].ToTierID != v.tiers["Gold"].ID {
		t.Errorf("the upgraded partner's tier changes: %+v, want one proposal of Gold", ch)
	}
	t.Logf("run B: %v", errB)
}
