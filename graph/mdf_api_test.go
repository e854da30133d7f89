package graph_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent/auditevent"
	"github.com/partnerhub/partnerhub/ent/mdfledgerentry"
	"github.com/partnerhub/partnerhub/internal/mdf"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

// TestMdfJourney is the done-when path through the API: Acme's partner admin sees the
// quarter's allocation, asks for funds for a webinar, pam approves part of it, Acme claims with a
// proof PDF after the webinar, the claim is approved and paid, and the balance shows every step.
func TestMdfJourney(t *testing.T) {
	s := apitest.New(t)
	acme, pamToken := s.Login(t, acmeAdmin), s.Login(t, pam)
	allocation := acmeAllocation(t, s)
	b0 := balanceOf(t, s, acme, allocation)
	var commit struct {
		Node struct{ PeriodEnd, CommitBy time.Time }
	}
	s.Query(t, acme, `query($id: ID!) { node(id: $id) { ... on MdfAllocation { periodEnd commitBy } } }`, map[string]any{"id": allocation}).Decode(t, &commit)
	if want := commit.Node.PeriodEnd.AddDate(0, 0, mdf.DefaultGraceDays+1).Add(-time.Nanosecond); !commit.Node.CommitBy.Equal(want) {
		t.Fatalf("commitBy %s, want the end of the period's last day plus %d days (%s)", commit.Node.CommitBy, mdf.DefaultGraceDays, want)
	}
	if b0.Amount <= 0 || b0.Remaining <= 500_000 {
		t.Fatalf("Acme's quarter: %+v", b0)
	}
	step := func(name string, want balanceJSON) {
		t.Helper()
		want.ID = allocation
		if got := balanceOf(t, s, acme, allocation); got != want {
			t.Fatalf("after %s: balance %+v, want %+v", name, got, want)
		}
		ledgerMatches(t, s, allocation)
	}

	req := mdfID(t, s, acme, "createMdfRequest", "request", requestInput(allocation, 500_000, -1))
	step("the request", b0)

	res := mdfMutate(t, s, pamToken, "approveMdfRequest", "request { status approvedAmount committed } allocation { "+balanceFields+" }",
		map[string]any{"id": req, "approvedAmount": 300_000, "note": "part of it"})
	var approved struct {
		ApproveMdfRequest struct {
			Request struct {
				Status                    string
				ApprovedAmount, Committed int
			}
			Allocation balanceJSON
		}
	}
	res.Decode(t, &approved)
	if r := approved.ApproveMdfRequest.Request; r.Status != "APPROVED" || r.ApprovedAmount != 300_000 || r.Committed != 300_000 {
		t.Fatalf("approved request: %+v", r)
	}
	b1 := b0
	b1.Committed += 300_000
	b1.Remaining -= 300_000
	if got := approved.ApproveMdfRequest.Allocation; got.Committed != b1.Committed || got.Remaining != b1.Remaining {
		t.Fatalf("the approval's payload shows %+v, want %+v", got, b1)
	}
	step("the approval", b1)

	// Claims are at most the approved amount.
	if res := submitClaim(t, s, acme, req, 300_001, "proof.pdf", proofPDF); firstCode(res) != "BAD_USER_INPUT" {
		t.Fatalf("claim above the approved amount: %s", res.Raw)
	}
	var claimed struct {
		SubmitMdfClaim struct{ Claim struct{ ID, Status string } }
	}
	submitClaim(t, s, acme, req, 250_000, "webinar-proof.pdf", proofPDF).Decode(t, &claimed)
	claim := claimed.SubmitMdfClaim.Claim.ID
	step("the claim", b1)
	if res := submitClaim(t, s, acme, req, 1_000, "again.pdf", proofPDF); firstCode(res) != "CONFLICT" {
		t.Fatalf("a second open claim: %s", res.Raw)
	}

	mdfID(t, s, pamToken, "approveMdfClaim", "claim", map[string]any{"id": claim})
	b2 := b1
	b2.Committed -= 300_000
	b2.Claimed += 250_000
	b2.Remaining += 50_000 // approved beyond the claim goes back
	step("the claim's approval", b2)

	res = mdfMutate(t, s, pamToken, "markMdfClaimPaid", "claim { status paymentReference } request { status }", map[string]any{"id": claim, "paymentReference": "REM-1001"})
	var paid struct {
		MarkMdfClaimPaid struct {
			Claim   struct{ Status, PaymentReference string }
			Request struct{ Status string }
		}
	}
	res.Decode(t, &paid)
	if p := paid.MarkMdfClaimPaid; p.Claim.Status != "PAID" || p.Claim.PaymentReference != "REM-1001" || p.Request.Status != "COMPLETED" {
		t.Fatalf("paid: %+v", p)
	}
	b3 := b2
	b3.Claimed -= 250_000
	b3.Paid += 250_000
	step("the payment", b3)
	if res := mdfMutate(t, s, pamToken, "markMdfClaimPaid", "claim { id }", map[string]any{"id": claim, "paymentReference": "REM-1002"}); firstCode(res) != "CONFLICT" {
		t.Fatalf("paying twice: %s", res.Raw)
	}
}

// ledgerMatches: the ledger's entries, summed by hand here, give the balance the API shows.
func ledgerMatches(t *testing.T, s *apitest.Server, allocationID string) {
	t.Helper()
	sum := map[mdfledgerentry.Kind]int{}
	for _, e := range s.Client.MdfLedgerEntry.Query().Where(mdfledgerentry.AllocationID(allocationID)).AllX(sysCtx()) {
		sum[e.Kind] += int(e.Amount)
	}
	want := balanceJSON{ID: allocationID,
		Amount:    sum["ALLOCATED"] + sum["ACCRUED"],
		Committed: sum["COMMITTED"] - sum["RELEASED"] - sum["CLAIMED"],
		Claimed:   sum["CLAIMED"] - sum["PAID"],
		Paid:      sum["PAID"],
		Expired:   sum["EXPIRED"],
	}
	want.Remaining = want.Amount - want.Committed - want.Claimed - want.Paid - want.Expired
	if got := balanceOf(t, s, s.Login(t, vendorAdmin), allocationID); got != want {
		t.Fatalf("the API shows %+v, the ledger sums to %+v", got, want)
	}
	if want.Remaining < 0 || want.Committed < 0 || want.Claimed < 0 {
		t.Fatalf("the ledger went negative: %+v", want)
	}
}

func firstCode(res apitest.Response) string {
	if codes := res.Codes(); len(codes) > 0 {
		return codes[0]
	}
	return ""
}

// TestMdfProofUploads: proof files are sniffed and size-limited like content uploads, and only
// the vendor and the claiming partner's users may download them.
func TestMdfProofUploads(t *testing.T) {
	s := apitest.NewWithEnv(t, map[string]string{"UPLOAD_MAX_BYTES": "4096"})
	acme, pamToken := s.Login(t, acmeAdmin), s.Login(t, pam)
	allocation := acmeAllocation(t, s)
	approvedRequest := func() string {
		id := mdfID(t, s, acme, "createMdfRequest", "request", requestInput(allocation, 10_000, -2))
		mdfID(t, s, pamToken, "approveMdfRequest", "request", map[string]any{"id": id, "approvedAmount": 10_000})
		return id
	}
	req := approvedRequest()
	for _, c := range []struct{ name, body, says string }{
		{"installer.pdf", "MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + strings.Repeat("\x00", 64), `"field":"files"`},
		{"huge.pdf", "%PDF-1.4\n" + strings.Repeat("x", 5000), "larger than the limit of 4096 bytes"},
	} {
		res := submitClaim(t, s, acme, req, 5_000, c.name, c.body)
		if firstCode(res) != "BAD_USER_INPUT" || !strings.Contains(string(res.Raw), c.says) {
			t.Fatalf("%s: %s", c.name, res.Raw)
		}
	}
	if n := s.Client.MdfClaim.Query().CountX(sysCtx()); n != len(seededClaims(t, s)) {
		t.Fatalf("refused uploads left claims behind")
	}
	var out struct {
		SubmitMdfClaim struct{ Claim struct{ ID string } }
	}
	submitClaim(t, s, acme, req, 5_000, "proof.pdf", proofPDF).Decode(t, &out)
	var claim struct {
		Node struct {
			Files []struct{ ID, Name, MediaType string }
		}
	}
	s.Query(t, acme, `query($id: ID!) { node(id: $id) { ... on MdfClaim { files { id name mediaType } } } }`,
		map[string]any{"id": out.SubmitMdfClaim.Claim.ID}).Decode(t, &claim)
	if len(claim.Node.Files) != 1 || claim.Node.Files[0].MediaType != "application/pdf" {
		t.Fatalf("the claim's files: %+v", claim.Node.Files)
	}
	path := "/files/" + claim.Node.Files[0].ID
	for _, c := range []struct {
		who  string
		want int
	}{{acmeSales, http.StatusOK}, {pam, http.StatusOK}, {globexAdmin, http.StatusNotFound}, {globexSales, http.StatusNotFound}} {
		if res, body := download(t, s, s.Login(t, c.who), path, nil); res.StatusCode != c.want || (c.want == http.StatusOK && string(body) != proofPDF) {
			t.Errorf("%s downloads the proof: %d, want %d", c.who, res.StatusCode, c.want)
		}
	}
	// No claim at all: proof is required.
	res := s.Query(t, acme, submitClaimMutation, map[string]any{"input": map[string]any{"requestId": approvedRequest(), "amount": 100, "files": []any{}}})
	if firstCode(res) != "BAD_USER_INPUT" {
		t.Fatalf("a claim without proof: %s", res.Raw)
	}
}

func seededClaims(t *testing.T, s *apitest.Server) []string {
	t.Helper()
	return s.Client.MdfClaim.Query().IDsX(sysCtx())
}

// TestMdfDeadlines: a claim is accepted from the activity's last day until 60 days after it, and
// refused before and after with a clear CONFLICT.
func TestMdfDeadlines(t *testing.T) {
	s := apitest.New(t)
	acme, pamToken := s.Login(t, acmeAdmin), s.Login(t, pam)
	allocation := acmeAllocation(t, s)
	for _, c := range []struct {
		endsIn int
		want   string
		says   string
	}{
		{endsIn: 1, want: "CONFLICT", says: "claim from then on"},
		{endsIn: 0, want: ""},
		{endsIn: -mdf.DefaultClaimWindowDays, want: ""},
		{endsIn: -mdf.DefaultClaimWindowDays - 1, want: "CONFLICT", says: "late claims are not accepted"},
	} {
		id := mdfID(t, s, acme, "createMdfRequest", "request", requestInput(allocation, 1_000, c.endsIn))
		mdfID(t, s, pamToken, "approveMdfRequest", "request", map[string]any{"id": id, "approvedAmount": 1_000})
		res := submitClaim(t, s, acme, id, 1_000, "proof.pdf", proofPDF)
		if firstCode(res) != c.want || !strings.Contains(string(res.Raw), c.says) {
			t.Errorf("activity ending in %d days: %s, want %q saying %q", c.endsIn, res.Raw, c.want, c.says)
		}
	}
}

// TestMdfEditsWhileSubmitted: the partner edits a SUBMITTED request (each edit audited), and not
// once it is decided.
func TestMdfEditsWhileSubmitted(t *testing.T) {
	s := apitest.New(t)
	acme, pamToken := s.Login(t, acmeSales), s.Login(t, pam)
	id := mdfID(t, s, acme, "createMdfRequest", "request", requestInput(acmeAllocation(t, s), 2_000, 5))
	for _, title := range []string{"Webinar: take two", "Webinar: final title"} {
		mdfID(t, s, acme, "updateMdfRequest", "request", map[string]any{"id": id, "title": title, "requestedAmount": 2_500})
	}
	if n := s.Client.AuditEvent.Query().Where(auditevent.Action("updateMdfRequest"), auditevent.EntityID(id)).CountX(sysCtx()); n != 2 {
		t.Fatalf("%d audited edits, want 2", n)
	}
	if res := mdfMutate(t, s, acme, "updateMdfRequest", "request { id }", map[string]any{"id": id, "endDate": "2000-01-01"}); firstCode(res) != "BAD_USER_INPUT" {
		t.Fatalf("an end before the start: %s", res.Raw)
	}
	// More than asked is refused; the approval may not exceed the (edited) request.
	if res := mdfMutate(t, s, pamToken, "approveMdfRequest", "request { id }", map[string]any{"id": id, "approvedAmount": 2_501}); firstCode(res) != "BAD_USER_INPUT" {
		t.Fatalf("approving more than requested: %s", res.Raw)
	}
	mdfID(t, s, pamToken, "approveMdfRequest", "request", map[string]any{"id": id, "approvedAmount": 2_500})
	if res := mdfMutate(t, s, acme, "updateMdfRequest", "request { id }", map[string]any{"id": id, "title": "too late"}); firstCode(res) != "CONFLICT" {
		t.Fatalf("editing an approved request: %s", res.Raw)
	}
}

// TestAllocateMdfQuarter: the bulk allocation gives each active partner with an allowance its
// tier's quarterly MDF once; a second run allocates nothing.
func TestAllocateMdfQuarter(t *testing.T) {
	s := apitest.New(t)
	admin := s.Login(t, vendorAdmin)
	run := func() int {
		t.Helper()
		var out struct {
			AllocateMdfQuarter struct{ Allocations []balanceJSON }
		}
		mdfMutate(t, s, admin, "allocateMdfQuarter", "allocations { "+balanceFields+" }", map[string]any{"day": "2031-05-20"}).Decode(t, &out)
		for _, a := range out.AllocateMdfQuarter.Allocations {
			if a.Amount <= 0 || a.Remaining != a.Amount {
				t.Errorf("a fresh allocation: %+v", a)
			}
		}
		return len(out.AllocateMdfQuarter.Allocations)
	}
	want := 0
	for _, p := range s.Client.Partner.Query().WithTier().AllX(sysCtx()) {
		if p.Status == "ACTIVE" && p.Edges.Tier != nil && p.Edges.Tier.MdfQuarterlyAllowance > 0 {
			want++
		}
	}
	if n := run(); n != want || n == 0 {
		t.Fatalf("first run: %d allocations, want %d", n, want)
	}
	if n := run(); n != 0 {
		t.Fatalf("second run: %d allocations, want none", n)
	}
	if res := mdfMutate(t, s, s.Login(t, pam), "allocateMdfQuarter", "allocations { id }", map[string]any{"day": "2031-05-20"}); firstCode(res) != "FORBIDDEN" {
		t.Fatalf("a channel manager allocating: %s", res.Raw)
	}
}

// TestMdfSettingsAPI: ADMIN's settings move what a client sees: commitBy follows the grace, and a
// claim 70 days after the activity, late under the default window, is accepted under a 90-day
// one; out-of-range values are BAD_USER_INPUT.
func TestMdfSettingsAPI(t *testing.T) {
	s := apitest.New(t)
	admin, acme, pamToken := s.Login(t, vendorAdmin), s.Login(t, acmeAdmin), s.Login(t, pam)
	allocation := acmeAllocation(t, s)
	if res := mdfMutate(t, s, admin, "updateMdfSettings", "settings { graceDays }", map[string]any{"claimWindowDays": 0}); firstCode(res) != "BAD_USER_INPUT" {
		t.Fatalf("a zero claim window: %s", res.Raw)
	}
	res := mdfMutate(t, s, admin, "updateMdfSettings", "settings { graceDays claimWindowDays }", map[string]any{"graceDays": 30, "claimWindowDays": 90})
	if len(res.Errors) > 0 || !strings.Contains(string(res.Raw), `"graceDays":30,"claimWindowDays":90`) {
		t.Fatalf("updateMdfSettings: %s", res.Raw)
	}
	var commit struct {
		Node struct{ PeriodEnd, CommitBy time.Time }
	}
	s.Query(t, acme, `query($id: ID!) { node(id: $id) { ... on MdfAllocation { periodEnd commitBy } } }`, map[string]any{"id": allocation}).Decode(t, &commit)
	if want := commit.Node.PeriodEnd.AddDate(0, 0, 31).Add(-time.Nanosecond); !commit.Node.CommitBy.Equal(want) {
		t.Fatalf("commitBy %s under a 30-day grace, want %s", commit.Node.CommitBy, want)
	}
	id := mdfID(t, s, acme, "createMdfRequest", "request", requestInput(allocation, 1_000, -70))
	mdfID(t, s, pamToken, "approveMdfRequest", "request", map[string]any{"id": id, "approvedAmount": 1_000})
	if res := submitClaim(t, s, acme, id, 1_000, "proof.pdf", proofPDF); len(res.Errors) > 0 {
		t.Fatalf("a claim 70 days after the activity under a 90-day window: %s", res.Raw)
	}
}
