package graph

import (
	"github.com/99designs/gqlgen/graphql"

	"github.com/partnerhub/partnerhub/internal/content"
)

// fileInput hands an uploaded file to internal/content, which reads and checks its bytes itself:
// the client's Content-Type and size claims are not trusted.
func fileInput(u *graphql.Upload) *content.FileInput {
	if u == nil {
		return nil
	}
	return &content.FileInput{Name: u.Filename, Body: u.File}
}
