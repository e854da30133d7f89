package graph

import (
	"embed"
	"io/fs"
	"strings"
)

//go:embed *.graphql
var sdlFiles embed.FS

// SDL returns the committed GraphQL schema files joined into one document, as served at
// /schema.graphql for partner developers and code generators.
func SDL() string {
	names, _ := fs.Glob(sdlFiles, "*.graphql")
	var b strings.Builder
	for _, name := range names {
		body, _ := fs.ReadFile(sdlFiles, name)
		b.WriteString("# " + name + "\n")
		b.Write(body)
		b.WriteString("\n")
	}
	return b.String()
}
