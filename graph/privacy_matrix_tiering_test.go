package graph_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/tierchange"
	"github.com/partnerhub/partnerhub/internal/health"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
	"github.com/partnerhub/partnerhub/internal/tiering"
)

// The read cells of tier evaluation and health (docs/tier-evaluation.md): these figures reach the
// API only through queries naming a partner, so each viewer of the matrix asks each of them about
// Acme and Globex. The vendor reads every partner's, a partner user its own organisation's
// (sales reps too: the scorecard is the organisation's), another organisation's answers
// NOT_FOUND exactly like a partner that does not exist, and anonymous UNAUTHENTICATED.
func TestTieringReadPrivacy(t *testing.T) {
	s := apitest.New(t)
	now := time.Now()
	// Every partner gets an evaluation, a score and, where it calls for one, a tier change.
	if _, err := (tiering.Evaluator{Client: s.Client}).EvaluateAll(sysCtx(), now, ""); err != nil {
		t.Fatal(err)
	}
	if _, err := health.Snapshot(sysCtx(), s.Client, now); err != nil {
		t.Fatal(err)
	}
	slug := map[string]string{}
	for _, p := range s.Client.Partner.Query().AllX(sysCtx()) {
		slug[p.ID] = p.Slug
	}
	target := map[string]string{}
	for _, sl := range []string{"acme-reseller", "globex-msp"} {
		target[sl] = s.Client.Partner.Query().Where(partner.Slug(sl)).OnlyX(sysCtx()).ID
	}
	allChanges := s.Client.TierChange.Query().CountX(sysCtx())
	if allChanges == 0 {
		t.Fatal("the evaluation of the demo program opened no tier change; the cells would prove little")
	}

	queries := map[string]string{
		"tierEvaluations": `query($p: ID!) { r: tierEvaluations(partnerId: $p, first: 5) { id partnerId tiers { tierId requirements { key } } } }`,
		"tierProgress":    `query($p: ID!) { r: tierProgress(partnerId: $p) { partnerId tiers { tierId } openChange { id partnerId } } }`,
		"tierWhatIf":      `query($p: ID!) { r: tierWhatIf(partnerId: $p, input: {wonDeals: 3}) { partnerId qualifying { tierId } } }`,
		"partnerHealth":   `query($p: ID!) { r: partnerHealth(partnerId: $p) { partnerId score history { day } } }`,
		"tierChanges":     `query($p: ID!) { r: tierChanges(partnerId: $p) { id partnerId } }`,
	}
	for _, mv := range matrixViewers {
		token, org := "", ""
		if mv.email != "" {
			token = s.Login(t, mv.email)
			u := s.Client.User.Query().AllX(sysCtx())
			for _, x := range u {
				if x.Email == mv.email {
					org = slug[x.PartnerID]
				}
			}
		}
		t.Run(mv.name, func(t *testing.T) {
			for name, q := range queries {
				for sl, id := range target {
					res := s.Query(t, token, q, map[string]any{"p": id})
					switch {
					case token == "":
						expectUnauthenticated(t, res)
					case org != "" && org != sl && name == "tierChanges":
						// A list filtered to another organisation is empty, not an error.
						if got := partnerIDs(t, res); len(got) != 0 || len(res.Errors) > 0 {
							t.Errorf("%s of %s: %s", name, sl, res.Raw)
						}
					case org != "" && org != sl:
						if codes := res.Codes(); len(codes) != 1 || codes[0] != "NOT_FOUND" {
							t.Errorf("%s of %s: want NOT_FOUND, got %s", name, sl, res.Raw)
						}
					default:
						if len(res.Errors) > 0 {
							t.Errorf("%s of %s: %s", name, sl, res.Raw)
						}
						for _, p := range partnerIDs(t, res) {
							if p != id {
								t.Errorf("LEAK: %s of %s answered a row of %s", name, sl, slug[p])
							}
						}
					}
				}
			}
			if token == "" {
				return
			}
			// Unfiltered, the tier changes are the viewer's organisation's, or all for the vendor.
			res := s.Query(t, token, `{ tierChanges(first: 100) { id partnerId status } }`, nil)
			got := partnerIDs(t, res)
			if org == "" && len(got) != allChanges {
				t.Errorf("the vendor sees %d of %d tier changes", len(got), allChanges)
			}
			for _, p := range got {
				if org != "" && slug[p] != org {
					t.Errorf("LEAK: %s sees a tier change of %s", mv.name, slug[p])
				}
			}
			if org != "" {
				own := s.Client.TierChange.Query().Where(tierchange.PartnerID(target[org])).CountX(sysCtx())
				if len(got) != own {
					t.Errorf("%s sees %d of its organisation's %d tier changes", mv.name, len(got), own)
				}
			}
		})
	}
}

// partnerIDs collects every partnerId in a response.
func partnerIDs(t *testing.T, res apitest.Response) []string {
	t.Helper()
	var out []string
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if s, ok := x.(string); ok && k == "partnerId" {
					out = append(out, s)
				}
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	var data any
	if len(res.Data) > 0 {
		if err := json.Unmarshal(res.Data, &data); err != nil {
			t.Fatal(err)
		}
	}
	walk(data)
	return out
}
