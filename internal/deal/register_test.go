package deal_test

import (
	"strings"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent/account"
	"github.com/partnerhub/partnerhub/ent/dealconflict"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/deal"
	"github.com/partnerhub/partnerhub/internal/normalize"

	entdeal "github.com/partnerhub/partnerhub/ent/deal"
)

func TestRegisterValidation(t *testing.T) {
	e := newEnv(t)
	ctx := e.as(t, "sales@acme-reseller.test")
	yesterday := time.Now().UTC().AddDate(0, 0, -1).Format(time.DateOnly)
	cases := []struct {
		field  string
		change func(*deal.RegisterInput)
	}{
		{"customerName", func(in *deal.RegisterInput) { in.CustomerName = "  " }},
		{"customerName", func(in *deal.RegisterInput) { in.CustomerName = "Inc." }},
		{"customerName", func(in *deal.RegisterInput) { in.CustomerName = strings.Repeat("x", 201) }},
		{"customerDomain", func(in *deal.RegisterInput) { in.CustomerDomain = "not a domain" }},
		{"customerDomain", func(in *deal.RegisterInput) { in.CustomerDomain = "10.0.0.1" }},
		{"customerDomain", func(in *deal.RegisterInput) { in.CustomerDomain = "gmail.com" }},
		{"customerDomain", func(in *deal.RegisterInput) { in.CustomerDomain = "https://www.Outlook.com/" }},
		{"customerDomain", func(in *deal.RegisterInput) { in.CustomerDomain = "mail.yahoo.co.uk" }},
		{"customerDomain", func(in *deal.RegisterInput) { in.CustomerDomain = "mailinator.com" }},
		{"contactEmail", func(in *deal.RegisterInput) { in.ContactEmail = "casey at example" }},
		{"title", func(in *deal.RegisterInput) { in.Title = "" }},
		{"description", func(in *deal.RegisterInput) { in.Description = strings.Repeat("x", 5001) }},
		{"amount", func(in *deal.RegisterInput) { in.Amount = 0 }},
		{"amount", func(in *deal.RegisterInput) { in.Amount = -100 }},
		{"currency", func(in *deal.RegisterInput) { in.Currency = "XYZ" }},
		{"currency", func(in *deal.RegisterInput) { in.Currency = "dollars" }},
		{"expectedCloseDate", func(in *deal.RegisterInput) { in.ExpectedCloseDate = yesterday }},
		{"expectedCloseDate", func(in *deal.RegisterInput) { in.ExpectedCloseDate = "31/12/2030" }},
		{"products", func(in *deal.RegisterInput) { in.Products = []string{strings.Repeat("p", 101)} }},
		{"source", func(in *deal.RegisterInput) { in.Source = "BOUGHT" }},
	}
	for _, c := range cases {
		in := input("Valid Co", "valid.example")
		c.change(&in)
		_, err := e.register(ctx, in)
		ae, ok := apperr.As(err)
		if !ok || ae.Code != apperr.BadUserInput || ae.Field != c.field {
			t.Errorf("%s: got %v, want BAD_USER_INPUT on %s", c.field, err, c.field)
		}
	}
	if n := e.client.Deal.Query().CountX(sys()); n != 0 {
		t.Errorf("%d deals saved by invalid registrations", n)
	}
	if n := e.client.Account.Query().CountX(sys()); n != 0 {
		t.Errorf("%d accounts saved by invalid registrations", n)
	}
}

func TestRegisterNormalizesAndMatchesAccount(t *testing.T) {
	e := newEnv(t)
	d := e.mustRegister(t, e.as(t, "sales@acme-reseller.test"), deal.RegisterInput{
		CustomerName: " Initech, Inc. ", CustomerDomain: "HTTPS://WWW.Initech.example/contact", ContactEmail: "Bill@INITECH.example",
		Title: "Renewal", Amount: 100, Currency: "eur", ExpectedCloseDate: time.Now().UTC().Format(time.DateOnly), Source: entdeal.SourceINFLUENCED,
	})
	if d.CustomerDomain != "initech.example" || d.ContactEmail != "bill@initech.example" || d.Currency != "EUR" {
		t.Errorf("not normalized: %+v", d)
	}
	if d.DecisionDueAt.Sub(d.CreatedAt) != deal.DefaultDecisionSLA {
		t.Errorf("decision due %v after submission, want %v", d.DecisionDueAt.Sub(d.CreatedAt), deal.DefaultDecisionSLA)
	}
	acc := e.client.Account.GetX(sys(), d.AccountID)
	if acc.Domain != "initech.example" || acc.NameKey != "initech" {
		t.Errorf("account = %+v", acc)
	}
	// Another partner on the same domain lands on the same account.
	g := e.mustRegister(t, e.as(t, "sales@globex-msp.test"), input("Initech", "initech.example"))
	if g.AccountID != d.AccountID {
		t.Errorf("second registration made account %s, want %s", g.AccountID, d.AccountID)
	}
}

// TestSubdomainsMeetOnTheRegistrableDomain: shop.northwind.example and northwind.example are one
// customer: registrations of either meet on one account and conflict as the same domain, while
// each deal keeps the host its partner entered. northwind.co.uk and other.co.uk stay apart.
func TestSubdomainsMeetOnTheRegistrableDomain(t *testing.T) {
	e := newEnv(t)
	acme, globex := e.as(t, "sales@acme-reseller.test"), e.as(t, "sales@globex-msp.test")
	for _, c := range []struct{ first, second, registrable string }{
		{"shop.northwind.example", "northwind.example", "northwind.example"},
		{"northwind.co.uk", "https://eu.shop.northwind.co.uk/", "northwind.co.uk"},
	} {
		t.Run(c.first, func(t *testing.T) {
			a := e.mustRegister(t, acme, input("Northwind Traders", c.first))
			in := input("Northwind", c.second)
			in.ContactEmail = "nina@" + c.registrable
			g := e.mustRegister(t, globex, in)
			if a.AccountID != g.AccountID {
				t.Errorf("%s and %s made two accounts", c.first, c.second)
			}
			if acc := e.client.Account.GetX(sys(), a.AccountID); acc.Domain != c.registrable {
				t.Errorf("account domain %q, want %q", acc.Domain, c.registrable)
			}
			if want, _ := normalize.Domain(c.second); g.CustomerDomain != want {
				t.Errorf("deal shows %q, want the host entered, %q", g.CustomerDomain, want)
			}
			n := e.client.DealConflict.Query().Where(dealconflict.DealID(g.ID), dealconflict.KindEQ(dealconflict.KindSAME_DOMAIN)).CountX(sys())
			if n != 1 {
				t.Errorf("%d SAME_DOMAIN conflicts on %s after %s, want 1", n, c.second, c.first)
			}
			// A colleague's registration of another host of the customer is the organisation's own duplicate.
			if _, err := e.register(e.as(t, "presales@acme-reseller.test"), input("Northwind", "www."+c.registrable)); codeOf(err) != apperr.Conflict {
				t.Errorf("own duplicate on another host: %v, want CONFLICT", err)
			}
		})
	}
	// Another customer under the same public suffix is not the same domain.
	o := e.mustRegister(t, globex, input("Other Ltd", "other.co.uk"))
	if n := e.client.DealConflict.Query().Where(dealconflict.DealID(o.ID)).CountX(sys()); n != 0 {
		t.Errorf("other.co.uk flagged with %d conflicts", n)
	}
	if _, err := e.register(globex, input("Suffix", "co.uk")); codeOf(err) != apperr.BadUserInput {
		t.Errorf("a bare public suffix as the customer's domain: %v, want BAD_USER_INPUT", err)
	}
}

func TestOwnActiveDuplicateIsConflictAndSavesNothing(t *testing.T) {
	e := newEnv(t)
	sales, colleague := e.as(t, "sales@acme-reseller.test"), e.as(t, "presales@acme-reseller.test")
	e.mustRegister(t, sales, input("Dupe Co", "dupe.example"))
	before := e.client.Deal.Query().CountX(sys())
	// A colleague of the same organisation, on the same account (another spelling of the domain).
	_, err := e.register(colleague, input("Dupe Company", "www.dupe.example"))
	if codeOf(err) != apperr.Conflict {
		t.Fatalf("own duplicate: %v, want CONFLICT", err)
	}
	// The colleague may not read the rep's registration, so is not told its status or date.
	if msg := err.Error(); strings.Contains(msg, "submitted") || strings.Contains(msg, "registered 20") {
		t.Errorf("a colleague learns about a registration it may not read: %s", msg)
	}
	if after := e.client.Deal.Query().CountX(sys()); after != before {
		t.Errorf("deals %d → %d after a refused duplicate", before, after)
	}
	// The organisation's admin may, and is told.
	_, err = e.register(e.as(t, "admin@acme-reseller.test"), input("Dupe Co", "dupe.example"))
	if codeOf(err) != apperr.Conflict || !strings.Contains(err.Error(), "submitted, registered 20") {
		t.Errorf("the partner admin's duplicate: %v, want CONFLICT naming the status and date", err)
	}
}

func TestConflictDetection(t *testing.T) {
	e := newEnv(t)
	acme, globex := e.as(t, "sales@acme-reseller.test"), e.as(t, "sales@globex-msp.test")
	first := e.mustRegister(t, acme, input("Umbrella Pharmaceuticals GmbH", "umbrella-pharma.example"))

	// A DIRECT account, owned by the vendor's direct sales.
	admin := e.client.User.Query().Where(user.Email("admin@vendor.test")).OnlyX(sys())
	e.client.Account.Create().SetName("Massive Dynamic").SetNameKey(deal.NameKey("Massive Dynamic")).SetDomain("massive.example").
		SetOwnerKind(account.OwnerKindDIRECT).SetDirectOwnerID(admin.ID).ExecX(sys())

	cases := []struct {
		name     string
		in       func() deal.RegisterInput
		kind     dealconflict.Kind
		blocking bool
		reason   string
	}{
		{"same domain", func() deal.RegisterInput { return input("Umbrella", "umbrella-pharma.example") },
			dealconflict.KindSAME_DOMAIN, true, "Another partner registered umbrella-pharma.example earlier"},
		{"similar name", func() deal.RegisterInput {
			return input("UMBRELLA PHARMACEUTICALS, Inc.", "umbrella-pharmaceuticals.example")
		},
			dealconflict.KindSIMILAR_NAME, false, "is, apart from spelling and legal form, the same as the name of a customer another partner holds an active registration for"},
		{"contact e-mail domain", func() deal.RegisterInput {
			in := input("Umbrella Research Lab", "umbrella-research.example")
			in.ContactEmail = "ceo@umbrella-pharma.example"
			return in
		}, dealconflict.KindEMAIL_DOMAIN, false, "e-mail address is at umbrella-pharma.example, which belongs to a customer another partner holds"},
		{"direct account", func() deal.RegisterInput { return input("Massive Dynamic", "massive.example") },
			dealconflict.KindDIRECT_ACCOUNT, true, "massive.example is a named account of the vendor's direct sales team"},
		{"similar to direct account", func() deal.RegisterInput { return input("Massive Dynamics Ltd", "massive-dynamics.example") },
			dealconflict.KindSIMILAR_NAME, false, "reads almost like the name of a named account of the vendor's direct sales team"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := e.mustRegister(t, globex, c.in())
			cs := e.client.DealConflict.Query().Where(dealconflict.DealID(d.ID)).AllX(sys())
			var found bool
			for _, x := range cs {
				if x.Kind != c.kind {
					continue
				}
				found = true
				if x.Blocking != c.blocking || !strings.Contains(x.Reason, c.reason) {
					t.Errorf("%s conflict = blocking %v, reason %q; want blocking %v, reason containing %q", c.kind, x.Blocking, x.Reason, c.blocking, c.reason)
				}
				if strings.Contains(x.Reason, "Acme") || strings.Contains(x.Reason, first.ID) {
					t.Errorf("reason names the other partner or deal: %q", x.Reason)
				}
				if x.Detail == nil || *x.Detail == "" {
					t.Errorf("no vendor detail on %s conflict", c.kind)
				}
				if c.kind != dealconflict.KindDIRECT_ACCOUNT && !strings.Contains(c.name, "direct") {
					if x.ConflictingDealID != first.ID || !strings.Contains(*x.Detail, "Acme Reseller") {
						t.Errorf("vendor side of conflict: deal %q detail %q; want %s and Acme Reseller", x.ConflictingDealID, *x.Detail, first.ID)
					}
				}
			}
			if !found {
				t.Fatalf("no %s conflict among %v", c.kind, cs)
			}
			// Withdraw it again so later cases start from the same state.
			e.withdraw(t, globex, d.ID)
		})
	}
	// Unrelated names stay clear.
	d := e.mustRegister(t, globex, input("Aperture Science", "aperture.example"))
	if cs := e.client.DealConflict.Query().Where(dealconflict.DealID(d.ID)).AllX(sys()); len(cs) != 0 {
		t.Errorf("unrelated registration flagged: %v", cs)
	}
}

func TestNameKeyAndSimilarity(t *testing.T) {
	for _, c := range []struct {
		a, b  string
		match bool
	}{
		{"Acme Corp.", "ACME Corporation, Inc.", true},
		{"Acme Industries", "Acme Industrial", true},
		{"Société Générale S.A.", "Societe Generale", true},
		{"Johnson & Johnson", "Johnson and Johnson", true},
		{"Acme", "Apex", false},
		{"Globex", "Globe Logistics", false},
		{"Initech", "Initrode", false},
	} {
		s := deal.Similarity(deal.NameKey(c.a), deal.NameKey(c.b))
		if (s >= deal.SimilarNameThreshold) != c.match {
			t.Errorf("%q ~ %q = %.2f; match want %v (threshold %.2f)", c.a, c.b, s, c.match, deal.SimilarNameThreshold)
		}
	}
}

func TestIdempotencyKey(t *testing.T) {
	e := newEnv(t)
	ctx := e.as(t, "sales@acme-reseller.test")
	in := input("Retry Co", "retry.example")
	in.IdempotencyKey = "3f1c9a4e-retry"
	first := e.mustRegister(t, ctx, in)
	again := e.mustRegister(t, ctx, in)
	if again.ID != first.ID {
		t.Fatalf("retry made deal %s, want the first %s", again.ID, first.ID)
	}
	other := in
	other.Title = "Something else"
	if _, err := e.register(ctx, other); codeOf(err) != apperr.Conflict {
		t.Errorf("key reused for another request: %v, want CONFLICT", err)
	}
	// The key is the user's: a colleague's identical key is independent (and hits the own-duplicate rule).
	if _, err := e.register(e.as(t, "presales@acme-reseller.test"), in); codeOf(err) != apperr.Conflict {
		t.Errorf("colleague with same key: %v, want CONFLICT (own active duplicate)", err)
	}
	if n := e.client.Deal.Query().CountX(sys()); n != 1 {
		t.Errorf("%d deals, want 1", n)
	}
}
