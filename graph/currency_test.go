package graph_test

import (
	"fmt"
	"testing"

	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

// TestDealsAndTiersAcceptTheSameCurrencies: a tier can be priced in every currency a deal can be
// registered in, and both refuse the same codes with BAD_USER_INPUT on the currency field. (Before
// one list, a deal in KZT was accepted and a tier in KZT refused.)
func TestDealsAndTiersAcceptTheSameCurrencies(t *testing.T) {
	s := apitest.New(t)
	admin, sales := s.Login(t, vendorAdmin), s.Login(t, acmeSales)
	for i, tc := range []struct {
		code string
		ok   bool
	}{
		{"EUR", true}, {"usd", true}, {"KZT", true}, {"VES", true}, {"ISK", true},
		{"XYZ", false}, {"XXX", false}, {"XAU", false}, {"HRK", false}, {"dollars", false},
	} {
		tier := s.Query(t, admin, createTier, map[string]any{"in": map[string]any{
			"name": fmt.Sprintf("Priced in %s", tc.code), "rank": 20 + i, "currency": tc.code,
		}})
		in := registerInput("Currency Test", freshDomain("currency"))
		in["currency"] = tc.code
		deal := s.Query(t, sales, registerMutation, map[string]any{"input": in})
		for what, res := range map[string]apitest.Response{"tier": tier, "deal": deal} {
			switch {
			case tc.ok && len(res.Errors) > 0:
				t.Errorf("%s in %s refused: %s", what, tc.code, res.Raw)
			case !tc.ok && (len(res.Errors) != 1 || res.Errors[0].Code() != "BAD_USER_INPUT" || res.Errors[0].Extensions["field"] != "currency"):
				t.Errorf("%s in %s: got %s, want BAD_USER_INPUT on field currency", what, tc.code, res.Raw)
			}
		}
	}
}
