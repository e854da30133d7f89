package csvimport

import (
	"context"
	"io"
	"strings"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/tier"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/program"
	"github.com/partnerhub/partnerhub/internal/webhook"
)

// PartnerColumns are the columns of a partner import, in the order an export writes them.
var PartnerColumns = []string{"name", "slug", "type", "status", "tier", "website", "country", "region", "verticals"}

// Partners imports partner organisations: columns name, type and region are required; tier is a
// tier's name; verticals are separated by semicolons.
func Partners(ctx context.Context, client *ent.Client, r io.Reader, dryRun bool) (Report, error) {
	t, err := read(r, PartnerColumns, []string{"name", "type", "region"})
	if err != nil {
		return Report{}, err
	}
	tiers, err := client.Tier.Query().Select(tier.FieldID, tier.FieldName).All(ctx)
	if err != nil {
		return Report{}, err
	}
	return importRows(ctx, client, t, dryRun, func(ctx context.Context, row map[string]string) error {
		in := program.CreatePartnerInput{
			Name: row["name"], Slug: optional(row["slug"]), Type: partner.Type(strings.ToUpper(row["type"])),
			Website: optional(row["website"]), Country: optional(row["country"]),
			Region: partner.Region(strings.ToUpper(row["region"])), Verticals: list(row["verticals"]),
		}
		if strings.TrimSpace(in.Name) == "" {
			return apperr.BadInput("name", "the name is empty")
		}
		if partner.TypeValidator(in.Type) != nil {
			return apperr.BadInput("type", "%q is not a partner type (RESELLER, VAR, MSP, SI, ISV, REFERRAL, ALLIANCE, MARKETPLACE)", row["type"])
		}
		if partner.RegionValidator(in.Region) != nil {
			return apperr.BadInput("region", "%q is not a region (NA, LATAM, EMEA, APAC)", row["region"])
		}
		if s := row["status"]; s != "" {
			st := partner.Status(strings.ToUpper(s))
			if partner.StatusValidator(st) != nil {
				return apperr.BadInput("status", "%q is not a partner status", s)
			}
			in.Status = &st
		}
		if name := row["tier"]; name != "" {
			for _, x := range tiers {
				if strings.EqualFold(x.Name, name) {
					in.TierID = &x.ID
				}
			}
			if in.TierID == nil {
				return apperr.BadInput("tier", "no tier is named %q", name)
			}
		}
		p, err := program.CreatePartner(ctx, client, in)
		if err != nil {
			return err
		}
		return webhook.Publish(ctx, client, webhook.PartnerCreated, p.ID, p.ID)
	})
}
