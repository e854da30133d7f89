package rule

import (
	"context"

	entgo "entgo.io/ent"
	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/content"
	"github.com/partnerhub/partnerhub/ent/file"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/predicate"
	"github.com/partnerhub/partnerhub/ent/privacy"
	"github.com/partnerhub/partnerhub/ent/tier"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// FilterContentForPartner shows a partner user the content their organisation qualifies for
// (docs/enablement-content.md): published items whose minimum tier ranks at or below the
// partner's tier and whose audience is open to every type or names the partner's type. Drafts and
// archived items answer like items that do not exist.
func FilterContentForPartner() privacy.QueryRule {
	return privacy.ContentQueryRuleFunc(func(ctx context.Context, q *ent.ContentQuery) error {
		v := viewer.FromContext(ctx)
		if !v.IsPartner() {
			return privacy.Skip
		}
		q.Where(predicate.Content(func(s *sql.Selector) { s.Where(contentGate(s, v.PartnerID)) }))
		return privacy.Allow
	})
}

// FilterFilesOfVisibleOwners shows a partner user the files of the content items they may see and
// the proof files of their own organisation's MDF claims, and no other file.
func FilterFilesOfVisibleOwners() privacy.QueryRule {
	return privacy.FileQueryRuleFunc(func(ctx context.Context, q *ent.FileQuery) error {
		v := viewer.FromContext(ctx)
		if !v.IsPartner() {
			return privacy.Skip
		}
		q.Where(predicate.File(func(s *sql.Selector) {
			c := sql.Table(content.Table)
			visible := sql.Dialect(s.Dialect()).Select(c.C(content.FieldID)).From(c)
			visible.Where(contentGate(visible, v.PartnerID))
			s.Where(sql.Or(
				sql.In(s.C(file.FieldContentID), visible),
				sql.In(s.C("mdf_claim_id"), ownClaims(s, v.PartnerID)),
			))
		}))
		return privacy.Allow
	})
}

// ContentVisibleToPartner is the gate FilterContentForPartner applies, for a query that reads the
// contents table under another name (the partner list compares an item with its translations).
func ContentVisibleToPartner(partnerID string) func(*sql.Selector) *sql.Predicate {
	return func(s *sql.Selector) *sql.Predicate { return contentGate(s, partnerID) }
}

// contentGate is the gating predicate over the contents table that s selects from. Each part is an
// uncorrelated lookup of the partner's own row, which the database runs once per query.
func contentGate(s *sql.Selector, partnerID string) *sql.Predicate {
	t, p := sql.Table(tier.Table).As("gate_tier"), sql.Table(partner.Table).As("gate_partner")
	partnerRank := sql.Select(t.C(tier.FieldRank)).From(p).
		Join(t).On(p.C(partner.FieldTierID), t.C(tier.FieldID)).
		Where(sql.EQ(p.C(partner.FieldID), partnerID))
	mt := sql.Table(tier.Table).As("gate_min_tier")
	minRank := sql.Select(mt.C(tier.FieldRank)).From(mt).
		Where(sql.ColumnsEQ(mt.C(tier.FieldID), s.C(content.FieldMinTierID)))
	pt := sql.Table(partner.Table).As("gate_type")
	partnerType := sql.Select(pt.C(partner.FieldType)).From(pt).Where(sql.EQ(pt.C(partner.FieldID), partnerID))

	// A partner without a tier compares against NULL and so sees only items open to every tier.
	tierOK := sql.Or(
		sql.IsNull(s.C(content.FieldMinTierID)),
		sql.P(func(b *sql.Builder) {
			b.Wrap(func(b *sql.Builder) { b.Join(minRank) })
			b.WriteString(" <= ")
			b.Wrap(func(b *sql.Builder) { b.Join(partnerRank) })
		}),
	)
	types := s.C(content.FieldPartnerTypes)
	typeOK := sql.P(func(b *sql.Builder) {
		if b.Dialect() == dialect.Postgres {
			b.WriteString("(jsonb_array_length(").WriteString(types).WriteString(") = 0 OR ").
				WriteString(types).WriteString(" @> jsonb_build_array(")
			b.Wrap(func(b *sql.Builder) { b.Join(partnerType) })
			b.WriteString("))")
			return
		}
		b.WriteString("(json_array_length(").WriteString(types).WriteString(") = 0 OR EXISTS (SELECT 1 FROM json_each(").
			WriteString(types).WriteString(") WHERE json_each.value = ")
		b.Wrap(func(b *sql.Builder) { b.Join(partnerType) })
		b.WriteString("))")
	})
	return sql.And(sql.EQ(s.C(content.FieldStatus), content.StatusPUBLISHED), tierOK, typeOK)
}

// contentEventMutation is the part of a ContentEvent mutation the rule reads.
type contentEventMutation interface {
	entgo.Mutation
	ContentID() (string, bool)
	UserID() (string, bool)
	PartnerID() (string, bool)
}

// AllowRecordOwnContentEvent lets a signed-in user record their own view or download of an item
// they may see, as themselves and their own organisation: engagement figures cannot be inflated
// for someone else or for content out of reach.
func AllowRecordOwnContentEvent() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m entgo.Mutation) error {
		v := viewer.FromContext(ctx)
		cm, ok := m.(contentEventMutation)
		if v == nil || v.UserID == "" || !ok || !m.Op().Is(entgo.OpCreate) {
			return privacy.Skip
		}
		uid, _ := cm.UserID()
		pid, _ := cm.PartnerID()
		if uid != v.UserID || pid != v.PartnerID {
			return Forbidden("you may only record your own engagement")
		}
		cid, _ := cm.ContentID()
		client := m.(interface{ Client() *ent.Client }).Client()
		// Read under the viewer's own policy: an item they may not see is not found.
		seen, err := client.Content.Query().Where(content.ID(cid)).Exist(ctx)
		if err != nil {
			return err
		}
		if !seen {
			return privacy.Denyf("content %s is not visible", cid)
		}
		return privacy.Allow
	})
}
