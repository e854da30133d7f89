package graph_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/partnernote"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

// The read cells of partner notes (docs/partner-performance.md): vendor-internal. The channel team
// reads every note on every path; a partner viewer may not ask for them (FORBIDDEN at the
// directive), finds a note's ID NOT_FOUND like a row that does not exist, and its organisation's
// audit trail does not even say that one was written. Anonymous: UNAUTHENTICATED.
func TestPartnerNotesReadPrivacy(t *testing.T) {
	s := apitest.New(t)
	acme := s.Client.Partner.Query().Where(partner.Slug("acme-reseller")).OnlyX(sysCtx())
	// One note written through the API, so its audit event exists too.
	added := s.Query(t, s.Login(t, pam), `mutation($in: AddPartnerNoteInput!) { addPartnerNote(input: $in) { note { id } } }`,
		map[string]any{"in": map[string]any{"partnerId": acme.ID, "body": "Matrix note: renewal risk at Acme"}})
	if len(added.Errors) > 0 {
		t.Fatal(string(added.Raw))
	}
	notes := s.Client.PartnerNote.Query().Where(partnernote.PartnerID(acme.ID)).IDsX(sysCtx())
	if len(notes) < 3 {
		t.Fatalf("Acme has %d notes; the demo's and the matrix's should be there", len(notes))
	}
	queries := map[string]string{
		"partnerNotes":  `query($p: ID!) { r: partnerNotes(first: 100, where: {partnerID: $p}) { totalCount edges { node { id body author { id } partner { id } } } } }`,
		"Partner.notes": `query($p: ID!) { r: node(id: $p) { ... on Partner { notes(first: 100) { totalCount edges { node { id } } } } } }`,
	}
	for _, mv := range matrixViewers {
		t.Run(mv.name, func(t *testing.T) {
			token := ""
			if mv.email != "" {
				token = s.Login(t, mv.email)
			}
			vendor := mv.email == vendorAdmin || mv.email == pam
			for name, q := range queries {
				res := s.Query(t, token, q, map[string]any{"p": acme.ID})
				// Through node(id:) a partner another organisation's viewer may not see is NOT_FOUND
				// before its notes are asked for.
				viaNode := strings.HasPrefix(name, "Partner.")
				sees := mv.email == acmeAdmin || mv.email == acmeSales
				codes := res.Codes()
				switch {
				case token == "":
					expectUnauthenticated(t, res)
				case vendor:
					if len(res.Errors) > 0 || strings.Count(string(res.Data), `"id":"pno_`) != len(notes) {
						t.Errorf("%s: want all %d notes, got %s", name, len(notes), res.Raw)
					}
				case viaNode && !sees:
					if len(codes) != 1 || codes[0] != "NOT_FOUND" || strings.Contains(string(res.Raw), "pno_") {
						t.Errorf("%s: want NOT_FOUND and no note, got %s", name, res.Raw)
					}
				default:
					if len(codes) == 0 || codes[0] != "FORBIDDEN" || strings.Contains(string(res.Raw), "pno_") {
						t.Errorf("%s: want FORBIDDEN and no note, got %s", name, res.Raw)
					}
				}
			}
			// node and nodes by ID: a note is a row that does not exist to a partner.
			res := s.Query(t, token, `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on PartnerNote { body } } }`, map[string]any{"ids": notes})
			switch {
			case token == "":
				expectUnauthenticated(t, res)
			case vendor:
				if len(res.Errors) > 0 || strings.Count(string(res.Data), `"id":"pno_`) != len(notes) {
					t.Errorf("nodes: %s", res.Raw)
				}
			default:
				codes := res.Codes()
				if len(codes) != len(notes) || strings.Contains(string(res.Data), "pno_") {
					t.Errorf("nodes: want NOT_FOUND for each note, got %s", res.Raw)
				}
				for _, c := range codes {
					if c != "NOT_FOUND" {
						t.Errorf("nodes: want NOT_FOUND, got %s", res.Raw)
					}
				}
			}
			if token == "" || vendor {
				return
			}
			// The audit trail a partner admin reads holds no event about a note.
			res = s.Query(t, token, `{ auditEvents(first: 100) { edges { node { action entityType entityId } } } }`, nil)
			var out json.RawMessage = res.Raw
			if strings.Contains(string(out), "PartnerNote") || strings.Contains(string(out), "pno_") || strings.Contains(string(out), "partner_notes") {
				t.Errorf("LEAK: the audit trail mentions a note: %s", out)
			}
		})
	}
}
