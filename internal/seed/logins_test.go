package seed_test

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

// documentedLogins reads the demo logins from the README's table, so a login added there without
// demo data of its own fails TestEveryDemoLoginHasAWorkingSet.
func documentedLogins(t *testing.T) []string {
	t.Helper()
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(readme)
	start := strings.Index(text, "prints the demo logins")
	end := -1
	if start >= 0 {
		end = strings.Index(text[start:], "\n## ")
	}
	if end < 0 {
		t.Fatal(`the README no longer has its demo-login table after "prints the demo logins"`)
	}
	end += start
	var out []string
	for _, m := range regexp.MustCompile("`([a-z-]+@[a-z.-]+\\.test)`").FindAllStringSubmatch(text[start:end], -1) {
		out = append(out, m[1])
	}
	if len(out) < 6 {
		t.Fatalf("found %d demo logins in the README (%v), want the six of the table", len(out), out)
	}
	return out
}

type loginView struct {
	Viewer struct {
		ID      string
		Role    string
		Partner *struct{ ID string }
	}
	Deals struct {
		TotalCount int
		PageInfo   struct {
			HasNextPage bool
			EndCursor   string
		}
		Edges []struct {
			Node struct {
				ID           string
				Status       string
				Partner      struct{ ID string }
				RegisteredBy struct{ ID string }
				Extensions   []struct {
					Status      string
					RequestedBy struct{ ID string }
				}
			}
		}
	}
}

const loginDeals = `query($after: Cursor) {
  viewer { id role partner { id } }
  deals(first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id status partner { id } registeredBy { id }
      extensions { status requestedBy { id } } } }
  }
}`

// TestEveryDemoLoginHasAWorkingSet signs in as each login the README documents and checks that the
// portal has something to show them: deals of their own in several statuses, an extension request
// waiting, and for the channel team, decisions to make. A partner sales rep's deals are all their
// own registrations; a partner admin's are their organisation's, registered by more than one person.
func TestEveryDemoLoginHasAWorkingSet(t *testing.T) {
	s := apitest.New(t)
	for _, email := range documentedLogins(t) {
		t.Run(email, func(t *testing.T) {
			token := s.Login(t, email)
			var me loginView
			type dealRow = struct {
				status, partner, registrant string
				pendingByViewer, pending    bool
			}
			var deals []dealRow
			after := any(nil)
			for {
				var page loginView
				s.Query(t, token, loginDeals, map[string]any{"after": after}).Decode(t, &page)
				me = page
				for _, e := range page.Deals.Edges {
					row := dealRow{status: e.Node.Status, partner: e.Node.Partner.ID, registrant: e.Node.RegisteredBy.ID}
					for _, x := range e.Node.Extensions {
						if x.Status == "PENDING" {
							row.pending = true
							row.pendingByViewer = row.pendingByViewer || x.RequestedBy.ID == page.Viewer.ID
						}
					}
					deals = append(deals, row)
				}
				if !page.Deals.PageInfo.HasNextPage {
					break
				}
				after = page.Deals.PageInfo.EndCursor
			}

			statuses, partners, registrants := map[string]int{}, map[string]bool{}, map[string]bool{}
			pending, pendingOwn := 0, 0
			for _, d := range deals {
				statuses[d.status]++
				partners[d.partner] = true
				registrants[d.registrant] = true
				if d.pending {
					pending++
				}
				if d.pendingByViewer {
					pendingOwn++
				}
			}
			t.Logf("%s sees %d deals of %d partners by %d registrants; %v; %d pending extensions (%d their own)",
				me.Viewer.Role, len(deals), len(partners), len(registrants), statuses, pending, pendingOwn)
			if len(deals) < 10 {
				t.Errorf("%s sees %d deals, want a working set of at least 10", email, len(deals))
			}
			for _, want := range []string{"SUBMITTED", "APPROVED", "WON", "LOST"} {
				if statuses[want] == 0 {
					t.Errorf("%s sees no %s deal (%v)", email, want, statuses)
				}
			}
			if pending == 0 {
				t.Errorf("%s sees no pending extension request", email)
			}

			switch me.Viewer.Role {
			case "PARTNER_SALES":
				if registrants[me.Viewer.ID] != true || len(registrants) != 1 {
					t.Errorf("%s sees deals of %d registrants, want only their own", email, len(registrants))
				}
				if pendingOwn == 0 {
					t.Errorf("%s has no extension request of their own waiting", email)
				}
			case "PARTNER_ADMIN":
				if me.Viewer.Partner == nil || len(partners) != 1 || !partners[me.Viewer.Partner.ID] {
					t.Errorf("%s sees deals of %d partners, want their own organisation's", email, len(partners))
				}
				if !registrants[me.Viewer.ID] || len(registrants) < 2 {
					t.Errorf("%s sees deals of %d registrants (own: %v), want their team's and their own", email, len(registrants), registrants[me.Viewer.ID])
				}
			case "ADMIN", "CHANNEL_MANAGER":
				if len(partners) < 5 {
					t.Errorf("%s sees deals of %d partners, want the whole program", email, len(partners))
				}
				var queue struct {
					DealApprovalQueue struct {
						Edges []struct {
							Node struct {
								Overdue         bool
								ManagedByViewer bool
							}
						}
					}
				}
				s.Query(t, token, `{ dealApprovalQueue(first: 100) { edges { node { overdue managedByViewer } } } }`, nil).Decode(t, &queue)
				managed := 0
				for _, q := range queue.DealApprovalQueue.Edges {
					if q.Node.ManagedByViewer {
						managed++
					}
				}
				if len(queue.DealApprovalQueue.Edges) == 0 || (me.Viewer.Role == "CHANNEL_MANAGER" && managed == 0) {
					t.Errorf("%s has %d registrations to decide (%d of partners they manage)", email, len(queue.DealApprovalQueue.Edges), managed)
				}
			default:
				t.Errorf("%s has role %q", email, me.Viewer.Role)
			}
		})
	}
}
