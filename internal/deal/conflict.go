package deal

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/account"
	"github.com/partnerhub/partnerhub/ent/dealconflict"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/predicate"
	"github.com/partnerhub/partnerhub/internal/normalize"
	"github.com/partnerhub/partnerhub/internal/viewer"

	entdeal "github.com/partnerhub/partnerhub/ent/deal"
)

// finding is one reason a registration collides with something. reason is what the partner reads
// and names nobody; detail is the channel team's full account.
type finding struct {
	kind      dealconflict.Kind
	score     float64
	blocking  bool
	reason    string
	detail    string
	dealID    string
	partnerID string
	accountID string
}

// maxAdvisory bounds the similar-name and e-mail findings stored per registration.
const maxAdvisory = 5

// detect finds what a registration by partnerID collides with, given its (locked) account, the
// oldest active registration of another partner on it (the holder, nil if none) and how many
// active registrations the account has.
func detect(ctx context.Context, client *ent.Client, r registration, acc *ent.Account, holder *ent.Deal, active int, partnerID string, now time.Time) ([]finding, error) {
	sys := acrossPartners(ctx)
	var out []finding
	if acc.OwnerKind == account.OwnerKindDIRECT {
		out = append(out, finding{
			kind: dealconflict.KindDIRECT_ACCOUNT, score: 1, blocking: true, accountID: acc.ID,
			reason: fmt.Sprintf("%s is a named account of the vendor's direct sales team: the registration can be approved as a co-sell deal with a direct sales rep.", acc.Domain),
			detail: fmt.Sprintf("%s is a direct account of the vendor's sales team: approve only as co-sell, naming the direct rep.", acc.Domain),
		})
	}
	if holder != nil {
		name, err := partnerName(sys, client, holder.PartnerID)
		if err != nil {
			return nil, err
		}
		detail := fmt.Sprintf("Same web domain %s as %s's %s registration %q of %s.",
			acc.Domain, name, strings.ToLower(string(holder.Status)), holder.Title, holder.CreatedAt.UTC().Format("2 Jan 2006"))
		if active > 1 {
			detail += fmt.Sprintf(" %d later registrations of the customer are active too.", active-1)
		}
		out = append(out, finding{
			kind: dealconflict.KindSAME_DOMAIN, score: 1, blocking: true,
			dealID: holder.ID, partnerID: holder.PartnerID, accountID: acc.ID,
			reason: fmt.Sprintf("Another partner registered %s earlier and that registration is still %s. First to register wins: yours cannot be approved while it stays active, and the channel team will tell you the outcome.",
				acc.Domain, strings.ToLower(string(holder.Status))),
			detail: detail,
		})
	}
	advisory, err := similar(ctx, client, r, acc, partnerID, now)
	if err != nil {
		return nil, err
	}
	return append(out, advisory...), nil
}

// candidate is an account whose name or domain matches the registration. It is in conflict only
// if someone holds it: named direct, or with an active registration of another partner; a
// customer nobody holds is free to register.
type candidate struct {
	acc       *ent.Account
	score     float64
	byEmail   bool
	emailFrom string
}

// similar finds held accounts whose name is close to the registered one, or whose domain is the
// contact's e-mail domain. These are advisory: the reviewer judges whether it is one customer.
func similar(ctx context.Context, client *ent.Client, r registration, acc *ent.Account, partnerID string, now time.Time) ([]finding, error) {
	sys := acrossPartners(ctx)
	emailDomain := ""
	if r.email != "" {
		// Accounts are kept by registrable domain: nina@eu.northwind.example is northwind.example.
		host := normalize.EmailDomain(r.email)
		emailDomain, _ = normalize.RegistrableDomain(host)
		// A contact at a mailbox provider says nothing about which company the customer is.
		if normalize.IsFreeMailDomain(host) || emailDomain == r.registrable {
			emailDomain = ""
		}
	}
	near, err := client.Account.Query().
		Where(account.IDNEQ(acc.ID), narrow(r.nameKey, emailDomain, partnerID, now)).
		Select(account.FieldID, account.FieldName, account.FieldNameKey, account.FieldDomain, account.FieldOwnerKind).
		All(sys)
	if err != nil {
		return nil, err
	}
	var cands []candidate
	for _, h := range near {
		c := candidate{acc: h}
		if normalize.ShareMatchKey(r.nameKey, h.NameKey) {
			c.score = NameSimilarity(r.nameKey, h.NameKey)
		}
		if emailDomain != "" && h.Domain == emailDomain {
			c.byEmail, c.emailFrom = true, emailDomain
		}
		if c.byEmail || c.score >= SimilarNameThreshold {
			cands = append(cands, c)
		}
	}
	holders, err := holdersOf(sys, client, cands, partnerID, now)
	if err != nil {
		return nil, err
	}
	held := cands[:0]
	for _, c := range cands {
		if holders[c.acc.ID] != nil || c.acc.OwnerKind == account.OwnerKindDIRECT {
			held = append(held, c)
		}
	}
	cands = held
	sort.Slice(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	if len(cands) > maxAdvisory {
		cands = cands[:maxAdvisory]
	}
	var out []finding
	for _, c := range cands {
		holder := holders[c.acc.ID]
		f := finding{accountID: c.acc.ID}
		whose := "a named account of the vendor's direct sales team"
		vendorWhose := "a direct account of the vendor's sales team"
		if holder != nil {
			f.dealID, f.partnerID = holder.ID, holder.PartnerID
			whose = "a customer another partner holds an active registration for"
			vendorWhose = fmt.Sprintf("held by %s's %s registration %q of %s", holder.Edges.Partner.Name, strings.ToLower(string(holder.Status)), holder.Title, holder.CreatedAt.UTC().Format("2 Jan 2006"))
		}
		if c.byEmail {
			f.kind, f.score = dealconflict.KindEMAIL_DOMAIN, 0.9
			f.reason = fmt.Sprintf("The contact's e-mail address is at %s, which belongs to %s. The channel team will check whether it is the same customer before deciding.", c.emailFrom, whose)
			f.detail = fmt.Sprintf("The contact writes from %s, the domain of %s (%s), %s.", c.emailFrom, c.acc.Name, c.acc.Domain, vendorWhose)
		} else {
			f.kind, f.score = dealconflict.KindSIMILAR_NAME, round(c.score)
			f.reason = fmt.Sprintf("The company name %q %s the name of %s. The channel team will check whether it is the same company before deciding.", r.CustomerName, howClose(f.score), whose)
			f.detail = fmt.Sprintf("%q %s %s (%s), %s.", r.CustomerName, howClose(f.score), c.acc.Name, c.acc.Domain, vendorWhose)
		}
		out = append(out, f)
	}
	return out, nil
}

// narrow is what the database can rule out before names are scored. On PostgreSQL, that is every
// account that shares no match key with the registration (normalize.MatchKeys, served by the
// text-search index on match_keys) and is not the contact's e-mail domain; whether the few left
// are held is asked of those that score. SQLite has no such index: there the accounts nobody
// holds are ruled out and the match keys of the held ones compared in Go, which a single-file
// deployment's account count affords.
func narrow(nameKey, emailDomain, partnerID string, now time.Time) predicate.Account {
	held := account.Or(
		account.OwnerKindEQ(account.OwnerKindDIRECT),
		account.HasDealsWith(active(now), entdeal.PartnerIDNEQ(partnerID)),
	)
	return func(s *sql.Selector) {
		if s.Dialect() != dialect.Postgres {
			held(s)
			return
		}
		byName := sql.False() // a name key of legal words only ("The Company Inc.") has no match keys
		if keys := normalize.MatchKeys(nameKey); len(keys) > 0 {
			byName = sql.P(func(b *sql.Builder) {
				b.Ident(s.C(account.FieldMatchKeys)).WriteString(" @@ ").Arg(normalize.Lexemes(keys, " | ")).WriteString("::tsquery")
			})
		}
		if emailDomain == "" {
			s.Where(byName)
			return
		}
		s.Where(sql.Or(byName, sql.EQ(s.C(account.FieldDomain), emailDomain)))
	}
}

// holdersOf returns, per candidate account, the oldest active registration of another partner
// with that partner's name, in one query for all candidates. Accounts without one are not held
// (unless DIRECT).
func holdersOf(ctx context.Context, client *ent.Client, cands []candidate, partnerID string, now time.Time) (map[string]*ent.Deal, error) {
	if len(cands) == 0 {
		return nil, nil
	}
	accountIDs := make([]string, len(cands))
	for i, c := range cands {
		accountIDs[i] = c.acc.ID
	}
	deals, err := client.Deal.Query().
		Where(entdeal.AccountIDIn(accountIDs...), active(now), entdeal.PartnerIDNEQ(partnerID)).
		Order(entdeal.ByCreatedAt(), entdeal.ByID()).
		WithPartner(func(q *ent.PartnerQuery) { q.Select(partner.FieldName) }).
		All(ctx)
	if err != nil {
		return nil, err
	}
	first := map[string]*ent.Deal{}
	for _, d := range deals {
		if first[d.AccountID] == nil {
			first[d.AccountID] = d
		}
	}
	return first, nil
}

func round(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

// howClose says in words how alike two company names are: people read "almost the same as", not
// "0.93 similar, flagged from 0.88".
func howClose(score float64) string {
	switch {
	case score >= 0.999:
		return "is, apart from spelling and legal form, the same as"
	case score >= 0.95:
		return "reads almost like"
	default:
		return "looks like"
	}
}

// acrossPartners is the one place deal registration reads beyond the viewer's own rows: the rules
// of engagement compare a registration with every partner's registrations and the vendor's
// accounts, and what they find reaches the partner only as a conflict's kind and reason, never
// whose (docs/rules-of-engagement.md). Writes stay under the viewer's own policy.
func acrossPartners(ctx context.Context) context.Context {
	return viewer.SystemContext(ctx) // privacy escape: rules of engagement span every partner
}

func partnerName(ctx context.Context, client *ent.Client, id string) (string, error) {
	p, err := client.Partner.Get(ctx, id)
	if err != nil {
		return "", err
	}
	return p.Name, nil
}

// saveConflicts stores the findings of a registration.
func saveConflicts(ctx context.Context, client *ent.Client, d *ent.Deal, fs []finding) error {
	if len(fs) == 0 {
		return nil
	}
	creates := make([]*ent.DealConflictCreate, len(fs))
	for i, f := range fs {
		c := client.DealConflict.Create().
			SetDealID(d.ID).SetPartnerID(d.PartnerID).SetKind(f.kind).SetScore(f.score).SetBlocking(f.blocking).
			SetReason(f.reason).SetDetail(f.detail)
		if f.dealID != "" {
			c.SetConflictingDealID(f.dealID)
		}
		if f.partnerID != "" {
			c.SetConflictingPartnerID(f.partnerID)
		}
		if f.accountID != "" {
			c.SetMatchedAccountID(f.accountID)
		}
		creates[i] = c
	}
	return client.DealConflict.CreateBulk(creates...).Exec(ctx)
}
