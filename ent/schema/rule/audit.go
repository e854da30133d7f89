package rule

import (
	"context"
	"slices"

	entgo "entgo.io/ent"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/auditevent"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// HideOutsidersFromPartners blanks, when a partner reads its organisation's audit trail, the
// address, request, API key and input of events whose actor is not one of its own people: vendor
// staff's addresses and the vendor's internal references are not the partner's to read. The
// partner keeps what happened, to which record, when, and who acted.
func HideOutsidersFromPartners() ent.Interceptor {
	scrub := afterQuery(func(_ context.Context, v *viewer.Viewer, value ent.Value) {
		rows, ok := value.([]*ent.AuditEvent)
		if !ok {
			return
		}
		for _, e := range rows {
			if e.ActorPartnerID == v.PartnerID {
				continue
			}
			e.IP, e.RequestID, e.APIKeyID, e.Summary = "", "", "", nil
		}
	})
	return ent.InterceptFunc(func(next ent.Querier) ent.Querier {
		scrubbed := scrub.Intercept(next)
		return ent.QuerierFunc(func(ctx context.Context, q ent.Query) (ent.Value, error) {
			// A GraphQL query selects only the columns its fields need; the decision needs one more.
			if qc := entgo.QueryFromContext(ctx); qc != nil && len(qc.Fields) > 0 && viewer.FromContext(ctx).IsPartner() &&
				!slices.Contains(qc.Fields, auditevent.FieldActorPartnerID) {
				qc.Fields = append(qc.Fields, auditevent.FieldActorPartnerID)
			}
			return scrubbed.Query(ctx, q)
		})
	})
}
