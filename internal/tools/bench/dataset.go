// Package bench holds PartnerHub's load benchmark (`make bench`): a dataset generator, the list of
// benchmarked operations, a raw-SQL baseline that answers the same operations with database/sql,
// a load generator, a PostgreSQL wire proxy that counts the statements each side sends, and the
// report with its targets. internal/tools/loadgen is the process that runs it all against the real server
// binary.
package bench

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/json"
	"fmt"
	mrand "math/rand/v2"
	"strconv"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	"github.com/oklog/ulid/v2"

	"github.com/partnerhub/partnerhub/internal/database"
	"github.com/partnerhub/partnerhub/internal/ids"
)

// Shape is how much data the generator adds on top of the demo seed.
type Shape struct {
	Tiers           int // extra tiers, besides the four demo tiers
	Admins          int // extra ADMIN users, so that concurrent clients sign in as different people
	Managers        int // CHANNEL_MANAGER users who manage the generated partners
	Partners        int
	UsersPerPartner int
	AuditEvents     int
	// APIKeys, Invitations and Applications are spread over the partners.
	APIKeys      int
	Invitations  int
	Applications int
	// Accounts are end customers (unique domains, some DIRECT); Deals are registrations on them by
	// the partners' sales users, across statuses and currencies, each with its timeline (DealEvents)
	// and, for a later registration of an account another partner registered, a conflict.
	Accounts int
	Deals    int
	// Contents are content library items across kinds, statuses, tiers, partner types and
	// languages, most with a file; ContentEvents are partner users' views and downloads of them.
	Contents      int
	ContentEvents int
}

// BenchShape is the data `make bench` runs on: 1,000 partners, 10,000 partner users (so the users
// list has a page 200 at 50 a page), 50 admins and 50 channel managers, 20 tiers, 20,000 audit
// events, some thousands of API keys, invitations and partner applications, and 20,000 deals on
// 8,000 accounts with about 45,000 timeline events and some thousands of conflicts, and 3,000
// content items with 30,000 views and downloads.
var BenchShape = Shape{Tiers: 16, Admins: 50, Managers: 50, Partners: 1000, UsersPerPartner: 10, AuditEvents: 20000,
	APIKeys: 2000, Invitations: 3000, Applications: 2000, Accounts: 8000, Deals: 20000, Contents: 3000, ContentEvents: 30000}

// Times is the shape with n times the partners (so n times the partner users), accounts, deals,
// audit events, API keys, invitations, applications and content views and downloads; the tiers,
// the vendor's staff and its content library stay.
// BenchShape.Times(10) has 10,000 partners, 100,000 partner users and 200,000 deals.
func (s Shape) Times(n int) Shape {
	s.Partners *= n
	s.AuditEvents *= n
	s.APIKeys *= n
	s.Invitations *= n
	s.Applications *= n
	s.Accounts *= n
	s.Deals *= n
	s.ContentEvents *= n
	return s
}

// Dataset is what the generator created, for the operations' variables.
type Dataset struct {
	TierIDs    []string
	ManagerIDs []string
	PartnerIDs []string
	UserIDs    []string // partner users, not the managers
	AccountIDs []string
	DealIDs    []string
	Shape      Shape
	Took       time.Duration
}

// Generate fills db (already migrated, with or without the demo seed) with shape's rows in one
// transaction, through multi-row INSERTs: thousands of rows a second instead of one round trip
// per row. Every generated user gets passwordHash, hashed once by the caller. Rows are plausible
// but bypass ent, its hooks and privacy: the generator writes like a bulk import would.
func Generate(ctx context.Context, db database.DB, shape Shape, passwordHash string) (*Dataset, error) {
	start := time.Now()
	rng := mrand.New(mrand.NewPCG(42, 7))
	ds := &Dataset{Shape: shape}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	ins := &inserter{tx: tx, dialect: db.Dialect}

	// Spread creation times over two years; IDs carry the same time, so ID order is creation order.
	epoch := time.Now().UTC().Add(-2 * 365 * 24 * time.Hour).Truncate(time.Second)
	clock := func(i, n int) time.Time {
		return epoch.Add(time.Duration(float64(2*365*24*time.Hour) * float64(i) / float64(n+1)))
	}

	// Tiers: keep the demo tiers and add more above them.
	existing, err := column(ctx, tx, "SELECT id FROM tiers ORDER BY rank")
	if err != nil {
		return nil, err
	}
	ds.TierIDs = existing
	rows := make([][]any, 0, shape.Tiers)
	for i := 0; i < shape.Tiers; i++ {
		at := clock(i, shape.Tiers)
		id := newID(ids.Tier, at)
		ds.TierIDs = append(ds.TierIDs, id)
		rows = append(rows, []any{id, at, at, fmt.Sprintf("Bench tier %03d", i), 100 + i,
			"Generated tier for the benchmark.", "USD", int64(i) * 1_000_000, i, i % 20,
			500 + 10*i, 100 + i, int64(i) * 100_000, 90, `["Generated benefit"]`})
	}
	if err := ins.insert(ctx, "tiers", []string{"id", "created_at", "updated_at", "name", "rank",
		"description", "currency", "min_revenue_t12m", "min_won_deals", "min_certified_people",
		"discount_bps", "rebate_bps", "mdf_quarterly_allowance", "deal_protection_days", "benefits"}, rows); err != nil {
		return nil, err
	}

	userCols := []string{"id", "created_at", "updated_at", "email", "name", "password_hash", "role",
		"job_function", "status", "partner_id"}

	// Vendor users joined last (like the demo's), so that the users list by ID starts with partner
	// users, as its deep pages do: first and deep pages then carry the same nested partners.
	recent := func(i int) time.Time {
		return time.Now().UTC().Add(-time.Duration(2*(shape.Admins+shape.Managers)-i) * time.Minute)
	}

	// Admins, each a client of their own in the load (each has a rate-limit budget of their own).
	rows = rows[:0]
	for i := 0; i < shape.Admins; i++ {
		at := recent(i)
		rows = append(rows, []any{newID(ids.User, at), at, at, fmt.Sprintf("admin%03d@vendor.bench", i), personName(rng),
			passwordHash, "ADMIN", "MANAGEMENT", "ACTIVE", nil})
	}
	if err := ins.insert(ctx, "users", userCols, rows); err != nil {
		return nil, err
	}

	// Channel managers.
	rows = rows[:0]
	for i := 0; i < shape.Managers; i++ {
		at := recent(shape.Admins + i)
		id := newID(ids.User, at)
		ds.ManagerIDs = append(ds.ManagerIDs, id)
		rows = append(rows, []any{id, at, at, fmt.Sprintf("pam%04d@vendor.bench", i), personName(rng),
			passwordHash, "CHANNEL_MANAGER", "MANAGEMENT", "ACTIVE", nil})
	}
	if err := ins.insert(ctx, "users", userCols, rows); err != nil {
		return nil, err
	}

	// Partners.
	types := []string{"RESELLER", "VAR", "MSP", "SI", "ISV", "REFERRAL", "ALLIANCE", "MARKETPLACE"}
	statuses := []string{"ACTIVE", "ACTIVE", "ACTIVE", "ONBOARDING", "SUSPENDED", "CHURNED"}
	regions := []string{"NA", "LATAM", "EMEA", "APAC"}
	countries := map[string][]string{"NA": {"US", "CA"}, "LATAM": {"BR", "MX", "AR"}, "EMEA": {"DE", "FR", "GB", "NL"}, "APAC": {"JP", "AU", "SG", "IN"}}
	verticals := []string{"Healthcare", "Finance", "Retail", "Manufacturing", "Public sector", "Education"}
	rows = rows[:0]
	for i := 0; i < shape.Partners; i++ {
		at := clock(i, shape.Partners)
		id := newID(ids.Partner, at)
		ds.PartnerIDs = append(ds.PartnerIDs, id)
		region := regions[rng.IntN(len(regions))]
		status := statuses[rng.IntN(len(statuses))]
		var tierID, signed any
		if status != "ONBOARDING" && len(ds.TierIDs) > 0 {
			tierID = ds.TierIDs[rng.IntN(len(ds.TierIDs))]
			signed = at.Add(24 * time.Hour)
		}
		var managerID any
		if len(ds.ManagerIDs) > 0 {
			managerID = ds.ManagerIDs[rng.IntN(len(ds.ManagerIDs))]
		}
		v, _ := json.Marshal([]string{verticals[rng.IntN(len(verticals))], verticals[rng.IntN(len(verticals))]})
		slug := fmt.Sprintf("bench-partner-%05d", i)
		rows = append(rows, []any{id, at, at, companyName(rng, i), slug, types[rng.IntN(len(types))], status,
			"https://www." + slug + ".example", slug + ".example", countries[region][rng.IntN(len(countries[region]))],
			region, string(v), signed, tierID, managerID})
	}
	if err := ins.insert(ctx, "partners", []string{"id", "created_at", "updated_at", "name", "slug", "type", "status",
		"website", "domain", "country", "region", "verticals", "contract_signed_at", "tier_id", "manager_id"}, rows); err != nil {
		return nil, err
	}

	// Partner users: one admin per partner, the rest sales and pre-sales.
	jobs := []string{"SALES", "PRESALES", "SUPPORT", "MARKETING", "MANAGEMENT"}
	n := shape.Partners * shape.UsersPerPartner
	rows = rows[:0]
	for i := 0; i < n; i++ {
		p := i % max(shape.Partners, 1)
		at := clock(i, n)
		id := newID(ids.User, at)
		ds.UserIDs = append(ds.UserIDs, id)
		role := "PARTNER_SALES"
		if i < shape.Partners {
			role = "PARTNER_ADMIN"
		}
		rows = append(rows, []any{id, at, at, fmt.Sprintf("user%06d@partner%05d.example", i, p), personName(rng),
			passwordHash, role, jobs[rng.IntN(len(jobs))], "ACTIVE", ds.PartnerIDs[p]})
	}
	if err := ins.insert(ctx, "users", userCols, rows); err != nil {
		return nil, err
	}

	// Audit events, as mutations and sign-ins would have written them.
	actions := []string{"updatePartner", "createUser", "updateUser", "login", "createPartner", "updateTier"}
	rows = rows[:0]
	for i := 0; i < shape.AuditEvents; i++ {
		at := clock(i, shape.AuditEvents)
		id := newID(ids.AuditEvent, at)
		p := rng.IntN(max(shape.Partners, 1))
		var actor, partnerID any
		entityID := ""
		if len(ds.UserIDs) > 0 {
			actor = ds.UserIDs[rng.IntN(len(ds.UserIDs))]
		}
		if len(ds.PartnerIDs) > 0 {
			partnerID, entityID = ds.PartnerIDs[p], ds.PartnerIDs[p]
		}
		action := actions[rng.IntN(len(actions))]
		rows = append(rows, []any{id, at, at, "USER", action, "partners", entityID, `{"input":{"note":"generated"}}`,
			"req-" + strconv.Itoa(i), "127.0.0.1", actor, partnerID})
	}
	if err := ins.insert(ctx, "audit_events", []string{"id", "created_at", "updated_at", "actor_type", "action",
		"entity_type", "entity_id", "summary", "request_id", "ip", "actor_id", "partner_id"}, rows); err != nil {
		return nil, err
	}

	// API keys, created by partner admins (one per partner comes first among its users).
	rows = rows[:0]
	for i := 0; i < shape.APIKeys && shape.Partners > 0; i++ {
		at := clock(i, shape.APIKeys)
		p := i % shape.Partners
		var expires, revoked any
		if i%3 == 0 {
			expires = at.Add(365 * 24 * time.Hour)
		}
		if i%7 == 0 {
			revoked = at.Add(30 * 24 * time.Hour)
		}
		scope := "READ"
		if i%2 == 0 {
			scope = "READ_WRITE"
		}
		rows = append(rows, []any{newID(ids.APIKey, at), at, at, fmt.Sprintf("CRM sync %d", i), fmt.Sprintf("phk_b%07d", i),
			"generated-" + strconv.Itoa(i), scope, expires, revoked, ds.UserIDs[p], ds.PartnerIDs[p]})
	}
	if err := ins.insert(ctx, "api_keys", []string{"id", "created_at", "updated_at", "name", "prefix", "secret_hash",
		"scope", "expires_at", "revoked_at", "creator_id", "partner_id"}, rows); err != nil {
		return nil, err
	}

	// Invitations, sent by partner admins to colleagues.
	statusesInv := []string{"PENDING", "PENDING", "ACCEPTED", "REVOKED"}
	rows = rows[:0]
	for i := 0; i < shape.Invitations && shape.Partners > 0; i++ {
		at := clock(i, shape.Invitations)
		p := i % shape.Partners
		rows = append(rows, []any{newID(ids.Invitation, at), at, at, fmt.Sprintf("invitee%06d@partner%05d.example", i, p),
			personName(rng), "PARTNER_SALES", jobs[rng.IntN(len(jobs))], "generated-invitation-" + strconv.Itoa(i),
			statusesInv[rng.IntN(len(statusesInv))], at.Add(7 * 24 * time.Hour), at, 1, ds.PartnerIDs[p], ds.UserIDs[p]})
	}
	if err := ins.insert(ctx, "invitations", []string{"id", "created_at", "updated_at", "email", "name", "role",
		"job_function", "token_hash", "status", "expires_at", "sent_at", "send_count", "partner_id", "invited_by_id"}, rows); err != nil {
		return nil, err
	}

	// Applications to become a partner, some reviewed by a channel manager.
	statusesApp := []string{"SUBMITTED", "APPROVED", "DECLINED"}
	rows = rows[:0]
	for i := 0; i < shape.Applications; i++ {
		at := clock(i, shape.Applications)
		status := statusesApp[rng.IntN(len(statusesApp))]
		var reviewed, reviewer any
		if status != "SUBMITTED" && len(ds.ManagerIDs) > 0 {
			reviewed, reviewer = at.Add(48*time.Hour), ds.ManagerIDs[rng.IntN(len(ds.ManagerIDs))]
		}
		domain := fmt.Sprintf("applicant%05d.example", i)
		rows = append(rows, []any{newID(ids.Application, at), at, at, companyName(rng, i), "https://" + domain, domain,
			types[rng.IntN(len(types))], "DE", personName(rng), "contact@" + domain, "We sell to the mid-market.",
			status, reviewed, reviewer})
	}
	if err := ins.insert(ctx, "partner_applications", []string{"id", "created_at", "updated_at", "company", "website",
		"domain", "partner_type", "country", "contact_name", "contact_email", "motivation", "status", "reviewed_at",
		"reviewer_id"}, rows); err != nil {
		return nil, err
	}

	if err := generateDeals(ctx, ins, ds, rng, shape); err != nil {
		return nil, err
	}
	// A source of its own, so that the rows generated before and after stay as they were.
	if err := generateContent(ctx, ins, ds, mrand.New(mrand.NewPCG(42, 11)), shape); err != nil {
		return nil, err
	}
	if err := generateAnalytics(ctx, ins, rng); err != nil {
		return nil, err
	}

	if err := tx.Commit(); err != nil {
		return nil, err
	}
	if db.Dialect == dialect.Postgres {
		// Fresh statistics, so the planner sees the real table sizes at once (only these tables:
		// tests share a database, each in a schema of its own).
		if _, err := db.ExecContext(ctx, "ANALYZE tiers, partners, users, audit_events, api_keys, invitations, partner_applications, accounts, deals, deal_events, deal_conflicts, exchange_rates, program_costs, contents, files, content_events"); err != nil {
			return nil, err
		}
	}
	ds.Took = time.Since(start)
	return ds, nil
}

// newID is ids.New with a chosen time, so generated IDs sort like rows created over time.
func newID(prefix string, at time.Time) string {
	return prefix + "_" + ulid.MustNew(ulid.Timestamp(at), rand.Reader).String()
}

type inserter struct {
	tx      *sql.Tx
	dialect string
}

// insert writes rows with multi-row INSERT statements, as many rows per statement as the
// databases' parameter limits comfortably allow.
func (in *inserter) insert(ctx context.Context, table string, cols []string, rows [][]any) error {
	per := max(1, min(1000, 30000/len(cols)))
	for start := 0; start < len(rows); start += per {
		batch := rows[start:min(len(rows), start+per)]
		var b strings.Builder
		b.WriteString("INSERT INTO ")
		b.WriteString(table)
		b.WriteString(" (")
		b.WriteString(strings.Join(cols, ", "))
		b.WriteString(") VALUES ")
		args := make([]any, 0, len(batch)*len(cols))
		for r, row := range batch {
			if len(row) != len(cols) {
				return fmt.Errorf("%s: row has %d values for %d columns", table, len(row), len(cols))
			}
			if r > 0 {
				b.WriteString(", ")
			}
			b.WriteByte('(')
			for c := range row {
				if c > 0 {
					b.WriteString(", ")
				}
				args = append(args, row[c])
				if in.dialect == dialect.Postgres {
					b.WriteString("$" + strconv.Itoa(len(args)))
				} else {
					b.WriteByte('?')
				}
			}
			b.WriteByte(')')
		}
		if _, err := in.tx.ExecContext(ctx, b.String(), args...); err != nil {
			return fmt.Errorf("inserting %s: %w", table, err)
		}
	}
	return nil
}

func column(ctx context.Context, tx *sql.Tx, query string) ([]string, error) {
	rows, err := tx.QueryContext(ctx, query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

var (
	firstNames = []string{"Ada", "Grace", "Alan", "Linus", "Margaret", "Ken", "Barbara", "Dennis", "Frances", "Edsger", "Radia", "Niklaus"}
	lastNames  = []string{"Lovelace", "Hopper", "Turing", "Torvalds", "Hamilton", "Thompson", "Liskov", "Ritchie", "Allen", "Dijkstra", "Perlman", "Wirth"}
	words      = []string{"Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Tyrell", "Cyberdyne", "Soylent", "Hooli", "Vandelay", "Wonka"}
	suffixes   = []string{"Solutions", "Systems", "Consulting", "Networks", "Cloud", "Partners", "Digital", "Group"}
)

func personName(rng *mrand.Rand) string {
	return firstNames[rng.IntN(len(firstNames))] + " " + lastNames[rng.IntN(len(lastNames))]
}

func companyName(rng *mrand.Rand, i int) string {
	return fmt.Sprintf("%s %s %d", words[rng.IntN(len(words))], suffixes[rng.IntN(len(suffixes))], i)
}
