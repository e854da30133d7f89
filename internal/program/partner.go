package program

import (
	"context"
	"regexp"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/tier"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/normalize"
	"github.com/partnerhub/partnerhub/internal/onboarding"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// CreatePartnerInput is a new partner organisation.
type CreatePartnerInput struct {
	Name             string
	Slug             *string
	Type             partner.Type
	Status           *partner.Status
	TierID           *string
	ManagerID        *string
	Website          *string
	Country          *string
	Region           partner.Region
	Verticals        []string
	ContractSignedAt *time.Time
}

// UpdatePartnerInput changes the fields that are set.
type UpdatePartnerInput struct {
	ID               string
	Name             *string
	Type             *partner.Type
	Status           *partner.Status
	TierID           *string
	ManagerID        *string
	Website          *string
	Country          *string
	Region           *partner.Region
	Verticals        []string
	ContractSignedAt *time.Time
}

// CreatePartner adds a partner organisation.
func CreatePartner(ctx context.Context, client *ent.Client, in CreatePartnerInput) (*ent.Partner, error) {
	slug := Slugify(in.Name)
	if in.Slug != nil {
		slug = *in.Slug
	}
	if err := checkPartnerRefs(ctx, client, in.TierID, in.ManagerID, in.Country); err != nil {
		return nil, err
	}
	if err := checkDomainFree(ctx, client, "", in.Website); err != nil {
		return nil, err
	}
	if taken, err := client.Partner.Query().Where(partner.Slug(slug)).Exist(ctx); err != nil {
		return nil, err
	} else if taken {
		return nil, &apperr.Error{Code: apperr.Conflict, Field: "slug", Message: "another partner uses the slug " + slug}
	}
	p, err := client.Partner.Create().
		SetName(strings.TrimSpace(in.Name)).
		SetSlug(slug).
		SetType(in.Type).
		SetNillableStatus(in.Status).
		SetNillableTierID(in.TierID).
		SetNillableManagerID(in.ManagerID).
		SetNillableWebsite(in.Website).
		SetNillableCountry(upper(in.Country)).
		SetRegion(in.Region).
		SetVerticals(in.Verticals).
		SetNillableContractSignedAt(in.ContractSignedAt).
		Save(ctx)
	if err != nil {
		return nil, err
	}
	// A partner the program creates directly is approved: it starts its onboarding journey.
	if _, err := onboarding.Start(ctx, client, p.ID, time.Now()); err != nil {
		return nil, err
	}
	return p, nil
}

// UpdatePartner changes a partner. What each role may change is the privacy policy's decision
// (ent/schema/rule/partner.go); this only validates and applies.
func UpdatePartner(ctx context.Context, client *ent.Client, in UpdatePartnerInput) (*ent.Partner, error) {
	if _, err := client.Partner.Get(ctx, in.ID); err != nil {
		return nil, err
	}
	if err := checkPartnerRefs(ctx, client, in.TierID, in.ManagerID, in.Country); err != nil {
		return nil, err
	}
	if err := checkDomainFree(ctx, client, in.ID, in.Website); err != nil {
		return nil, err
	}
	upd := client.Partner.UpdateOneID(in.ID).
		SetNillableType(in.Type).
		SetNillableStatus(in.Status).
		SetNillableTierID(in.TierID).
		SetNillableManagerID(in.ManagerID).
		SetNillableWebsite(in.Website).
		SetNillableCountry(upper(in.Country)).
		SetNillableRegion(in.Region).
		SetNillableContractSignedAt(in.ContractSignedAt)
	if in.Name != nil {
		upd.SetName(strings.TrimSpace(*in.Name))
	}
	if in.Verticals != nil {
		upd.SetVerticals(in.Verticals)
	}
	p, err := upd.Save(ctx)
	if err != nil {
		return nil, err
	}
	if err := onboarding.RecordProfile(ctx, client, p, viewer.FromContext(ctx).UserID, time.Now()); err != nil {
		return nil, err
	}
	return p, nil
}

var countryCode = regexp.MustCompile(`^[A-Z]{2}$`)

func checkPartnerRefs(ctx context.Context, client *ent.Client, tierID, managerID, country *string) error {
	if country != nil && *country != "" && !countryCode.MatchString(strings.ToUpper(*country)) {
		return apperr.BadInput("country", "use a two-letter ISO-3166 country code")
	}
	if tierID != nil {
		ok, err := client.Tier.Query().Where(tier.ID(*tierID)).Exist(ctx)
		if err != nil {
			return err
		}
		if !ok {
			return apperr.BadInput("tierId", "no such tier")
		}
	}
	if managerID != nil {
		// A partner's manager must be an active vendor user; only the vendor sets managers, and it
		// reads every user.
		ok, err := client.User.Query().
			Where(user.ID(*managerID), user.RoleIn(user.RoleADMIN, user.RoleCHANNEL_MANAGER), user.StatusEQ(user.StatusACTIVE)).
			Exist(ctx)
		if err != nil {
			return err
		}
		if !ok {
			return apperr.BadInput("managerId", "the manager must be an active channel manager or admin")
		}
	}
	return nil
}

// checkDomainFree keeps one partner record per company: two partners with one web domain would
// split its deals and its audit trail.
func checkDomainFree(ctx context.Context, client *ent.Client, id string, website *string) error {
	if website == nil || *website == "" {
		return nil
	}
	domain, err := normalize.Domain(*website)
	if err != nil {
		return apperr.BadInput("website", "%q has no valid web domain", *website)
	}
	q := client.Partner.Query().Where(partner.Domain(domain))
	if id != "" {
		q.Where(partner.IDNEQ(id))
	}
	// The viewer's own context: only vendor roles may change a domain, and they read every partner.
	// A partner admin reaching here sees no other partner, so its answer comes from the policy
	// (FORBIDDEN for any new domain), never from who holds the domain.
	taken, err := q.Exist(ctx)
	if err != nil {
		return err
	}
	if taken {
		return &apperr.Error{Code: apperr.Conflict, Field: "website", Message: "a partner with the domain " + domain + " exists already"}
	}
	return nil
}

var nonSlug = regexp.MustCompile(`[^a-z0-9]+`)

// Slugify makes a URL-safe handle from a company name.
func Slugify(name string) string {
	s := strings.Trim(nonSlug.ReplaceAllString(strings.ToLower(name), "-"), "-")
	if len(s) > 80 {
		s = strings.TrimRight(s[:80], "-")
	}
	if s == "" {
		s = "partner"
	}
	return s
}

func upper(s *string) *string {
	if s == nil {
		return nil
	}
	u := strings.ToUpper(strings.TrimSpace(*s))
	return &u
}
