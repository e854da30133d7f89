package onboarding

import (
	"context"
	"fmt"
	"strings"

	"github.com/partnerhub/partnerhub/ent"
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
	if len(in.Steps) == 0 || len(in.Steps) > 50 {
		return nil, apperr.BadInput("steps", "a plan has 1 to 50 steps")
	}
	prev := 0
	for i, s := range in.Steps {
		field := fmt.Sprintf("steps.%d", i)
		in.Steps[i].Title = strings.TrimSpace(s.Title)
		switch {
		case in.Steps[i].Title == "":
			return nil, apperr.BadInput(field+".title", "every step needs a title")
		case s.DueDay < 0 || s.DueDay > maxDueDay:
			return nil, apperr.BadInput(field+".dueDay", "due days run from 0 to %d", maxDueDay)
		case s.DueDay < prev:
			return nil, apperr.BadInput(field+".dueDay", "steps are in order of due day")
		case onboardingstep.CompletionValidator(onboardingstep.Completion(s.Completion)) != nil:
			return nil, apperr.BadInput(field+".completion", "completion is MANUAL, PROFILE_COMPLETED, COLLEAGUE_INVITED, CERTIFIED or DEAL_REGISTERED")
		case onboardingstep.OwnerRoleValidator(onboardingstep.OwnerRole(s.OwnerRole)) != nil:
			return nil, apperr.BadInput(field+".ownerRole", "the owner role is PARTNER_ADMIN, PARTNER_SALES or CHANNEL_MANAGER")
		}
		prev = s.DueDay
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
