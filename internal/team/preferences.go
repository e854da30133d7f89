package team

import (
	"context"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/normalize"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// Preferences are a person's own settings; nil leaves one as it is.
type Preferences struct {
	// PreferredLanguage is a BCP 47 tag; "" clears it (the content library then shows originals).
	PreferredLanguage *string
}

// SetPreferences changes the signed-in person's own preferences.
func SetPreferences(ctx context.Context, client *ent.Client, in Preferences) (*ent.User, error) {
	v := viewer.FromContext(ctx)
	if v == nil || v.UserID == "" {
		return nil, apperr.New(apperr.Unauthenticated, "sign in to change your preferences")
	}
	upd := client.User.UpdateOneID(v.UserID)
	if in.PreferredLanguage != nil {
		if *in.PreferredLanguage == "" {
			upd.ClearPreferredLanguage()
		} else {
			tag, err := normalize.Language(*in.PreferredLanguage)
			if err != nil {
				return nil, apperr.BadInput("preferredLanguage", "%q is not a BCP 47 language tag such as en or de-DE", *in.PreferredLanguage)
			}
			upd.SetPreferredLanguage(tag)
		}
	}
	return upd.Save(ctx)
}
