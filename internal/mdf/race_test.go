package mdf_test

import (
	"testing"

	"github.com/partnerhub/partnerhub/ent/mdfclaim"
	"github.com/partnerhub/partnerhub/ent/mdfrequest"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/mdf"
)

const racers = 50

// TestConcurrentApprovalsNeverOverspend: 50 requests of 3,000 on an allocation of 100,000 are
// approved at the same instant. Exactly 33 fit; the other 17 are CONFLICT, and the ledger shows
// 99,000 committed and 1,000 remaining, decided by the database's lock on the allocation.
func TestConcurrentApprovalsNeverOverspend(t *testing.T) {
	e := newEnv(t)
	a := e.allocate(t, 100_000)
	reqs := make([]string, racers)
	for i := range reqs {
		reqs[i] = e.request(t, a, 3_000).ID
	}
	pam := e.as(t, "pam@vendor.test")
	errs := make([]error, racers)
	race(racers, func(i int) { errs[i] = e.approve(pam, reqs[i], 3_000) })
	approved, refused := 0, 0
	for i, err := range errs {
		switch {
		case err == nil:
			approved++
		case codeOf(err) == apperr.Conflict:
			refused++
		default:
			t.Fatalf("approval %d: %v", i, err)
		}
	}
	b, err := mdf.BalanceOf(sys(), e.client, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	live := e.client.MdfRequest.Query().Where(mdfrequest.StatusEQ(mdfrequest.StatusAPPROVED)).CountX(sys())
	if approved != 33 || refused != 17 || live != 33 || b.Committed != 99_000 || b.Remaining != 1_000 {
		t.Fatalf("%d approved (%d live), %d refused, balance %+v; want 33, 17 and 99000 committed, 1000 remaining", approved, live, refused, b)
	}
	t.Logf("%d concurrent approvals of 3000 on 100000: %d approved, %d refused, committed %d, remaining %d", racers, approved, refused, b.Committed, b.Remaining)
}

// TestConcurrentApprovalsOfOneRequest: the same request approved 50 times at once commits once.
func TestConcurrentApprovalsOfOneRequest(t *testing.T) {
	e := newEnv(t)
	a := e.allocate(t, 100_000)
	r := e.request(t, a, 10_000)
	pam := e.as(t, "pam@vendor.test")
	errs := make([]error, racers)
	race(racers, func(i int) { errs[i] = e.approve(pam, r.ID, 10_000) })
	ok := 0
	for _, err := range errs {
		if err == nil {
			ok++
		} else if codeOf(err) != apperr.Conflict {
			t.Fatalf("approval: %v", err)
		}
	}
	b, _ := mdf.BalanceOf(sys(), e.client, a.ID)
	if ok != 1 || b.Committed != 10_000 {
		t.Fatalf("%d approvals succeeded, committed %d; want 1 and 10000", ok, b.Committed)
	}
}

// TestConcurrentClaimsOneOpen: 20 claims for one request submitted at once leave one open claim.
func TestConcurrentClaimsOneOpen(t *testing.T) {
	e := newEnv(t)
	a := e.allocate(t, 100_000)
	r := e.request(t, a, 10_000)
	if err := e.approve(e.as(t, "pam@vendor.test"), r.ID, 8_000); err != nil {
		t.Fatal(err)
	}
	acme := e.as(t, "admin@acme-reseller.test")
	const n = 20
	errs := make([]error, n)
	race(n, func(i int) { _, errs[i] = e.claim(acme, r.ID, 8_000, pdf("proof.pdf")) })
	ok := 0
	for _, err := range errs {
		if err == nil {
			ok++
		} else if codeOf(err) != apperr.Conflict {
			t.Fatalf("claim: %v", err)
		}
	}
	open := e.client.MdfClaim.Query().Where(mdfclaim.RequestID(r.ID)).CountX(sys())
	if ok != 1 || open != 1 {
		t.Fatalf("%d claims accepted, %d saved; want 1 and 1", ok, open)
	}
}
