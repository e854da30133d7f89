package tiering

import (
	"context"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/tiersettings"
	"github.com/partnerhub/partnerhub/internal/apperr"
)

// Settings are the program's tier-evaluation rules.
type Settings struct {
	AutoUpgrade       bool
	GraceDays         int
	GraceReminderDays int
}

// DefaultSettings hold while ADMIN has saved none.
var DefaultSettings = Settings{GraceDays: 90, GraceReminderDays: 14}

// LoadSettings reads the program's settings, or the defaults.
func LoadSettings(ctx context.Context, client *ent.Client) (Settings, error) {
	row, err := client.TierSettings.Query().Where(tiersettings.Key("program")).Only(ctx)
	if ent.IsNotFound(err) {
		return DefaultSettings, nil
	}
	if err != nil {
		return Settings{}, err
	}
	return Settings{AutoUpgrade: row.AutoUpgrade, GraceDays: row.GraceDays, GraceReminderDays: row.GraceReminderDays}, nil
}

// SettingsUpdate changes the settings that are set.
type SettingsUpdate struct {
	AutoUpgrade       *bool
	GraceDays         *int
	GraceReminderDays *int
}

// UpdateSettings saves the program's settings, creating its row the first time.
func UpdateSettings(ctx context.Context, client *ent.Client, in SettingsUpdate) (Settings, error) {
	if in.GraceDays != nil && (*in.GraceDays < 0 || *in.GraceDays > 730) {
		return Settings{}, apperr.BadInput("graceDays", "must be between 0 and 730")
	}
	if in.GraceReminderDays != nil && (*in.GraceReminderDays < 0 || *in.GraceReminderDays > 365) {
		return Settings{}, apperr.BadInput("graceReminderDays", "must be between 0 and 365")
	}
	row, err := client.TierSettings.Query().Where(tiersettings.Key("program")).Only(ctx)
	switch {
	case ent.IsNotFound(err):
		_, err = client.TierSettings.Create().SetNillableAutoUpgrade(in.AutoUpgrade).
			SetNillableGraceDays(in.GraceDays).SetNillableGraceReminderDays(in.GraceReminderDays).Save(ctx)
	case err == nil:
		_, err = row.Update().SetNillableAutoUpgrade(in.AutoUpgrade).
			SetNillableGraceDays(in.GraceDays).SetNillableGraceReminderDays(in.GraceReminderDays).Save(ctx)
	}
	if err != nil {
		return Settings{}, err
	}
	return LoadSettings(ctx, client)
}
