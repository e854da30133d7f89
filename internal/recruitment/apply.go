// Package recruitment is the entry of the partner program: companies apply, and the vendor's
// channel team approves them (with a tier and a manager, inviting the contact as the new partner's
// admin) or declines them with a reason.
package recruitment

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/partnerapplication"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/database"
	"github.com/partnerhub/partnerhub/internal/ids"
	"github.com/partnerhub/partnerhub/internal/invitation"
	"github.com/partnerhub/partnerhub/internal/mail"
	"github.com/partnerhub/partnerhub/internal/normalize"
	"github.com/partnerhub/partnerhub/internal/program"
	"github.com/partnerhub/partnerhub/internal/requestid"
	"github.com/partnerhub/partnerhub/internal/viewer"
	"github.com/partnerhub/partnerhub/internal/webhook"
)

// Service runs applications.
type Service struct {
	invitations *invitation.Service
	outbox      *mail.Outbox
	// perHour bounds applications from one address: the form is public, so without a limit
	// anyone could flood the review queue and squat on domains.
	perHour int
	dialect string // the database's, for LockKey
	now     func() time.Time
}

// NewService returns the recruitment service.
func NewService(invitations *invitation.Service, outbox *mail.Outbox, perHour int, dialect string) *Service {
	return &Service{invitations: invitations, outbox: outbox, perHour: perHour, dialect: dialect, now: time.Now}
}

// ApplyInput is the public application form.
type ApplyInput struct {
	Company      string
	Website      string
	PartnerType  partner.Type
	Country      string
	Region       *partner.Region
	ContactName  string
	ContactEmail string
	Motivation   *string
}

var countryCode = regexp.MustCompile(`^[A-Z]{2}$`)

// Apply records an application and the partner it would become, in ONBOARDING status until the
// channel team decides. Anyone may apply. A domain that already belongs to a partner gets no second
// partner record: the application is kept for the reviewers without one.
func (s *Service) Apply(ctx context.Context, client *ent.Client, in ApplyInput) (*ent.PartnerApplication, error) {
	sys := viewer.SystemContext(ctx) // privacy escape: the applicant is anonymous; the application is its only authority
	app, err := s.apply(ctx, sys, client, in)
	if err != nil {
		return nil, err
	}
	// Filed under no partner, so only the vendor's subscriptions receive it: nobody of the
	// applicant's organisation may read the application yet.
	return app, webhook.Publish(sys, client, webhook.PartnerApplied, app.ID, "")
}

func (s *Service) apply(ctx, sys context.Context, client *ent.Client, in ApplyInput) (*ent.PartnerApplication, error) {
	ip := requestid.ClientFromContext(ctx).IP
	if err := s.checkRate(sys, client, ip); err != nil {
		return nil, err
	}
	company := strings.TrimSpace(in.Company)
	if company == "" {
		return nil, apperr.BadInput("company", "the company name is required")
	}
	domain, err := normalize.Domain(in.Website)
	if err != nil || in.Website == "" {
		return nil, apperr.BadInput("website", "%q has no valid web domain", in.Website)
	}
	if err := partner.TypeValidator(in.PartnerType); err != nil {
		return nil, apperr.BadInput("partnerType", "unknown partner type")
	}
	country := strings.ToUpper(strings.TrimSpace(in.Country))
	if !countryCode.MatchString(country) {
		return nil, apperr.BadInput("country", "use a two-letter ISO-3166 country code")
	}
	region, err := regionOf(country, in.Region)
	if err != nil {
		return nil, err
	}
	contactName := strings.TrimSpace(in.ContactName)
	if contactName == "" {
		return nil, apperr.BadInput("contactName", "the contact's name is required")
	}
	email, err := normalize.Email(in.ContactEmail)
	if err != nil {
		return nil, apperr.BadInput("contactEmail", "%q is not a valid e-mail address", in.ContactEmail)
	}
	taken, err := client.Partner.Query().Where(partner.Domain(domain)).Exist(sys)
	if err != nil {
		return nil, err
	}
	create := client.PartnerApplication.Create().
		SetCompany(company).SetWebsite(strings.TrimSpace(in.Website)).SetDomain(domain).
		SetPartnerType(partnerapplication.PartnerType(in.PartnerType)).SetCountry(country).
		SetContactName(contactName).SetContactEmail(email).
		SetIP(ip)
	if in.Motivation != nil {
		create.SetMotivation(strings.TrimSpace(*in.Motivation))
	}
	if taken {
		// Answered as any application is, so the public form does not tell who is a partner; the
		// contact's own mailbox hears why, and reviewers see an application with no partner record.
		app, err := create.Save(sys)
		if err != nil {
			return nil, err
		}
		return app, s.outbox.Enqueue(sys, client, mail.Message{
			Kind: "application.domain_taken", To: email, Subject: "Your partner application",
			Body: fmt.Sprintf("Hello %s,\n\nthank you for applying to our partner program on behalf of %s. %s is already "+
				"in the program or has applied, so we cannot open a second partner record for it. If you work there, "+
				"ask your partner admin to invite you; if you think this is a mistake, reply to this e-mail.\n",
				contactName, company, domain),
		})
	}
	slug, err := freeSlug(sys, client, company)
	if err != nil {
		return nil, err
	}
	p, err := client.Partner.Create().
		SetName(company).SetSlug(slug).SetType(in.PartnerType).SetStatus(partner.StatusONBOARDING).
		SetWebsite(strings.TrimSpace(in.Website)).SetCountry(country).SetRegion(region).
		Save(sys)
	if err != nil {
		return nil, err
	}
	return create.SetPartner(p).Save(sys)
}

// checkRate counts the applications from ip in the last hour. They are counted from the
// applications table itself, so every instance sees the same count, and applications from one
// address take turns until the transaction ends, so simultaneous ones cannot all pass the count.
func (s *Service) checkRate(ctx context.Context, client *ent.Client, ip string) error {
	if ip == "" {
		return nil
	}
	if err := database.LockKey(ctx, client, s.dialect, "partner-application:"+ip); err != nil {
		return err
	}
	since := s.now().Add(-time.Hour)
	recent, err := client.PartnerApplication.Query().
		Where(partnerapplication.IP(ip), partnerapplication.CreatedAtGT(since)).
		Order(partnerapplication.ByCreatedAt()).
		All(ctx)
	if err != nil {
		return err
	}
	if len(recent) < s.perHour {
		return nil
	}
	retry := int(recent[0].CreatedAt.Add(time.Hour).Sub(s.now()).Seconds()) + 1
	e := apperr.New(apperr.RateLimited, "too many applications from your address; try again in %d minutes", (retry+59)/60)
	e.Extensions = map[string]any{"retryAfter": retry}
	return e
}

// freeSlug derives a slug from the company name, made unique with a short suffix when another
// partner has it: two companies may share a name, and an applicant cannot choose another.
func freeSlug(ctx context.Context, client *ent.Client, company string) (string, error) {
	base := program.Slugify(company)
	if len(base) > 70 {
		base = strings.TrimRight(base[:70], "-")
	}
	slug := base
	for i := 0; i < 5; i++ {
		taken, err := client.Partner.Query().Where(partner.Slug(slug)).Exist(ctx)
		if err != nil {
			return "", err
		}
		if !taken {
			return slug, nil
		}
		id := strings.ToLower(ids.New(""))
		slug = base + "-" + id[len(id)-6:]
	}
	return "", apperr.New(apperr.Conflict, "could not find a free handle for %q", company)
}
