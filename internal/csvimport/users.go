package csvimport

import (
	"context"
	"errors"
	"io"
	"strings"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/privacy"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/ids"
	"github.com/partnerhub/partnerhub/internal/invitation"
)

// UserColumns are the columns of a user import: each row invites one person.
var UserColumns = []string{"email", "name", "role", "partner", "job_function"}

// Users invites people, one per row, through the invitation rules inviteUser applies (who may
// invite which role into which organisation, one open invitation per address, the invitation
// e-mail queued in the transaction). partner is a partner's name or ID; empty: the importer's own
// organisation (the vendor's for an ADMIN). A row the invitation policy refuses (another
// organisation, a role the importer may not give) refuses the whole import (FORBIDDEN), like
// inviteUser; other problems are reported per row.
func Users(ctx context.Context, client *ent.Client, invitations *invitation.Service, r io.Reader, dryRun bool) (Report, error) {
	t, err := read(r, UserColumns, []string{"email", "role"})
	if err != nil {
		return Report{}, err
	}
	partners, err := client.Partner.Query().Select(partner.FieldID, partner.FieldName).All(ctx)
	if err != nil {
		return Report{}, err
	}
	return importRows(ctx, client, t, dryRun, func(ctx context.Context, row map[string]string) error {
		in := invitation.InviteInput{Email: row["email"], Name: optional(row["name"]), Role: user.Role(strings.ToUpper(row["role"]))}
		if in.Email == "" {
			return apperr.BadInput("email", "the e-mail address is empty")
		}
		if user.RoleValidator(in.Role) != nil {
			return apperr.BadInput("role", "%q is not a role (ADMIN, CHANNEL_MANAGER, PARTNER_ADMIN, PARTNER_SALES)", row["role"])
		}
		if j := row["job_function"]; j != "" {
			jf := user.JobFunction(strings.ToUpper(j))
			if user.JobFunctionValidator(jf) != nil {
				return apperr.BadInput("job_function", "%q is not a job function (SALES, PRESALES, SUPPORT, MARKETING, MANAGEMENT)", j)
			}
			in.JobFunction = &jf
		}
		if name := row["partner"]; strings.HasPrefix(name, ids.Partner+"_") {
			// An ID goes to the invitation policy as given, as inviteUser's partnerId does: an
			// organisation the importer may not invite into refuses the import, whether or not
			// it exists.
			in.PartnerID = &name
		} else if name != "" {
			for _, p := range partners {
				if strings.EqualFold(p.Name, name) {
					in.PartnerID = &p.ID
				}
			}
			if in.PartnerID == nil {
				return apperr.BadInput("partner", "no partner is named %q", name)
			}
		}
		_, err := invitations.Invite(ctx, client, in)
		if ae, ok := apperr.As(err); (ok && ae.Code == apperr.Forbidden) || errors.Is(err, privacy.Deny) {
			return &refusal{err}
		}
		return err
	})
}
