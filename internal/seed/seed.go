// Package seed fills an empty development database with a believable partner program: the four
// demo tiers, a dozen partners across types and regions, and the demo logins the README lists, each
// with a working set of its own (deals.go).
package seed

import (
	"context"
	"fmt"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/password"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// Login is a demo account to print at start-up.
type Login struct {
	Email string
	Role  user.Role
	Org   string
}

// Demo seeds the database unless it already has users, and reports the demo logins it created
// (none on a database that was seeded before). It runs in one transaction as the system viewer.
// Besides the program it seeds several hundred deal registrations (see deals.go).
func Demo(ctx context.Context, client *ent.Client, demoPassword string) ([]Login, error) {
	return seed(ctx, client, demoPassword, true)
}

// Program seeds only the program (tiers, partners, users) without demo deals, for tests that
// need a quiet pipeline.
func Program(ctx context.Context, client *ent.Client, demoPassword string) ([]Login, error) {
	return seed(ctx, client, demoPassword, false)
}

func seed(ctx context.Context, client *ent.Client, demoPassword string, withDeals bool) ([]Login, error) {
	ctx = viewer.SystemContext(ctx) // privacy escape: seeding writes the demo program before anyone exists
	n, err := client.User.Query().Count(ctx)
	if err != nil {
		return nil, fmt.Errorf("checking for existing data: %w", err)
	}
	if n > 0 {
		return nil, nil
	}
	// One hash for every demo account: they share the demo password anyway, and argon2id's cost
	// per hash would otherwise dominate start-up.
	hash, err := password.Hash(demoPassword)
	if err != nil {
		return nil, err
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	logins, err := demo(ctx, tx.Client(), hash)
	if err == nil {
		err = curriculum(ctx, tx.Client())
	}
	if err == nil && withDeals {
		err = demoDeals(ctx, tx.Client(), hash, time.Now().UTC())
	}
	if err == nil && withDeals {
		err = demoLeads(ctx, tx.Client(), time.Now().UTC())
	}
	if err == nil && withDeals {
		err = demoTraining(ctx, tx.Client(), hash, time.Now().UTC())
	}
	if err == nil && withDeals {
		err = demoAnalytics(ctx, tx.Client(), time.Now().UTC())
	}
	if err == nil && withDeals {
		err = demoTiering(ctx, tx.Client(), time.Now().UTC())
	}
	if err == nil && withDeals {
		err = seedNotes(ctx, tx.Client(), time.Now().UTC())
	}
	if err != nil {
		tx.Rollback()
		return nil, err
	}
	return logins, tx.Commit()
}

func demo(ctx context.Context, c *ent.Client, hash string) ([]Login, error) {
	tiers := map[string]*ent.Tier{}
	for _, t := range demoTiers {
		created, err := c.Tier.Create().
			SetName(t.name).SetRank(t.rank).SetDescription(t.description).
			SetMinRevenueT12m(t.minRevenue).SetMinWonDeals(t.minWonDeals).SetMinCertifiedPeople(t.minCertified).
			SetMinApprovedRegistrations(t.minApproved).SetRequiresManualCheck(t.manualCheck).
			SetDiscountBps(t.discountBps).SetRebateBps(t.rebateBps).SetCoopAccrualBps(t.coopBps).SetMdfQuarterlyAllowance(t.mdf).
			SetDealProtectionDays(t.protectionDays).SetBenefits(t.benefits).
			Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("tier %s: %w", t.name, err)
		}
		tiers[t.name] = created
	}

	var logins []Login
	vendor := map[string]*ent.User{}
	for _, u := range demoVendorUsers {
		created, err := c.User.Create().
			SetEmail(u.email).SetName(u.name).SetRole(u.role).SetJobFunction(user.JobFunctionMANAGEMENT).
			SetPasswordHash(hash).SetStatus(user.StatusACTIVE).
			Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("user %s: %w", u.email, err)
		}
		vendor[u.email] = created
		if u.login {
			logins = append(logins, Login{Email: u.email, Role: u.role, Org: "Vendor"})
		}
	}

	now := time.Now().UTC()
	for i, p := range demoPartners {
		create := c.Partner.Create().
			SetName(p.name).SetSlug(p.slug).SetType(p.kind).SetStatus(p.status).
			SetWebsite(p.website).SetCountry(p.country).SetRegion(p.region).SetVerticals(p.verticals).
			SetManager(vendor[p.manager])
		if p.tier != "" {
			create.SetTier(tiers[p.tier])
		}
		if p.status != partner.StatusONBOARDING {
			create.SetContractSignedAt(now.AddDate(0, -(6 + 3*i), -i))
		}
		org, err := create.Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("partner %s: %w", p.name, err)
		}
		for _, u := range p.users {
			_, err := c.User.Create().
				SetEmail(u.email).SetName(u.name).SetRole(u.role).SetJobFunction(u.job).
				SetPasswordHash(hash).SetStatus(user.StatusACTIVE).SetPartner(org).
				Save(ctx)
			if err != nil {
				return nil, fmt.Errorf("user %s: %w", u.email, err)
			}
			if u.login {
				logins = append(logins, Login{Email: u.email, Role: u.role, Org: p.name})
			}
		}
	}
	return logins, nil
}
