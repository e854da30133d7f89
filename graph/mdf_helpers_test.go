package graph_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent/mdfallocation"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/internal/mdf"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

// balanceJSON is an allocation's balance as the API shows it.
type balanceJSON struct {
	ID                                                   string
	Amount, Committed, Claimed, Paid, Expired, Remaining int
}

const balanceFields = `id amount committed claimed paid expired remaining`

// acmeAllocation is Acme's allocation of the current quarter (seeded).
func acmeAllocation(t *testing.T, s *apitest.Server) string {
	t.Helper()
	start, _ := mdf.Quarter(time.Now())
	return s.Client.MdfAllocation.Query().Where(mdfallocation.HasPartnerWith(partner.Slug("acme-reseller")), mdfallocation.PeriodStart(start)).
		OnlyX(sysCtx()).ID
}

// balanceOf reads an allocation's balance through the API as token.
func balanceOf(t *testing.T, s *apitest.Server, token, id string) balanceJSON {
	t.Helper()
	var out struct{ Node balanceJSON }
	s.Query(t, token, `query($id: ID!) { node(id: $id) { ... on MdfAllocation { `+balanceFields+` } } }`, map[string]any{"id": id}).Decode(t, &out)
	return out.Node
}

// mdfMutate sends name(input) selecting sel, and returns the response.
func mdfMutate(t *testing.T, s *apitest.Server, token, name, sel string, input map[string]any) apitest.Response {
	t.Helper()
	typ := strings.ToUpper(name[:1]) + name[1:] + "Input"
	return s.Query(t, token, fmt.Sprintf(`mutation($input: %s!) { %s(input: $input) { %s } }`, typ, name, sel), map[string]any{"input": input})
}

// mdfID runs a mutation that must succeed and returns the ID at payload.key.
func mdfID(t *testing.T, s *apitest.Server, token, name, key string, input map[string]any) string {
	t.Helper()
	res := mdfMutate(t, s, token, name, key+" { id }", input)
	if len(res.Errors) > 0 {
		t.Fatalf("%s: %s", name, res.Raw)
	}
	var out map[string]map[string]struct{ ID string }
	res.Decode(t, &out)
	return out[name][key].ID
}

// requestInput asks for amount for a webinar that ended endsIn days from today.
func requestInput(allocationID string, amount int, endsIn int) map[string]any {
	end := time.Now().UTC().AddDate(0, 0, endsIn)
	return map[string]any{
		"allocationId": allocationID, "activityType": "WEBINAR", "title": "Webinar: partner matrix",
		"startDate": end.AddDate(0, 0, -1).Format(time.DateOnly), "endDate": end.Format(time.DateOnly),
		"requestedAmount": amount, "expectedLeads": 10,
	}
}

const submitClaimMutation = `mutation($input: SubmitMdfClaimInput!) { submitMdfClaim(input: $input) { claim { id status } request { id } } }`

// submitClaim sends a claim with one proof file as a multipart request.
func submitClaim(t *testing.T, s *apitest.Server, token, requestID string, amount int, fileName, body string) apitest.Response {
	t.Helper()
	return s.Upload(t, token, submitClaimMutation,
		map[string]any{"input": map[string]any{"requestId": requestID, "amount": amount, "actualLeads": 12, "pipelineGenerated": 5_000_000, "files": []any{nil}}},
		"variables.input.files.0", fileName, strings.NewReader(body))
}

const proofPDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
