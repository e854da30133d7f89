package lead

import (
	"context"
	"strings"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/routingrule"
	"github.com/partnerhub/partnerhub/internal/apperr"
)

// RuleInput is a routing rule's settings; nil fields are left as they are on update.
type RuleInput struct {
	Name          *string
	Position      *int
	Kind          routingrule.Kind
	Required      *bool
	Enabled       *bool
	LeadCountries []string
	Values        []string
	MinTierRank   *int
	MaxOpenLeads  *int
}

// checkRule refuses settings with which the rule could never match as meant.
func checkRule(kind routingrule.Kind, in RuleInput) error {
	if in.Name != nil && (strings.TrimSpace(*in.Name) == "" || len(*in.Name) > 200) {
		return apperr.BadInput("name", "give the rule a name of at most 200 characters")
	}
	for _, c := range in.LeadCountries {
		if !countryCode.MatchString(c) {
			return apperr.BadInput("leadCountries", "%q is not an upper-case ISO-3166 alpha-2 code", c)
		}
	}
	switch kind {
	case routingrule.KindREGION:
		for _, v := range in.Values {
			if partner.RegionValidator(partner.Region(v)) != nil {
				return apperr.BadInput("values", "%q is not a region (NA, LATAM, EMEA, APAC)", v)
			}
		}
	case routingrule.KindCOUNTRY:
		for _, v := range in.Values {
			if !countryCode.MatchString(v) {
				return apperr.BadInput("values", "%q is not an upper-case ISO-3166 alpha-2 code", v)
			}
		}
	case routingrule.KindPARTNER_TYPE:
		if in.Values != nil && len(in.Values) == 0 {
			return apperr.BadInput("values", "name the partner types the rule matches")
		}
		for _, v := range in.Values {
			if partner.TypeValidator(partner.Type(v)) != nil {
				return apperr.BadInput("values", "%q is not a partner type", v)
			}
		}
	case routingrule.KindCAPACITY:
		if in.MaxOpenLeads != nil && *in.MaxOpenLeads < 1 {
			return apperr.BadInput("maxOpenLeads", "a capacity rule needs a limit of at least 1 open lead")
		}
	case routingrule.KindTIER:
		if in.MinTierRank != nil && *in.MinTierRank < 0 {
			return apperr.BadInput("minTierRank", "the rank cannot be negative")
		}
	}
	return nil
}

// CreateRule adds a routing rule.
func CreateRule(ctx context.Context, client *ent.Client, in RuleInput) (*ent.RoutingRule, error) {
	if routingrule.KindValidator(in.Kind) != nil {
		return nil, apperr.BadInput("kind", "unknown rule kind")
	}
	if in.Name == nil || in.Position == nil {
		return nil, apperr.BadInput("name", "a rule needs a name and a position")
	}
	if in.Kind == routingrule.KindPARTNER_TYPE && len(in.Values) == 0 {
		return nil, apperr.BadInput("values", "name the partner types the rule matches")
	}
	if in.Kind == routingrule.KindCAPACITY && (in.MaxOpenLeads == nil || *in.MaxOpenLeads < 1) {
		return nil, apperr.BadInput("maxOpenLeads", "a capacity rule needs a limit of at least 1 open lead")
	}
	if err := checkRule(in.Kind, in); err != nil {
		return nil, err
	}
	return client.RoutingRule.Create().
		SetName(strings.TrimSpace(*in.Name)).SetPosition(*in.Position).SetKind(in.Kind).
		SetNillableRequired(in.Required).SetNillableEnabled(in.Enabled).
		SetLeadCountries(in.LeadCountries).SetValues(in.Values).
		SetNillableMinTierRank(in.MinTierRank).SetNillableMaxOpenLeads(in.MaxOpenLeads).
		Save(ctx)
}

// UpdateRule changes the given settings of a rule.
func UpdateRule(ctx context.Context, client *ent.Client, id string, in RuleInput) (*ent.RoutingRule, error) {
	r, err := client.RoutingRule.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFoundError()
	}
	if err != nil {
		return nil, err
	}
	if err := checkRule(r.Kind, in); err != nil {
		return nil, err
	}
	upd := client.RoutingRule.UpdateOne(r).
		SetNillablePosition(in.Position).SetNillableRequired(in.Required).SetNillableEnabled(in.Enabled).
		SetNillableMinTierRank(in.MinTierRank).SetNillableMaxOpenLeads(in.MaxOpenLeads)
	if in.Name != nil {
		upd.SetName(strings.TrimSpace(*in.Name))
	}
	if in.LeadCountries != nil {
		upd.SetLeadCountries(in.LeadCountries)
	}
	if in.Values != nil {
		upd.SetValues(in.Values)
	}
	return upd.Save(ctx)
}

// DeleteRule removes a rule; decisions already traced keep its name.
func DeleteRule(ctx context.Context, client *ent.Client, id string) error {
	err := client.RoutingRule.DeleteOneID(id).Exec(ctx)
	if ent.IsNotFound(err) {
		return apperr.NotFoundError()
	}
	return err
}
