// Package lead distributes the vendor's leads to partners: ordered routing rules with a stored
// trace, a weighted round-robin tie-break, offers with an acceptance deadline, re-routing of
// declined and lapsed offers, and conversion into a deal registration (docs/leads-and-routing.md).
// Who may do each is the Lead and LeadOffer policies' decision (ent/schema/rule/lead.go).
package lead

import (
	"context"
	"regexp"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	entlead "github.com/partnerhub/partnerhub/ent/lead"
	"github.com/partnerhub/partnerhub/ent/leadrouting"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/money"
	"github.com/partnerhub/partnerhub/internal/normalize"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// DefaultAcceptanceDeadline is how long a partner has to answer an offer unless configured
// (LEAD_ACCEPTANCE_DEADLINE).
const DefaultAcceptanceDeadline = 48 * time.Hour

// Config holds the lead settings.
type Config struct {
	AcceptanceDeadline time.Duration
}

func (c Config) deadline() time.Duration {
	if c.AcceptanceDeadline <= 0 {
		return DefaultAcceptanceDeadline
	}
	return c.AcceptanceDeadline
}

// CreateInput is a new lead.
type CreateInput struct {
	Company, Domain, ContactName, ContactEmail string
	Country                                    string
	Region                                     entlead.Region
	Vertical, Interest, Currency, Source       string
	EstimatedValue                             int64
}

var countryCode = regexp.MustCompile(`^[A-Z]{2}$`)

// validate normalizes in, or says which field is wrong.
func validate(in CreateInput) (CreateInput, error) {
	in.Company = strings.TrimSpace(in.Company)
	if in.Company == "" || len(in.Company) > 200 {
		return in, apperr.BadInput("company", "give the company, at most 200 characters")
	}
	if strings.TrimSpace(in.Domain) != "" {
		d, err := normalize.Domain(in.Domain)
		if err != nil {
			return in, apperr.BadInput("domain", "%q is not a web domain", in.Domain)
		}
		in.Domain = d
	}
	if strings.TrimSpace(in.ContactEmail) != "" {
		e, err := normalize.Email(in.ContactEmail)
		if err != nil {
			return in, apperr.BadInput("contactEmail", "%q is not an e-mail address", in.ContactEmail)
		}
		in.ContactEmail = e
	}
	in.ContactName = strings.TrimSpace(in.ContactName)
	if len(in.ContactName) > 200 {
		return in, apperr.BadInput("contactName", "at most 200 characters")
	}
	in.Country = strings.ToUpper(strings.TrimSpace(in.Country))
	if !countryCode.MatchString(in.Country) {
		return in, apperr.BadInput("country", "give an ISO-3166 alpha-2 country code such as DE")
	}
	if err := entlead.RegionValidator(in.Region); err != nil {
		return in, apperr.BadInput("region", "region must be NA, LATAM, EMEA or APAC")
	}
	if in.Currency == "" {
		in.Currency = "USD"
	}
	cur, ok := money.Currency(in.Currency)
	if !ok {
		return in, apperr.BadInput("currency", "%q is not a current ISO-4217 currency", in.Currency)
	}
	in.Currency = cur
	if in.EstimatedValue < 0 {
		return in, apperr.BadInput("estimatedValue", "the estimated value cannot be negative")
	}
	in.Vertical, in.Source = strings.TrimSpace(in.Vertical), strings.TrimSpace(in.Source)
	if len(in.Vertical) > 100 || len(in.Source) > 100 {
		return in, apperr.BadInput("vertical", "vertical and source are at most 100 characters each")
	}
	if len(in.Interest) > 2000 {
		return in, apperr.BadInput("interest", "at most 2000 characters")
	}
	return in, nil
}

// Create adds a lead and routes it at once, in client's transaction.
func Create(ctx context.Context, client *ent.Client, cfg Config, in CreateInput, now time.Time) (*ent.Lead, error) {
	in, err := validate(in)
	if err != nil {
		return nil, err
	}
	create := client.Lead.Create().
		SetCompany(in.Company).SetDomain(in.Domain).SetContactName(in.ContactName).SetContactEmail(in.ContactEmail).
		SetCountry(in.Country).SetRegion(in.Region).SetVertical(in.Vertical).SetInterest(in.Interest).
		SetEstimatedValue(in.EstimatedValue).SetCurrency(in.Currency).SetSource(in.Source).
		SetCreatedAt(now).SetUpdatedAt(now)
	if v := viewer.FromContext(ctx); v.UserID != "" {
		create.SetCreatedByID(v.UserID)
	}
	l, err := create.Save(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := Route(ctx, client, cfg, l, leadrouting.CauseCREATED, now); err != nil {
		return nil, err
	}
	return client.Lead.Get(ctx, l.ID)
}

// load reads a lead the viewer may see; any other ID answers NOT_FOUND.
func load(ctx context.Context, client *ent.Client, id string) (*ent.Lead, error) {
	l, err := client.Lead.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFoundError()
	}
	return l, err
}
