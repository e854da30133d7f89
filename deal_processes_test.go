package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/dealconflict"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/auth"
	"github.com/partnerhub/partnerhub/internal/database"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
	"github.com/partnerhub/partnerhub/internal/viewer"

	entdeal "github.com/partnerhub/partnerhub/ent/deal"
)

// TestFirstWinsAcrossTwoServerProcesses runs two partnerhub processes on one PostgreSQL database,
// as behind a load balancer, and sends 50 partners' registrations of one new customer to them at
// once, alternating. Exactly one registration is first; the database decides, not either process.
func TestFirstWinsAcrossTwoServerProcesses(t *testing.T) {
	if !testdb.Postgres() {
		t.Skip("needs PostgreSQL (TEST_DATABASE_URL): two processes share one database")
	}
	dsn, drop := testdb.NewSchema(t)
	t.Cleanup(drop)
	bin := filepath.Join(t.TempDir(), "partnerhub")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("building: %v\n%s", err, out)
	}
	// The first process migrates and seeds; the second starts on the ready database.
	urls := []string{startProcess(t, bin, dsn), ""}
	urls[1] = startProcess(t, bin, dsn)

	ctx := viewer.NewContext(context.Background(), viewer.System())
	db, err := database.OpenPostgres(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	client := ent.NewClient(ent.Driver(db.Driver()))
	keys, err := auth.NewKeySet(loadConfig(t, nil)) // the processes' development signing key
	if err != nil {
		t.Fatal(err)
	}
	const n = 50
	tokens := make([]string, n)
	for i := range n {
		p := client.Partner.Create().SetName(fmt.Sprintf("Process Racer %d", i)).SetSlug(fmt.Sprintf("process-racer-%d", i)).
			SetType(partner.TypeVAR).SetStatus(partner.StatusACTIVE).SetRegion(partner.RegionNA).SaveX(ctx)
		u := client.User.Create().SetEmail(fmt.Sprintf("sales@process-racer-%d.test", i)).SetName("Racer").
			SetRole(user.RolePARTNER_SALES).SetPartner(p).SaveX(ctx)
		if tokens[i], _, err = keys.Issue(u.ID, viewer.PartnerSales, p.ID, time.Now()); err != nil {
			t.Fatal(err)
		}
	}

	domain := fmt.Sprintf("two-processes-%d.example", time.Now().UnixNano())
	body := func() []byte {
		b, _ := json.Marshal(map[string]any{
			"query": `mutation($input: RegisterDealInput!) { registerDeal(input: $input) { deal { id conflicts { kind } } } }`,
			"variables": map[string]any{"input": map[string]any{
				"customerName": "Two Process Corp", "customerDomain": domain, "title": "Race", "amount": 1000,
				"currency": "USD", "expectedCloseDate": time.Now().AddDate(0, 1, 0).Format(time.DateOnly), "source": "SOURCED",
			}},
		})
		return b
	}()
	var start, done sync.WaitGroup
	start.Add(1)
	failures := make([]string, n)
	var retries atomic.Int64
	for i := range n {
		done.Add(1)
		go func() {
			defer done.Done()
			start.Wait()
			// The shared test server may run out of connections (max_connections) while other
			// suites use it; such a request never reached a transaction, so it is sent again.
			// A retry only makes it a later registration: it cannot change who was first.
			for attempt := 0; ; attempt++ {
				req, _ := http.NewRequest(http.MethodPost, urls[i%2]+"/query", bytes.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("Authorization", "Bearer "+tokens[i])
				res, err := http.DefaultClient.Do(req)
				if err != nil {
					failures[i] = err.Error()
					return
				}
				var out struct{ Errors []any }
				json.NewDecoder(res.Body).Decode(&out)
				res.Body.Close()
				failures[i] = ""
				if len(out.Errors) > 0 {
					failures[i] = fmt.Sprint(out.Errors)
				}
				if !strings.Contains(failures[i], "too many clients") || attempt == 50 {
					return
				}
				retries.Add(1)
				time.Sleep(50 * time.Millisecond)
			}
		}()
	}
	start.Done()
	done.Wait()
	for i, f := range failures {
		if f != "" {
			t.Fatalf("registration %d failed: %s", i, f)
		}
	}
	deals := client.Deal.Query().Where(entdeal.CustomerDomain(domain)).AllX(ctx)
	firsts := 0
	for _, d := range deals {
		if !client.DealConflict.Query().Where(dealconflict.DealID(d.ID), dealconflict.KindEQ(dealconflict.KindSAME_DOMAIN)).ExistX(ctx) {
			firsts++
		}
	}
	if len(deals) != n || firsts != 1 {
		t.Fatalf("%d deals, %d firsts; want %d and exactly 1", len(deals), firsts, n)
	}
	t.Logf("two processes, %d concurrent registrations: %d first, %d flagged (%d sends retried: server out of connections)", n, firsts, n-firsts, retries.Load())
}

// startProcess runs the binary on dsn and returns its base URL once /readyz answers.
func startProcess(t *testing.T, bin, dsn string) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), "DATABASE_URL="+dsn, "PORT="+strconv.Itoa(port), "APP_ENV=development",
		"DATA_DIR="+t.TempDir(), "LOG_LEVEL=ERROR", "JWT_SECRET=", "DEMO_PASSWORD=")
	var logs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if res, err := http.Get(url + "/readyz"); err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return url
			}
		}
	}
	t.Fatalf("process did not become ready:\n%s", logs.String())
	return ""
}
