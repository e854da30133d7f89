package graph_test

import (
	"testing"

	"github.com/partnerhub/partnerhub/ent/tier"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

// The content library's write cells (docs/enablement-content.md): only ADMIN authors; anyone
// signed in records a view of an item they may see, which for Acme (Gold, RESELLER) includes a
// published Gold item and for Globex (Silver) does not.
func init() {
	writeCells = append(writeCells,
		writeCell{
			name:   "createContent",
			expect: func(w *writer) string { return outcome(w, []user.Role{user.RoleADMIN}, true, true) },
			setup:  none,
			run: func(t *testing.T, f *writeFixture, w *writer, _ string) apitest.Response {
				return f.s.Query(t, w.token, `mutation($input: CreateContentInput!) { createContent(input: $input) { content { id } } }`,
					map[string]any{"input": map[string]any{"title": "Write matrix playbook", "kind": "PLAYBOOK", "body": "# Steps"}})
			},
		},
		writeCell{
			name:   "updateContent of a published Gold item",
			expect: func(w *writer) string { return outcome(w, []user.Role{user.RoleADMIN}, true, true) },
			setup:  func(f *writeFixture, t *testing.T) string { return f.goldItem(t, true) },
			run: func(t *testing.T, f *writeFixture, w *writer, id string) apitest.Response {
				return f.s.Query(t, w.token, `mutation($input: UpdateContentInput!) { updateContent(input: $input) { content { id } } }`,
					map[string]any{"input": map[string]any{"id": id, "summary": "changed by the write matrix"}})
			},
		},
		writeCell{
			name:   "publishContent of a draft",
			expect: func(w *writer) string { return outcome(w, []user.Role{user.RoleADMIN}, true, true) },
			setup:  func(f *writeFixture, t *testing.T) string { return f.goldItem(t, false) },
			run:    contentMutation("publishContent", "PublishContentInput"),
		},
		writeCell{
			name:   "archiveContent of a published Gold item",
			expect: func(w *writer) string { return outcome(w, []user.Role{user.RoleADMIN}, true, true) },
			setup:  func(f *writeFixture, t *testing.T) string { return f.goldItem(t, true) },
			run:    contentMutation("archiveContent", "ArchiveContentInput"),
		},
		writeCell{
			name: "recordContentView of a published Gold item",
			expect: func(w *writer) string {
				return outcome(w, allRoles, w.vendor() || w.org == "acme", true)
			},
			setup: func(f *writeFixture, t *testing.T) string { return f.goldItem(t, true) },
			run:   contentMutation("recordContentView", "RecordContentViewInput"),
		},
		writeCell{
			// Every person sets their own preferred language; an API key is a script's credential.
			name: "updateMyPreferences of one's own account",
			expect: func(w *writer) string {
				if w.key != "" {
					return "FORBIDDEN"
				}
				return outcome(w, allRoles, true, true)
			},
			setup: none,
			run: func(t *testing.T, f *writeFixture, w *writer, _ string) apitest.Response {
				return f.s.Query(t, w.token, `mutation { updateMyPreferences(input: {preferredLanguage: "de"}) { user { id preferredLanguage } } }`, nil)
			},
		},
		writeCell{
			name:   "recordContentView of a draft",
			expect: func(w *writer) string { return outcome(w, allRoles, w.vendor(), true) },
			setup:  func(f *writeFixture, t *testing.T) string { return f.goldItem(t, false) },
			run:    contentMutation("recordContentView", "RecordContentViewInput"),
		},
	)
}

// goldItem makes a fresh item for Gold partners and above, published or a draft.
func (f *writeFixture) goldItem(t *testing.T, published bool) string {
	t.Helper()
	admin := f.as(t, vendorAdmin)
	gold := f.s.Client.Tier.Query().Where(tier.Name("Gold")).OnlyX(sysCtx()).ID
	var out struct {
		CreateContent struct{ Content struct{ ID string } }
	}
	f.s.Query(t, admin, `mutation($input: CreateContentInput!) { createContent(input: $input) { content { id } } }`,
		map[string]any{"input": map[string]any{"title": "Write matrix deck", "kind": "SALES_DECK", "body": "# Deck", "minTierId": gold}}).Decode(t, &out)
	id := out.CreateContent.Content.ID
	if published {
		publishContent(t, f.s, admin, id, nil)
	}
	return id
}

func contentMutation(name, inputType string) func(*testing.T, *writeFixture, *writer, string) apitest.Response {
	return func(t *testing.T, f *writeFixture, w *writer, id string) apitest.Response {
		return f.s.Query(t, w.token, `mutation($input: `+inputType+`!) { `+name+`(input: $input) { content { id } } }`,
			map[string]any{"input": map[string]any{"id": id}})
	}
}
