package tiering

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/tierchange"
	"github.com/partnerhub/partnerhub/internal/mail"
	"github.com/partnerhub/partnerhub/internal/tiering/tierspec"
	"github.com/partnerhub/partnerhub/internal/webhook"
)

// Actions an evaluation takes on a partner's tier.
const (
	ActionNone         = "NONE"          // nothing changes
	ActionProposed     = "PROPOSED"      // an upgrade awaits the channel manager
	ActionUpgraded     = "UPGRADED"      // an automatic upgrade was applied
	ActionGraceStarted = "GRACE_STARTED" // a downgrade entered its grace period
	ActionGraceKept    = "GRACE_KEPT"    // still not qualifying, grace running
	ActionDowngraded   = "DOWNGRADED"    // the grace ended and the downgrade was applied
	ActionCancelled    = "CANCELLED"     // an open change no longer holds
	ActionConcurrent   = "CONCURRENT"    // another run changed this partner meanwhile; this one changed nothing
)

// Evaluator runs evaluations and the tier changes that follow them.
type Evaluator struct {
	Client    *ent.Client
	Outbox    *mail.Outbox
	PublicURL string
}

// Outcome is what one evaluation of one partner did.
type Outcome struct {
	Evaluation *ent.TierEvaluation
	Change     *ent.TierChange
	Action     string
}

// errConcurrent means another evaluation changed the partner between our read and our write: the
// database refused the second change (the unique open_key or a conditional update), and this run
// rolls back so nothing happens twice.
var errConcurrent = errors.New("changed by a concurrent evaluation")

// EvaluateAll evaluates every ACTIVE partner at now. triggeredBy is the user who asked, empty for
// the daily job. Runs as the system (the job, or evaluateTiers after its role check).
func (e Evaluator) EvaluateAll(ctx context.Context, now time.Time, triggeredBy string) ([]Outcome, error) {
	ids, err := e.Client.Partner.Query().Where(partner.StatusEQ(partner.StatusACTIVE)).
		Order(ent.Asc(partner.FieldID)).IDs(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]Outcome, 0, len(ids))
	for _, id := range ids {
		o, err := e.EvaluatePartner(ctx, id, now, triggeredBy)
		if err != nil {
			return out, fmt.Errorf("evaluating partner %s: %w", id, err)
		}
		out = append(out, o)
	}
	return out, nil
}

// EvaluatePartner evaluates one partner, stores the evaluation and takes the tier change it calls
// for, all in one transaction.
func (e Evaluator) EvaluatePartner(ctx context.Context, partnerID string, now time.Time, triggeredBy string) (Outcome, error) {
	tx, err := e.Client.Tx(ctx)
	if err != nil {
		return Outcome{}, err
	}
	o, err := e.evaluate(ctx, tx.Client(), partnerID, now, triggeredBy)
	if err != nil {
		tx.Rollback()
		if errors.Is(err, errConcurrent) || ent.IsConstraintError(err) {
			return Outcome{Action: ActionConcurrent}, nil
		}
		return Outcome{}, err
	}
	return o, tx.Commit()
}

func (e Evaluator) evaluate(ctx context.Context, c *ent.Client, partnerID string, now time.Time, triggeredBy string) (Outcome, error) {
	p, err := c.Partner.Get(ctx, partnerID)
	if err != nil {
		return Outcome{}, err
	}
	tiers, err := Tiers(ctx, c)
	if err != nil {
		return Outcome{}, err
	}
	settings, err := LoadSettings(ctx, c)
	if err != nil {
		return Outcome{}, err
	}
	facts, err := LoadFacts(ctx, c, p, tiers, now)
	if err != nil {
		return Outcome{}, err
	}
	results := Evaluate(tiers, facts, Extra{}, now)
	q := Qualifying(results)
	ev, err := c.TierEvaluation.Create().SetPartnerID(p.ID).SetEvaluatedAt(now).
		SetCurrentTierID(p.TierID).SetQualifyingTierID(idOf(q)).SetTriggeredByID(triggeredBy).
		SetTiers(results).Save(ctx)
	if err != nil {
		return Outcome{}, err
	}
	open, err := c.TierChange.Query().Where(tierchange.PartnerID(p.ID), tierchange.OpenKeyNotNil()).Only(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return Outcome{}, err
	}
	err = nil
	s := step{cx: ctx, e: e, c: c, p: p, ev: ev, open: open, q: q, now: now, settings: settings, tiers: tierNames(tiers)}
	current, qualifying := rankOf(results, p.TierID), -1
	if q != nil {
		qualifying = q.Rank
	}
	o := Outcome{Evaluation: ev, Action: ActionNone}
	switch {
	case qualifying > current:
		o.Change, o.Action, err = s.upgrade()
	case qualifying < current:
		o.Change, o.Action, err = s.downgrade()
	case open != nil:
		o.Change, o.Action, err = s.cancel("qualifies for its current tier again")
	}
	return o, err
}

// step is one partner's evaluation deciding its tier change.
type step struct {
	cx       context.Context
	e        Evaluator
	c        *ent.Client
	p        *ent.Partner
	ev       *ent.TierEvaluation
	open     *ent.TierChange
	q        *tierspec.Tier
	now      time.Time
	settings Settings
	tiers    map[string]string
}

func (s step) upgrade() (*ent.TierChange, string, error) {
	reason := fmt.Sprintf("meets every requirement of %s", s.q.Name)
	if s.open != nil && s.open.Status == tierchange.StatusGRACE {
		if _, _, err := s.cancel("qualifies for a higher tier again"); err != nil {
			return nil, "", err
		}
		s.open = nil
	}
	if s.settings.AutoUpgrade {
		if s.open != nil { // a proposal from before automatic upgrades were switched on
			return s.apply(s.open, s.q.TierID, "", "applied automatically: "+reason)
		}
		ch, err := s.c.TierChange.Create().SetPartnerID(s.p.ID).SetFromTierID(s.p.TierID).SetToTierID(s.q.TierID).
			SetKind(tierchange.KindUPGRADE).SetStatus(tierchange.StatusPROPOSED).SetEvaluationID(s.ev.ID).
			SetReason(reason).SetOpenKey(s.p.ID).Save(s.cx)
		if err != nil {
			return nil, "", err
		}
		return s.apply(ch, s.q.TierID, "", "applied automatically: "+reason)
	}
	if s.open != nil {
		if s.open.ToTierID == s.q.TierID {
			return s.open, ActionNone, nil
		}
		ch, err := s.c.TierChange.UpdateOneID(s.open.ID).Where(tierchange.StatusEQ(tierchange.StatusPROPOSED)).
			SetToTierID(s.q.TierID).SetReason(reason).Save(s.cx)
		if ent.IsNotFound(err) {
			return nil, "", errConcurrent
		}
		if err != nil {
			return nil, "", err
		}
		return ch, ActionProposed, webhook.Publish(s.cx, s.c, webhook.TierChangeProposed, ch.ID, ch.PartnerID)
	}
	held, err := s.c.TierChange.Query().Where(tierchange.PartnerID(s.p.ID), tierchange.StatusEQ(tierchange.StatusREJECTED),
		tierchange.ToTierID(s.q.TierID), tierchange.DecidedAtGT(s.now.Add(-RejectionHold))).Exist(s.cx)
	if err != nil || held {
		return nil, ActionNone, err
	}
	ch, err := s.c.TierChange.Create().SetPartnerID(s.p.ID).SetFromTierID(s.p.TierID).SetToTierID(s.q.TierID).
		SetKind(tierchange.KindUPGRADE).SetStatus(tierchange.StatusPROPOSED).SetEvaluationID(s.ev.ID).
		SetReason(reason).SetOpenKey(s.p.ID).Save(s.cx)
	if err != nil {
		return nil, "", err
	}
	if err := webhook.Publish(s.cx, s.c, webhook.TierChangeProposed, ch.ID, ch.PartnerID); err != nil {
		return nil, "", err
	}
	return ch, ActionProposed, s.e.mailManager(s.cx, s.c, s.p, ch, s.tiers)
}

func (s step) downgrade() (*ent.TierChange, string, error) {
	reason := "meets the requirements of no tier"
	if s.q != nil {
		reason = fmt.Sprintf("meets the requirements of %s, not of %s", s.q.Name, s.tiers[s.p.TierID])
	}
	if s.open != nil && s.open.Status == tierchange.StatusPROPOSED {
		if _, _, err := s.cancel("no longer qualifies for the proposed tier"); err != nil {
			return nil, "", err
		}
		s.open = nil
	}
	if s.open == nil {
		ends := s.now.AddDate(0, 0, s.settings.GraceDays)
		create := s.c.TierChange.Create().SetPartnerID(s.p.ID).SetFromTierID(s.p.TierID).SetToTierID(idOf(s.q)).
			SetKind(tierchange.KindDOWNGRADE).SetStatus(tierchange.StatusGRACE).SetEvaluationID(s.ev.ID).
			SetReason(reason).SetOpenKey(s.p.ID).SetGraceEndsAt(ends)
		if s.settings.GraceDays == 0 {
			ch, err := create.Save(s.cx)
			if err != nil {
				return nil, "", err
			}
			return s.apply(ch, idOf(s.q), "", "no grace period: "+reason)
		}
		create.SetGraceNoticeAt(s.now)
		if ends.Sub(s.now) <= days(s.settings.GraceReminderDays) {
			create.SetGraceReminderAt(s.now) // the notice stands in for a reminder that would come at once
		}
		ch, err := create.Save(s.cx)
		if err != nil {
			return nil, "", err
		}
		if err := webhook.Publish(s.cx, s.c, webhook.TierGraceStarted, ch.ID, ch.PartnerID); err != nil {
			return nil, "", err
		}
		return ch, ActionGraceStarted, s.e.mailAdmins(s.cx, s.c, s.p, graceStarted(s.p, ch, s.tiers, s.e.PublicURL))
	}
	ends := *s.open.GraceEndsAt
	if !s.now.Before(ends) {
		return s.apply(s.open, idOf(s.q), "", fmt.Sprintf("grace period ended on %s: %s", day(ends), reason))
	}
	if s.open.GraceReminderAt == nil && ends.Sub(s.now) <= days(s.settings.GraceReminderDays) {
		ch, err := s.c.TierChange.UpdateOneID(s.open.ID).Where(tierchange.GraceReminderAtIsNil()).
			SetGraceReminderAt(s.now).Save(s.cx)
		if ent.IsNotFound(err) {
			return nil, "", errConcurrent
		}
		if err != nil {
			return nil, "", err
		}
		return ch, ActionGraceKept, s.e.mailAdmins(s.cx, s.c, s.p, graceEnding(s.p, ch, s.tiers, s.e.PublicURL))
	}
	return s.open, ActionGraceKept, nil
}

// cancel closes the open change without changing the tier.
func (s step) cancel(why string) (*ent.TierChange, string, error) {
	ch, err := s.c.TierChange.UpdateOneID(s.open.ID).Where(tierchange.StatusEQ(s.open.Status), tierchange.OpenKeyNotNil()).
		SetStatus(tierchange.StatusCANCELLED).ClearOpenKey().SetDecidedAt(s.now).SetDecisionNote(why).Save(s.cx)
	if ent.IsNotFound(err) {
		return nil, "", errConcurrent
	}
	return ch, ActionCancelled, err
}

// apply closes an open change as APPLIED and moves the partner to its tier, the system deciding.
func (s step) apply(ch *ent.TierChange, to, by, note string) (*ent.TierChange, string, error) {
	applied, err := Apply(s.cx, s.c, ch, to, by, note, s.now)
	if err != nil {
		return nil, "", err
	}
	action := ActionUpgraded
	if ch.Kind == tierchange.KindDOWNGRADE {
		action = ActionDowngraded
		err = s.e.mailAdmins(s.cx, s.c, s.p, downgraded(s.p, applied, s.tiers, s.e.PublicURL))
	}
	return applied, action, err
}

// Apply closes an open change as APPLIED by who (empty: the system) and moves its partner from the
// change's tier to to. Both writes are conditional: the change must still be open and the partner
// still hold the tier the change started from, so a second run or a second approval changes
// nothing (errConcurrent).
func Apply(ctx context.Context, c *ent.Client, ch *ent.TierChange, to, by, note string, now time.Time) (*ent.TierChange, error) {
	applied, err := c.TierChange.UpdateOneID(ch.ID).Where(tierchange.OpenKeyNotNil(), tierchange.StatusEQ(ch.Status)).
		SetStatus(tierchange.StatusAPPLIED).ClearOpenKey().SetToTierID(to).
		SetDecidedByID(by).SetDecidedAt(now).SetDecisionNote(note).Save(ctx)
	if ent.IsNotFound(err) {
		return nil, errConcurrent
	}
	if err != nil {
		return nil, err
	}
	held := partner.TierIDIsNil()
	if ch.FromTierID != "" {
		held = partner.TierID(ch.FromTierID)
	}
	upd := c.Partner.UpdateOneID(ch.PartnerID).Where(held)
	if to == "" {
		upd.ClearTierID()
	} else {
		upd.SetTierID(to)
	}
	if err := upd.Exec(ctx); ent.IsNotFound(err) {
		return nil, errConcurrent
	} else if err != nil {
		return nil, err
	}
	return applied, webhook.Publish(ctx, c, webhook.TierChanged, applied.ID, applied.PartnerID)
}

// IsConcurrent reports whether err says another evaluation or decision got there first.
func IsConcurrent(err error) bool { return errors.Is(err, errConcurrent) }

func idOf(t *tierspec.Tier) string {
	if t == nil {
		return ""
	}
	return t.TierID
}

func rankOf(results []tierspec.Tier, tierID string) int {
	for _, r := range results {
		if r.TierID == tierID {
			return r.Rank
		}
	}
	return -1
}

func tierNames(tiers []*ent.Tier) map[string]string {
	out := map[string]string{"": "no tier"}
	for _, t := range tiers {
		out[t.ID] = t.Name
	}
	return out
}

func days(n int) time.Duration { return time.Duration(n) * 24 * time.Hour }

func day(t time.Time) string { return t.UTC().Format("2 January 2006") }
