package deal

import (
	"context"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/dealevent"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/normalize"

	entdeal "github.com/partnerhub/partnerhub/ent/deal"
)

// UpdateInput changes the opportunity's details; nil fields stay as they are. The customer
// (name and domain) cannot change: it decided the account and the conflicts, so a different
// customer is a new registration.
type UpdateInput struct {
	ID                string
	Title             *string
	Description       *string
	ContactName       *string
	ContactEmail      *string
	Amount            *int64
	Currency          *string
	ExpectedCloseDate *string
	Products          []string
	Source            *entdeal.Source
	// MdfRequestID links the deal to its partner's funded MDF activity; ClearMdfRequest unlinks it.
	MdfRequestID    *string
	ClearMdfRequest bool
}

// Update changes a registration's details while it is active. Who may (its owner only while it is
// SUBMITTED; the channel team after that) is the Deal policy's decision on the update.
func Update(ctx context.Context, client *ent.Client, in UpdateInput, now time.Time) (*ent.Deal, error) {
	d, err := load(ctx, client, in.ID)
	if err != nil {
		return nil, err
	}
	if !d.Status.Active() {
		return nil, apperr.New(apperr.Conflict, "a %s registration can no longer be changed", d.Status)
	}
	upd := client.Deal.UpdateOneID(d.ID).Where(entdeal.StatusEQ(d.Status)).SetUpdatedAt(now)
	var changed []string
	if in.Title != nil {
		t := strings.TrimSpace(*in.Title)
		if err := text("title", t, maxName, true); err != nil {
			return nil, err
		}
		upd.SetTitle(t)
		changed = append(changed, "title")
	}
	if in.Description != nil {
		if err := text("description", *in.Description, maxDescription, false); err != nil {
			return nil, err
		}
		upd.SetDescription(*in.Description)
		changed = append(changed, "description")
	}
	if in.ContactName != nil {
		n := strings.TrimSpace(*in.ContactName)
		if err := text("contactName", n, maxName, false); err != nil {
			return nil, err
		}
		upd.SetContactName(n)
		changed = append(changed, "contactName")
	}
	if in.ContactEmail != nil {
		email := ""
		if strings.TrimSpace(*in.ContactEmail) != "" {
			if email, err = normalize.Email(*in.ContactEmail); err != nil {
				return nil, apperr.BadInput("contactEmail", "%q is not a valid e-mail address", *in.ContactEmail)
			}
		}
		upd.SetContactEmail(email)
		changed = append(changed, "contactEmail")
	}
	if in.Amount != nil {
		if *in.Amount <= 0 {
			return nil, apperr.BadInput("amount", "the amount must be more than zero (in minor units, e.g. cents)")
		}
		upd.SetAmount(*in.Amount)
		changed = append(changed, "amount")
	}
	if in.Currency != nil {
		c := *in.Currency
		if err := checkCurrency("currency", &c); err != nil {
			return nil, err
		}
		upd.SetCurrency(c)
		changed = append(changed, "currency")
	}
	if in.ExpectedCloseDate != nil {
		t, err := futureDate("expectedCloseDate", *in.ExpectedCloseDate, now)
		if err != nil {
			return nil, err
		}
		upd.SetExpectedCloseDate(t)
		changed = append(changed, "expectedCloseDate")
	}
	if in.Products != nil {
		ps, err := products(in.Products)
		if err != nil {
			return nil, err
		}
		upd.SetProducts(ps)
		changed = append(changed, "products")
	}
	if in.Source != nil {
		if err := entdeal.SourceValidator(*in.Source); err != nil {
			return nil, apperr.BadInput("source", "source must be SOURCED or INFLUENCED")
		}
		upd.SetSource(*in.Source)
		changed = append(changed, "source")
	}
	switch {
	case in.MdfRequestID != nil && in.ClearMdfRequest:
		return nil, apperr.BadInput("mdfRequestId", "link an MDF request or clear the link, not both")
	case in.MdfRequestID != nil:
		if err := mdfSource(ctx, client, d.PartnerID, *in.MdfRequestID); err != nil {
			return nil, err
		}
		upd.SetMdfRequestID(*in.MdfRequestID)
		changed = append(changed, "mdfRequest")
	case in.ClearMdfRequest:
		upd.ClearMdfRequestID()
		changed = append(changed, "mdfRequest")
	}
	if len(changed) == 0 {
		return nil, apperr.BadInput("id", "nothing to change")
	}
	updated, err := upd.Save(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.New(apperr.Conflict, "the registration changed meanwhile; reload it")
	}
	if err != nil {
		return nil, err
	}
	if err := recordEvent(ctx, client, d, dealevent.KindUPDATED, nil, d.Status, "changed "+strings.Join(changed, ", "), now); err != nil {
		return nil, err
	}
	return updated, nil
}
