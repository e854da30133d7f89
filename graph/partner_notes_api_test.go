package graph_test

import (
	"strings"
	"testing"

	"github.com/partnerhub/partnerhub/ent/auditevent"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/partnernote"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

const addNoteMutation = `mutation($in: AddPartnerNoteInput!) { addPartnerNote(input: $in) { note { id body createdAt author { email } partner { id } } } }`

func TestPartnerNotesAddListDelete(t *testing.T) {
	s := apitest.New(t)
	acme := s.Client.Partner.Query().Where(partner.Slug("acme-reseller")).OnlyX(sysCtx())
	pamToken, admin := s.Login(t, pam), s.Login(t, vendorAdmin)
	add := func(token, partnerID, body string) apitest.Response {
		return s.Query(t, token, addNoteMutation, map[string]any{"in": map[string]any{"partnerId": partnerID, "body": body}})
	}

	var out struct {
		AddPartnerNote struct {
			Note struct {
				ID, Body string
				Author   struct{ Email string }
				Partner  struct{ ID string }
			}
		} `json:"addPartnerNote"`
	}
	add(pamToken, acme.ID, "  Spoke with Acme about Q3 targets.  ").Decode(t, &out)
	n := out.AddPartnerNote.Note
	if n.Body != "Spoke with Acme about Q3 targets." || n.Author.Email != pam || n.Partner.ID != acme.ID {
		t.Errorf("added note: %+v", n)
	}
	// Newest first on the partner's page.
	var list struct {
		PartnerNotes struct {
			TotalCount int
			Edges      []struct{ Node struct{ ID string } }
		} `json:"partnerNotes"`
	}
	s.Query(t, pamToken, `query($p: ID!) { partnerNotes(first: 10, where: {partnerID: $p}, orderBy: {field: CREATED_AT, direction: DESC}) { totalCount edges { node { id } } } }`,
		map[string]any{"p": acme.ID}).Decode(t, &list)
	if list.PartnerNotes.TotalCount != 4 || list.PartnerNotes.Edges[0].Node.ID != n.ID {
		t.Errorf("Acme's notes: %+v, want the demo's three and the new one first", list.PartnerNotes)
	}

	// Validation, with the field named.
	for _, body := range []string{"", "   \n ", strings.Repeat("x", 5001)} {
		e := add(pamToken, acme.ID, body).ExpectCode(t, "BAD_USER_INPUT")
		if f, _ := e.Extensions["field"].(string); f != "body" {
			t.Errorf("error on %d characters names field %q", len(body), f)
		}
	}
	// 5000 characters of four bytes each is still a note.
	long := strings.Repeat("😀", 5000)
	if res := add(pamToken, acme.ID, long); len(res.Errors) > 0 {
		t.Errorf("5000 emoji: %s", res.Raw)
	}
	add(pamToken, "prt_01JD5000000000000000000000", "x").ExpectCode(t, "NOT_FOUND")

	// Another channel manager may read but not delete pam's note; ADMIN may.
	del := func(token, id string) apitest.Response {
		return s.Query(t, token, `mutation($in: DeletePartnerNoteInput!) { deletePartnerNote(input: $in) { deletedId } }`,
			map[string]any{"in": map[string]any{"id": id}})
	}
	del(s.Login(t, emeaPam), n.ID).ExpectCode(t, "FORBIDDEN")
	if res := del(admin, n.ID); len(res.Errors) > 0 || !strings.Contains(string(res.Data), n.ID) {
		t.Fatalf("ADMIN deletes: %s", res.Raw)
	}
	del(pamToken, n.ID).ExpectCode(t, "NOT_FOUND")
	if s.Client.PartnerNote.Query().Where(partnernote.ID(n.ID)).ExistX(sysCtx()) {
		t.Error("the deleted note is still there")
	}

	// Audited, and never filed under the partner (whose admins read its audit trail).
	events := s.Client.AuditEvent.Query().Where(auditevent.ActionIn("addPartnerNote", "deletePartnerNote")).AllX(sysCtx())
	if len(events) != 3 { // two notes added, one deleted (failed mutations leave nothing)
		t.Errorf("%d audit events, want 3", len(events))
	}
	for _, e := range events {
		if e.PartnerID != "" {
			t.Errorf("event %s filed under partner %s", e.Action, e.PartnerID)
		}
	}
}
