// Package team manages the people who sign in: vendor users created by admins, and the members of
// partner organisations, whom their partner admin manages (they join through package invitation).
package team

import (
	"context"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/apikey"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/auth"
	"github.com/partnerhub/partnerhub/internal/database"
	"github.com/partnerhub/partnerhub/internal/normalize"
	"github.com/partnerhub/partnerhub/internal/password"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// CreateUserInput is a new vendor user.
type CreateUserInput struct {
	Email       string
	Name        string
	Role        user.Role
	JobFunction *user.JobFunction
	// Password, when given, activates the account at once; otherwise it waits for an invitation.
	Password *string
}

// UpdateUserInput changes the fields that are set.
type UpdateUserInput struct {
	ID          string
	Name        *string
	Role        *user.Role
	JobFunction *user.JobFunction
}

// DisableUserInput names the user to disable.
type DisableUserInput struct {
	ID string
}

func isVendorRole(r user.Role) bool { return r == user.RoleADMIN || r == user.RoleCHANNEL_MANAGER }

// CreateUser adds a vendor user (ADMIN or CHANNEL_MANAGER). Partner users join their organisation
// through an invitation, so the organisation's admin stays in control of who belongs to it.
func CreateUser(ctx context.Context, client *ent.Client, in CreateUserInput) (*ent.User, error) {
	if !isVendorRole(in.Role) {
		return nil, apperr.BadInput("role", "partner users join through an invitation from their organisation")
	}
	email, err := normalize.Email(in.Email)
	if err != nil {
		return nil, apperr.BadInput("email", "%q is not a valid e-mail address", in.Email)
	}
	name := strings.TrimSpace(in.Name)
	if name == "" {
		return nil, apperr.BadInput("name", "a name is required")
	}
	create := client.User.Create().
		SetEmail(email).SetName(name).SetRole(in.Role).SetNillableJobFunction(in.JobFunction).
		SetStatus(user.StatusINVITED)
	if in.Password != nil {
		hash, err := HashNewPassword(ctx, *in.Password)
		if err != nil {
			return nil, err
		}
		create.SetPasswordHash(hash).SetStatus(user.StatusACTIVE)
	}
	u, err := create.Save(ctx)
	if ent.IsConstraintError(err) { // the unique e-mail index: the mutation's transaction ends here
		return nil, &apperr.Error{Code: apperr.Conflict, Field: "email", Message: "a user with this e-mail address exists already"}
	}
	return u, err
}

// HashNewPassword checks a chosen password against the length rules and hashes it, waiting for a
// slot of the hash budget at most until ctx ends.
func HashNewPassword(ctx context.Context, plain string) (string, error) {
	if len(plain) < password.MinLength {
		return "", apperr.BadInput("password", "use at least %d characters", password.MinLength)
	}
	if len(plain) > password.MaxLength {
		return "", apperr.BadInput("password", "use at most %d characters", password.MaxLength)
	}
	return password.HashContext(ctx, plain)
}

// UpdateUser changes a user's name, job or role. A role never crosses between vendor and partner:
// that would move a person between organisations. Which users a viewer may change, and which roles
// it may grant, is the User policy's decision (ent/schema/rule/user.go).
func UpdateUser(ctx context.Context, client *ent.Client, in UpdateUserInput) (*ent.User, error) {
	u, err := client.User.Get(ctx, in.ID)
	if err != nil {
		return nil, err
	}
	upd := client.User.UpdateOne(u).SetNillableJobFunction(in.JobFunction)
	if in.Name != nil {
		name := strings.TrimSpace(*in.Name)
		if name == "" {
			return nil, apperr.BadInput("name", "a name is required")
		}
		upd.SetName(name)
	}
	roleChange := in.Role != nil && *in.Role != u.Role
	if roleChange {
		upd.SetRole(*in.Role)
		// Before the save, or two ADMINs stepping down together would each hold their own row
		// and wait for the other's.
		if err := lockAdmins(ctx, client, u); err != nil {
			return nil, err
		}
	}
	// The User policy decides on the save whether the viewer may change this person and grant the
	// role; the rules below run after it (in the same transaction), so a refusal never depends on
	// the input's shape.
	updated, err := upd.Save(ctx)
	if err != nil || !roleChange {
		return updated, err
	}
	if isVendorRole(*in.Role) != isVendorRole(u.Role) {
		return nil, apperr.BadInput("role", "a role cannot move between vendor and partner")
	}
	if err := keepOneAdmin(ctx, client, u); err != nil {
		return nil, err
	}
	return updated, nil
}

// DisableUser stops a user from signing in and, at once, ends their sessions and revokes the API
// keys they created (access tokens they hold are refused from the next request on, since every
// request re-reads the user's status).
func DisableUser(ctx context.Context, client *ent.Client, in DisableUserInput) (*ent.User, error) {
	u, err := client.User.Get(ctx, in.ID)
	if err != nil {
		return nil, err
	}
	if v := viewer.FromContext(ctx); v != nil && v.UserID == u.ID {
		return nil, apperr.BadInput("id", "you cannot disable your own account")
	}
	if err := lockAdmins(ctx, client, u); err != nil {
		return nil, err
	}
	if err := keepOneAdmin(ctx, client, u); err != nil {
		return nil, err
	}
	u, err = client.User.UpdateOne(u).SetStatus(user.StatusDISABLED).Save(ctx)
	if err != nil {
		return nil, err
	}
	now := time.Now()
	if err := auth.RevokeUser(ctx, client, u.ID, now); err != nil {
		return nil, err
	}
	if err := apikey.RevokeCreatedBy(ctx, client, u.ID, now); err != nil {
		return nil, err
	}
	return u, nil
}

// keepOneAdmin refuses to demote or disable the last active ADMIN, or the last active
// PARTNER_ADMIN of an organisation: nobody could then configure the program, or run that
// organisation's team, and restore access. Callers take lockAdmins first.
func keepOneAdmin(ctx context.Context, client *ent.Client, u *ent.User) error {
	if u.Status != user.StatusACTIVE || (u.Role != user.RoleADMIN && u.Role != user.RolePARTNER_ADMIN) {
		return nil
	}
	others := client.User.Query().
		Where(user.RoleEQ(u.Role), user.StatusEQ(user.StatusACTIVE), user.IDNEQ(u.ID))
	if u.Role == user.RolePARTNER_ADMIN {
		// Two partner admins disabling each other at the same moment must not both succeed:
		// writing the organisation's row first makes such changes wait for one another
		// (SQLite transactions are serial anyway).
		if err := client.Partner.UpdateOneID(u.PartnerID).SetUpdatedAt(time.Now()).Exec(ctx); err != nil {
			return err
		}
		others.Where(user.PartnerID(u.PartnerID))
	}
	n, err := others.Count(ctx)
	if err != nil {
		return err
	}
	if n == 0 {
		if u.Role == user.RolePARTNER_ADMIN {
			return apperr.New(apperr.Conflict, "this is the organisation's last active partner admin; make someone else partner admin first")
		}
		return apperr.New(apperr.Conflict, "this is the last active admin; make someone else admin first")
	}
	return nil
}

// lockAdmins makes changes that could remove the last active ADMIN take turns: PostgreSQL locks the
// active ADMINs' rows until the transaction ends (a concurrent change then sees the first one's
// outcome), SQLite runs one writer at a time anyway. A partner admin's organisation row plays this
// part for partner admins.
func lockAdmins(ctx context.Context, client *ent.Client, u *ent.User) error {
	if u.Role != user.RoleADMIN || u.Status != user.StatusACTIVE {
		return nil
	}
	_, err := client.User.Query().
		Where(user.RoleEQ(user.RoleADMIN), user.StatusEQ(user.StatusACTIVE), database.ForUpdate).
		Order(ent.Asc(user.FieldID)).
		IDs(ctx)
	return err
}
