package deal

import (
	"context"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/mdfrequest"
	"github.com/partnerhub/partnerhub/internal/apperr"
)

// mdfSource checks the MDF request a deal names as its source: one of the deal's partner's own
// requests whose activity was funded (APPROVED, or COMPLETED after its claim), read with the
// viewer's rights, so a partner cannot even learn that another partner's request exists.
func mdfSource(ctx context.Context, client *ent.Client, partnerID, requestID string) error {
	req, err := client.MdfRequest.Query().Where(mdfrequest.ID(requestID)).Only(ctx)
	if ent.IsNotFound(err) || (err == nil && req.PartnerID != partnerID) {
		return apperr.BadInput("mdfRequestId", "no MDF request %s of this partner", requestID)
	}
	if err != nil {
		return err
	}
	if req.Status != mdfrequest.StatusAPPROVED && req.Status != mdfrequest.StatusCOMPLETED {
		return apperr.BadInput("mdfRequestId", "the MDF request %q is %s: only a funded (approved) activity can source a deal",
			req.Title, req.Status)
	}
	return nil
}
