package invitation

import (
	"context"
	"fmt"
	"strings"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/invitation"
	"github.com/partnerhub/partnerhub/ent/onboardingstep"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/auth"
	"github.com/partnerhub/partnerhub/internal/mail"
	"github.com/partnerhub/partnerhub/internal/onboarding"
	"github.com/partnerhub/partnerhub/internal/requestid"
	"github.com/partnerhub/partnerhub/internal/team"
	"github.com/partnerhub/partnerhub/internal/viewer"
	"github.com/partnerhub/partnerhub/internal/webhook"
)

// AcceptInput is what the invitee sends from the link.
type AcceptInput struct {
	Token    string
	Name     string
	Password string
}

// Accept turns a valid invitation into an active user and a signed-in session, all in the caller's
// transaction: a failure leaves neither user nor session, and the invitation still usable.
func (s *Service) Accept(ctx context.Context, client *ent.Client, in AcceptInput, ci requestid.Client) (*auth.Session, error) {
	// The invitee is anonymous until this succeeds; the token is their authority.
	sys := viewer.SystemContext(ctx) // privacy escape: authentication: the invitation token is the anonymous invitee's authority
	inv, err := byToken(sys, client, in.Token)
	if err != nil {
		return nil, err
	}
	now := s.now()
	switch stateOf(inv, now) {
	case StateAccepted:
		return nil, &apperr.Error{Code: apperr.Conflict, Field: "token", Message: "this invitation was used already; sign in instead"}
	case StateRevoked:
		return nil, apperr.BadInput("token", "this invitation was withdrawn; ask your administrator for a new one")
	case StateExpired:
		return nil, apperr.BadInput("token", "this invitation has expired; ask your administrator to resend it")
	}
	name := strings.TrimSpace(in.Name)
	if name == "" {
		return nil, apperr.BadInput("name", "a name is required")
	}
	hash, err := team.HashNewPassword(ctx, in.Password)
	if err != nil {
		return nil, err
	}
	// Compare-and-set: of two acceptances racing with one token, exactly one wins.
	n, err := client.Invitation.Update().
		Where(invitation.ID(inv.ID), invitation.StatusEQ(invitation.StatusPENDING)).
		SetStatus(invitation.StatusACCEPTED).SetAcceptedAt(now).
		Save(sys)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, &apperr.Error{Code: apperr.Conflict, Field: "token", Message: "this invitation was used already; sign in instead"}
	}
	u, err := s.activate(sys, client, inv, name, hash)
	if err != nil {
		return nil, err
	}
	if err := client.Invitation.UpdateOneID(inv.ID).SetUserID(u.ID).Exec(sys); err != nil {
		return nil, err
	}
	if err := s.tellInviter(sys, client, inv, u); err != nil {
		return nil, err
	}
	if err := webhook.Publish(sys, client, webhook.UserJoined, u.ID, u.PartnerID); err != nil {
		return nil, err
	}
	if colleague, err := onboarding.AcceptedFromColleague(sys, client, inv); err != nil {
		return nil, err
	} else if colleague {
		if err := onboarding.Record(sys, client, inv.PartnerID, onboardingstep.CompletionCOLLEAGUE_INVITED, u.ID, now); err != nil {
			return nil, err
		}
	}
	return s.auth.SignIn(ctx, client, u, ci)
}

// activate creates the invitee's user, or activates the INVITED account an admin prepared.
func (s *Service) activate(ctx context.Context, client *ent.Client, inv *ent.Invitation, name, hash string) (*ent.User, error) {
	existing, err := client.User.Query().Where(user.Email(inv.Email)).Only(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return nil, err
	}
	if existing != nil {
		if existing.Status != user.StatusINVITED || existing.PartnerID != inv.PartnerID {
			return nil, &apperr.Error{Code: apperr.Conflict, Field: "token", Message: "an account with this e-mail address exists already; sign in instead"}
		}
		upd := client.User.UpdateOne(existing).
			SetName(name).SetPasswordHash(hash).SetRole(user.Role(inv.Role)).SetStatus(user.StatusACTIVE)
		if inv.JobFunction != nil {
			upd.SetJobFunction(user.JobFunction(*inv.JobFunction))
		}
		return upd.Save(ctx)
	}
	create := client.User.Create().
		SetEmail(inv.Email).SetName(name).SetPasswordHash(hash).
		SetRole(user.Role(inv.Role)).SetStatus(user.StatusACTIVE)
	if inv.JobFunction != nil {
		create.SetJobFunction(user.JobFunction(*inv.JobFunction))
	}
	if inv.PartnerID != "" {
		create.SetPartnerID(inv.PartnerID)
	}
	return create.Save(ctx)
}

// byToken finds the invitation a link's token names; only its holder can.
func byToken(sys context.Context, client *ent.Client, token string) (*ent.Invitation, error) {
	inv, err := client.Invitation.Query().Where(invitation.TokenHash(hashToken(token))).Only(sys)
	if ent.IsNotFound(err) {
		return nil, &apperr.Error{Code: apperr.NotFound, Field: "token", Message: "this invitation link is not valid; check that you copied all of it"}
	}
	return inv, err
}

// tellInviter lets whoever sent the invitation know it was taken up: the portal said "Invitation
// sent" when the e-mail was only queued, and this is the answer.
func (s *Service) tellInviter(ctx context.Context, client *ent.Client, inv *ent.Invitation, u *ent.User) error {
	if inv.InvitedByID == "" {
		return nil
	}
	inviter, err := client.User.Get(ctx, inv.InvitedByID)
	if ent.IsNotFound(err) {
		return nil
	}
	if err != nil {
		return err
	}
	return s.outbox.Enqueue(ctx, client, mail.Message{
		Kind: "invitation_accepted", To: inviter.Email,
		Subject: fmt.Sprintf("%s accepted your invitation", u.Name),
		Body: fmt.Sprintf("Hello %s,\n\n%s (%s) accepted your invitation and can now sign in to PartnerHub.\n\nPartnerHub\n",
			inviter.Name, u.Name, u.Email),
	})
}
