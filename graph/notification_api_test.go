package graph_test

import (
	"strings"
	"testing"

	"github.com/partnerhub/partnerhub/ent/notification"
	"github.com/partnerhub/partnerhub/ent/outboxmessage"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

type notificationsJSON struct {
	Unread int
	Items  []struct {
		ID, Kind, Title, Link string
		ReadAt                *string
	}
}

const notificationsQuery = `query($unread: Boolean) { notifications(first: 100, unreadOnly: $unread) { unread items { id kind title link readAt } } }`

func notificationsOf(t *testing.T, s *apitest.Server, token string, unreadOnly bool) notificationsJSON {
	t.Helper()
	var out struct{ Notifications notificationsJSON }
	s.Query(t, token, notificationsQuery, map[string]any{"unread": unreadOnly}).Decode(t, &out)
	return out.Notifications
}

func markRead(t *testing.T, s *apitest.Server, token string, input map[string]any) (marked, unread int) {
	t.Helper()
	var out struct {
		MarkNotificationsRead struct{ Marked, Unread int }
	}
	s.Query(t, token, `mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { marked unread } }`,
		map[string]any{"input": input}).Decode(t, &out)
	return out.MarkNotificationsRead.Marked, out.MarkNotificationsRead.Unread
}

// TestNotificationsFollowTheMail: a decision on a registration reaches its registrant's bell with
// the e-mail, in the same transaction; a registration flagged against an earlier claim tells its
// registrant a review is needed (never whose); each user reads and marks only its own; mail that
// carries a credential never reaches the bell.
func TestNotificationsFollowTheMail(t *testing.T) {
	s := apitest.New(t)
	sales, pamToken, globex := s.Login(t, acmeSales), s.Login(t, pam), s.Login(t, globexAdmin)
	before := notificationsOf(t, s, sales, false)

	d := register(t, s, sales, registerInput("Bell Co", freshDomain("bell")))
	mustMutate(t, s, pamToken, "approveDeal", map[string]any{"id": d.ID})
	after := notificationsOf(t, s, sales, false)
	if after.Unread != before.Unread+1 || len(after.Items) == 0 {
		t.Fatalf("after the approval: %d unread (before %d), items %+v", after.Unread, before.Unread, after.Items)
	}
	newest := after.Items[0]
	if newest.Kind != "deal_approved" || !strings.Contains(newest.Title, "Platform rollout") || !strings.HasSuffix(newest.Link, "/deals/"+d.ID) || newest.ReadAt != nil {
		t.Fatalf("the approval's notification: %+v", newest)
	}
	if n := s.Client.OutboxMessage.Query().Where(outboxmessage.Kind("deal_approved"), outboxmessage.Recipient(acmeSales)).CountX(sysCtx()); n != 1 {
		t.Fatalf("%d approval e-mails queued for the registrant, want the one the bell copies", n)
	}

	// A second partner's registration on the same customer is flagged; its registrant is told.
	g := register(t, s, globex, registerInput("Bell Co", strings.TrimPrefix(d.CustomerDomain, "www.")))
	got := notificationsOf(t, s, globex, true)
	if len(got.Items) == 0 || got.Items[0].Kind != "deal_conflict" || !strings.HasSuffix(got.Items[0].Link, "/deals/"+g.ID) {
		t.Fatalf("Globex's registrant after a flagged registration: %+v", got)
	}
	for _, it := range got.Items {
		if strings.Contains(it.Title, "Acme") || it.ID == newest.ID {
			t.Fatalf("Globex is told about Acme: %+v", it)
		}
	}

	// Only its user marks a notification read.
	if marked, _ := markRead(t, s, pamToken, map[string]any{"ids": []string{newest.ID}}); marked != 0 {
		t.Fatalf("pam marked %d of Acme's notifications read", marked)
	}
	if marked, unread := markRead(t, s, sales, map[string]any{"ids": []string{newest.ID}}); marked != 1 || unread != after.Unread-1 {
		t.Fatalf("marking its own: marked %d, %d unread left (from %d)", marked, unread, after.Unread)
	}
	for _, it := range notificationsOf(t, s, sales, true).Items {
		if it.ID == newest.ID {
			t.Fatal("a notification marked read is still listed as unread")
		}
	}
	if res := s.Query(t, sales, `mutation { markNotificationsRead(input: {}) { marked } }`, nil); firstCode(res) != "BAD_USER_INPUT" {
		t.Fatalf("marking nothing: %s", res.Raw)
	}
	if _, unread := markRead(t, s, sales, map[string]any{"all": true}); unread != 0 {
		t.Fatalf("%d unread after marking all read", unread)
	}

	// A password reset's link is a credential: e-mail only.
	if res := s.Query(t, "", `mutation { requestPasswordReset(input: {email: "sales@acme-reseller.test"}) { expiresAt } }`, nil); len(res.Errors) > 0 {
		t.Fatal(string(res.Raw))
	}
	if n := s.Client.OutboxMessage.Query().Where(outboxmessage.Kind("password_reset")).CountX(sysCtx()); n != 1 {
		t.Fatalf("%d password reset e-mails queued", n)
	}
	if n := s.Client.Notification.Query().Where(notification.Kind("password_reset")).CountX(sysCtx()); n != 0 {
		t.Fatalf("%d password reset notifications", n)
	}
}

// TestNotificationsReadPrivacy: every viewer of the matrix lists exactly its own notifications,
// by ID, and node() finds no one else's.
func TestNotificationsReadPrivacy(t *testing.T) {
	s := apitest.New(t)
	sales, pamToken := s.Login(t, acmeSales), s.Login(t, pam)
	d := register(t, s, sales, registerInput("Matrix Bell", freshDomain("matrix-bell")))
	mustMutate(t, s, pamToken, "approveDeal", map[string]any{"id": d.ID})
	all := s.Client.Notification.Query().AllX(sysCtx())
	if len(all) == 0 {
		t.Fatal("no notifications in the demo world; the cells would prove little")
	}
	for _, mv := range matrixViewers {
		if mv.email == "" {
			if res := s.Query(t, "", `{ notifications { unread } }`, nil); firstCode(res) != "UNAUTHENTICATED" {
				t.Errorf("anonymous: %s", res.Raw)
			}
			continue
		}
		token := s.Login(t, mv.email)
		me := s.Client.User.Query().Where(user.Email(mv.email)).OnlyX(sysCtx())
		want := map[string]bool{}
		for _, n := range all {
			if n.UserID == me.ID {
				want[n.ID] = true
			}
		}
		got := notificationsOf(t, s, token, false)
		if len(got.Items) != len(want) {
			t.Errorf("%s lists %d notifications, owns %d", mv.name, len(got.Items), len(want))
		}
		for _, it := range got.Items {
			if !want[it.ID] {
				t.Errorf("%s lists notification %s of another user", mv.name, it.ID)
			}
		}
		for _, n := range all {
			if n.UserID == me.ID {
				continue
			}
			var out struct{ Node *struct{ ID string } }
			res := s.Query(t, token, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": n.ID})
			if len(res.Errors) == 0 {
				res.Decode(t, &out)
			}
			if out.Node != nil {
				t.Errorf("%s reads notification %s of another user through node", mv.name, n.ID)
			}
		}
	}
}
