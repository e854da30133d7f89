package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// Demo logins (the README's table; internal/seed creates them).
const (
	acmeSales   = "sales@acme-reseller.test"
	acmeAdmin   = "admin@acme-reseller.test"
	globexSales = "sales@globex-msp.test"
	globexAdmin = "admin@globex-msp.test"
	pam         = "pam@vendor.test"
	emeaPam     = "emea-pam@vendor.test"
	vendorAdmin = "admin@vendor.test"
)

func sysCtx() context.Context { return viewer.NewContext(context.Background(), viewer.System()) }

var domainSeq atomic.Int64

// freshDomain is a customer domain no demo deal uses.
func freshDomain(name string) string {
	return fmt.Sprintf("%s-%d-%d.example", name, time.Now().UnixNano()%1e6, domainSeq.Add(1))
}

func closeDate(days int) string { return time.Now().UTC().AddDate(0, 0, days).Format(time.DateOnly) }

const dealFields = `id status customerName customerDomain amount currency protectionExpiresAt decisionDueAt coSell
  conflicts { kind score blocking reason }
  events { kind fromStatus toStatus note actorType }
  account { id name domain }
  partner { id name }
  registeredBy { email }`

const registerMutation = `mutation($input: RegisterDealInput!) { registerDeal(input: $input) { deal { ` + dealFields + ` } } }`

type dealJSON struct {
	ID                  string  `json:"id"`
	Status              string  `json:"status"`
	CustomerName        string  `json:"customerName"`
	CustomerDomain      string  `json:"customerDomain"`
	Amount              int64   `json:"amount"`
	Currency            string  `json:"currency"`
	ProtectionExpiresAt *string `json:"protectionExpiresAt"`
	DecisionDueAt       string  `json:"decisionDueAt"`
	CoSell              bool    `json:"coSell"`
	Conflicts           []struct {
		Kind     string  `json:"kind"`
		Score    float64 `json:"score"`
		Blocking bool    `json:"blocking"`
		Reason   string  `json:"reason"`
	} `json:"conflicts"`
	Events []struct {
		Kind       string  `json:"kind"`
		FromStatus *string `json:"fromStatus"`
		ToStatus   string  `json:"toStatus"`
		Note       string  `json:"note"`
		ActorType  string  `json:"actorType"`
	} `json:"events"`
	Account struct {
		ID, Name, Domain string
	} `json:"account"`
	Partner struct{ ID, Name string } `json:"partner"`
}

func registerInput(name, domain string) map[string]any {
	return map[string]any{
		"customerName": name, "customerDomain": domain, "contactName": "Casey Buyer",
		"contactEmail": "casey@" + domain, "title": "Platform rollout", "description": "500 seats",
		"amount": 12_500_000, "currency": "USD", "expectedCloseDate": closeDate(60),
		"products": []string{"Platform", "Support"}, "source": "SOURCED",
	}
}

// register submits a registration and fails the test on any error.
func register(t *testing.T, s *apitest.Server, token string, input map[string]any) dealJSON {
	t.Helper()
	res := s.Query(t, token, registerMutation, map[string]any{"input": input})
	var out struct {
		RegisterDeal struct{ Deal dealJSON } `json:"registerDeal"`
	}
	res.Decode(t, &out)
	return out.RegisterDeal.Deal
}

// mutate runs a deal mutation whose payload is { deal } and returns the deal or the response.
func mutate(t *testing.T, s *apitest.Server, token, name string, input map[string]any) (dealJSON, apitest.Response) {
	t.Helper()
	typ := strings.ToUpper(name[:1]) + name[1:] + "Input"
	q := fmt.Sprintf(`mutation($input: %s!) { %s(input: $input) { deal { %s } } }`, typ, name, dealFields)
	res := s.Query(t, token, q, map[string]any{"input": input})
	var out map[string]struct{ Deal dealJSON }
	if len(res.Errors) == 0 {
		if err := json.Unmarshal(res.Data, &out); err != nil {
			t.Fatal(err)
		}
	}
	return out[name].Deal, res
}

func mustMutate(t *testing.T, s *apitest.Server, token, name string, input map[string]any) dealJSON {
	t.Helper()
	d, res := mutate(t, s, token, name, input)
	if len(res.Errors) > 0 {
		t.Fatalf("%s: %s", name, res.Raw)
	}
	return d
}

func wantCode(t *testing.T, res apitest.Response, code string) {
	t.Helper()
	if len(res.Errors) == 0 || res.Errors[0].Code() != code {
		t.Fatalf("want %s, got %s", code, res.Raw)
	}
}
