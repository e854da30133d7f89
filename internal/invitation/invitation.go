// Package invitation brings people in: a partner admin invites colleagues into their organisation,
// an ADMIN invites vendor users, and an approved partner application invites its contact. The
// token goes out by e-mail through the outbox, works once and for seven days, and only its hash is
// stored; accepting creates the active user and signs them in.
package invitation

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/invitation"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/auth"
	"github.com/partnerhub/partnerhub/internal/mail"
	"github.com/partnerhub/partnerhub/internal/normalize"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// TTL is how long an invitation works after it was (re)sent.
const TTL = 7 * 24 * time.Hour

// tokenPrefix marks invitation tokens for secret scanners.
const tokenPrefix = "phi_"

// vendorTeam names the organisation vendor users join (the vendor has no partner record).
const vendorTeam = "the vendor's channel team"

// Service sends and accepts invitations.
type Service struct {
	auth      *auth.Service
	outbox    *mail.Outbox
	publicURL string
	now       func() time.Time
}

// NewService returns the invitation service; links in e-mails point at publicURL.
func NewService(authService *auth.Service, outbox *mail.Outbox, publicURL string) *Service {
	return &Service{auth: authService, outbox: outbox, publicURL: publicURL, now: time.Now}
}

// WithClock returns a copy of s reading time from now (tests of expiry).
func (s *Service) WithClock(now func() time.Time) *Service {
	c := *s
	c.now = now
	return &c
}

// InviteInput is who to invite, and into what.
type InviteInput struct {
	Email       string
	Name        *string
	Role        user.Role
	JobFunction *user.JobFunction
	// PartnerID is the organisation (ADMIN only; a partner admin always invites into their own).
	PartnerID *string
}

// Invite creates an invitation and queues its e-mail, in the caller's transaction.
func (s *Service) Invite(ctx context.Context, client *ent.Client, in InviteInput) (*ent.Invitation, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, apperr.New(apperr.Unauthenticated, "sign in to do this")
	}
	// Without a partner named, people join the inviter's own organisation (the vendor's has none).
	// Who may invite whom into which organisation is the Invitation policy's decision.
	partnerID := v.PartnerID
	if in.PartnerID != nil {
		partnerID = *in.PartnerID
	}
	return s.create(ctx, client, in, partnerID, v.UserID)
}

// InviteForProgram invites on the program's behalf (an approved application), recording reviewer
// as the inviter; the caller has already checked that the reviewer may decide.
func (s *Service) InviteForProgram(ctx context.Context, client *ent.Client, in InviteInput, partnerID, reviewerID string) (*ent.Invitation, error) {
	return s.create(viewer.SystemContext(ctx), client, in, partnerID, reviewerID) // privacy escape: an approved application invites on the program's behalf, into a partner nobody manages yet
}

func (s *Service) create(ctx context.Context, client *ent.Client, in InviteInput, partnerID, inviterID string) (*ent.Invitation, error) {
	if user.RoleValidator(in.Role) != nil {
		return nil, apperr.BadInput("role", "unknown role %q", in.Role)
	}
	email, err := normalize.Email(in.Email)
	if err != nil {
		return nil, apperr.BadInput("email", "%q is not a valid e-mail address", in.Email)
	}
	elsewhere, err := checkInvitable(ctx, client, email, partnerID, s.now())
	if err != nil {
		return nil, err
	}
	token, err := newToken()
	if err != nil {
		return nil, err
	}
	now := s.now()
	create := client.Invitation.Create().
		SetEmail(email).
		SetRole(invitation.Role(in.Role)).
		SetTokenHash(hashToken(token)).
		SetExpiresAt(now.Add(TTL)).
		SetSentAt(now)
	if in.Name != nil {
		create.SetName(strings.TrimSpace(*in.Name))
	}
	if in.JobFunction != nil {
		create.SetJobFunction(invitation.JobFunction(*in.JobFunction))
	}
	if partnerID != "" {
		create.SetPartnerID(partnerID)
	}
	if inviterID != "" {
		create.SetInvitedByID(inviterID)
	}
	inv, err := create.Save(ctx)
	if ent.IsConstraintError(err) && partnerID != "" { // the partner reference is the only foreign key
		return nil, &apperr.Error{Code: apperr.NotFound, Field: "partnerId", Message: "no such partner"}
	}
	if err != nil {
		return nil, err
	}
	// Checked after the policy has said whether the viewer may invite into that organisation with
	// that role at all, so a refusal never depends on the input's shape.
	vendorRole := in.Role == user.RoleADMIN || in.Role == user.RoleCHANNEL_MANAGER
	switch {
	case vendorRole && partnerID != "":
		return nil, apperr.BadInput("role", "a partner organisation's people have partner roles")
	case !vendorRole && partnerID == "":
		return nil, apperr.BadInput("partnerId", "say which partner organisation the %s joins", in.Role)
	}
	org := vendorTeam
	if partnerID != "" {
		p, err := inv.QueryPartner().Only(ctx)
		if err != nil {
			return nil, err
		}
		org = p.Name
	}
	if elsewhere {
		return inv, s.sendTaken(ctx, client, inv, org)
	}
	return inv, s.send(ctx, client, inv, token, org)
}

// checkInvitable refuses to invite someone who already has an account, or a pending invitation,
// where the inviter may read that account or invitation. One held by an organisation the inviter
// cannot read is not named: the inviter gets the answer a new address gets (otherwise inviteUser
// tells any partner admin who works where), and the person is told by e-mail instead (elsewhere).
func checkInvitable(ctx context.Context, client *ent.Client, email, partnerID string, now time.Time) (elsewhere bool, err error) {
	sys := viewer.SystemContext(ctx) // privacy escape: an e-mail address is one person across organisations; only the invitee's own mailbox hears about the other one
	u, err := client.User.Query().Where(user.Email(email)).Only(sys)
	switch {
	case ent.IsNotFound(err):
	case err != nil:
		return false, err
	case u.Status == user.StatusINVITED && u.PartnerID == partnerID:
	default:
		visible, err := client.User.Query().Where(user.ID(u.ID)).Exist(ctx)
		if err != nil {
			return false, err
		}
		if !visible {
			return true, nil
		}
		return false, &apperr.Error{Code: apperr.Conflict, Field: "email", Message: "someone with this e-mail address already has an account"}
	}
	pending := invitation.And(invitation.Email(email), invitation.StatusEQ(invitation.StatusPENDING), invitation.ExpiresAtGT(now))
	visible, err := client.Invitation.Query().Where(pending).Exist(ctx)
	if err != nil {
		return false, err
	}
	if visible {
		return false, &apperr.Error{Code: apperr.Conflict, Field: "email", Message: "this person has a pending invitation already; resend it instead"}
	}
	return client.Invitation.Query().Where(pending).Exist(sys)
}

// Resend issues a fresh token (the old one stops working) valid for another seven days.
func (s *Service) Resend(ctx context.Context, client *ent.Client, id string) (*ent.Invitation, error) {
	inv, err := client.Invitation.Query().Where(invitation.ID(id)).WithPartner().Only(ctx)
	if err != nil {
		return nil, err
	}
	if inv.Status != invitation.StatusPENDING {
		return nil, apperr.New(apperr.Conflict, "this invitation was %s; it cannot be resent", strings.ToLower(string(inv.Status)))
	}
	token, err := newToken()
	if err != nil {
		return nil, err
	}
	now := s.now()
	updated, err := client.Invitation.UpdateOne(inv).
		SetTokenHash(hashToken(token)).SetExpiresAt(now.Add(TTL)).SetSentAt(now).AddSendCount(1).
		Save(ctx)
	if err != nil {
		return nil, err
	}
	org := vendorTeam
	if inv.Edges.Partner != nil {
		org = inv.Edges.Partner.Name
	}
	return updated, s.send(ctx, client, updated, token, org)
}

// Revoke withdraws a pending invitation; its link stops working at once.
func (s *Service) Revoke(ctx context.Context, client *ent.Client, id string) (*ent.Invitation, error) {
	inv, err := client.Invitation.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	switch inv.Status {
	case invitation.StatusREVOKED:
		return inv, nil
	case invitation.StatusACCEPTED:
		return nil, apperr.New(apperr.Conflict, "this invitation was accepted; disable the user instead")
	}
	return client.Invitation.UpdateOne(inv).SetStatus(invitation.StatusREVOKED).Save(ctx)
}

func (s *Service) send(ctx context.Context, client *ent.Client, inv *ent.Invitation, token, org string) error {
	link := s.publicURL + "/accept-invitation#token=" + token
	greeting := "Hello"
	if inv.Name != "" {
		greeting = "Hello " + inv.Name
	}
	body := fmt.Sprintf("%s,\n\nyou are invited to join %s on PartnerHub as %s.\n\n"+
		"Accept the invitation and choose your password here (the link works once, until %s):\n\n%s\n\n"+
		"If you did not expect this invitation, ignore this e-mail.\n",
		greeting, org, roleName(string(inv.Role)), inv.ExpiresAt.UTC().Format("2 January 2006 15:04 MST"), link)
	return s.outbox.Enqueue(ctx, client, mail.Message{
		Kind: "invitation", Credential: true, To: inv.Email, Subject: "Your invitation to " + org + " on PartnerHub", Body: body, Link: link,
	})
}

// sendTaken tells the person, and nobody else, that the address they were invited with is in use
// in another organisation; the invitation carries no working link (accepting would need a second
// account for one address).
func (s *Service) sendTaken(ctx context.Context, client *ent.Client, inv *ent.Invitation, org string) error {
	body := fmt.Sprintf("Hello,\n\n%s invited this e-mail address to PartnerHub as %s, but the address already has "+
		"an account or a pending invitation with another organisation, so no new account can be made for it.\n\n"+
		"If you are changing companies, ask your current organisation's administrator (or the vendor's channel "+
		"team) to move or disable your account, then ask %s to resend the invitation. If you did not expect "+
		"this, ignore this e-mail.\n", org, roleName(string(inv.Role)), org)
	return s.outbox.Enqueue(ctx, client, mail.Message{
		Kind: "invitation_address_taken", To: inv.Email, Subject: "Your invitation to " + org + " on PartnerHub", Body: body,
	})
}

func roleName(role string) string {
	return strings.ToLower(strings.ReplaceAll(role, "_", " "))
}

func newToken() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return tokenPrefix + base64.RawURLEncoding.EncodeToString(b), nil
}

// hashToken: 256 random bits need no slow hash, and a fast one keeps the lookup indexable.
func hashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}
