package deal

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/account"
	"github.com/partnerhub/partnerhub/ent/dealconflict"
	"github.com/partnerhub/partnerhub/ent/dealevent"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/database"
	"github.com/partnerhub/partnerhub/internal/deal/status"
	"github.com/partnerhub/partnerhub/internal/idempotency"
	"github.com/partnerhub/partnerhub/internal/ids"
	"github.com/partnerhub/partnerhub/internal/viewer"

	entdeal "github.com/partnerhub/partnerhub/ent/deal"
)

// Register submits a partner's deal registration under the rules of engagement, all inside
// client's transaction:
//   - the account is matched, or created, by registrable domain (shop.northwind.example and
//     northwind.example are one customer) and locked, so concurrent
//     registrations of one customer take turns and the database decides who was first;
//   - the partner's own active registration on the account is a CONFLICT, and nothing is saved;
//   - another partner's active registration, a DIRECT account, a similar name or the contact's
//     e-mail domain are stored as explained conflicts on the new registration.
func Register(ctx context.Context, client *ent.Client, cfg Config, in RegisterInput, now time.Time) (*ent.Deal, error) {
	v := viewer.FromContext(ctx)
	r, err := validate(in, now)
	if err != nil {
		return nil, err
	}
	dealID := ids.New(ids.Deal)
	if in.IdempotencyKey != "" {
		fingerprint := in
		fingerprint.IdempotencyKey = ""
		earlier, err := idempotency.Take(ctx, client, "registerDeal", in.IdempotencyKey, idempotency.Hash(fingerprint), dealID)
		if err != nil {
			return nil, err
		}
		if earlier != "" {
			return load(ctx, client, earlier)
		}
	}
	acc, created, err := lockAccount(ctx, client, r)
	if err != nil {
		return nil, err
	}
	var holders []*ent.Deal
	if !created { // a new account has no registrations yet
		holders, err = client.Deal.Query().
			Where(entdeal.AccountID(acc.ID), active(now)).
			Order(entdeal.ByCreatedAt(), entdeal.ByID()).All(acrossPartners(ctx))
		if err != nil {
			return nil, err
		}
	}
	for _, h := range holders {
		if h.PartnerID == v.PartnerID {
			return nil, ownDuplicate(ctx, client, acc, h)
		}
	}
	holder, err := holderOf(ctx, client, holders)
	if err != nil {
		return nil, err
	}
	findings, err := detect(ctx, client, r, acc, holder, len(holders), v.PartnerID, now)
	if err != nil {
		return nil, err
	}
	var source *string
	if in.MdfRequestID != "" {
		if err := mdfSource(ctx, client, v.PartnerID, in.MdfRequestID); err != nil {
			return nil, err
		}
		source = &in.MdfRequestID
	}
	d, err := client.Deal.Create().SetID(dealID).SetNillableMdfRequestID(source).
		SetPartnerID(v.PartnerID).SetRegisteredByID(v.UserID).SetAccountID(acc.ID).
		SetCustomerName(r.CustomerName).SetCustomerDomain(r.domain).
		SetContactName(r.ContactName).SetContactEmail(r.email).
		SetTitle(r.Title).SetDescription(r.Description).
		SetAmount(r.Amount).SetCurrency(r.Currency).SetExpectedCloseDate(r.closeDate).
		SetProducts(r.Products).SetSource(r.Source).
		SetStatus(status.Submitted).SetDecisionDueAt(now.Add(cfg.sla())).
		SetCreatedAt(now).SetUpdatedAt(now).
		Save(ctx)
	if err != nil {
		return nil, err
	}
	if err := saveConflicts(ctx, client, d, findings); err != nil {
		return nil, err
	}
	note := "registered"
	if len(findings) > 0 {
		note = fmt.Sprintf("registered with %d conflict(s) flagged", len(findings))
	}
	if err := recordEvent(ctx, client, d, dealevent.KindSTATUS_CHANGED, nil, status.Submitted, note, now); err != nil {
		return nil, err
	}
	if err := markFirstDeal(ctx, client, v.PartnerID, v.UserID, now); err != nil {
		return nil, err
	}
	if len(findings) > 0 && cfg.Outbox != nil {
		if err := NotifyConflict(ctx, client, cfg.Outbox, cfg.PublicURL, d); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// lockAccount returns the account of the registration's registrable domain, creating it if it is new, locked
// for the rest of the transaction, and whether this registration created it. The insert ignores a
// concurrent twin (the unique domain decides), and the lock makes every later registration of the
// account wait for this one. A row this transaction inserted is locked already and holds what was
// inserted, so only an existing account is read back.
func lockAccount(ctx context.Context, client *ent.Client, r registration) (*ent.Account, bool, error) {
	id, err := client.Account.Create().
		SetName(r.CustomerName).SetNameKey(r.nameKey).SetDomain(r.registrable).
		OnConflictColumns(account.FieldDomain).DoNothing().
		ID(ctx)
	if err == nil {
		return &ent.Account{ID: id, Name: r.CustomerName, NameKey: r.nameKey, Domain: r.registrable, OwnerKind: account.DefaultOwnerKind}, true, nil
	}
	if !errors.Is(err, sql.ErrNoRows) { // ErrNoRows: the account exists and the insert did nothing
		return nil, false, err
	}
	acc, err := client.Account.Query().Where(account.Domain(r.registrable), database.ForUpdate).Only(acrossPartners(ctx))
	return acc, false, err
}

// holderOf picks, among an account's active registrations, the one that holds it: the one not
// itself flagged against an earlier registration. Registrations of one account are serialized by
// the account lock, so that is the one that was first; the earliest active one stands in when
// every active one is flagged (the holder was withdrawn or rejected since).
func holderOf(ctx context.Context, client *ent.Client, active []*ent.Deal) (*ent.Deal, error) {
	if len(active) == 0 {
		return nil, nil
	}
	ids := make([]string, len(active))
	for i, d := range active {
		ids[i] = d.ID
	}
	flagged, err := client.DealConflict.Query().
		Where(dealconflict.DealIDIn(ids...), dealconflict.KindEQ(dealconflict.KindSAME_DOMAIN)).
		Select(dealconflict.FieldDealID).Strings(acrossPartners(ctx))
	if err != nil {
		return nil, err
	}
	isFlagged := map[string]bool{}
	for _, id := range flagged {
		isFlagged[id] = true
	}
	for _, d := range active {
		if !isFlagged[d.ID] {
			return d, nil
		}
	}
	return active[0], nil
}

// ownDuplicate refuses a second active registration of one account by one organisation. Its status
// and date are told only to a viewer who may read that registration (a sales rep does not read a
// colleague's); anyone else learns that the organisation holds one.
func ownDuplicate(ctx context.Context, client *ent.Client, acc *ent.Account, h *ent.Deal) error {
	visible, err := client.Deal.Query().Where(entdeal.ID(h.ID)).Exist(ctx)
	if err != nil {
		return err
	}
	if !visible {
		return apperr.New(apperr.Conflict,
			"your organisation already holds an active registration for %s; ask your partner admin about it instead of registering again", acc.Domain)
	}
	return apperr.New(apperr.Conflict,
		"your organisation already holds an active registration for %s (%s, registered %s); update that one instead of registering again",
		acc.Domain, strings.ToLower(string(h.Status)), h.CreatedAt.UTC().Format(time.DateOnly))
}
