package graph_test

import (
	"testing"

	"github.com/partnerhub/partnerhub/ent/tier"
	"github.com/partnerhub/partnerhub/ent/tierchange"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

// proposedAcmeChange closes Acme's open tier changes, puts it back in Gold and proposes a move to
// Registered (whose requirements every partner meets), so each caller of a cell finds one
// proposal it could approve.
func proposedAcmeChange(f *writeFixture, t *testing.T) string {
	c := f.s.Client
	gold := c.Tier.Query().Where(tier.Name("Gold")).OnlyX(sysCtx())
	registered := c.Tier.Query().Where(tier.Name("Registered")).OnlyX(sysCtx())
	c.TierChange.Update().Where(tierchange.PartnerID(f.acmeID), tierchange.OpenKeyNotNil()).
		SetStatus(tierchange.StatusCANCELLED).ClearOpenKey().ExecX(sysCtx())
	c.Partner.UpdateOneID(f.acmeID).SetTierID(gold.ID).ExecX(sysCtx())
	return c.TierChange.Create().SetPartnerID(f.acmeID).SetFromTierID(gold.ID).SetToTierID(registered.ID).
		SetKind(tierchange.KindUPGRADE).SetStatus(tierchange.StatusPROPOSED).SetOpenKey(f.acmeID).SaveX(sysCtx()).ID
}

func gqlMutation(query string, input func(f *writeFixture, target string) map[string]any) func(*testing.T, *writeFixture, *writer, string) apitest.Response {
	return func(t *testing.T, f *writeFixture, w *writer, target string) apitest.Response {
		return f.s.Query(t, w.token, query, map[string]any{"input": input(f, target)})
	}
}

// The tier-evaluation cells (docs/tier-evaluation.md): the partner's channel manager or ADMIN
// decides its tier changes and manual checks; vendor roles run evaluations; only ADMIN changes the
// program's settings and health weights.
var tieringWriteCells = []writeCell{
	{
		name:   "approveTierChange of Acme",
		expect: func(w *writer) string { return outcome(w, vendorRoles, true, w.decides()) },
		setup:  proposedAcmeChange,
		run: gqlMutation(`mutation($input: ApproveTierChangeInput!) { approveTierChange(input: $input) { change { id status } partner { id } } }`,
			func(f *writeFixture, id string) map[string]any { return map[string]any{"id": id} }),
	},
	{
		name:   "rejectTierChange of Acme",
		expect: func(w *writer) string { return outcome(w, vendorRoles, true, w.decides()) },
		setup:  proposedAcmeChange,
		run: gqlMutation(`mutation($input: RejectTierChangeInput!) { rejectTierChange(input: $input) { change { id status } } }`,
			func(f *writeFixture, id string) map[string]any {
				return map[string]any{"id": id, "note": "not this quarter"}
			}),
	},
	{
		name:   "evaluateTiers of Acme",
		expect: func(w *writer) string { return outcome(w, vendorRoles, true, true) },
		setup:  none,
		run: gqlMutation(`mutation($input: EvaluateTiersInput!) { evaluateTiers(input: $input) { evaluations { id } } }`,
			func(f *writeFixture, _ string) map[string]any { return map[string]any{"partnerId": f.acmeID} }),
	},
	{
		name:   "setTierCheck of Acme",
		expect: func(w *writer) string { return outcome(w, vendorRoles, true, w.decides()) },
		setup: func(f *writeFixture, t *testing.T) string {
			f.s.Client.Tier.Update().Where(tier.Name("Platinum")).SetRequiresManualCheck(true).ExecX(sysCtx())
			return f.s.Client.Tier.Query().Where(tier.Name("Platinum")).OnlyX(sysCtx()).ID
		},
		run: gqlMutation(`mutation($input: SetTierCheckInput!) { setTierCheck(input: $input) { tierChecks } }`,
			func(f *writeFixture, tierID string) map[string]any {
				return map[string]any{"partnerId": f.acmeID, "tierId": tierID, "passed": true}
			}),
	},
	{
		name:   "updateTierSettings",
		expect: func(w *writer) string { return outcome(w, []user.Role{user.RoleADMIN}, true, true) },
		setup:  none,
		run: gqlMutation(`mutation($input: UpdateTierSettingsInput!) { updateTierSettings(input: $input) { settings { graceDays } } }`,
			func(*writeFixture, string) map[string]any { return map[string]any{"graceDays": 90} }),
	},
	{
		name:   "updateHealthWeights",
		expect: func(w *writer) string { return outcome(w, []user.Role{user.RoleADMIN}, true, true) },
		setup:  none,
		run: gqlMutation(`mutation($input: UpdateHealthWeightsInput!) { updateHealthWeights(input: $input) { weights { winRate } } }`,
			func(*writeFixture, string) map[string]any {
				return map[string]any{"registrationActivity": 25, "winRate": 25, "portalActivity": 15, "contentEngagement": 15, "certifications": 20}
			}),
	},
}

func init() { writeCells = append(writeCells, tieringWriteCells...) }
