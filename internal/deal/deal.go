// Package deal holds the rules of deal registration (docs/rules-of-engagement.md and
// docs/deal-lifecycle.md): registering with
// validation and conflict detection, the lifecycle and its timeline, the approval queue and its
// SLA, protection windows and their extensions, the expiry sweep and the pipeline figures.
//
// Functions take the ent client to write with: inside a GraphQL mutation that is the transaction
// entgql.Transactioner opened (ent.FromContext), so a failed call leaves nothing half-written.
package deal

import (
	"context"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/dealevent"
	"github.com/partnerhub/partnerhub/ent/predicate"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/deal/status"
	"github.com/partnerhub/partnerhub/internal/mail"
	"github.com/partnerhub/partnerhub/internal/viewer"

	entdeal "github.com/partnerhub/partnerhub/ent/deal"
)

// Defaults of the program's deal settings.
const (
	// DefaultDecisionSLA is how long the channel team has to decide a registration.
	DefaultDecisionSLA = 48 * time.Hour
	// DefaultProtectionDays protects an approved registration of a partner whose tier says nothing.
	DefaultProtectionDays = 90
)

// Config are the program's deal settings.
type Config struct {
	// DecisionSLA is added to the submission time to give the decision due time.
	DecisionSLA time.Duration
	// Outbox, when set, tells a registrant whose new registration was flagged (NotifyConflict),
	// with links into the portal at PublicURL.
	Outbox    *mail.Outbox
	PublicURL string
}

func (c Config) sla() time.Duration {
	if c.DecisionSLA <= 0 {
		return DefaultDecisionSLA
	}
	return c.DecisionSLA
}

// active selects registrations that still claim their account at now: submitted, or approved and
// inside their protection window.
func active(now time.Time) predicate.Deal {
	return entdeal.Or(
		entdeal.StatusEQ(status.Submitted),
		entdeal.And(entdeal.StatusEQ(status.Approved), entdeal.Or(entdeal.ProtectionExpiresAtIsNil(), entdeal.ProtectionExpiresAtGT(now))),
	)
}

// recordEvent appends one entry to a deal's timeline as the viewer in ctx.
func recordEvent(ctx context.Context, client *ent.Client, d *ent.Deal, kind dealevent.Kind, from *status.Status, to status.Status, note string, at time.Time) error {
	create := client.DealEvent.Create().
		SetDealID(d.ID).SetPartnerID(d.PartnerID).SetKind(kind).SetToStatus(to).SetNote(note).SetCreatedAt(at)
	if from != nil {
		create.SetFromStatus(*from)
	}
	v := viewer.FromContext(ctx)
	switch {
	case v == nil || v.IsSystem():
		create.SetActorType(dealevent.ActorTypeSYSTEM)
	case v.APIKeyID != "":
		create.SetActorType(dealevent.ActorTypeAPI_KEY).SetActorID(v.UserID)
	default:
		create.SetActorType(dealevent.ActorTypeUSER).SetActorID(v.UserID)
	}
	return create.Exec(ctx)
}

// load reads a deal the viewer may see; any other ID answers NOT_FOUND.
func load(ctx context.Context, client *ent.Client, id string) (*ent.Deal, error) {
	d, err := client.Deal.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFoundError()
	}
	return d, err
}
