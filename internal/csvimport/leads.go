package csvimport

import (
	"context"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	entlead "github.com/partnerhub/partnerhub/ent/lead"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/lead"
)

// LeadColumns are the columns of a lead import.
var LeadColumns = []string{"company", "domain", "contact_name", "contact_email", "country", "region", "vertical", "interest",
	"estimated_value", "currency", "source"}

// Leads imports leads; each is routed as it is created, exactly as createLead does. company,
// country and region are required; estimated_value is in minor units (cents).
func Leads(ctx context.Context, client *ent.Client, cfg lead.Config, r io.Reader, dryRun bool, now time.Time) (Report, error) {
	t, err := read(r, LeadColumns, []string{"company", "country", "region"})
	if err != nil {
		return Report{}, err
	}
	return importRows(ctx, client, t, dryRun, func(ctx context.Context, row map[string]string) error {
		in := lead.CreateInput{
			Company: row["company"], Domain: row["domain"], ContactName: row["contact_name"], ContactEmail: row["contact_email"],
			Country: row["country"], Region: entlead.Region(strings.ToUpper(row["region"])), Vertical: row["vertical"],
			Interest: row["interest"], Currency: row["currency"], Source: row["source"],
		}
		if v := row["estimated_value"]; v != "" {
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil {
				return apperr.BadInput("estimatedValue", "%q is not a whole number of cents", v)
			}
			in.EstimatedValue = n
		}
		_, err := lead.Create(ctx, client, cfg, in, now)
		return err
	})
}
