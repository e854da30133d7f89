package graph

import (
	"context"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/ids"
)

// nodeType finds an ID's table from its prefix; malformed and unknown IDs are NOT_FOUND, like
// missing rows.
func nodeType(_ context.Context, id string) (string, error) {
	table, ok := ids.Table(id)
	if !ok {
		return "", apperr.NotFoundError()
	}
	return table, nil
}

var nodeTypeOption = ent.WithNodeType(nodeType)
