package seed

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/account"
	"github.com/partnerhub/partnerhub/ent/dealconflict"
	"github.com/partnerhub/partnerhub/ent/dealevent"
	"github.com/partnerhub/partnerhub/ent/dealextension"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/deal"
	"github.com/partnerhub/partnerhub/internal/deal/status"

	entdeal "github.com/partnerhub/partnerhub/ent/deal"
)

// demoDealCount registrations spread over demoMonths give the dashboards 18 months of story.
const (
	demoDealCount = 420
	demoMonths    = 18
	demoSeed      = 20261126
)

var (
	customerFirst = []string{"Northwind", "Contoso", "Fabrikam", "Tailspin", "Wingtip", "Adventure", "Litware", "Proseware",
		"Lucerne", "Margie", "Fourth Coffee", "Woodgrove", "Coho", "Alpine", "Blue Yonder", "Humongous", "Trey", "Wide World",
		"Graphic Design", "Southridge", "Datum", "Relecloud", "Bellows", "Lamna", "VanArsdel", "Munson", "Consolidated", "Phoenix"}
	customerSecond = []string{"Traders", "Industries", "Health", "Logistics", "Bank", "Energy", "Foods", "Airlines", "Motors",
		"Insurance", "Media", "Pharma", "Retail", "Labs", "Capital", "Foundry"}
	legalForms = []string{"Inc.", "Ltd", "GmbH", "LLC", "S.A.", "Corp.", "plc", "AG"}
	industries = []string{"Manufacturing", "Retail", "Healthcare", "Financial services", "Energy", "Logistics", "Public sector", "Technology"}
	products   = []string{"Platform", "Analytics", "Security add-on", "Premium support", "Data connectors", "Training"}
	titles     = []string{"Platform rollout", "Renewal and expansion", "Analytics pilot", "Security upgrade", "Cloud migration", "Regional roll-out", "Proof of concept"}
)

type demoCustomer struct {
	acc  *ent.Account
	name string
}

// demoDeals seeds accounts and deal registrations in every status, decided by the same rules the
// API applies: a later registration of an account another partner holds is flagged (and mostly
// rejected), DIRECT accounts are approved as co-sell, approvals get their tier's protection.
// Deterministic (fixed seed) and fast (bulk inserts).
func demoDeals(ctx context.Context, c *ent.Client, hash string, now time.Time) error {
	rng := rand.New(rand.NewPCG(demoSeed, demoSeed))
	partners, err := c.Partner.Query().Where(partner.StatusIn(partner.StatusACTIVE, partner.StatusSUSPENDED)).
		WithTier().WithUsers().Order(ent.Asc(partner.FieldName)).All(ctx)
	if err != nil {
		return err
	}
	vendor, err := c.User.Query().Where(user.RoleIn(user.RoleADMIN, user.RoleCHANNEL_MANAGER)).Order(ent.Asc(user.FieldEmail)).All(ctx)
	if err != nil {
		return err
	}
	for _, p := range partners {
		if len(p.Edges.Users) > 0 {
			continue
		}
		// Partners seeded without people still need someone who registered their deals.
		u, err := c.User.Create().SetEmail("sales@" + p.Slug + ".test").SetName(p.Name + " Sales").
			SetRole(user.RolePARTNER_SALES).SetJobFunction(user.JobFunctionSALES).SetPartner(p).SetPasswordHash(hash).Save(ctx)
		if err != nil {
			return err
		}
		p.Edges.Users = []*ent.User{u}
	}
	registrants := demoRegistrants(partners)
	registered := map[string]int{} // deals so far per partner: picks the next registrant in turn
	extended := map[string]int{}   // deals still protected per registrant: picks which get an extension request
	waiting := map[string]bool{}   // registrants with a pending extension request

	customers, err := demoAccounts(ctx, c, rng, vendor)
	if err != nil {
		return err
	}
	start := now.AddDate(0, -demoMonths, 0)
	span := now.Sub(start)
	// Registrations in time order, so "who held the account first" is decided as the API would.
	times := make([]time.Time, demoDealCount)
	for i := range times {
		// More recent months are busier: the program is growing.
		times[i] = start.Add(time.Duration((1 - rng.Float64()*rng.Float64()) * float64(span))).Truncate(time.Minute)
	}
	sort.Slice(times, func(i, j int) bool { return times[i].Before(times[j]) })
	type holding struct {
		partnerID, dealID string
		until             time.Time
	}
	held := map[string]holding{}
	var deals []*ent.DealCreate
	var events []*ent.DealEventCreate
	var conflicts []*ent.DealConflictCreate
	var extensions []*ent.DealExtensionCreate
	for i, at := range times {
		p := pickPartner(rng, partners)
		// Registrants take turns (not drawn from rng, so the rest of the data stays as it was):
		// every person of a partner who registers deals has a pipeline of their own.
		rep := registrants[p.ID][registered[p.ID]%len(registrants[p.ID])]
		registered[p.ID]++
		cust := customers[rng.IntN(len(customers))]
		id := fmt.Sprintf("dea_%s", demoULID(at, rng))
		currency := "USD"
		if p.Region == partner.RegionEMEA && rng.IntN(10) < 6 {
			currency = "EUR"
		}
		amount := int64(500_000 + rng.Int64N(20_000_000)) // $5k to $205k
		if rng.IntN(10) == 0 {
			amount *= 5
		}
		source := entdeal.SourceSOURCED
		if rng.IntN(4) == 0 {
			source = entdeal.SourceINFLUENCED
		}
		due := at.Add(deal.DefaultDecisionSLA)
		dc := c.Deal.Create().SetID(id).SetPartnerID(p.ID).SetRegisteredByID(rep.ID).SetAccountID(cust.acc.ID).
			SetCustomerName(cust.name).SetCustomerDomain(cust.acc.Domain).
			SetContactName("Jordan Buyer").SetContactEmail(fmt.Sprintf("buyer%d@%s", i, cust.acc.Domain)).
			SetTitle(titles[rng.IntN(len(titles))]).SetDescription("Seeded demo opportunity.").
			SetAmount(amount).SetCurrency(currency).SetExpectedCloseDate(at.AddDate(0, 2+rng.IntN(5), 0).Truncate(24 * time.Hour)).
			SetProducts(pick(rng, products, 1+rng.IntN(3))).SetSource(source).
			SetDecisionDueAt(due).SetCreatedAt(at).SetUpdatedAt(at)
		ev := func(from *status.Status, to status.Status, when time.Time, actor *ent.User, note string) {
			e := c.DealEvent.Create().SetDealID(id).SetPartnerID(p.ID).SetKind(dealevent.KindSTATUS_CHANGED).
				SetToStatus(to).SetNote(note).SetCreatedAt(when).SetUpdatedAt(when)
			if from != nil {
				e.SetFromStatus(*from)
			}
			if actor != nil {
				e.SetActorType(dealevent.ActorTypeUSER).SetActorID(actor.ID)
			} else {
				e.SetActorType(dealevent.ActorTypeSYSTEM)
			}
			events = append(events, e)
		}
		h, taken := held[cust.acc.ID]
		if taken && h.partnerID == p.ID && h.until.After(at) {
			continue // the API would refuse the partner's own duplicate
		}
		ev(nil, status.Submitted, at, rep, "registered")
		conflicted := taken && h.partnerID != p.ID && h.until.After(at)
		direct := cust.acc.OwnerKind == account.OwnerKindDIRECT
		if conflicted {
			conflicts = append(conflicts, c.DealConflict.Create().SetDealID(id).SetPartnerID(p.ID).
				SetKind(dealconflict.KindSAME_DOMAIN).SetScore(1).SetBlocking(true).
				SetReason(fmt.Sprintf("Another partner registered %s earlier and that registration is still active. First to register wins: yours cannot be approved while it stays active, and the channel team will tell you the outcome.", cust.acc.Domain)).
				SetDetail(fmt.Sprintf("same domain %s as registration %s", cust.acc.Domain, h.dealID)).
				SetConflictingDealID(h.dealID).SetConflictingPartnerID(h.partnerID).SetMatchedAccountID(cust.acc.ID))
		}
		if direct {
			conflicts = append(conflicts, c.DealConflict.Create().SetDealID(id).SetPartnerID(p.ID).
				SetKind(dealconflict.KindDIRECT_ACCOUNT).SetScore(1).SetBlocking(true).
				SetReason(fmt.Sprintf("%s is a named account of the vendor's direct sales team: the registration can be approved as a co-sell deal with a direct sales rep.", cust.acc.Domain)).
				SetDetail(fmt.Sprintf("channel conflict: %s is a DIRECT account", cust.acc.Domain)).SetMatchedAccountID(cust.acc.ID))
		}

		reviewer := managerOf(p, vendor)
		decideAt := at.Add(time.Duration(2+rng.IntN(70)) * time.Hour)
		submitted := status.Submitted
		if decideAt.After(now) || (now.Sub(at) < 10*24*time.Hour && rng.IntN(3) == 0) {
			// Still waiting; some past their due time (overdue in the queue).
			deals = append(deals, dc)
			held[cust.acc.ID] = holding{p.ID, id, now.AddDate(1, 0, 0)}
			continue
		}
		dc.SetReviewerID(reviewer.ID).SetDecidedAt(decideAt)
		roll := rng.IntN(100)
		switch {
		case conflicted || roll < 12:
			note := "Not qualified: no budget confirmed."
			if conflicted {
				note = "Another partner registered this customer first."
			}
			dc.SetStatus(status.Rejected).SetDecisionNote(note)
			ev(&submitted, status.Rejected, decideAt, reviewer, note)
			deals = append(deals, dc)
			continue
		case roll < 16:
			dc.SetStatus(status.Withdrawn)
			ev(&submitted, status.Withdrawn, decideAt, rep, "customer paused the project")
			deals = append(deals, dc)
			continue
		}
		days := deal.DefaultProtectionDays
		if p.Edges.Tier != nil {
			days = p.Edges.Tier.DealProtectionDays
		}
		expires := decideAt.AddDate(0, 0, days)
		approved := status.Approved
		dc.SetDecisionNote("Qualified opportunity.").SetProtectionExpiresAt(expires)
		if direct {
			dc.SetCoSell(true).SetDirectRepID(vendor[0].ID)
		}
		ev(&submitted, status.Approved, decideAt, reviewer, "Qualified opportunity.")
		closeAt := decideAt.Add(time.Duration(10+rng.IntN(120)) * 24 * time.Hour)
		switch {
		case closeAt.Before(now) && closeAt.Before(expires) && rng.IntN(100) < 70:
			won := rng.IntN(100) < 58
			to := status.Lost
			if won {
				to = status.Won
				dc.SetClosedAmount(amount * int64(80+rng.IntN(40)) / 100)
			}
			dc.SetStatus(to).SetClosedAt(closeAt.Truncate(24 * time.Hour))
			ev(&approved, to, closeAt, rep, "")
			held[cust.acc.ID] = holding{p.ID, id, closeAt}
		case expires.Before(now):
			dc.SetStatus(status.Expired)
			ev(&approved, status.Expired, expires.Add(time.Minute), nil, "protection window ended")
			held[cust.acc.ID] = holding{p.ID, id, expires}
		default:
			dc.SetStatus(status.Approved)
			extended[rep.ID]++
			if x := demoExtension(c, id, p, rep, reviewer, decideAt, expires, now, extended[rep.ID], waiting[rep.ID]); x != nil {
				waiting[rep.ID] = waiting[rep.ID] || x.pending
				extensions = append(extensions, x.request)
				events = append(events, x.events...)
				if x.newExpiry != nil {
					expires = *x.newExpiry
					dc.SetProtectionExpiresAt(expires)
				}
			}
			held[cust.acc.ID] = holding{p.ID, id, expires}
		}
		deals = append(deals, dc)
	}
	if err := c.Deal.CreateBulk(deals...).Exec(ctx); err != nil {
		return fmt.Errorf("demo deals: %w", err)
	}
	for i := 0; i < len(events); i += 500 { // bound the bind parameters per statement
		if err := c.DealEvent.CreateBulk(events[i:min(i+500, len(events))]...).Exec(ctx); err != nil {
			return fmt.Errorf("demo deal events: %w", err)
		}
	}
	if err := c.DealConflict.CreateBulk(conflicts...).Exec(ctx); err != nil {
		return fmt.Errorf("demo deal conflicts: %w", err)
	}
	if len(extensions) > 0 {
		if err := c.DealExtension.CreateBulk(extensions...).Exec(ctx); err != nil {
			return fmt.Errorf("demo deal extensions: %w", err)
		}
	}
	return nil
}

// demoRegistrants are, per partner, the people who register its deals in turn: its sales users,
// and its partner admin for every fourth deal (admins register too, and their deals are the ones
// a sales rep of the same partner may not see). A partner with neither uses whoever it has.
func demoRegistrants(partners []*ent.Partner) map[string][]*ent.User {
	out := map[string][]*ent.User{}
	for _, p := range partners {
		var sales, admins []*ent.User
		for _, u := range p.Edges.Users {
			switch u.Role {
			case user.RolePARTNER_SALES:
				sales = append(sales, u)
			case user.RolePARTNER_ADMIN:
				admins = append(admins, u)
			}
		}
		// Users come back in no guaranteed order; sort so the turns are the same on every database
		// (account executives before pre-sales, then by e-mail).
		exec := func(u *ent.User) bool { return u.JobFunction != nil && *u.JobFunction == user.JobFunctionSALES }
		sort.Slice(sales, func(i, j int) bool {
			if exec(sales[i]) != exec(sales[j]) {
				return exec(sales[i])
			}
			return sales[i].Email < sales[j].Email
		})
		sort.Slice(admins, func(i, j int) bool { return admins[i].Email < admins[j].Email })
		switch {
		case len(sales) > 0 && len(admins) > 0:
			turns := []*ent.User{}
			for len(turns) < 3 {
				turns = append(turns, sales...)
			}
			out[p.ID] = append(turns[:3], admins[0])
		case len(sales) > 0:
			out[p.ID] = sales
		case len(admins) > 0:
			out[p.ID] = admins
		default:
			out[p.ID] = p.Edges.Users
		}
	}
	return out
}

type demoExt struct {
	request   *ent.DealExtensionCreate
	events    []*ent.DealEventCreate
	newExpiry *time.Time // set when the extension was approved
	pending   bool
}

// demoExtension gives some registrations that are still protected an extension request, as the
// lifecycle would have written it. The n-th protected deal of a registrant whose window ends within
// 30 days has a PENDING request when n is a multiple of 3, and so does the first one ending within 60 days of
// a registrant who has none waiting yet (the channel team's queue, the rep's "waiting" badge); of
// the others, every fourth had one approved (the window moved out) and every fourth one rejected,
// both decided weeks ago. Deterministic: no random draws.
func demoExtension(c *ent.Client, dealID string, p *ent.Partner, rep, reviewer *ent.User, decidedAt, expires, now time.Time, n int, repWaiting bool) *demoExt {
	ev := func(kind dealevent.Kind, actor *ent.User, note string, at time.Time) *ent.DealEventCreate {
		return c.DealEvent.Create().SetDealID(dealID).SetPartnerID(p.ID).SetKind(kind).
			SetToStatus(status.Approved).SetNote(note).SetActorType(dealevent.ActorTypeUSER).SetActorID(actor.ID).
			SetCreatedAt(at).SetUpdatedAt(at)
	}
	reasons := []string{
		"The customer's procurement moved the signature to next quarter; the technical win is confirmed.",
		"Security review by the customer's new CISO added six weeks; the sponsor is unchanged.",
		"Budget approved, waiting for the board meeting that signs purchases over the threshold.",
	}
	reason := reasons[n%len(reasons)]
	days := []int{30, 45, 60}[n%3]
	create := c.DealExtension.Create().SetDealID(dealID).SetPartnerID(p.ID).SetRequestedByID(rep.ID).
		SetReason(reason).SetDays(days)
	note := fmt.Sprintf("asked for %d more days: %s", days, reason)
	left := expires.Sub(now)
	if left < 30*24*time.Hour || (!repWaiting && left < 60*24*time.Hour) {
		if n%3 != 0 && repWaiting {
			return nil
		}
		at := now.Add(-time.Duration(6+n%40) * time.Hour).Truncate(time.Minute)
		if !at.After(decidedAt) {
			return nil
		}
		create.SetPendingDealID(dealID).SetCreatedAt(at).SetUpdatedAt(at)
		return &demoExt{request: create, pending: true, events: []*ent.DealEventCreate{ev(dealevent.KindEXTENSION_REQUESTED, rep, note, at)}}
	}
	asked := decidedAt.AddDate(0, 0, 30)
	answered := asked.Add(26 * time.Hour)
	if n%4 == 0 || n%4 == 2 || !answered.Before(now) || !asked.Before(expires) {
		return nil
	}
	create.SetCreatedAt(asked).SetUpdatedAt(answered).SetDecidedByID(reviewer.ID).SetDecidedAt(answered)
	x := &demoExt{events: []*ent.DealEventCreate{ev(dealevent.KindEXTENSION_REQUESTED, rep, note, asked)}}
	if n%4 == 1 {
		newExpiry := expires.AddDate(0, 0, days)
		decision := "Customer confirmed the new timeline on our call."
		create.SetStatus(dealextension.StatusAPPROVED).SetNewExpiresAt(newExpiry).SetDecisionNote(decision)
		x.newExpiry = &newExpiry
		x.events = append(x.events, ev(dealevent.KindEXTENSION_APPROVED, reviewer,
			fmt.Sprintf("protection extended by %d days to %s. %s", days, newExpiry.UTC().Format(time.DateOnly), decision), answered))
	} else {
		decision := "The window still has months to run; ask again closer to its end."
		create.SetStatus(dealextension.StatusREJECTED).SetDecisionNote(decision)
		x.events = append(x.events, ev(dealevent.KindEXTENSION_REJECTED, reviewer, decision, answered))
	}
	x.request = create
	return x
}

// demoAccounts creates the customers; a few are DIRECT named accounts of the vendor.
func demoAccounts(ctx context.Context, c *ent.Client, rng *rand.Rand, vendor []*ent.User) ([]demoCustomer, error) {
	var out []demoCustomer
	var creates []*ent.AccountCreate
	seen := map[string]bool{}
	for len(creates) < 280 {
		first, second := customerFirst[rng.IntN(len(customerFirst))], customerSecond[rng.IntN(len(customerSecond))]
		domain := strings.ToLower(strings.ReplaceAll(first+"-"+second, " ", "")) + ".example"
		if seen[domain] {
			continue
		}
		seen[domain] = true
		name := first + " " + second + " " + legalForms[rng.IntN(len(legalForms))]
		ac := c.Account.Create().SetName(name).SetNameKey(deal.NameKey(name)).SetDomain(domain).
			SetIndustry(industries[rng.IntN(len(industries))]).
			SetSize([]account.Size{account.SizeSMALL, account.SizeMID_MARKET, account.SizeENTERPRISE}[rng.IntN(3)])
		if len(creates)%25 == 0 {
			ac.SetOwnerKind(account.OwnerKindDIRECT).SetDirectOwnerID(vendor[rng.IntN(len(vendor))].ID)
		}
		creates = append(creates, ac)
		out = append(out, demoCustomer{name: name})
	}
	accs, err := c.Account.CreateBulk(creates...).Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("demo accounts: %w", err)
	}
	for i := range out {
		out[i].acc = accs[i]
	}
	return out, nil
}

// pickPartner favours the partners the demo logins belong to, so their dashboards are busy.
func pickPartner(rng *rand.Rand, ps []*ent.Partner) *ent.Partner {
	if rng.IntN(100) < 45 {
		for _, p := range ps {
			if (p.Slug == "acme-reseller" && rng.IntN(2) == 0) || p.Slug == "globex-msp" {
				return p
			}
		}
	}
	return ps[rng.IntN(len(ps))]
}

func managerOf(p *ent.Partner, vendor []*ent.User) *ent.User {
	for _, u := range vendor {
		if u.ID == p.ManagerID {
			return u
		}
	}
	return vendor[0]
}

func pick(rng *rand.Rand, from []string, n int) []string {
	idx := rng.Perm(len(from))[:n]
	out := make([]string, n)
	for i, j := range idx {
		out[i] = from[j]
	}
	return out
}

// demoULID is a ULID for a past time, so demo IDs sort like real ones.
func demoULID(at time.Time, rng *rand.Rand) string {
	const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
	ms := uint64(at.UnixMilli())
	var b [26]byte
	for i := 9; i >= 0; i-- {
		b[i] = alphabet[ms&31]
		ms >>= 5
	}
	for i := 10; i < 26; i++ {
		b[i] = alphabet[rng.IntN(32)]
	}
	return string(b[:])
}
