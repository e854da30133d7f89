package csvimport_test

import (
	"testing"

	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

type reportJSON struct {
	DryRun        bool
	Rows, Created int
	Errors        []struct {
		Row            int
		Field, Message string
	}
}

// importCSV runs an import mutation through the API as token.
func importCSV(t *testing.T, s *apitest.Server, token, mutation, csv string, dryRun bool) reportJSON {
	t.Helper()
	var out map[string]struct{ Report reportJSON }
	s.Query(t, token, `mutation($input: ImportCsvInput!) { r: `+mutation+`(input: $input) { report { dryRun rows created errors { row field message } } } }`,
		map[string]any{"input": map[string]any{"csv": csv, "dryRun": dryRun}}).Decode(t, &out)
	return out["r"].Report
}

// Users are imported as invitations, each with its e-mail: a dry run and a file with a bad row
// write nothing (no invitation, no e-mail), and a good file invites every row.
func TestUserImportInvitesAllOrNothing(t *testing.T) {
	s := apitest.New(t)
	admin := s.Login(t, "admin@vendor.test")
	globex := s.Client.Partner.Query().Where(partner.Slug("globex-msp")).OnlyX(sys())
	good := "email,name,role,partner,job_function\n" +
		"new.sales@acme-reseller.test,Nia Sales,PARTNER_SALES,Acme Reseller,sales\n" +
		"new.admin@globex-msp.test,Gus Admin,PARTNER_ADMIN," + globex.ID + ",MANAGEMENT\n" +
		"new.cm@vendor.test,Cara Manager,CHANNEL_MANAGER,,\n"
	bad := "email,name,role,partner,job_function\n" +
		"new.sales@acme-reseller.test,Nia Sales,PARTNER_SALES,Acme Reseller,SALES\n" +
		"new.admin@globex-msp.test,Gus Admin,PARTNER_ADMIN,Nobody Inc,MANAGEMENT\n" +
		"new.cm@vendor.test,Cara Manager,WIZARD,,\n"
	invitations := func() int { return s.Client.Invitation.Query().CountX(sys()) }
	mails := func() int { return s.Client.OutboxMessage.Query().CountX(sys()) }
	inv0, mail0 := invitations(), mails()
	unchanged := func(what string) {
		t.Helper()
		if invitations() != inv0 || mails() != mail0 {
			t.Fatalf("%s wrote %d invitations and %d e-mails", what, invitations()-inv0, mails()-mail0)
		}
	}

	if rep := importCSV(t, s, admin, "importUsers", good, true); !rep.DryRun || rep.Rows != 3 || rep.Created != 0 || len(rep.Errors) != 0 {
		t.Fatalf("dry run of a good file: %+v", rep)
	}
	unchanged("the dry run")
	rep := importCSV(t, s, admin, "importUsers", bad, false)
	if rep.Created != 0 || len(rep.Errors) != 2 || rep.Errors[0].Row != 2 || rep.Errors[0].Field != "partner" ||
		rep.Errors[1].Row != 3 || rep.Errors[1].Field != "role" {
		t.Fatalf("a file with two bad rows: %+v", rep)
	}
	unchanged("a file with bad rows")
	if rep := importCSV(t, s, admin, "importUsers", good, false); rep.Created != 3 || len(rep.Errors) != 0 {
		t.Fatalf("import: %+v", rep)
	}
	if invitations() != inv0+3 || mails() != mail0+3 {
		t.Fatalf("the import wrote %d invitations and %d e-mails, want 3 and 3", invitations()-inv0, mails()-mail0)
	}
	// The same people again: each already has an open invitation; nothing more is written.
	inv0, mail0 = invitations(), mails()
	if rep := importCSV(t, s, admin, "importUsers", good, false); rep.Created != 0 || len(rep.Errors) != 3 {
		t.Fatalf("re-import: %+v", rep)
	}
	unchanged("a re-import")

	// A partner admin invites into its own organisation only: a row naming another refuses the
	// whole file, as inviteUser refuses it.
	acmeAdmin := s.Login(t, "admin@acme-reseller.test")
	s.Query(t, acmeAdmin, `mutation($input: ImportCsvInput!) { importUsers(input: $input) { report { created } } }`, map[string]any{"input": map[string]any{
		"csv": "email,role,partner\nok@acme-reseller.test,PARTNER_SALES,\nsneaky@globex-msp.test,PARTNER_SALES," + globex.ID + "\n", "dryRun": false}}).
		ExpectCode(t, "FORBIDDEN")
	unchanged("a partner admin's refused file")
	if rep := importCSV(t, s, acmeAdmin, "importUsers", "email,role\nok@acme-reseller.test,PARTNER_SALES\n", false); rep.Created != 1 {
		t.Fatalf("a partner admin inviting a colleague: %+v", rep)
	}
}

// Exchange rates: the same dry run and all-or-nothing write; a rate for a (date, from, to) that
// exists, in the database or earlier in the file, is reported as an error, never overwritten.
func TestExchangeRateImport(t *testing.T) {
	s := apitest.New(t)
	admin := s.Login(t, "admin@vendor.test")
	rates := func() int { return s.Client.ExchangeRate.Query().CountX(sys()) }
	before := rates()
	good := "date,from,to,rate\n2031-01-02,EUR,USD,1.09\n2031-01-02,GBP,USD,1.27\n2031-01-03,EUR,USD,1.1\n"
	if rep := importCSV(t, s, admin, "importExchangeRates", good, true); rep.Rows != 3 || rep.Created != 0 || len(rep.Errors) != 0 || rates() != before {
		t.Fatalf("dry run: %+v, %d written", rep, rates()-before)
	}
	bad := "date,from,to,rate\n2031-01-02,EUR,USD,1.09\n2031-01-02,GBP,USD,abc\n2031-01-02,EUR,USD,1.08\n"
	rep := importCSV(t, s, admin, "importExchangeRates", bad, false)
	if rep.Created != 0 || len(rep.Errors) != 2 || rep.Errors[0].Row != 2 || rep.Errors[0].Field != "rate" ||
		rep.Errors[1].Row != 3 || rep.Errors[1].Field != "date" || rates() != before {
		t.Fatalf("a bad rate and a duplicate in the file: %+v, %d written", rep, rates()-before)
	}
	if rep := importCSV(t, s, admin, "importExchangeRates", good, false); rep.Created != 3 || rates() != before+3 {
		t.Fatalf("import: %+v, %d written", rep, rates()-before)
	}
	if rep := importCSV(t, s, admin, "importExchangeRates", good, false); rep.Created != 0 || len(rep.Errors) != 3 || rates() != before+3 {
		t.Fatalf("re-import of existing rates: %+v", rep)
	}
	s.Query(t, s.Login(t, "pam@vendor.test"), `mutation { importExchangeRates(input: {csv: "date,from,to,rate\n2031-02-01,EUR,USD,1.1\n", dryRun: false}) { report { created } } }`, nil).
		ExpectCode(t, "FORBIDDEN")
}
