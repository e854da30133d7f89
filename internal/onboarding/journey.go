// Package onboarding runs partners' onboarding journeys: a plan copied from the vendor's template
// when a partner is approved, whose steps complete from facts the system records, or are ticked
// by their owner role (docs/onboarding-and-training.md).
package onboarding

import (
	"context"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/certificationaward"
	"github.com/partnerhub/partnerhub/ent/invitation"
	"github.com/partnerhub/partnerhub/ent/onboardingjourney"
	"github.com/partnerhub/partnerhub/ent/onboardingstep"
	"github.com/partnerhub/partnerhub/ent/onboardingtemplate"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/webhook"
)

const day = 24 * time.Hour

// Start gives a newly approved partner its journey, in the approval's transaction: the active
// template for its type and tier (a tier-specific one wins over one for any tier), with every step
// due counted from the contract date, or from now when none is recorded. Facts recorded before the
// journey existed complete their steps at once. A partner that has a journey keeps it, and a
// partner no template fits gets none (nil).
func Start(ctx context.Context, client *ent.Client, partnerID string, now time.Time) (*ent.OnboardingJourney, error) {
	if j, err := client.OnboardingJourney.Query().Where(onboardingjourney.PartnerID(partnerID)).Only(ctx); err == nil {
		return j, nil
	} else if !ent.IsNotFound(err) {
		return nil, err
	}
	p, err := client.Partner.Get(ctx, partnerID)
	if err != nil {
		return nil, err
	}
	tpl, err := templateFor(ctx, client, p)
	if err != nil || tpl == nil {
		return nil, err
	}
	starts := now
	if p.ContractSignedAt != nil {
		starts = *p.ContractSignedAt
	}
	j, err := client.OnboardingJourney.Create().
		SetPartnerID(p.ID).SetTemplateID(tpl.ID).SetName(tpl.Name).SetStartsAt(starts).
		Save(ctx)
	if err != nil {
		return nil, err
	}
	steps := make([]*ent.OnboardingStepCreate, len(tpl.Steps))
	for i, s := range tpl.Steps {
		steps[i] = client.OnboardingStep.Create().
			SetPartnerID(p.ID).SetJourneyID(j.ID).SetPosition(i).
			SetTitle(s.Title).SetDescription(s.Description).
			SetDueAt(starts.Add(time.Duration(s.DueDay) * day)).
			SetCompletion(onboardingstep.Completion(s.Completion)).
			SetOwnerRole(onboardingstep.OwnerRole(s.OwnerRole))
	}
	if err := client.OnboardingStep.CreateBulk(steps...).Exec(ctx); err != nil {
		return nil, err
	}
	facts, err := factsSoFar(ctx, client, p, now)
	if err != nil {
		return nil, err
	}
	for _, f := range facts {
		if err := Record(ctx, client, p.ID, f, "", now); err != nil {
			return nil, err
		}
	}
	return j, nil
}

func templateFor(ctx context.Context, client *ent.Client, p *ent.Partner) (*ent.OnboardingTemplate, error) {
	q := client.OnboardingTemplate.Query().Where(
		onboardingtemplate.Active(true),
		onboardingtemplate.PartnerTypeEQ(onboardingtemplate.PartnerType(p.Type)),
	)
	if p.TierID != "" {
		q.Where(onboardingtemplate.Or(onboardingtemplate.TierIDIsNil(), onboardingtemplate.TierID(""), onboardingtemplate.TierID(p.TierID)))
	} else {
		q.Where(onboardingtemplate.Or(onboardingtemplate.TierIDIsNil(), onboardingtemplate.TierID("")))
	}
	all, err := q.Order(ent.Desc(onboardingtemplate.FieldCreatedAt), ent.Desc(onboardingtemplate.FieldID)).All(ctx)
	if err != nil || len(all) == 0 {
		return nil, err
	}
	for _, t := range all {
		if t.TierID != "" {
			return t, nil
		}
	}
	return all[0], nil
}

// factsSoFar are the facts already true of a partner when its journey starts.
func factsSoFar(ctx context.Context, client *ent.Client, p *ent.Partner, now time.Time) ([]onboardingstep.Completion, error) {
	var out []onboardingstep.Completion
	if ProfileComplete(p) {
		out = append(out, onboardingstep.CompletionPROFILE_COMPLETED)
	}
	if p.FirstDealAt != nil {
		out = append(out, onboardingstep.CompletionDEAL_REGISTERED)
	}
	invited, err := client.Invitation.Query().Where(
		invitation.PartnerID(p.ID), invitation.StatusEQ(invitation.StatusACCEPTED),
		invitation.HasInvitedByWith(user.PartnerID(p.ID)),
	).Exist(ctx)
	if err != nil {
		return nil, err
	}
	if invited {
		out = append(out, onboardingstep.CompletionCOLLEAGUE_INVITED)
	}
	certified, err := client.CertificationAward.Query().Where(
		certificationaward.PartnerID(p.ID), certificationaward.StatusEQ(certificationaward.StatusACTIVE),
		certificationaward.Or(certificationaward.ExpiresAtIsNil(), certificationaward.ExpiresAtGT(now)),
	).Exist(ctx)
	if err != nil {
		return nil, err
	}
	if certified {
		out = append(out, onboardingstep.CompletionCERTIFIED)
	}
	return out, nil
}

// ProfileComplete is the fact PROFILE_COMPLETED: the partner has told the program its website,
// country and at least one vertical.
func ProfileComplete(p *ent.Partner) bool {
	return p.Website != "" && p.Country != "" && len(p.Verticals) > 0
}

// Record completes the partner's open steps waiting for fact, in the transaction of the change
// that recorded it, each with its onboarding.step_completed event; byUserID is whose action it was
// ("" for the system). Steps done already keep their date, so recording a fact twice changes
// nothing. Each step is completed by a conditional update, so of two racing changes one completes
// (and publishes) it.
func Record(ctx context.Context, client *ent.Client, partnerID string, fact onboardingstep.Completion, byUserID string, now time.Time) error {
	open, err := client.OnboardingStep.Query().
		Where(onboardingstep.PartnerID(partnerID), onboardingstep.CompletionEQ(fact), onboardingstep.CompletedAtIsNil()).
		IDs(ctx)
	if err != nil {
		return err
	}
	for _, id := range open {
		upd := client.OnboardingStep.Update().
			Where(onboardingstep.ID(id), onboardingstep.CompletedAtIsNil()).SetCompletedAt(now)
		if byUserID != "" {
			upd.SetCompletedByID(byUserID)
		}
		n, err := upd.Save(ctx)
		if err != nil {
			return err
		}
		if n == 1 {
			if err := webhook.Publish(ctx, client, webhook.OnboardingStepDone, id, partnerID); err != nil {
				return err
			}
		}
	}
	return nil
}

// RecordProfile records PROFILE_COMPLETED when the partner's profile now is.
func RecordProfile(ctx context.Context, client *ent.Client, p *ent.Partner, byUserID string, now time.Time) error {
	if !ProfileComplete(p) {
		return nil
	}
	return Record(ctx, client, p.ID, onboardingstep.CompletionPROFILE_COMPLETED, byUserID, now)
}

// AcceptedFromColleague is whether an accepted invitation counts as COLLEAGUE_INVITED: it was
// sent by someone of the partner itself, not by the program's invitation of its first admin.
func AcceptedFromColleague(ctx context.Context, client *ent.Client, inv *ent.Invitation) (bool, error) {
	if inv.PartnerID == "" || inv.InvitedByID == "" {
		return false, nil
	}
	return client.User.Query().Where(user.ID(inv.InvitedByID), user.PartnerID(inv.PartnerID)).Exist(ctx)
}
