package mdf

import (
	"context"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/mdfsettings"
	"github.com/partnerhub/partnerhub/internal/apperr"
)

// Settings are the program's MDF rules ADMIN configures (docs/mdf.md).
type Settings struct {
	// GraceDays after an allocation's period's last day its uncommitted funds may still be
	// committed (0: none).
	GraceDays int
	// ClaimWindowDays after an activity's end its claim is accepted.
	ClaimWindowDays int
}

// DefaultSettings hold while ADMIN has saved none.
var DefaultSettings = Settings{GraceDays: DefaultGraceDays, ClaimWindowDays: DefaultClaimWindowDays}

// Expiry is the expiry rule the settings give.
func (s Settings) Expiry() ExpiryConfig {
	if s.GraceDays == 0 {
		return ExpiryConfig{GraceDays: -1} // ExpiryConfig reads 0 as the default
	}
	return ExpiryConfig{GraceDays: s.GraceDays}
}

// Requests is the request rule the settings give.
func (s Settings) Requests() Config { return Config{ClaimWindowDays: s.ClaimWindowDays} }

// LoadSettings reads the program's settings, or the defaults.
func LoadSettings(ctx context.Context, client *ent.Client) (Settings, error) {
	row, err := client.MdfSettings.Query().Where(mdfsettings.Key("program")).Only(ctx)
	if ent.IsNotFound(err) {
		return DefaultSettings, nil
	}
	if err != nil {
		return Settings{}, err
	}
	return Settings{GraceDays: row.GraceDays, ClaimWindowDays: row.ClaimWindowDays}, nil
}

// SettingsUpdate changes the settings that are set.
type SettingsUpdate struct {
	GraceDays       *int
	ClaimWindowDays *int
}

// UpdateSettings saves the program's settings, creating its row the first time.
func UpdateSettings(ctx context.Context, client *ent.Client, in SettingsUpdate) (Settings, error) {
	if in.GraceDays != nil && (*in.GraceDays < 0 || *in.GraceDays > 365) {
		return Settings{}, apperr.BadInput("graceDays", "the grace must be between 0 and 365 days")
	}
	if in.ClaimWindowDays != nil && (*in.ClaimWindowDays < 1 || *in.ClaimWindowDays > 365) {
		return Settings{}, apperr.BadInput("claimWindowDays", "the claim window must be between 1 and 365 days")
	}
	row, err := client.MdfSettings.Query().Where(mdfsettings.Key("program")).Only(ctx)
	switch {
	case ent.IsNotFound(err):
		err = client.MdfSettings.Create().SetNillableGraceDays(in.GraceDays).
			SetNillableClaimWindowDays(in.ClaimWindowDays).Exec(ctx)
	case err == nil:
		err = row.Update().SetNillableGraceDays(in.GraceDays).SetNillableClaimWindowDays(in.ClaimWindowDays).Exec(ctx)
	}
	if err != nil {
		return Settings{}, err
	}
	return LoadSettings(ctx, client)
}
