package graph_test

import (
	"slices"
	"testing"

	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

// Partner notes in the write matrix (docs/roles-and-permissions.md): the channel team writes notes
// as themselves; a note is deleted by its author or ADMIN, never by another channel manager; no
// partner viewer or key may do either (the directive refuses them).
var noteWriteCells = []writeCell{
	{
		name:   "addPartnerNote",
		expect: func(w *writer) string { return outcome(w, vendorRoles, true, true) },
		setup:  none,
		run: func(t *testing.T, f *writeFixture, w *writer, _ string) apitest.Response {
			return f.s.Query(t, w.token, `mutation($in: AddPartnerNoteInput!) { addPartnerNote(input: $in) { note { id author { email } } } }`,
				map[string]any{"in": map[string]any{"partnerId": f.acmeID, "body": "Write matrix note by " + w.name}})
		},
	},
	{
		name: "deletePartnerNote (pam's note)",
		expect: func(w *writer) string {
			return outcome(w, vendorRoles, true, w.role == user.RoleADMIN || slices.Contains([]string{pam}, w.email) && w.key == "")
		},
		setup: func(f *writeFixture, t *testing.T) string {
			var out struct {
				AddPartnerNote struct{ Note struct{ ID string } } `json:"addPartnerNote"`
			}
			f.s.Query(t, f.as(t, pam), `mutation($in: AddPartnerNoteInput!) { addPartnerNote(input: $in) { note { id } } }`,
				map[string]any{"in": map[string]any{"partnerId": f.acmeID, "body": "A note to delete"}}).Decode(t, &out)
			return out.AddPartnerNote.Note.ID
		},
		run: func(t *testing.T, f *writeFixture, w *writer, target string) apitest.Response {
			return f.s.Query(t, w.token, `mutation($in: DeletePartnerNoteInput!) { deletePartnerNote(input: $in) { deletedId } }`,
				map[string]any{"in": map[string]any{"id": target}})
		},
	},
}

func init() { writeCells = append(writeCells, noteWriteCells...) }
