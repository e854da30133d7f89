package rule

import (
	"context"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/privacy"
	"github.com/partnerhub/partnerhub/internal/normalize"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// FilterOwnPartnerRecord restricts partner viewers to their own organisation's partner row.
func FilterOwnPartnerRecord() privacy.QueryRule {
	return privacy.PartnerQueryRuleFunc(func(ctx context.Context, q *ent.PartnerQuery) error {
		v := viewer.FromContext(ctx)
		if !v.IsPartner() {
			return privacy.Skip
		}
		q.Where(partner.ID(v.PartnerID))
		return privacy.Allow
	})
}

// managerEditable are the partner fields a channel manager may change on partners they manage;
// reassigning a partner to another manager stays with ADMIN.
var managerEditable = fieldSet(
	partner.FieldName, partner.FieldType, partner.FieldStatus, partner.FieldTierID, partner.FieldWebsite,
	partner.FieldDomain, partner.FieldCountry, partner.FieldRegion, partner.FieldVerticals,
	partner.FieldContractSignedAt, partner.FieldUpdatedAt, partner.FieldTierChecks, partner.EdgeTier,
)

// partnerAdminEditable are the profile fields a partner's own admin may change; name, type, status
// and tier are the program's decisions, not the partner's. The website may change within the same
// registrable domain only (AllowPartnerAdminProfile).
var partnerAdminEditable = fieldSet(
	partner.FieldWebsite, partner.FieldDomain, partner.FieldCountry, partner.FieldVerticals, partner.FieldUpdatedAt,
)

// AllowManagerOfPartner lets a CHANNEL_MANAGER update the partners they manage.
func AllowManagerOfPartner() privacy.MutationRule {
	return privacy.PartnerMutationRuleFunc(func(ctx context.Context, m *ent.PartnerMutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || v.Role != viewer.ChannelManager || !m.Op().Is(ent.OpUpdateOne) {
			return privacy.Skip
		}
		id, _ := m.ID()
		if err := requireManager(ctx, m.Client(), v, id, "change it"); err != nil {
			return err
		}
		if f := outside(m, managerEditable); f != "" {
			return Forbidden("a channel manager may not change %s", f)
		}
		return privacy.Allow
	})
}

// AllowPartnerAdminProfile lets a PARTNER_ADMIN update their own organisation's profile fields.
func AllowPartnerAdminProfile() privacy.MutationRule {
	return privacy.PartnerMutationRuleFunc(func(ctx context.Context, m *ent.PartnerMutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || v.Role != viewer.PartnerAdmin || !m.Op().Is(ent.OpUpdateOne) {
			return privacy.Skip
		}
		if id, _ := m.ID(); id != v.PartnerID {
			return privacy.Skip
		}
		if f := outside(m, partnerAdminEditable); f != "" {
			return Forbidden("a partner admin may not change %s", f)
		}
		if website, ok := m.Website(); ok {
			// The registrable domain is who the organisation is in the rules of engagement (its
			// same-domain conflicts, one partner per company). Refusing every change of it, taken or
			// free, also keeps this answer from telling which domains other partners hold.
			old, err := m.OldDomain(ctx)
			if err != nil {
				return err
			}
			if !sameRegistrableDomain(website, old) {
				return Forbidden("your web domain identifies your organisation; ask your channel manager to change it")
			}
		}
		return privacy.Allow
	})
}

// AllowFirstDealDate lets a partner user's first registration date the end of its organisation's
// onboarding; the date is all it may set, and only on its own partner record.
func AllowFirstDealDate() privacy.MutationRule {
	return privacy.PartnerMutationRuleFunc(func(ctx context.Context, m *ent.PartnerMutation) error {
		v := viewer.FromContext(ctx)
		if !v.IsPartner() || !m.Op().Is(ent.OpUpdate|ent.OpUpdateOne) {
			return privacy.Skip
		}
		if _, ok := m.FirstDealAt(); !ok || outside(m, fieldSet(partner.FieldFirstDealAt, partner.FieldUpdatedAt)) != "" {
			return privacy.Skip
		}
		m.Where(partner.ID(v.PartnerID))
		return privacy.Allow
	})
}

// sameRegistrableDomain reports whether website lies in the registrable domain of old (a normalized
// domain, nil when the partner has none yet).
func sameRegistrableDomain(website string, old *string) bool {
	if old == nil {
		return false
	}
	d, err := normalize.Domain(website)
	if err != nil {
		return false
	}
	a, errA := normalize.RegistrableDomain(d)
	b, errB := normalize.RegistrableDomain(*old)
	return errA == nil && errB == nil && a == b
}

type set map[string]bool

func fieldSet(fields ...string) set {
	s := set{}
	for _, f := range fields {
		s[f] = true
	}
	return s
}

// outside returns the first field or edge a mutation touches that is not in allowed, or "".
func outside(m ent.Mutation, allowed set) string {
	for _, group := range [][]string{m.Fields(), m.AddedFields(), m.ClearedFields(), m.AddedEdges(), m.RemovedEdges(), m.ClearedEdges()} {
		for _, f := range group {
			if !allowed[f] {
				return f
			}
		}
	}
	return ""
}
