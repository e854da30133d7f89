package rule

import (
	"context"
	"slices"

	entgo "entgo.io/ent"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/lead"
	"github.com/partnerhub/partnerhub/ent/leadoffer"
	"github.com/partnerhub/partnerhub/ent/privacy"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// AllowVendorLeadWrites lets the vendor's channel team (ADMIN, CHANNEL_MANAGER) create leads,
// route them and assign the manual queue: leads are the vendor's to hand out.
func AllowVendorLeadWrites() privacy.MutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if viewer.FromContext(ctx).IsVendor() {
			return privacy.Allow
		}
		return privacy.Skip
	})
}

// holderFields are what the partner holding a lead changes by answering it: accepting (status,
// accepted_at), declining (status back to NEW, partner and deadline cleared, for routing to pick
// it up again) and converting it (status, deal).
var holderFields = []string{lead.FieldStatus, lead.FieldAcceptedAt, lead.FieldDealID, lead.FieldUpdatedAt}

// AllowLeadHolder lets the partner a lead is offered to or accepted by answer it, and nothing
// more: it cannot hand the lead to another partner (only clear itself), nor edit what the vendor
// wrote.
func AllowLeadHolder() privacy.MutationRule {
	return privacy.LeadMutationRuleFunc(func(ctx context.Context, m *ent.LeadMutation) error {
		v := viewer.FromContext(ctx)
		if !v.IsPartner() {
			return privacy.Skip
		}
		if !m.Op().Is(entgo.OpUpdateOne) {
			return Forbidden("leads are created by the vendor")
		}
		// Read under the viewer's own policy: a lead held by another partner is not found.
		old, err := m.OldPartnerID(ctx)
		if err != nil {
			return err
		}
		if old != v.PartnerID {
			return Forbidden("the lead is not yours to answer")
		}
		for _, f := range m.Fields() {
			if !slices.Contains(holderFields, f) {
				return Forbidden("a partner does not set %s of a lead", f)
			}
		}
		for _, f := range m.ClearedFields() {
			if f != lead.FieldPartnerID && f != lead.FieldOfferDeadline {
				return Forbidden("a partner does not clear %s of a lead", f)
			}
		}
		return privacy.Allow
	})
}

// offerAnswerFields are what a partner writes when it answers an offer.
var offerAnswerFields = []string{leadoffer.FieldStatus, leadoffer.FieldDeclineReason, leadoffer.FieldNote,
	leadoffer.FieldRespondedAt, leadoffer.FieldUpdatedAt}

// AllowOfferAnswer lets a partner answer an offer made to its own organisation (the tenant rule
// before it has kept it inside), changing only the answer.
func AllowOfferAnswer() privacy.MutationRule {
	return privacy.LeadOfferMutationRuleFunc(func(ctx context.Context, m *ent.LeadOfferMutation) error {
		if !viewer.FromContext(ctx).IsPartner() {
			return privacy.Skip
		}
		if !m.Op().Is(entgo.OpUpdateOne) {
			return Forbidden("offers are made by routing")
		}
		for _, f := range m.Fields() {
			if !slices.Contains(offerAnswerFields, f) {
				return Forbidden("a partner does not set %s of an offer", f)
			}
		}
		return privacy.Allow
	})
}
