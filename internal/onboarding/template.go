package onboarding

import (
	"context"
	"fmt"
	"strings"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/onboardingjourney"
	"github.com/partnerhub/partnerhub/ent/onboardingstep"
	"github.com/partnerhub/partnerhub/ent/onboardingtemplate"
	"github.com/partnerhub/partnerhub/ent/tier"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/onboarding/stepspec"
)

// TemplateInput is a new onboarding plan.
type TemplateInput struct {
	Name        string
	PartnerType onboardingtemplate.PartnerType
	TierID      *string
	Steps       []stepspec.Step
}

// maxDueDay bounds a plan to a year: onboarding that takes longer is not onboarding.
const maxDueDay = 365

// CreateTemplate adds an onboarding plan. Steps are kept in the given order, which due days must
// follow, so the plan reads as a timeline.
func CreateTemplate(ctx context.Context, client *ent.Client, in TemplateInput) (*ent.OnboardingTemplate, error) {
	name := strings.TrimSpace(in.Name)
	if name == "" {
		return nil, apperr.BadInput("name", "give the plan a name")
	}
	if err := checkSteps(in.Steps); err != nil {
		return nil, err
	}
	if in.TierID != nil && *in.TierID != "" {
		ok, err := client.Tier.Query().Where(tier.ID(*in.TierID)).Exist(ctx)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, apperr.BadInput("tierId", "no such tier")
		}
	}
	return client.OnboardingTemplate.Create().
		SetName(name).SetPartnerType(in.PartnerType).SetNillableTierID(in.TierID).SetSteps(in.Steps).
		Save(ctx)
}

// checkSteps trims the steps' titles in place and refuses a plan that is not a valid timeline.
func checkSteps(steps []stepspec.Step) error {
	if len(steps) == 0 || len(steps) > 50 {
		return apperr.BadInput("steps", "a plan has 1 to 50 steps")
	}
	prev := 0
	for i, s := range steps {
		field := fmt.Sprintf("steps.%d", i)
		steps[i].Title = strings.TrimSpace(s.Title)
		switch {
		case steps[i].Title == "":
			return apperr.BadInput(field+".title", "every step needs a title")
		case s.DueDay < 0 || s.DueDay > maxDueDay:
			return apperr.BadInput(field+".dueDay", "due days run from 0 to %d", maxDueDay)
		case s.DueDay < prev:
			return apperr.BadInput(field+".dueDay", "steps are in order of due day")
		case onboardingstep.CompletionValidator(onboardingstep.Completion(s.Completion)) != nil:
			return apperr.BadInput(field+".completion", "completion is MANUAL, PROFILE_COMPLETED, COLLEAGUE_INVITED, CERTIFIED or DEAL_REGISTERED")
		case onboardingstep.OwnerRoleValidator(onboardingstep.OwnerRole(s.OwnerRole)) != nil:
			return apperr.BadInput(field+".ownerRole", "the owner role is PARTNER_ADMIN, PARTNER_SALES or CHANNEL_MANAGER")
		}
		prev = s.DueDay
	}
	return nil
}

// TemplateEdit changes a plan; nil fields stay as they are.
type TemplateEdit struct {
	Name   *string
	Steps  []stepspec.Step
	Active *bool
}

// UpdateTemplate edits a plan. Journeys copy their steps when they start, so an edit reaches the
// partners approved afterwards and moves no plan already under way; an archived (inactive) plan
// is given to nobody new.
func UpdateTemplate(ctx context.Context, client *ent.Client, id string, in TemplateEdit) (*ent.OnboardingTemplate, error) {
	t, err := client.OnboardingTemplate.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	upd := t.Update()
	if in.Name != nil {
		name := strings.TrimSpace(*in.Name)
		if name == "" {
			return nil, apperr.BadInput("name", "give the plan a name")
		}
		upd.SetName(name)
	}
	if in.Steps != nil {
		if err := checkSteps(in.Steps); err != nil {
			return nil, err
		}
		upd.SetSteps(in.Steps)
	}
	if in.Active != nil {
		upd.SetActive(*in.Active)
	}
	return upd.Save(ctx)
}

// DeleteTemplate removes a plan no journey was started from; one in use is refused with CONFLICT
// (archive it instead), so every journey still names the plan it came from.
func DeleteTemplate(ctx context.Context, client *ent.Client, id string) error {
	t, err := client.OnboardingTemplate.Get(ctx, id)
	if err != nil {
		return err
	}
	used, err := client.OnboardingJourney.Query().Where(onboardingjourney.TemplateID(t.ID)).Exist(ctx)
	if err != nil {
		return err
	}
	if used {
		return &apperr.Error{Code: apperr.Conflict, Message: "partners have journeys from this plan; archive it instead (active: false)"}
	}
	return client.OnboardingTemplate.DeleteOne(t).Exec(ctx)
}
