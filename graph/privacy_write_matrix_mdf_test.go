package graph_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

// Marketing development funds' write cells (docs/mdf.md): only ADMIN allocates; Acme's users
// (people and READ_WRITE keys) ask for Acme's funds, edit and cancel Acme's requests and submit
// and resubmit Acme's claims; Acme's channel manager or an admin decides, reviews and pays; Globex
// finds none of Acme's rows, and the other channel manager may look but not decide.
func init() {
	acmeUser := func(w *writer) bool { return w.org == "acme" || w.vendor() }
	partnerCell := func(w *writer) string { return outcome(w, partnerRoles, acmeUser(w), true) }
	decideCell := func(w *writer) string { return outcome(w, vendorRoles, true, w.decides()) }
	writeCells = append(writeCells,
		writeCell{
			name:   "createMdfAllocation",
			expect: func(w *writer) string { return outcome(w, []user.Role{user.RoleADMIN}, true, true) },
			setup:  none,
			run: func(t *testing.T, f *writeFixture, w *writer, _ string) apitest.Response {
				periodSeq++
				start := time.Date(2040+periodSeq, 1, 1, 0, 0, 0, 0, time.UTC)
				return mdfMutate(t, f.s, w.token, "createMdfAllocation", "allocation { id }", map[string]any{
					"partnerId": f.acmeID, "periodStart": start.Format(time.DateOnly), "periodEnd": start.AddDate(0, 3, -1).Format(time.DateOnly),
					"amount": 1_000_000, "currency": "USD"})
			},
		},
		writeCell{
			name:   "updateMdfSettings",
			expect: func(w *writer) string { return outcome(w, []user.Role{user.RoleADMIN}, true, true) },
			setup:  none,
			run: func(t *testing.T, f *writeFixture, w *writer, _ string) apitest.Response {
				return mdfMutate(t, f.s, w.token, "updateMdfSettings", "settings { graceDays claimWindowDays }",
					map[string]any{"graceDays": 14, "claimWindowDays": 60})
			},
		},
		writeCell{
			name:   "allocateMdfQuarter",
			expect: func(w *writer) string { return outcome(w, []user.Role{user.RoleADMIN}, true, true) },
			setup:  none,
			run: func(t *testing.T, f *writeFixture, w *writer, _ string) apitest.Response {
				periodSeq++
				return mdfMutate(t, f.s, w.token, "allocateMdfQuarter", "allocations { id }", map[string]any{"day": fmt.Sprintf("%d-02-01", 2040+periodSeq)})
			},
		},
		writeCell{
			name: "createMdfRequest on Acme's allocation", expect: partnerCell,
			setup: func(f *writeFixture, t *testing.T) string { return acmeAllocation(t, f.s) },
			run: func(t *testing.T, f *writeFixture, w *writer, id string) apitest.Response {
				return mdfMutate(t, f.s, w.token, "createMdfRequest", "request { id }", requestInput(id, 100, 10))
			},
		},
		writeCell{
			name: "updateMdfRequest of a SUBMITTED Acme request", expect: partnerCell,
			setup: (*writeFixture).mdfRequest,
			run: func(t *testing.T, f *writeFixture, w *writer, id string) apitest.Response {
				return mdfMutate(t, f.s, w.token, "updateMdfRequest", "request { id }", map[string]any{"id": id, "title": "Edited by the write matrix"})
			},
		},
		writeCell{
			name: "cancelMdfRequest of a SUBMITTED Acme request", expect: partnerCell,
			setup: (*writeFixture).mdfRequest,
			run:   mdfByID("cancelMdfRequest", "request"),
		},
		writeCell{
			name: "approveMdfRequest of an Acme request", expect: decideCell,
			setup: (*writeFixture).mdfRequest,
			run: func(t *testing.T, f *writeFixture, w *writer, id string) apitest.Response {
				return mdfMutate(t, f.s, w.token, "approveMdfRequest", "request { id }", map[string]any{"id": id, "approvedAmount": 50})
			},
		},
		writeCell{
			name: "rejectMdfRequest of an Acme request", expect: decideCell,
			setup: (*writeFixture).mdfRequest,
			run: func(t *testing.T, f *writeFixture, w *writer, id string) apitest.Response {
				return mdfMutate(t, f.s, w.token, "rejectMdfRequest", "request { id }", map[string]any{"id": id, "note": "not this quarter"})
			},
		},
		writeCell{
			name: "submitMdfClaim for an approved Acme request", expect: partnerCell,
			setup: (*writeFixture).mdfApproved,
			run: func(t *testing.T, f *writeFixture, w *writer, id string) apitest.Response {
				return submitClaim(t, f.s, w.token, id, 100, "proof.pdf", proofPDF)
			},
		},
		writeCell{
			name: "resubmitMdfClaim sent back for changes", expect: partnerCell,
			setup: func(f *writeFixture, t *testing.T) string {
				id := f.mdfClaim(t)
				mdfID(t, f.s, f.as(t, pam), "rejectMdfClaim", "claim", map[string]any{"id": id, "note": "add the invoice", "requestChanges": true})
				return id
			},
			run: func(t *testing.T, f *writeFixture, w *writer, id string) apitest.Response {
				return mdfMutate(t, f.s, w.token, "resubmitMdfClaim", "claim { id }", map[string]any{"id": id, "note": "invoice attached"})
			},
		},
		writeCell{
			name: "approveMdfClaim of an Acme claim", expect: decideCell,
			setup: (*writeFixture).mdfClaim,
			run:   mdfByID("approveMdfClaim", "claim"),
		},
		writeCell{
			name: "rejectMdfClaim of an Acme claim", expect: decideCell,
			setup: (*writeFixture).mdfClaim,
			run: func(t *testing.T, f *writeFixture, w *writer, id string) apitest.Response {
				return mdfMutate(t, f.s, w.token, "rejectMdfClaim", "claim { id }", map[string]any{"id": id, "note": "no proof of the event"})
			},
		},
		writeCell{
			name: "markMdfClaimPaid of an approved Acme claim", expect: decideCell,
			setup: func(f *writeFixture, t *testing.T) string {
				id := f.mdfClaim(t)
				mdfID(t, f.s, f.as(t, pam), "approveMdfClaim", "claim", map[string]any{"id": id})
				return id
			},
			run: func(t *testing.T, f *writeFixture, w *writer, id string) apitest.Response {
				return mdfMutate(t, f.s, w.token, "markMdfClaimPaid", "claim { id }", map[string]any{"id": id, "paymentReference": "WM-1"})
			},
		},
	)
}

var periodSeq int

// mdfRequest makes a fresh SUBMITTED Acme request for a webinar that ended yesterday.
func (f *writeFixture) mdfRequest(t *testing.T) string {
	return mdfID(t, f.s, f.as(t, acmeAdmin), "createMdfRequest", "request", requestInput(acmeAllocation(t, f.s), 100, -1))
}

func (f *writeFixture) mdfApproved(t *testing.T) string {
	id := f.mdfRequest(t)
	mdfID(t, f.s, f.as(t, pam), "approveMdfRequest", "request", map[string]any{"id": id, "approvedAmount": 100})
	return id
}

// mdfClaim makes a fresh SUBMITTED claim with a proof PDF.
func (f *writeFixture) mdfClaim(t *testing.T) string {
	t.Helper()
	res := submitClaim(t, f.s, f.as(t, acmeAdmin), f.mdfApproved(t), 100, "proof.pdf", proofPDF)
	var out struct {
		SubmitMdfClaim struct{ Claim struct{ ID string } }
	}
	res.Decode(t, &out)
	return out.SubmitMdfClaim.Claim.ID
}

func mdfByID(name, key string) func(*testing.T, *writeFixture, *writer, string) apitest.Response {
	return func(t *testing.T, f *writeFixture, w *writer, id string) apitest.Response {
		return mdfMutate(t, f.s, w.token, name, key+" { id }", map[string]any{"id": id})
	}
}
