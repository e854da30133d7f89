package deal

import (
	"strings"
	"time"
	"unicode/utf8"

	entdeal "github.com/partnerhub/partnerhub/ent/deal"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/money"
	"github.com/partnerhub/partnerhub/internal/normalize"
)

// Limits on what a registration may carry; the schema holds the same ones as a backstop.
const (
	maxName        = 200
	maxDescription = 5000
	maxProducts    = 20
	maxProductLen  = 100
	maxNote        = 2000
	// maxCloseHorizon refuses expected close dates too far out to be a real opportunity.
	maxCloseHorizon = 3 * 365 * 24 * time.Hour
)

// RegisterInput is what a partner submits (the fixed field names of registerDeal).
type RegisterInput struct {
	CustomerName      string
	CustomerDomain    string
	ContactName       string
	ContactEmail      string
	Title             string
	Description       string
	Amount            int64
	Currency          string
	ExpectedCloseDate string // YYYY-MM-DD
	Products          []string
	Source            entdeal.Source
	// MdfRequestID names the partner's funded MDF activity that sourced the deal, if any.
	MdfRequestID string
	// IdempotencyKey, from the Idempotency-Key header or the input, makes a retry return the first deal.
	IdempotencyKey string
}

// registration is a validated, normalized RegisterInput.
type registration struct {
	RegisterInput
	// domain is the host the partner entered, normalized (shown on the deal); registrable is its
	// registrable domain (normalize.RegistrableDomain), the account registrations meet on.
	domain      string
	registrable string
	email       string
	closeDate   time.Time
	nameKey     string
}

// validate checks every field and reports the first bad one by its GraphQL name.
func validate(in RegisterInput, now time.Time) (registration, error) {
	r := registration{RegisterInput: in}
	r.CustomerName = strings.TrimSpace(in.CustomerName)
	r.Title = strings.TrimSpace(in.Title)
	r.ContactName = strings.TrimSpace(in.ContactName)
	if err := text("customerName", r.CustomerName, maxName, true); err != nil {
		return r, err
	}
	if r.nameKey = NameKey(r.CustomerName); r.nameKey == "" {
		return r, apperr.BadInput("customerName", "the customer name needs more than a legal form")
	}
	d, err := normalize.Domain(in.CustomerDomain)
	if err != nil {
		return r, apperr.BadInput("customerDomain", "%q is not a web domain like example.com", in.CustomerDomain)
	}
	r.domain = d
	if r.registrable, err = normalize.RegistrableDomain(d); err != nil {
		return r, apperr.BadInput("customerDomain", "%q is a public suffix, not a customer's domain: enter the customer's own domain, like example.co.uk", in.CustomerDomain)
	}
	// A mailbox provider is nobody's company: accounts are matched by domain, so one approved
	// "customer at gmail.com" would block every other partner's unrelated Gmail-using customer.
	if normalize.IsFreeMailDomain(d) {
		return r, apperr.BadInput("customerDomain", "%s is a free or disposable e-mail domain, not the customer's company: enter the company's own web domain", d)
	}
	if err := text("contactName", r.ContactName, maxName, false); err != nil {
		return r, err
	}
	if strings.TrimSpace(in.ContactEmail) != "" {
		if r.email, err = normalize.Email(in.ContactEmail); err != nil {
			return r, apperr.BadInput("contactEmail", "%q is not a valid e-mail address", in.ContactEmail)
		}
	}
	if err := text("title", r.Title, maxName, true); err != nil {
		return r, err
	}
	if err := text("description", in.Description, maxDescription, false); err != nil {
		return r, err
	}
	if in.Amount <= 0 {
		return r, apperr.BadInput("amount", "the amount must be more than zero (in minor units, e.g. cents)")
	}
	if err := checkCurrency("currency", &r.Currency); err != nil {
		return r, err
	}
	if r.closeDate, err = futureDate("expectedCloseDate", in.ExpectedCloseDate, now); err != nil {
		return r, err
	}
	if r.Products, err = products(in.Products); err != nil {
		return r, err
	}
	if err := entdeal.SourceValidator(in.Source); err != nil {
		return r, apperr.BadInput("source", "source must be SOURCED or INFLUENCED")
	}
	return r, nil
}

func text(field, v string, limit int, required bool) error {
	if required && strings.TrimSpace(v) == "" {
		return apperr.BadInput(field, "%s is required", field)
	}
	if utf8.RuneCountInString(v) > limit {
		return apperr.BadInput(field, "%s must be at most %d characters", field, limit)
	}
	if !utf8.ValidString(v) || strings.ContainsRune(v, 0) {
		return apperr.BadInput(field, "%s contains invalid characters", field)
	}
	return nil
}

// checkCurrency normalizes *c and refuses a currency outside money's list (the one tiers use too).
func checkCurrency(field string, c *string) error {
	code, ok := money.Currency(*c)
	*c = code
	if !ok {
		return apperr.BadInput(field, "%q is not an ISO-4217 currency code such as USD or EUR", *c)
	}
	return nil
}

// parseDate reads YYYY-MM-DD as midnight UTC.
func parseDate(field, v string) (time.Time, error) {
	t, err := time.Parse(time.DateOnly, strings.TrimSpace(v))
	if err != nil {
		return t, apperr.BadInput(field, "%q is not a date in the form YYYY-MM-DD", v)
	}
	return t, nil
}

// futureDate reads an expected close date: today or later, and within the horizon.
func futureDate(field, v string, now time.Time) (time.Time, error) {
	t, err := parseDate(field, v)
	if err != nil {
		return t, err
	}
	today := now.UTC().Truncate(24 * time.Hour)
	if t.Before(today) {
		return t, apperr.BadInput(field, "the expected close date %s is in the past", v)
	}
	if t.Sub(today) > maxCloseHorizon {
		return t, apperr.BadInput(field, "the expected close date %s is more than three years away", v)
	}
	return t, nil
}

func products(in []string) ([]string, error) {
	if len(in) > maxProducts {
		return nil, apperr.BadInput("products", "at most %d products", maxProducts)
	}
	out := make([]string, 0, len(in))
	for _, p := range in {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if err := text("products", p, maxProductLen, false); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}
