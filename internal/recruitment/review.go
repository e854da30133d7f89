package recruitment

import (
	"context"
	"fmt"
	"strings"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/partnerapplication"
	"github.com/partnerhub/partnerhub/ent/tier"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/invitation"
	"github.com/partnerhub/partnerhub/internal/mail"
	"github.com/partnerhub/partnerhub/internal/onboarding"
	"github.com/partnerhub/partnerhub/internal/viewer"
	"github.com/partnerhub/partnerhub/internal/webhook"
)

// ApproveInput is the channel team's decision to admit an applicant.
type ApproveInput struct {
	ID        string
	TierID    string
	ManagerID string
}

// DeclineInput is the channel team's decision to turn an applicant down.
type DeclineInput struct {
	ID     string
	Reason string
}

// followDecision is how an application's partner record follows the channel team's decision: the
// application's policy decided who may review, and nobody manages the applicant yet.
func followDecision(ctx context.Context) context.Context {
	return viewer.SystemContext(ctx) // privacy escape: the applicant's partner record follows the channel team's decision before anyone manages it
}

// Approve admits the applicant: the partner gets its tier and manager, and the contact is invited
// as its PARTNER_ADMIN. All in the caller's transaction.
func (s *Service) Approve(ctx context.Context, client *ent.Client, in ApproveInput) (*ent.PartnerApplication, *ent.Invitation, error) {
	app, err := s.pending(ctx, client, in.ID)
	if err != nil {
		return nil, nil, err
	}
	if app.PartnerID == "" {
		return nil, nil, &apperr.Error{Code: apperr.Conflict, Field: "id",
			Message: fmt.Sprintf("%s already belongs to a partner or an earlier application; decline this one", app.Domain)}
	}
	if ok, err := client.Tier.Query().Where(tier.ID(in.TierID)).Exist(ctx); err != nil {
		return nil, nil, err
	} else if !ok {
		return nil, nil, apperr.BadInput("tierId", "no such tier")
	}
	ok, err := client.User.Query().
		Where(user.ID(in.ManagerID), user.RoleIn(user.RoleADMIN, user.RoleCHANNEL_MANAGER), user.StatusEQ(user.StatusACTIVE)).
		Exist(ctx)
	if err != nil {
		return nil, nil, err
	}
	if !ok {
		return nil, nil, apperr.BadInput("managerId", "the manager must be an active channel manager or admin")
	}
	v := viewer.FromContext(ctx)
	// The application's policy decides who may review; the partner record follows the decision,
	// so it is updated as the system (a channel manager does not manage the applicant yet).
	app, err = decided(client.PartnerApplication.UpdateOne(app).
		Where(partnerapplication.StatusEQ(partnerapplication.StatusSUBMITTED)).
		SetStatus(partnerapplication.StatusAPPROVED).SetReviewerID(v.UserID).SetReviewedAt(s.now()).
		Save(ctx))
	if err != nil {
		return nil, nil, err
	}
	if err := client.Partner.UpdateOneID(app.PartnerID).SetTierID(in.TierID).SetManagerID(in.ManagerID).Exec(followDecision(ctx)); err != nil {
		return nil, nil, err
	}
	if _, err := onboarding.Start(ctx, client, app.PartnerID, s.now()); err != nil {
		return nil, nil, err
	}
	if err := webhook.Publish(ctx, client, webhook.PartnerApproved, app.PartnerID, app.PartnerID); err != nil {
		return nil, nil, err
	}
	management := user.JobFunctionMANAGEMENT
	inv, err := s.invitations.InviteForProgram(ctx, client, invitation.InviteInput{
		Email: app.ContactEmail, Name: &app.ContactName, Role: user.RolePARTNER_ADMIN, JobFunction: &management,
	}, app.PartnerID, v.UserID)
	if err != nil {
		return nil, nil, err
	}
	return app, inv, nil
}

// Decline turns the applicant down with a reason, which is e-mailed to the contact. The partner
// record is closed (CHURNED) and releases its domain, so the company may apply again later.
func (s *Service) Decline(ctx context.Context, client *ent.Client, in DeclineInput) (*ent.PartnerApplication, error) {
	reason := strings.TrimSpace(in.Reason)
	if reason == "" {
		return nil, apperr.BadInput("reason", "tell the applicant why")
	}
	app, err := s.pending(ctx, client, in.ID)
	if err != nil {
		return nil, err
	}
	app, err = decided(client.PartnerApplication.UpdateOne(app).
		Where(partnerapplication.StatusEQ(partnerapplication.StatusSUBMITTED)).
		SetStatus(partnerapplication.StatusDECLINED).SetDeclineReason(reason).
		SetReviewerID(viewer.FromContext(ctx).UserID).SetReviewedAt(s.now()).
		Save(ctx))
	if err != nil {
		return nil, err
	}
	if app.PartnerID != "" {
		if err := client.Partner.UpdateOneID(app.PartnerID).SetStatus(partner.StatusCHURNED).SetWebsite("").Exec(followDecision(ctx)); err != nil {
			return nil, err
		}
	}
	body := fmt.Sprintf("Hello %s,\n\nthank you for applying to our partner program on behalf of %s. We have decided "+
		"not to proceed with the application at this time:\n\n%s\n\nYou are welcome to apply again when things change.\n",
		app.ContactName, app.Company, reason)
	return app, s.outbox.Enqueue(ctx, client, mail.Message{
		Kind: "application.declined", To: app.ContactEmail, Subject: "Your partner application", Body: body,
	})
}

// pending loads an application that still awaits a decision.
func (s *Service) pending(ctx context.Context, client *ent.Client, id string) (*ent.PartnerApplication, error) {
	app, err := client.PartnerApplication.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if app.Status != partnerapplication.StatusSUBMITTED {
		return nil, apperr.New(apperr.Conflict, "this application was %s already", strings.ToLower(string(app.Status)))
	}
	return app, nil
}

// decided turns "no row matched" of a decision guarded by the SUBMITTED status into the answer a
// second reviewer deciding at the same moment should get.
func decided(app *ent.PartnerApplication, err error) (*ent.PartnerApplication, error) {
	if ent.IsNotFound(err) {
		return nil, apperr.New(apperr.Conflict, "this application was decided already")
	}
	return app, err
}
