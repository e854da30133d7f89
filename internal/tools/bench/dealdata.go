package bench

import (
	"context"
	"fmt"
	mrand "math/rand/v2"
	"time"

	"github.com/partnerhub/partnerhub/internal/deal"
	"github.com/partnerhub/partnerhub/internal/ids"
	"github.com/partnerhub/partnerhub/internal/normalize"
)

// generateDeals adds shape.Accounts accounts and shape.Deals deal registrations with their
// timelines and conflicts. Deal i is on account i % Accounts, the (i / Accounts)-th registration
// of that customer, each by a different partner (so no partner holds two registrations of one
// account); a later registration of an account whose first one is still active carries a
// SAME_DOMAIN conflict against it, as Register would have flagged it. Older deals are mostly
// decided and closed, the newest mostly waiting or approved.
func generateDeals(ctx context.Context, ins *inserter, ds *Dataset, rng *mrand.Rand, shape Shape) error {
	if shape.Accounts == 0 || shape.Deals == 0 || len(ds.PartnerIDs) == 0 || len(ds.UserIDs) == 0 {
		return nil
	}
	now := time.Now().UTC().Truncate(time.Second)
	span := 2 * 365 * 24 * time.Hour
	epoch := now.Add(-span)
	at := func(i int) time.Time { // deal i's registration time, oldest first
		return epoch.Add(time.Duration(float64(span) * float64(i) / float64(shape.Deals+1)))
	}
	reviewer := func() any {
		if len(ds.ManagerIDs) == 0 {
			return nil
		}
		return ds.ManagerIDs[rng.IntN(len(ds.ManagerIDs))]
	}

	// Accounts, created by their first registration.
	industries := []string{"Healthcare", "Finance", "Retail", "Manufacturing", "Public sector", "Education", "Logistics"}
	sizes := []string{"SMALL", "MID_MARKET", "ENTERPRISE"}
	countries := []string{"US", "CA", "DE", "FR", "GB", "NL", "JP", "AU", "BR", "IN"}
	type account struct{ id, name, domain, kind string }
	accounts := make([]account, shape.Accounts)
	rows := make([][]any, 0, shape.Accounts)
	names := newCompanyNames()
	for a := 0; a < shape.Accounts; a++ {
		created := at(a)
		acc := account{id: newID(ids.Account, created), name: names.next(rng), domain: fmt.Sprintf("customer%05d.example", a), kind: "UNOWNED"}
		var owner any
		if a%50 == 0 && len(ds.ManagerIDs) > 0 { // some named accounts of the vendor's direct sales
			acc.kind, owner = "DIRECT", ds.ManagerIDs[a%len(ds.ManagerIDs)]
		}
		accounts[a] = acc
		ds.AccountIDs = append(ds.AccountIDs, acc.id)
		key := deal.NameKey(acc.name)
		rows = append(rows, []any{acc.id, created, created, acc.name, key, normalize.Lexemes(normalize.MatchKeys(key), " "), acc.domain, acc.kind,
			industries[rng.IntN(len(industries))], sizes[rng.IntN(len(sizes))], countries[rng.IntN(len(countries))], owner})
	}
	if err := ins.insert(ctx, "accounts", []string{"id", "created_at", "updated_at", "name", "name_key", "match_keys", "domain",
		"owner_kind", "industry", "size", "country", "direct_owner_id"}, rows); err != nil {
		return err
	}

	currencies := []string{"USD", "USD", "USD", "EUR", "EUR", "GBP", "JPY", "AUD"}
	products := []any{`["Platform"]`, `["Platform","Support"]`, `["Analytics"]`, `["Platform","Analytics","Training"]`, nil}
	type dealRef struct {
		id, partnerID string
		active        bool
	}
	firstOf := make([]dealRef, shape.Accounts) // each account's first registration
	dealRows := make([][]any, 0, shape.Deals)
	var eventRows, conflictRows [][]any
	event := func(d string, partnerID string, when time.Time, actorType string, actor any, from any, to, note string) {
		eventRows = append(eventRows, []any{newID(ids.DealEvent, when), when, when, partnerID, actorType, "STATUS_CHANGED",
			from, to, note, d, actor})
	}
	for i := 0; i < shape.Deals; i++ {
		a, k := i%shape.Accounts, i/shape.Accounts
		acc := accounts[a]
		p := (a + k*331) % len(ds.PartnerIDs)
		partnerID := ds.PartnerIDs[p]
		j := 0 // the partner's admin, when a partner has no sales users
		if upp := len(ds.UserIDs) / len(ds.PartnerIDs); upp > 1 {
			j = 1 + rng.IntN(upp-1)
		}
		registrant := ds.UserIDs[j*len(ds.PartnerIDs)+p]
		created := at(i)
		id := newID(ids.Deal, created)
		ds.DealIDs = append(ds.DealIDs, id)

		status := "SUBMITTED"
		r := rng.IntN(100)
		if float64(i) > 0.95*float64(shape.Deals) { // the last weeks: mostly waiting or approved
			switch {
			case r < 60:
			case r < 90:
				status = "APPROVED"
			case r < 95:
				status = "REJECTED"
			default:
				status = "WITHDRAWN"
			}
		} else {
			switch {
			case r < 5:
			case r < 30:
				status = "APPROVED"
			case r < 40:
				status = "REJECTED"
			case r < 45:
				status = "WITHDRAWN"
			case r < 70:
				status = "WON"
			case r < 90:
				status = "LOST"
			default:
				status = "EXPIRED"
			}
		}
		// Protection lasts 90 days from approval: an older approval has expired (the sweep would
		// have moved it), so the server's expiry sweep finds nothing to do during the run.
		if status == "APPROVED" && created.Add(62*time.Hour+90*24*time.Hour).Before(now) {
			status = "EXPIRED"
		}
		amount := int64(100_000 + rng.IntN(50_000_000))
		var decidedAt, protection, closedAt, closedAmount, reviewerID, directRep any
		decided := created.Add(time.Duration(1+rng.IntN(60)) * time.Hour)
		coSell := false
		note := ""
		if status != "SUBMITTED" && !(status == "WITHDRAWN" && r%2 == 0) {
			decidedAt, reviewerID = decided, reviewer()
			note = "checked with the account team"
			if status != "REJECTED" {
				expires := decided.Add(90 * 24 * time.Hour)
				protection = expires
				if acc.kind == "DIRECT" {
					coSell, directRep = true, ds.ManagerIDs[a%len(ds.ManagerIDs)]
				}
			}
		}
		closed := decided.Add(time.Duration(5+rng.IntN(60)) * 24 * time.Hour)
		if closed.After(now) {
			closed = now.Add(-time.Hour)
		}
		if status == "WON" || status == "LOST" {
			closedAt = closed
			if status == "WON" {
				closedAmount = amount - int64(rng.IntN(int(amount/10)))
			}
		}
		expected := created.Add(time.Duration(30+rng.IntN(150)) * 24 * time.Hour).Truncate(24 * time.Hour)
		source := "SOURCED"
		if rng.IntN(3) == 0 {
			source = "INFLUENCED"
		}
		dealRows = append(dealRows, []any{id, created, created, acc.name, acc.domain, personName(rng), "buyer@" + acc.domain,
			fmt.Sprintf("%s rollout %d", acc.name, k+1), "Generated registration for the benchmark.", amount,
			currencies[rng.IntN(len(currencies))], expected, products[rng.IntN(len(products))], source, status,
			created.Add(48 * time.Hour), note, decidedAt, false, protection, coSell, closedAt, closedAmount,
			partnerID, registrant, acc.id, reviewerID, directRep})

		// The timeline, as the lifecycle writes it.
		event(id, partnerID, created, "USER", registrant, nil, "SUBMITTED", "registered")
		switch status {
		case "SUBMITTED":
		case "REJECTED":
			event(id, partnerID, decided, "USER", reviewerID, "SUBMITTED", "REJECTED", note)
		case "WITHDRAWN":
			if decidedAt != nil {
				event(id, partnerID, decided, "USER", reviewerID, "SUBMITTED", "APPROVED", note)
				event(id, partnerID, closed, "USER", registrant, "APPROVED", "WITHDRAWN", "customer postponed")
			} else {
				event(id, partnerID, decided, "USER", registrant, "SUBMITTED", "WITHDRAWN", "customer postponed")
			}
		default:
			event(id, partnerID, decided, "USER", reviewerID, "SUBMITTED", "APPROVED", note)
			switch status {
			case "WON", "LOST":
				event(id, partnerID, closed, "USER", registrant, "APPROVED", status, "closed")
			case "EXPIRED":
				event(id, partnerID, decided.Add(90*24*time.Hour), "SYSTEM", nil, "APPROVED", "EXPIRED", "protection window ended")
			}
		}

		active := status == "SUBMITTED" || status == "APPROVED"
		if k == 0 {
			firstOf[a] = dealRef{id: id, partnerID: partnerID, active: active}
		} else if h := firstOf[a]; h.active {
			conflictRows = append(conflictRows, []any{newID(ids.DealConflict, created), created, created, partnerID, "SAME_DOMAIN",
				1.0, true, fmt.Sprintf("Another partner registered %s earlier and that registration is still active.", acc.domain),
				fmt.Sprintf("same domain %s as registration %s", acc.domain, h.id), id, h.id, h.partnerID, acc.id})
		}
	}
	if err := ins.insert(ctx, "deals", []string{"id", "created_at", "updated_at", "customer_name", "customer_domain",
		"contact_name", "contact_email", "title", "description", "amount", "currency", "expected_close_date", "products",
		"source", "status", "decision_due_at", "decision_note", "decided_at", "conflict_overridden", "protection_expires_at",
		"co_sell", "closed_at", "closed_amount", "partner_id", "registered_by_id", "account_id", "reviewer_id",
		"direct_rep_id"}, dealRows); err != nil {
		return err
	}
	if err := ins.insert(ctx, "deal_events", []string{"id", "created_at", "updated_at", "partner_id", "actor_type", "kind",
		"from_status", "to_status", "note", "deal_id", "actor_id"}, eventRows); err != nil {
		return err
	}
	if err := ins.insert(ctx, "deal_conflicts", []string{"id", "created_at", "updated_at", "partner_id", "kind", "score",
		"blocking", "reason", "detail", "deal_id", "conflicting_deal_id", "conflicting_partner_id", "matched_account_id"}, conflictRows); err != nil {
		return err
	}
	// The first registration ends a partner's onboarding journey, as Register records it.
	_, err := ins.tx.ExecContext(ctx, `UPDATE partners SET first_deal_at = (SELECT MIN(deals.created_at) FROM deals WHERE deals.partner_id = partners.id) WHERE first_deal_at IS NULL`)
	return err
}
