package rule

import (
	"context"
	"reflect"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/account"
	"github.com/partnerhub/partnerhub/ent/deal"
	"github.com/partnerhub/partnerhub/ent/dealextension"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/privacy"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/deal/status"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// Who may change a deal registration, all in this file (docs/roles-and-permissions.md; when each
// move is allowed at all is the lifecycle's, in internal/deal and docs/deal-lifecycle.md):
//   - a partner user registers deals for its own organisation, as itself;
//   - the registration's owner (a partner admin: any of the organisation's; a sales rep: its own)
//     edits its details while it is SUBMITTED, withdraws it, and reports it won or lost, and asks
//     for longer protection;
//   - the partner's channel manager decides it (approve, reject), edits it while it is active,
//     withdraws, closes and reopens it, and decides its extension requests;
//   - overriding a conflict with an earlier registration is ADMIN's alone, and ADMIN may do
//     everything else too.

// dealDecision is what only the channel team's decisions and the outcome set: a registration
// starts without any of it (defaults such as an empty note aside).
var dealDecision = []string{
	deal.FieldReviewerID, deal.FieldDecisionNote, deal.FieldDecidedAt, deal.FieldConflictOverridden,
	deal.FieldProtectionExpiresAt, deal.FieldExpiryNoticeAt, deal.FieldCoSell, deal.FieldDirectRepID,
	deal.FieldClosedAt, deal.FieldClosedAmount,
}

// dealDetails are the opportunity's details as the partner entered them.
var dealDetails = fieldSet(
	deal.FieldTitle, deal.FieldDescription, deal.FieldContactName, deal.FieldContactEmail,
	deal.FieldAmount, deal.FieldCurrency, deal.FieldExpectedCloseDate, deal.FieldProducts,
	deal.FieldSource, deal.FieldMdfRequestID, deal.FieldUpdatedAt,
)

// dealOutcome is what an owner sets when it withdraws or closes its registration.
var dealOutcome = fieldSet(deal.FieldStatus, deal.FieldClosedAt, deal.FieldClosedAmount, deal.FieldDecisionNote, deal.FieldUpdatedAt)

// ownerMoves are the statuses an owner may move its registration to; approving and rejecting are
// the channel team's.
var ownerMoves = map[status.Status]bool{status.Withdrawn: true, status.Won: true, status.Lost: true}

// AllowDealOwner lets partner users register deals and change their own registrations as the list
// above says. The tenant rule before it has kept them inside their organisation, and reading the
// old row under their own read rules keeps a sales rep to the registrations they made.
func AllowDealOwner() privacy.MutationRule {
	return privacy.DealMutationRuleFunc(func(ctx context.Context, m *ent.DealMutation) error {
		v := viewer.FromContext(ctx)
		if !v.IsPartner() {
			return privacy.Skip
		}
		switch {
		case m.Op().Is(ent.OpCreate):
			if uid, _ := m.RegisteredByID(); uid != v.UserID {
				return Forbidden("deals are registered for your own organisation, by you")
			}
			if s, _ := m.Status(); s != status.Submitted {
				return Forbidden("a registration starts SUBMITTED; the channel team decides it")
			}
			for _, f := range dealDecision {
				if value, set := m.Field(f); set && !reflect.ValueOf(value).IsZero() {
					return Forbidden("a registration does not set %s", f)
				}
			}
			return privacy.Allow
		case m.Op().Is(ent.OpUpdateOne):
			was, err := m.OldStatus(ctx)
			if err != nil {
				return err
			}
			if to, moving := m.Status(); moving {
				if !ownerMoves[to] {
					return Forbidden("only the channel team decides registrations")
				}
				if f := outside(m, dealOutcome); f != "" {
					return Forbidden("a partner does not set %s", f)
				}
				return privacy.Allow
			}
			if f := outside(m, dealDetails); f != "" {
				return Forbidden("a partner does not set %s", f)
			}
			if was != status.Submitted {
				return apperr.New(apperr.Conflict, "a %s registration is changed by your channel manager; only SUBMITTED ones are yours to edit", was)
			}
			return privacy.Allow
		}
		return Forbidden("deal registrations are changed one at a time and never deleted")
	})
}

// AllowDealManager lets a CHANNEL_MANAGER change the registrations of the partners they manage,
// except overriding a conflict.
func AllowDealManager() privacy.MutationRule {
	return privacy.DealMutationRuleFunc(func(ctx context.Context, m *ent.DealMutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || v.Role != viewer.ChannelManager {
			return privacy.Skip
		}
		if !m.Op().Is(ent.OpUpdateOne) {
			return Forbidden("a channel manager decides registrations one at a time and does not register them")
		}
		partnerID, err := m.OldPartnerID(ctx)
		if err != nil {
			return err
		}
		if err := requireManager(ctx, m.Client(), v, partnerID, "decide its registrations"); err != nil {
			return err
		}
		if overridden, _ := m.ConflictOverridden(); overridden {
			return Forbidden("only an admin may override a conflict with an earlier registration")
		}
		return privacy.Allow
	})
}

// requireManager allows v only as the partner's channel manager.
func requireManager(ctx context.Context, client *ent.Client, v *viewer.Viewer, partnerID, what string) error {
	managed, err := client.Partner.Query().Where(partner.ID(partnerID), partner.ManagerID(v.UserID)).Exist(ctx)
	if err != nil {
		return err
	}
	if !managed {
		return Forbidden("only the partner's channel manager or an admin may %s", what)
	}
	return nil
}

// AllowExtensionRequest lets a partner user ask, as itself, for longer protection of a registration
// of its organisation (the lifecycle loaded the deal under the user's read rules first).
func AllowExtensionRequest() privacy.MutationRule {
	return privacy.DealExtensionMutationRuleFunc(func(ctx context.Context, m *ent.DealExtensionMutation) error {
		v := viewer.FromContext(ctx)
		if !v.IsPartner() {
			return privacy.Skip
		}
		if !m.Op().Is(ent.OpCreate) {
			return Forbidden("only the channel team decides extension requests")
		}
		if uid, _ := m.RequestedByID(); uid != v.UserID {
			return Forbidden("extension requests are made by you, for your own organisation")
		}
		return privacy.Allow
	})
}

// AllowExtensionDecision lets a CHANNEL_MANAGER decide the extension requests of the partners they
// manage; a request is the partner's to make.
func AllowExtensionDecision() privacy.MutationRule {
	return privacy.DealExtensionMutationRuleFunc(func(ctx context.Context, m *ent.DealExtensionMutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || v.Role != viewer.ChannelManager {
			return privacy.Skip
		}
		if !m.Op().Is(ent.OpUpdateOne) {
			return Forbidden("the partner holding the registration asks for an extension")
		}
		partnerID, err := m.OldPartnerID(ctx)
		if err != nil {
			return err
		}
		if err := requireManager(ctx, m.Client(), v, partnerID, "decide its extension requests"); err != nil {
			return err
		}
		if f := outside(m, fieldSet(dealextension.FieldStatus, dealextension.FieldPendingDealID, dealextension.FieldDecisionNote,
			dealextension.FieldDecidedAt, dealextension.FieldDecidedByID, dealextension.EdgeDecidedBy,
			dealextension.FieldNewExpiresAt, dealextension.FieldUpdatedAt)); f != "" {
			return Forbidden("a decision does not change %s", f)
		}
		return privacy.Allow
	})
}

// AllowTimelineByActor lets whoever changes a registration append its timeline entry, as
// themselves; the tenant rule keeps a partner's entries on its own deals.
func AllowTimelineByActor() privacy.MutationRule {
	return privacy.DealEventMutationRuleFunc(func(ctx context.Context, m *ent.DealEventMutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || !m.Op().Is(ent.OpCreate) {
			return privacy.Skip
		}
		if actor, _ := m.ActorID(); actor != v.UserID {
			return Forbidden("a timeline entry names who acted")
		}
		return privacy.Allow
	})
}

// AllowConflictsOnOwnRegistration lets a registration flag its own conflicts: only the partner
// registering writes them, on its own deal (the tenant rule), and nobody changes them afterwards.
func AllowConflictsOnOwnRegistration() privacy.MutationRule {
	return privacy.DealConflictMutationRuleFunc(func(ctx context.Context, m *ent.DealConflictMutation) error {
		if viewer.FromContext(ctx).IsPartner() && m.Op().Is(ent.OpCreate) {
			return privacy.Allow
		}
		return privacy.Skip
	})
}

// AllowCustomerByRegistration lets a partner's registration create the account of a customer
// nobody named before, as unowned; who owns an account is the vendor's decision.
func AllowCustomerByRegistration() privacy.MutationRule {
	return privacy.AccountMutationRuleFunc(func(ctx context.Context, m *ent.AccountMutation) error {
		if !viewer.FromContext(ctx).IsPartner() {
			return privacy.Skip
		}
		if !m.Op().Is(ent.OpCreate) {
			return Forbidden("accounts are the vendor's to change")
		}
		if kind, _ := m.OwnerKind(); kind != account.OwnerKindUNOWNED {
			return Forbidden("a registration names customers as unowned; ownership is the vendor's")
		}
		if _, owned := m.DirectOwnerID(); owned {
			return Forbidden("a registration does not name an account's direct owner")
		}
		return privacy.Allow
	})
}

// AllowPartnerOwnershipByManager lets a CHANNEL_MANAGER mark an account as held by a partner, which
// approving a registration on an unowned customer does, and return an account a partner held to
// unowned, which undoing that approval does; direct ownership stays with ADMIN.
func AllowPartnerOwnershipByManager() privacy.MutationRule {
	return privacy.AccountMutationRuleFunc(func(ctx context.Context, m *ent.AccountMutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || v.Role != viewer.ChannelManager || !m.Op().Is(ent.OpUpdateOne) {
			return privacy.Skip
		}
		if outside(m, fieldSet(account.FieldOwnerKind, account.FieldUpdatedAt)) != "" {
			return Forbidden("a channel manager only marks an account as held by a partner")
		}
		switch kind, _ := m.OwnerKind(); kind {
		case account.OwnerKindPARTNER:
			return privacy.Allow
		case account.OwnerKindUNOWNED:
			was, err := m.OldOwnerKind(ctx)
			if err != nil {
				return err
			}
			if was == account.OwnerKindPARTNER {
				return privacy.Allow
			}
		}
		return Forbidden("a channel manager only marks an account as held by a partner, or no longer held")
	})
}
