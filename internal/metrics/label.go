package metrics

import (
	"time"

	"github.com/partnerhub/partnerhub/ent/tier"
)

// label names each figure's group.
func (c *computation) label() error {
	tiers := map[string]string{}
	if c.req.By == ByTier {
		list, err := c.client.Tier.Query().Select(tier.FieldID, tier.FieldName).All(c.ctx)
		if err != nil {
			return err
		}
		for _, t := range list {
			tiers[t.ID] = t.Name
		}
	}
	for _, f := range c.out {
		by := effective(f.Key, c.req.By)
		switch {
		case f.Group == "" && by == ByTier:
			f.GroupLabel = "No tier"
		case f.Group == "":
			f.GroupLabel = "Program"
		case by == ByMonth:
			f.GroupLabel = f.Group
			if m, err := time.Parse("2006-01", f.Group); err == nil {
				f.GroupLabel = m.Format("January 2006")
			}
		case by == ByPartner:
			f.GroupLabel = c.partners[f.Group].name
		case by == ByTier:
			f.GroupLabel = tiers[f.Group]
		default:
			f.GroupLabel = f.Group
		}
	}
	return nil
}
