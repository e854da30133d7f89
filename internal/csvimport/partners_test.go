package csvimport_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/csvimport"
	"github.com/partnerhub/partnerhub/internal/seed"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

func sys() context.Context { return viewer.NewContext(context.Background(), viewer.System()) }

// fiftyPartners is a CSV of 50 new partners; bad rows 17 and 42 when broken is set (an unknown
// region, and the website of a demo partner).
func fiftyPartners(broken bool) string {
	var b strings.Builder
	b.WriteString("name,type,region,country,website,tier,verticals\n")
	for i := 1; i <= 50; i++ {
		region, website := "EMEA", fmt.Sprintf("https://import-%02d.example", i)
		if broken && i == 17 {
			region = "MARS"
		}
		if broken && i == 42 {
			website = "https://www.acme-reseller.test"
		}
		fmt.Fprintf(&b, "Imported Partner %02d,RESELLER,%s,DE,%s,Silver,Retail; Manufacturing\n", i, region, website)
	}
	return b.String()
}

// importAs runs an import as the given user in one transaction, as the API's request does.
func importAs(t *testing.T, client *ent.Client, email, csv string, dryRun bool) (csvimport.Report, error) {
	t.Helper()
	u := client.User.Query().Where(user.Email(email)).OnlyX(sys())
	ctx := viewer.NewContext(context.Background(), &viewer.Viewer{UserID: u.ID, Role: viewer.Role(u.Role), PartnerID: u.PartnerID})
	tx, err := client.Tx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := csvimport.Partners(ctx, tx.Client(), strings.NewReader(csv), dryRun)
	if err != nil {
		tx.Rollback()
		return rep, err
	}
	return rep, tx.Commit()
}

// The "done when": a CSV import of 50 partners dry-runs with two reported errors and then
// imports.
func TestFiftyPartnersDryRunWithTwoErrorsThenImport(t *testing.T) {
	client := testdb.Client(t)
	if _, err := seed.Program(sys(), client, "test-password"); err != nil {
		t.Fatal(err)
	}
	before := client.Partner.Query().CountX(sys())
	count := func() int { return client.Partner.Query().CountX(sys()) - before }

	rep, err := importAs(t, client, "admin@vendor.test", fiftyPartners(true), true)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Rows != 50 || rep.Created != 0 || len(rep.Errors) != 2 ||
		rep.Errors[0].Row != 17 || rep.Errors[0].Field != "region" || rep.Errors[1].Row != 42 || rep.Errors[1].Field != "website" {
		t.Fatalf("dry run report: %+v", rep)
	}
	if n := count(); n != 0 {
		t.Fatalf("the dry run wrote %d partners", n)
	}
	// Without the dry run, the same file writes nothing either: all or nothing.
	rep, err = importAs(t, client, "admin@vendor.test", fiftyPartners(true), false)
	if err != nil || len(rep.Errors) != 2 || rep.Created != 0 || count() != 0 {
		t.Fatalf("an import with bad rows: %+v, %v, %d written", rep, err, count())
	}
	// The fixed file dry-runs clean, then imports every row.
	if rep, err = importAs(t, client, "admin@vendor.test", fiftyPartners(false), true); err != nil || len(rep.Errors) != 0 || count() != 0 {
		t.Fatalf("dry run of the fixed file: %+v, %v", rep, err)
	}
	rep, err = importAs(t, client, "admin@vendor.test", fiftyPartners(false), false)
	if err != nil || rep.Created != 50 || len(rep.Errors) != 0 || count() != 50 {
		t.Fatalf("import: %+v, %v, %d written", rep, err, count())
	}
	p := client.Partner.Query().Where(partner.Name("Imported Partner 07")).WithTier().OnlyX(sys())
	if p.Country != "DE" || p.Region != partner.RegionEMEA || p.Edges.Tier.Name != "Silver" || len(p.Verticals) != 2 || *p.Domain != "import-07.example" {
		t.Fatalf("imported partner: %+v", p)
	}
	// Importing the same file again: every row collides with what is there now.
	if rep, _ := importAs(t, client, "admin@vendor.test", fiftyPartners(false), false); len(rep.Errors) != 50 || count() != 50 {
		t.Fatalf("re-import: %d errors, %d partners", len(rep.Errors), count())
	}
}

// A partner admin may not import partners: every row is refused by the Partner policy, and the
// file writes nothing.
func TestPartnerImportByAPartnerWritesNothing(t *testing.T) {
	client := testdb.Client(t)
	if _, err := seed.Program(sys(), client, "test-password"); err != nil {
		t.Fatal(err)
	}
	before := client.Partner.Query().CountX(sys())
	rep, err := importAs(t, client, "admin@acme-reseller.test", "name,type,region\nSneaky Co,RESELLER,NA\n", false)
	if err == nil && len(rep.Errors) == 0 {
		t.Fatalf("a partner admin imported partners: %+v", rep)
	}
	if n := client.Partner.Query().CountX(sys()); n != before {
		t.Fatalf("%d partners written", n-before)
	}
}

func TestMalformedFilesAreRefusedWhole(t *testing.T) {
	client := testdb.Client(t)
	seed.Program(sys(), client, "test-password")
	for name, csv := range map[string]string{
		"empty":          "",
		"no rows":        "name,type,region\n",
		"unknown column": "name,type,region,colour\nX,VAR,NA,red\n",
		"missing column": "name,type\nX,VAR\n",
		"ragged":         "name,type,region\nX,VAR\n",
	} {
		if _, err := importAs(t, client, "admin@vendor.test", csv, true); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
