package invitation

import (
	"context"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/invitation"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// State is where an invitation stands for the person holding its link.
type State string

const (
	StatePending  State = "PENDING"
	StateAccepted State = "ACCEPTED"
	StateRevoked  State = "REVOKED"
	StateExpired  State = "EXPIRED"
)

func stateOf(inv *ent.Invitation, now time.Time) State {
	switch {
	case inv.Status == invitation.StatusACCEPTED:
		return StateAccepted
	case inv.Status == invitation.StatusREVOKED:
		return StateRevoked
	case !now.Before(inv.ExpiresAt):
		return StateExpired
	}
	return StatePending
}

// Preview is what an invitation link invites to, shown before the invitee chooses a password: which
// address, which organisation, which role, from whom, and until when.
type Preview struct {
	Email        string
	Organisation string
	Role         user.Role
	InvitedBy    *string
	ExpiresAt    time.Time
	State        State
}

// Preview reads the invitation a token names. The token is the authority, as for Accept: whoever
// holds the link may see what it offers, and nobody else can name it.
func (s *Service) Preview(ctx context.Context, client *ent.Client, token string) (*Preview, error) {
	sys := viewer.SystemContext(ctx) // privacy escape: authentication: the invitation token is the anonymous invitee's authority
	inv, err := byToken(sys, client, token)
	if err != nil {
		return nil, err
	}
	p := &Preview{Email: inv.Email, Organisation: vendorTeam, Role: user.Role(inv.Role), ExpiresAt: inv.ExpiresAt, State: stateOf(inv, s.now())}
	if inv.PartnerID != "" {
		partner, err := client.Partner.Get(sys, inv.PartnerID)
		if err != nil {
			return nil, err
		}
		p.Organisation = partner.Name
	}
	if inv.InvitedByID != "" {
		by, err := client.User.Get(sys, inv.InvitedByID)
		if err != nil {
			return nil, err
		}
		p.InvitedBy = &by.Name
	}
	return p, nil
}
