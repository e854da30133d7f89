package graph_test

import (
	"encoding/json"
	"testing"

	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

// Through the API, on the demo program: progress and a what-if without extras are the same
// evaluation; pam approves Wayne Analytics' proposed upgrade, which the seeded evaluation opened;
// an on-demand evaluation is stored, newest first, with who asked.
func TestTieringThroughTheAPI(t *testing.T) {
	s := apitest.New(t)
	id := func(slug string) string { return s.Client.Partner.Query().Where(partner.Slug(slug)).OnlyX(sysCtx()).ID }
	acme, wayne := id("acme-reseller"), id("wayne-analytics")

	admin := s.Login(t, acmeAdmin)
	const tiers = `tiers { tierId qualified requirements { key measured threshold remaining met } }`
	var progress, whatIf struct {
		P json.RawMessage `json:"p"`
	}
	s.Query(t, admin, `query($p: ID!) { p: tierProgress(partnerId: $p) { `+tiers+` } }`, map[string]any{"p": acme}).Decode(t, &progress)
	s.Query(t, admin, `query($p: ID!) { p: tierWhatIf(partnerId: $p, input: {}) { `+tiers+` } }`, map[string]any{"p": acme}).Decode(t, &whatIf)
	if string(progress.P) != string(whatIf.P) {
		t.Fatalf("a what-if without extras differs from the progress:\n%s\n%s", progress.P, whatIf.P)
	}
	res := s.Query(t, admin, `query($p: ID!) { tierWhatIf(partnerId: $p, input: {wonDeals: -1}) { partnerId } }`, map[string]any{"p": acme})
	if codes := res.Codes(); len(codes) != 1 || codes[0] != "BAD_USER_INPUT" {
		t.Fatalf("a negative extra: %s", res.Raw)
	}

	pamToken := s.Login(t, pam)
	var open struct {
		TierChanges []struct{ ID, PartnerID, ToTierName, Status string }
	}
	s.Query(t, pamToken, `{ tierChanges(status: [PROPOSED]) { id partnerId toTierName status } }`, nil).Decode(t, &open)
	proposal := ""
	for _, c := range open.TierChanges {
		if c.PartnerID == wayne && c.ToTierName == "Silver" {
			proposal = c.ID
		}
	}
	if proposal == "" {
		t.Fatalf("no proposed upgrade of Wayne Analytics to Silver: %+v", open)
	}
	var approved struct {
		ApproveTierChange struct {
			Change  struct{ Status, DecidedByID string }
			Partner struct{ Tier struct{ Name string } }
		}
	}
	s.Query(t, pamToken, `mutation($id: ID!) { approveTierChange(input: {id: $id}) { change { status decidedById } partner { tier { name } } } }`,
		map[string]any{"id": proposal}).Decode(t, &approved)
	pamID := s.Client.User.Query().Where(user.Email(pam)).OnlyX(sysCtx()).ID
	if a := approved.ApproveTierChange; a.Change.Status != "APPLIED" || a.Change.DecidedByID != pamID || a.Partner.Tier.Name != "Silver" {
		t.Fatalf("approval: %+v", a)
	}
	res = s.Query(t, pamToken, `mutation($id: ID!) { approveTierChange(input: {id: $id}) { change { status } } }`, map[string]any{"id": proposal})
	if codes := res.Codes(); len(codes) != 1 || codes[0] != "CONFLICT" {
		t.Fatalf("a second approval: %s", res.Raw)
	}

	var evaluated struct {
		EvaluateTiers struct{ Evaluations []struct{ ID string } }
	}
	s.Query(t, pamToken, `mutation($p: ID!) { evaluateTiers(input: {partnerId: $p}) { evaluations { id } } }`, map[string]any{"p": wayne}).Decode(t, &evaluated)
	var history struct {
		TierEvaluations []struct {
			ID, TriggeredByID, CurrentTierID, QualifyingTierID string
		}
	}
	s.Query(t, pamToken, `query($p: ID!) { tierEvaluations(partnerId: $p, first: 5) { id triggeredById currentTierId qualifyingTierId } }`,
		map[string]any{"p": wayne}).Decode(t, &history)
	if len(evaluated.EvaluateTiers.Evaluations) != 1 || len(history.TierEvaluations) < 2 ||
		history.TierEvaluations[0].ID != evaluated.EvaluateTiers.Evaluations[0].ID || history.TierEvaluations[0].TriggeredByID != pamID ||
		history.TierEvaluations[0].CurrentTierID != history.TierEvaluations[0].QualifyingTierID {
		t.Fatalf("evaluations of Wayne after the on-demand run: %+v (ran %+v)", history, evaluated)
	}
}
