package seed

import (
	"bytes"
	"context"
	"fmt"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/mdfrequest"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/deal/status"
	"github.com/partnerhub/partnerhub/internal/mdf"
	"github.com/partnerhub/partnerhub/internal/upload"
	"github.com/partnerhub/partnerhub/internal/viewer"

	entdeal "github.com/partnerhub/partnerhub/ent/deal"
)

// demoRequest is one fund request of the demo, and how far it got.
type demoRequest struct {
	partner, title string
	kind           mdfrequest.ActivityType
	previous       bool  // in the previous quarter's allocation, else the current one
	endsIn         int   // days from the request's "now" to the activity's end
	requested      int64 // cents
	approved       int64 // 0: not approved
	claimed        int64 // 0: no claim
	// outcome: "" leaves the request as approved or submitted; REJECTED, CANCELLED; for a claim:
	// CHANGES_REQUESTED, CLAIM_REJECTED, CLAIM_APPROVED, PAID.
	outcome string
}

var demoRequests = []demoRequest{
	{partner: "acme-reseller", title: "Spring webinar: modern data platforms", kind: mdfrequest.ActivityTypeWEBINAR, previous: true, endsIn: 20,
		requested: 1_000_000, approved: 800_000, claimed: 750_000, outcome: "PAID"},
	{partner: "acme-reseller", title: "Trade show booth at RetailTech", kind: mdfrequest.ActivityTypeEVENT, previous: true, endsIn: 40,
		requested: 3_000_000, outcome: "REJECTED"},
	{partner: "acme-reseller", title: "Paid search campaign, manufacturing", kind: mdfrequest.ActivityTypeDIGITAL_CAMPAIGN, previous: true, endsIn: 30,
		requested: 500_000, approved: 500_000, claimed: 480_000, outcome: "CLAIM_APPROVED"},
	{partner: "acme-reseller", title: "Customer roadshow, Chicago", kind: mdfrequest.ActivityTypeEVENT, endsIn: -3,
		requested: 600_000, approved: 500_000, claimed: 450_000},
	{partner: "acme-reseller", title: "Partner sales bootcamp", kind: mdfrequest.ActivityTypeTRAINING, endsIn: -5,
		requested: 300_000, approved: 300_000, claimed: 300_000, outcome: "CHANGES_REQUESTED"},
	{partner: "acme-reseller", title: "Newsletter sponsorship", kind: mdfrequest.ActivityTypeOTHER, endsIn: -6,
		requested: 100_000, approved: 100_000, claimed: 100_000, outcome: "CLAIM_REJECTED"},
	{partner: "acme-reseller", title: "Whitepaper syndication", kind: mdfrequest.ActivityTypeCONTENT_SYNDICATION, endsIn: 30,
		requested: 200_000, outcome: "CANCELLED"},
	{partner: "acme-reseller", title: "Executive dinner series", kind: mdfrequest.ActivityTypeEVENT, endsIn: 25,
		requested: 400_000},
	{partner: "globex-msp", title: "Managed security webinar", kind: mdfrequest.ActivityTypeWEBINAR, endsIn: 14,
		requested: 150_000},
	{partner: "globex-msp", title: "Healthcare IT summit", kind: mdfrequest.ActivityTypeEVENT, endsIn: -2,
		requested: 250_000, approved: 200_000, claimed: 200_000},
}

// MDF seeds marketing development funds on a database that has none: the tier allowances of the
// previous and the current quarter for every active partner, and Acme's and Globex's requests and
// claims in every status, made through internal/mdf as the people who would make them, so the
// ledger is exactly what the product would have written.
func MDF(ctx context.Context, client *ent.Client, rc *upload.Receiver, now time.Time) error {
	sys := viewer.SystemContext(ctx) // privacy escape: seeding allocates before anyone signs in
	if n, err := client.MdfAllocation.Query().Count(sys); err != nil || n > 0 {
		return err
	}
	now = now.UTC()
	current, _ := mdf.Quarter(now)
	previous, previousEnd := mdf.Quarter(current.AddDate(0, 0, -1))
	allocations := map[string]map[bool]*ent.MdfAllocation{}
	for _, day := range []time.Time{previous, current} {
		made, err := mdf.AllocateQuarter(sys, client, day)
		if err != nil {
			return fmt.Errorf("demo allocations: %w", err)
		}
		for _, a := range made {
			if allocations[a.PartnerID] == nil {
				allocations[a.PartnerID] = map[bool]*ent.MdfAllocation{}
			}
			allocations[a.PartnerID][day.Equal(previous)] = a
		}
	}
	// The demo deals were won before these allocations existed: book the co-op share of those won
	// in the two quarters as closing them now would have (mdf.Accrue books each deal once).
	won, err := client.Deal.Query().Where(entdeal.StatusEQ(status.Won), entdeal.ClosedAtGTE(previous)).All(sys)
	if err != nil {
		return err
	}
	for _, d := range won {
		if err := mdf.Accrue(sys, client, d); err != nil {
			return fmt.Errorf("demo co-op of %s: %w", d.ID, err)
		}
	}
	as := func(email string) (context.Context, error) {
		u, err := client.User.Query().Where(user.Email(email)).Only(sys)
		if err != nil {
			return nil, fmt.Errorf("demo MDF user %s: %w", email, err)
		}
		return viewer.NewContext(ctx, &viewer.Viewer{UserID: u.ID, Role: viewer.Role(u.Role), PartnerID: u.PartnerID}), nil
	}
	pam, err := as("pam@vendor.test")
	if err != nil {
		return err
	}
	for i, d := range demoRequests {
		p, err := client.Partner.Query().Where(partner.Slug(d.partner)).Only(sys)
		if err != nil {
			return err
		}
		a := allocations[p.ID][d.previous]
		if a == nil {
			return fmt.Errorf("demo MDF: %s has no allocation", d.partner)
		}
		who, err := as("admin@" + d.partner + ".test")
		if err != nil {
			return err
		}
		// Each step happens when it would have: a previous-quarter request early in that quarter.
		asked := now.AddDate(0, 0, -10)
		if d.previous {
			asked = previous.AddDate(0, 0, 10+i)
		}
		end := asked.AddDate(0, 0, d.endsIn)
		if !d.previous && d.endsIn < 0 {
			end = now.AddDate(0, 0, d.endsIn)
		}
		start, endS := end.AddDate(0, 0, -1).Format(time.DateOnly), end.Format(time.DateOnly)
		plan := "Audience: IT leaders in our region. Promotion by e-mail and LinkedIn; follow-up calls within a week."
		leads := int(d.requested / 20_000)
		r, err := mdf.CreateRequest(who, client, mdf.Config{}, mdf.RequestInput{
			AllocationID: a.ID, ActivityType: &d.kind, Title: &d.title, Plan: &plan,
			StartDate: &start, EndDate: &endS, RequestedAmount: &d.requested, ExpectedLeads: &leads,
		}, asked)
		if err != nil {
			return fmt.Errorf("demo request %q: %w", d.title, err)
		}
		decided := asked.AddDate(0, 0, 2)
		switch {
		case d.outcome == "REJECTED":
			_, err = mdf.RejectRequest(pam, client, mdf.DecisionInput{ID: r.ID, Note: "The show's audience is outside our target segments this year."}, decided)
		case d.outcome == "CANCELLED":
			_, _, err = mdf.CancelRequest(who, client, r.ID)
		case d.approved > 0:
			_, _, err = mdf.ApproveRequest(pam, client, mdf.DecisionInput{ID: r.ID, ApprovedAmount: d.approved, Note: "Approved; send the attendee list with the claim."}, decided)
		}
		if err != nil {
			return fmt.Errorf("demo decision on %q: %w", d.title, err)
		}
		if d.approved > 0 && d.outcome != "REJECTED" && d.outcome != "CANCELLED" {
			if err := linkSourcedDeals(sys, client, p.ID, r.ID, end.AddDate(0, 0, -1)); err != nil {
				return err
			}
		}
		if d.claimed == 0 {
			continue
		}
		claimedAt := end.AddDate(0, 0, 1)
		if claimedAt.After(now) {
			claimedAt = now
		}
		actual, pipeline := leads+3, d.claimed*8
		proof := mdf.FileInput{Name: "proof-of-performance.pdf", Body: bytes.NewReader(demoPDF("Proof of performance: "+d.title, "Attendee list, invoices and screenshots of the promotion."))}
		claim, err := mdf.SubmitClaim(who, client, rc, mdf.ClaimInput{RequestID: r.ID, Amount: &d.claimed, ActualLeads: &actual, PipelineGenerated: &pipeline, Files: []mdf.FileInput{proof}}, claimedAt)
		if err != nil {
			return fmt.Errorf("demo claim for %q: %w", d.title, err)
		}
		reviewed := claimedAt.Add(time.Hour)
		switch d.outcome {
		case "CHANGES_REQUESTED":
			_, err = mdf.RejectClaim(pam, client, mdf.ReviewInput{ID: claim.ID, Note: "Please add the invoices of the venue.", RequestChanges: true}, reviewed)
		case "CLAIM_REJECTED":
			_, err = mdf.RejectClaim(pam, client, mdf.ReviewInput{ID: claim.ID, Note: "The newsletter ran without our logo; not eligible."}, reviewed)
		case "CLAIM_APPROVED", "PAID":
			if _, _, err = mdf.ApproveClaim(pam, client, mdf.ReviewInput{ID: claim.ID}, reviewed); err == nil && d.outcome == "PAID" {
				_, _, _, err = mdf.MarkClaimPaid(pam, client, claim.ID, fmt.Sprintf("REM-%s-%03d", previousEnd.Format("2006"), i+1), reviewed.AddDate(0, 0, 7))
			}
		}
		if err != nil {
			return fmt.Errorf("demo review of the claim for %q: %w", d.title, err)
		}
	}
	return nil
}

// linkSourcedDeals names a funded activity as the source of the partner's first two registrations
// made after it, as the partner would when registering the deals it brought.
func linkSourcedDeals(ctx context.Context, client *ent.Client, partnerID, requestID string, after time.Time) error {
	ids, err := client.Deal.Query().
		Where(entdeal.PartnerID(partnerID), entdeal.CreatedAtGT(after), entdeal.MdfRequestIDIsNil()).
		Order(entdeal.ByCreatedAt(), entdeal.ByID()).Limit(2).IDs(ctx)
	if err != nil || len(ids) == 0 {
		return err
	}
	return client.Deal.Update().Where(entdeal.IDIn(ids...)).SetMdfRequestID(requestID).Exec(ctx)
}
