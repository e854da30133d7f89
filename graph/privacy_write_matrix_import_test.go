package graph_test

import (
	"fmt"
	"testing"

	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

// importUsers invites each row as inviteUser does, so its cell is inviteUser's: ADMIN anywhere, a
// partner admin into its own organisation, API keys never; a refused row refuses the import.
var importWriteCells = []writeCell{
	{
		name: "importUsers a PARTNER_SALES into Acme",
		expect: func(w *writer) string {
			return keysCreateNobody(w, outcome(w, adminRoles, true, w.role == user.RoleADMIN || w.org == "acme"))
		},
		setup: none,
		run: func(t *testing.T, f *writeFixture, w *writer, _ string) apitest.Response {
			inviteSeq++
			csv := fmt.Sprintf("email,role,partner\nwrite-matrix-import-%d@example.test,PARTNER_SALES,%s\n", inviteSeq, f.acmeID)
			return f.s.Query(t, w.token, `mutation($in: ImportCsvInput!) { importUsers(input: $in) { report { created } } }`,
				map[string]any{"in": map[string]any{"csv": csv, "dryRun": false}})
		},
	},
}

func init() { writeCells = append(writeCells, importWriteCells...) }
