package content

import (
	"context"
	"fmt"

	"github.com/partnerhub/partnerhub/ent"
	entcontent "github.com/partnerhub/partnerhub/ent/content"
	"github.com/partnerhub/partnerhub/ent/contentevent"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// Record writes one view or download of an item by the viewer, with their organisation and its
// current tier so figures by tier keep their history. An item the viewer may not see is NOT_FOUND.
func Record(ctx context.Context, client *ent.Client, contentID string, kind contentevent.Kind) error {
	v := viewer.FromContext(ctx)
	if v == nil || v.UserID == "" {
		return errNoUser
	}
	ok, err := client.Content.Query().Where(entcontent.ID(contentID)).Exist(ctx)
	if err != nil {
		return err
	}
	if !ok {
		return apperr.NotFoundError()
	}
	create := client.ContentEvent.Create().SetContentID(contentID).SetUserID(v.UserID).SetKind(kind)
	if v.PartnerID != "" {
		create.SetPartnerID(v.PartnerID)
		p, err := client.Partner.Query().Where(partner.ID(v.PartnerID)).Select(partner.FieldTierID).Only(ctx)
		if err != nil {
			return fmt.Errorf("content: the viewer's partner: %w", err)
		}
		if p.TierID != "" {
			create.SetTierID(p.TierID)
		}
	}
	return create.Exec(ctx)
}
