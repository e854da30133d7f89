// Package migrations embeds the versioned SQL migrations, one folder per dialect, generated from the
// ent schema by `make migration NAME=…` and applied by package database.
package migrations

import "embed"

// FS holds sqlite/*.up.sql and postgres/*.up.sql.
//
//go:embed sqlite/*.sql postgres/*.sql
var FS embed.FS
