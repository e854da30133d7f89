package graph

import (
	"context"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/account"
	"github.com/partnerhub/partnerhub/ent/apikey"
	"github.com/partnerhub/partnerhub/ent/auditevent"
	"github.com/partnerhub/partnerhub/ent/content"
	"github.com/partnerhub/partnerhub/ent/deal"
	"github.com/partnerhub/partnerhub/ent/dealconflict"
	"github.com/partnerhub/partnerhub/ent/dealevent"
	"github.com/partnerhub/partnerhub/ent/dealextension"
	"github.com/partnerhub/partnerhub/ent/file"
	"github.com/partnerhub/partnerhub/ent/invitation"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/partnerapplication"
	"github.com/partnerhub/partnerhub/ent/tier"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/ids"
)

// nodeTables are the tables whose rows are GraphQL nodes; others (sessions, say) have IDs too but
// are not part of the API.
var nodeTables = map[string]bool{
	tier.Table:               true,
	partner.Table:            true,
	user.Table:               true,
	auditevent.Table:         true,
	apikey.Table:             true,
	invitation.Table:         true,
	partnerapplication.Table: true,
	account.Table:            true,
	deal.Table:               true,
	dealevent.Table:          true,
	dealconflict.Table:       true,
	dealextension.Table:      true,
	content.Table:            true,
	file.Table:               true,
}

// nodeType finds an ID's table from its prefix; malformed, unknown and non-API IDs are NOT_FOUND,
// like missing rows.
func nodeType(_ context.Context, id string) (string, error) {
	table, ok := ids.Table(id)
	if !ok || !nodeTables[table] {
		return "", apperr.NotFoundError()
	}
	return table, nil
}

var nodeTypeOption = ent.WithNodeType(nodeType)
