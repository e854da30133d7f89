package graph_test

import (
	"testing"

	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

// The program analytics inputs (docs/program-analytics.md): only ADMIN records exchange rates,
// program costs and margin rates; the channel team (ADMIN, CHANNEL_MANAGER) creates and sends
// surveys; everyone else is refused at the directive.
var analyticsWriteCells = []writeCell{
	{
		name:   "createExchangeRate",
		expect: func(w *writer) string { return outcome(w, []user.Role{user.RoleADMIN}, true, true) },
		setup:  none,
		run: func(t *testing.T, f *writeFixture, w *writer, _ string) apitest.Response {
			return f.s.Query(t, w.token, `mutation($in: CreateExchangeRateInput!) { createExchangeRate(input: $in) { exchangeRate { id } } }`,
				map[string]any{"in": map[string]any{"date": "2018-03-01T00:00:00Z", "from": "CHF", "to": "USD", "rate": 1.1}})
		},
	},
	{
		name:   "createProgramCost",
		expect: func(w *writer) string { return outcome(w, []user.Role{user.RoleADMIN}, true, true) },
		setup:  none,
		run: func(t *testing.T, f *writeFixture, w *writer, _ string) apitest.Response {
			return f.s.Query(t, w.token, `mutation($in: CreateProgramCostInput!) { createProgramCost(input: $in) { programCost { id } } }`,
				map[string]any{"in": map[string]any{"category": "TOOLS", "periodStart": "2026-01-01T00:00:00Z", "periodEnd": "2026-02-01T00:00:00Z", "amount": 100, "currency": "USD"}})
		},
	},
	{
		name:   "setMarginRate",
		expect: func(w *writer) string { return outcome(w, []user.Role{user.RoleADMIN}, true, true) },
		setup:  none,
		run: func(t *testing.T, f *writeFixture, w *writer, _ string) apitest.Response {
			return f.s.Query(t, w.token, `mutation { setMarginRate(input: {rateBps: 3600}) { marginRate { id } } }`, nil)
		},
	},
	{
		name:   "importExchangeRates",
		expect: func(w *writer) string { return outcome(w, []user.Role{user.RoleADMIN}, true, true) },
		setup:  none,
		run: func(t *testing.T, f *writeFixture, w *writer, _ string) apitest.Response {
			return f.s.Query(t, w.token, `mutation($in: ImportCsvInput!) { importExchangeRates(input: $in) { report { created } } }`,
				map[string]any{"in": map[string]any{"csv": "date,from,to,rate\n2018-04-01,CHF,USD,1.1\n", "dryRun": false}})
		},
	},
	{
		name:   "createSurvey",
		expect: func(w *writer) string { return outcome(w, vendorRoles, true, true) },
		setup:  none,
		run: func(t *testing.T, f *writeFixture, w *writer, _ string) apitest.Response {
			return f.s.Query(t, w.token, `mutation { createSurvey(input: {title: "Matrix survey"}) { survey { id } } }`, nil)
		},
	},
	{
		name:   "sendSurvey",
		expect: func(w *writer) string { return outcome(w, vendorRoles, true, true) },
		setup: func(f *writeFixture, t *testing.T) string {
			admin := f.s.Client.User.Query().Where(user.RoleEQ(user.RoleADMIN)).FirstX(sysCtx())
			return f.s.Client.Survey.Create().SetTitle("Matrix send").SetNpsQuestion("Recommend?").SetCreatedByID(admin.ID).SaveX(sysCtx()).ID
		},
		run: func(t *testing.T, f *writeFixture, w *writer, id string) apitest.Response {
			return f.s.Query(t, w.token, `mutation($id: ID!) { sendSurvey(input: {surveyId: $id, partnerTypes: [RESELLER]}) { invited } }`, map[string]any{"id": id})
		},
	},
}

func init() { writeCells = append(writeCells, analyticsWriteCells...) }
