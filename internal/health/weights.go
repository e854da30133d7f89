package health

import (
	"context"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/healthweights"
	"github.com/partnerhub/partnerhub/internal/apperr"
)

// Weights say how much each leading indicator counts; only their ratios matter.
type Weights struct {
	RegistrationActivity int
	WinRate              int
	PortalActivity       int
	ContentEngagement    int
	Certifications       int
}

// DefaultWeights hold while ADMIN has saved none.
var DefaultWeights = Weights{RegistrationActivity: 25, WinRate: 25, PortalActivity: 15, ContentEngagement: 15, Certifications: 20}

// LoadWeights reads the program's weights, or the defaults.
func LoadWeights(ctx context.Context, client *ent.Client) (Weights, error) {
	row, err := client.HealthWeights.Query().Where(healthweights.Key("program")).Only(ctx)
	if ent.IsNotFound(err) {
		return DefaultWeights, nil
	}
	if err != nil {
		return Weights{}, err
	}
	return Weights{RegistrationActivity: row.RegistrationActivity, WinRate: row.WinRate, PortalActivity: row.PortalActivity,
		ContentEngagement: row.ContentEngagement, Certifications: row.Certifications}, nil
}

// UpdateWeights saves the program's weights (all five), creating its row the first time.
func UpdateWeights(ctx context.Context, client *ent.Client, w Weights) (Weights, error) {
	for field, v := range map[string]int{"registrationActivity": w.RegistrationActivity, "winRate": w.WinRate,
		"portalActivity": w.PortalActivity, "contentEngagement": w.ContentEngagement, "certifications": w.Certifications} {
		if v < 0 || v > 100 {
			return Weights{}, apperr.BadInput(field, "a weight is between 0 and 100")
		}
	}
	if w.RegistrationActivity+w.WinRate+w.PortalActivity+w.ContentEngagement+w.Certifications == 0 {
		return Weights{}, apperr.BadInput("winRate", "at least one weight must be above 0")
	}
	row, err := client.HealthWeights.Query().Where(healthweights.Key("program")).Only(ctx)
	switch {
	case ent.IsNotFound(err):
		_, err = client.HealthWeights.Create().SetRegistrationActivity(w.RegistrationActivity).SetWinRate(w.WinRate).
			SetPortalActivity(w.PortalActivity).SetContentEngagement(w.ContentEngagement).SetCertifications(w.Certifications).Save(ctx)
	case err == nil:
		_, err = row.Update().SetRegistrationActivity(w.RegistrationActivity).SetWinRate(w.WinRate).
			SetPortalActivity(w.PortalActivity).SetContentEngagement(w.ContentEngagement).SetCertifications(w.Certifications).Save(ctx)
	}
	if err != nil {
		return Weights{}, err
	}
	return LoadWeights(ctx, client)
}
