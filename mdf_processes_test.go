package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/mdfrequest"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/auth"
	"github.com/partnerhub/partnerhub/internal/database"
	"github.com/partnerhub/partnerhub/internal/mdf"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// TestMdfNeverOverspentAcrossTwoServerProcesses runs two partnerhub processes on one PostgreSQL
// database and sends pam's approvals of 50 requests of 3,000 on an allocation of 100,000 to them
// at once, alternating: exactly 33 fit, and the ledger never goes below zero. The allocation's row
// lock in the database decides, not either process.
func TestMdfNeverOverspentAcrossTwoServerProcesses(t *testing.T) {
	if !testdb.Postgres() {
		t.Skip("needs PostgreSQL (TEST_DATABASE_URL): two processes share one database")
	}
	dsn, drop := testdb.NewSchema(t)
	t.Cleanup(drop)
	bin := filepath.Join(t.TempDir(), "partnerhub")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("building: %v\n%s", err, out)
	}
	urls := []string{startProcess(t, bin, dsn), ""}
	urls[1] = startProcess(t, bin, dsn)

	sys := viewer.NewContext(context.Background(), viewer.System())
	db, err := database.OpenPostgres(sys, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	client := ent.NewClient(ent.Driver(db.Driver()))
	as := func(email string) (*ent.User, context.Context) {
		u := client.User.Query().Where(user.Email(email)).OnlyX(sys)
		return u, viewer.NewContext(context.Background(), &viewer.Viewer{UserID: u.ID, Role: viewer.Role(u.Role), PartnerID: u.PartnerID})
	}
	_, admin := as("admin@vendor.test")
	_, acme := as("admin@acme-reseller.test")
	pam, _ := as("pam@vendor.test")
	acmeID := client.Partner.Query().Where(partner.Slug("acme-reseller")).OnlyX(sys).ID
	a, err := mdf.CreateAllocation(admin, client, mdf.AllocationInput{PartnerID: acmeID, PeriodStart: "2045-01-01", PeriodEnd: "2045-03-31", Amount: 100_000, Currency: "USD"})
	if err != nil {
		t.Fatal(err)
	}
	const n = 50
	ids := make([]string, n)
	for i := range ids {
		kind, title, day, amount := mdfrequest.ActivityTypeWEBINAR, fmt.Sprintf("Race %d", i), "2045-02-01", int64(3_000)
		r, err := mdf.CreateRequest(acme, client, mdf.Config{}, mdf.RequestInput{AllocationID: a.ID, ActivityType: &kind, Title: &title,
			StartDate: &day, EndDate: &day, RequestedAmount: &amount}, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		ids[i] = r.ID
	}
	keys, err := auth.NewKeySet(loadConfig(t, nil))
	if err != nil {
		t.Fatal(err)
	}
	token, _, err := keys.Issue(pam.ID, viewer.ChannelManager, "", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	var start, done sync.WaitGroup
	start.Add(1)
	codes := make([]string, n)
	for i := range n {
		done.Add(1)
		go func() {
			defer done.Done()
			start.Wait()
			body, _ := json.Marshal(map[string]any{
				"query":     `mutation($input: ApproveMdfRequestInput!) { approveMdfRequest(input: $input) { request { id } } }`,
				"variables": map[string]any{"input": map[string]any{"id": ids[i], "approvedAmount": 3_000}},
			})
			for attempt := 0; ; attempt++ {
				req, _ := http.NewRequest(http.MethodPost, urls[i%2]+"/query", bytes.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("Authorization", "Bearer "+token)
				res, err := http.DefaultClient.Do(req)
				if err != nil {
					codes[i] = err.Error()
					return
				}
				var out struct {
					Errors []struct {
						Message    string
						Extensions struct{ Code string }
					}
				}
				json.NewDecoder(res.Body).Decode(&out)
				res.Body.Close()
				codes[i] = ""
				if len(out.Errors) > 0 {
					codes[i] = out.Errors[0].Extensions.Code
					// The shared test server may run out of connections; such a request never
					// reached a transaction, so it is sent again.
					if strings.Contains(out.Errors[0].Message, "too many clients") && attempt < 50 {
						time.Sleep(50 * time.Millisecond)
						continue
					}
				}
				return
			}
		}()
	}
	start.Done()
	done.Wait()
	approved, refused := 0, 0
	for i, c := range codes {
		switch c {
		case "":
			approved++
		case "CONFLICT":
			refused++
		default:
			t.Fatalf("approval %d: %s", i, c)
		}
	}
	b, err := mdf.BalanceOf(sys, client, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if approved != 33 || refused != 17 || b.Committed != 99_000 || b.Remaining != 1_000 || b.Negative() != "" {
		t.Fatalf("%d approved, %d refused, balance %+v; want 33, 17, 99000 committed and 1000 remaining", approved, refused, b)
	}
	t.Logf("two processes, %d concurrent approvals of 3000 on 100000: %d approved, %d refused, committed %d, remaining %d", n, approved, refused, b.Committed, b.Remaining)
}
