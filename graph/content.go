package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/content"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// fileInput hands an uploaded file to internal/content, which reads and checks its bytes itself:
// the client's Content-Type and size claims are not trusted.
func fileInput(u *graphql.Upload) *content.FileInput {
	if u == nil {
		return nil
	}
	return &content.FileInput{Name: u.Filename, Body: u.File}
}

// preferredLanguage is the language v reads content in first ("" for none, or for an API key
// without a person behind it).
func preferredLanguage(ctx context.Context, client *ent.Client, v *viewer.Viewer) (string, error) {
	if v.UserID == "" {
		return "", nil
	}
	u, err := client.User.Query().Where(user.ID(v.UserID)).Select(user.FieldPreferredLanguage).Only(ctx)
	if ent.IsNotFound(err) {
		return "", nil
	}
	if err != nil || u.PreferredLanguage == nil {
		return "", err
	}
	return *u.PreferredLanguage, nil
}
