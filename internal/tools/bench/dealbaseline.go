package bench

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/oklog/ulid/v2"

	"github.com/partnerhub/partnerhub/internal/deal"
	"github.com/partnerhub/partnerhub/internal/idempotency"
	"github.com/partnerhub/partnerhub/internal/ids"
	"github.com/partnerhub/partnerhub/internal/normalize"
)

// The JSON shapes of the deal answers, field for field as the server writes them.
type (
	accountRef struct {
		ID     string `json:"id"`
		Name   string `json:"name"`
		Domain string `json:"domain"`
	}
	userRef struct {
		ID    string `json:"id"`
		Name  string `json:"name"`
		Email string `json:"email,omitempty"`
	}
	dealNode struct {
		ID                string      `json:"id"`
		Title             string      `json:"title"`
		Status            string      `json:"status"`
		Amount            int64       `json:"amount"`
		Currency          string      `json:"currency"`
		ExpectedCloseDate string      `json:"expectedCloseDate"`
		CreatedAt         string      `json:"createdAt"`
		Partner           *partnerRef `json:"partner"`
		Account           *accountRef `json:"account"`
		RegisteredBy      *userRef    `json:"registeredBy"`
	}
	dealEdge struct {
		Cursor string   `json:"cursor"`
		Node   dealNode `json:"node"`
	}
)

// gqlTime writes a time as gqlgen's Time scalar does.
func gqlTime(t time.Time) string { return t.Format(time.RFC3339Nano) }

// refs runs an eager-loading query `SELECT … WHERE id IN (…)` for the distinct keys and calls scan
// for every row.
func refs(ctx context.Context, db *sql.DB, query string, keys []string, scan func(*sql.Rows) error) error {
	ids := uniqueIDs(keys)
	if len(ids) == 0 {
		return nil
	}
	rows, err := db.QueryContext(ctx, query+` IN (`+inList(1, len(ids))+`)`, ids...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

func baselineDealsList(ctx context.Context, b *Baseline, vars map[string]any) (any, error) {
	return baselineDeals(ctx, b, vars, true, true)
}

// baselineDealsEdges answers dealsEdges: the page's edges alone, no pageInfo, no totalCount.
func baselineDealsEdges(ctx context.Context, b *Baseline, vars map[string]any) (any, error) {
	return baselineDeals(ctx, b, vars, false, false)
}

// baselineDealsPageInfo answers dealsPageInfo: edges and pageInfo, no totalCount (so no count).
func baselineDealsPageInfo(ctx context.Context, b *Baseline, vars map[string]any) (any, error) {
	return baselineDeals(ctx, b, vars, true, false)
}

// baselineDeals runs the server's statements for a page of deals: the count only when totalCount
// is asked for, as entgql counts only then.
func baselineDeals(ctx context.Context, b *Baseline, vars map[string]any, withPageInfo, withTotal bool) (any, error) {
	first := intVar(vars, "first", 20)
	after, hasAfter, err := afterID(vars)
	if err != nil {
		return nil, err
	}
	cols := `SELECT "deals"."id", "deals"."created_at", "deals"."title", "deals"."amount", "deals"."currency", "deals"."expected_close_date", "deals"."status", "deals"."partner_id", "deals"."registered_by_id", "deals"."account_id" FROM "deals"`
	var rows *sql.Rows
	if hasAfter {
		rows, err = b.DB.QueryContext(ctx, cols+` WHERE "deals"."id" > $1 ORDER BY "deals"."id" LIMIT `+strconv.Itoa(first+1), after)
	} else {
		rows, err = b.DB.QueryContext(ctx, cols+` ORDER BY "deals"."id" LIMIT `+strconv.Itoa(first+1))
	}
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var nodes []dealNode
	var partnerIDs, userIDs, accountIDs []string
	for rows.Next() {
		var n dealNode
		var created, closeDate time.Time
		var partnerID, userID, accountID string
		if err := rows.Scan(&n.ID, &created, &n.Title, &n.Amount, &n.Currency, &closeDate, &n.Status, &partnerID, &userID, &accountID); err != nil {
			return nil, err
		}
		n.CreatedAt, n.ExpectedCloseDate = gqlTime(created), gqlTime(closeDate)
		nodes = append(nodes, n)
		partnerIDs, userIDs, accountIDs = append(partnerIDs, partnerID), append(userIDs, userID), append(accountIDs, accountID)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	hasNext := len(nodes) > first
	if hasNext {
		nodes, partnerIDs, userIDs, accountIDs = nodes[:first], partnerIDs[:first], userIDs[:first], accountIDs[:first]
	}
	partners := map[string]*partnerRef{}
	if err := refs(ctx, b.DB, `SELECT "partners"."id", "partners"."name" FROM "partners" WHERE "partners"."id"`, partnerIDs, func(r *sql.Rows) error {
		var p partnerRef
		err := r.Scan(&p.ID, &p.Name)
		partners[p.ID] = &p
		return err
	}); err != nil {
		return nil, err
	}
	accounts := map[string]*accountRef{}
	if err := refs(ctx, b.DB, `SELECT "accounts"."id", "accounts"."name", "accounts"."domain" FROM "accounts" WHERE "accounts"."id"`, accountIDs, func(r *sql.Rows) error {
		var a accountRef
		err := r.Scan(&a.ID, &a.Name, &a.Domain)
		accounts[a.ID] = &a
		return err
	}); err != nil {
		return nil, err
	}
	users := map[string]*userRef{}
	if err := refs(ctx, b.DB, `SELECT "users"."id", "users"."email", "users"."name" FROM "users" WHERE "users"."id"`, userIDs, func(r *sql.Rows) error {
		var u userRef
		err := r.Scan(&u.ID, &u.Email, &u.Name)
		users[u.ID] = &u
		return err
	}); err != nil {
		return nil, err
	}
	edges := make([]dealEdge, len(nodes))
	for i, n := range nodes {
		n.Partner, n.Account, n.RegisteredBy = partners[partnerIDs[i]], accounts[accountIDs[i]], users[userIDs[i]]
		edges[i] = dealEdge{Cursor: cursor(n.ID), Node: n}
	}
	pi := pageInfo{HasNextPage: hasNext}
	if len(edges) > 0 {
		pi.EndCursor = &edges[len(edges)-1].Cursor
	}
	deals := map[string]any{"edges": edges}
	if withPageInfo {
		deals["pageInfo"] = pi
	}
	if withTotal {
		total, err := count(ctx, b.DB, `SELECT COUNT("deals"."id") FROM "deals"`)
		if err != nil {
			return nil, err
		}
		deals["totalCount"] = total
	}
	return map[string]any{"deals": deals}, nil
}

func baselineDealTimeline(ctx context.Context, b *Baseline, vars map[string]any) (any, error) {
	id, _ := vars["id"].(string)
	type eventNode struct {
		ID         string   `json:"id"`
		Kind       string   `json:"kind"`
		FromStatus *string  `json:"fromStatus"`
		ToStatus   string   `json:"toStatus"`
		Note       string   `json:"note"`
		CreatedAt  string   `json:"createdAt"`
		Actor      *userRef `json:"actor"`
	}
	var n struct {
		ID           string      `json:"id"`
		Title        string      `json:"title"`
		Status       string      `json:"status"`
		Amount       int64       `json:"amount"`
		Currency     string      `json:"currency"`
		CustomerName string      `json:"customerName"`
		Events       []eventNode `json:"events"`
	}
	err := b.DB.QueryRowContext(ctx, `SELECT "deals"."id", "deals"."customer_name", "deals"."title", "deals"."amount", "deals"."currency", "deals"."status" FROM "deals" WHERE "deals"."id" = $1 LIMIT 2`, id).
		Scan(&n.ID, &n.CustomerName, &n.Title, &n.Amount, &n.Currency, &n.Status)
	if err != nil {
		return nil, fmt.Errorf("deal %s: %w", id, err)
	}
	rows, err := b.DB.QueryContext(ctx, `SELECT "deal_events"."id", "deal_events"."created_at", "deal_events"."kind", "deal_events"."from_status", "deal_events"."to_status", "deal_events"."note", "deal_events"."deal_id", "deal_events"."actor_id" FROM "deal_events" WHERE "deal_events"."deal_id" IN ($1)`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var actorIDs []string
	n.Events = []eventNode{}
	for rows.Next() {
		var e eventNode
		var created time.Time
		var from, actor sql.NullString
		var dealID string
		if err := rows.Scan(&e.ID, &created, &e.Kind, &from, &e.ToStatus, &e.Note, &dealID, &actor); err != nil {
			return nil, err
		}
		e.CreatedAt = gqlTime(created)
		if from.Valid {
			e.FromStatus = &from.String
		}
		if actor.String != "" {
			e.Actor = &userRef{ID: actor.String}
			actorIDs = append(actorIDs, actor.String)
		}
		n.Events = append(n.Events, e)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	users := map[string]*userRef{}
	if err := refs(ctx, b.DB, `SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."id"`, actorIDs, func(r *sql.Rows) error {
		var u userRef
		err := r.Scan(&u.ID, &u.Name)
		users[u.ID] = &u
		return err
	}); err != nil {
		return nil, err
	}
	for i := range n.Events {
		if e := &n.Events[i]; e.Actor != nil {
			e.Actor = users[e.Actor.ID]
		}
	}
	return map[string]any{"node": n}, nil
}

// pipelineFigure is one PipelineFigure of the answer.
type pipelineFigure struct {
	Key              string `json:"key"`
	Label            string `json:"label"`
	Currency         string `json:"currency"`
	Count            int64  `json:"count"`
	Amount           int64  `json:"amount"`
	SourcedCount     int64  `json:"sourcedCount"`
	SourcedAmount    int64  `json:"sourcedAmount"`
	InfluencedCount  int64  `json:"influencedCount"`
	InfluencedAmount int64  `json:"influencedAmount"`
}

// baselinePipelineSummary groups by tier as internal/deal.Pipeline does: one aggregate over the
// period's deals joined with their partners, grouped by tier, currency and source, then the tiers'
// names for the labels.
func baselinePipelineSummary(ctx context.Context, b *Baseline, vars map[string]any) (any, error) {
	from, err := time.Parse(time.RFC3339, fmt.Sprint(vars["from"]))
	if err != nil {
		return nil, err
	}
	to, err := time.Parse(time.RFC3339, fmt.Sprint(vars["to"]))
	if err != nil {
		return nil, err
	}
	rows, err := b.DB.QueryContext(ctx, `SELECT "partners"."tier_id", "deals"."currency", "deals"."source", COUNT(*), SUM("deals"."amount") FROM "deals" JOIN "partners" ON "deals"."partner_id" = "partners"."id" WHERE "deals"."created_at" >= $1 AND "deals"."created_at" < $2 GROUP BY "partners"."tier_id", "deals"."currency", "deals"."source"`, from, to)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	type group struct {
		tierID, currency, source string
		count, sum               int64
	}
	var groups []group
	var tierIDs []string
	for rows.Next() {
		var g group
		var tier sql.NullString
		if err := rows.Scan(&tier, &g.currency, &g.source, &g.count, &g.sum); err != nil {
			return nil, err
		}
		g.tierID = tier.String
		groups = append(groups, g)
		if g.tierID != "" {
			tierIDs = append(tierIDs, g.tierID)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	tierName := map[string]string{}
	if err := refs(ctx, b.DB, `SELECT "tiers"."id", "tiers"."name" FROM "tiers" WHERE "tiers"."id"`, tierIDs, func(r *sql.Rows) error {
		var id, name string
		err := r.Scan(&id, &name)
		tierName[id] = name
		return err
	}); err != nil {
		return nil, err
	}
	figures := map[[2]string]*pipelineFigure{}
	for _, g := range groups {
		key, label := g.tierID, "No tier"
		if key != "" {
			label = tierName[key]
		}
		f := figures[[2]string{key, g.currency}]
		if f == nil {
			f = &pipelineFigure{Key: key, Label: label, Currency: g.currency}
			figures[[2]string{key, g.currency}] = f
		}
		f.Count += g.count
		f.Amount += g.sum
		if g.source == "SOURCED" {
			f.SourcedCount += g.count
			f.SourcedAmount += g.sum
		} else {
			f.InfluencedCount += g.count
			f.InfluencedAmount += g.sum
		}
	}
	out := make([]*pipelineFigure, 0, len(figures))
	for _, f := range figures {
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Key != out[j].Key {
			return out[i].Key < out[j].Key
		}
		return out[i].Currency < out[j].Currency
	})
	return map[string]any{"pipelineSummary": out}, nil
}

func baselineID(prefix string) string {
	return prefix + "_" + ulid.MustNew(ulid.Now(), rand.Reader).String()
}

// baselineDealtPartners are the partners whose first-deal date the baseline saw set, as the
// server remembers them (internal/deal/firstdeal.go).
var baselineDealtPartners sync.Map

// baselineRegisterDeal writes what the server's registerDeal writes, statement for statement, in
// one transaction: the idempotency claim with the deal's ID, the new account, the check for
// accounts with a similar name or the contact's e-mail domain, the deal, its first timeline
// event, the partner's first-deal date until it is seen set, and the audit event. It leaves out
// validation, privacy and the similarity scoring of the names read.
func baselineRegisterDeal(ctx context.Context, b *Baseline, vars map[string]any) (any, error) {
	c, err := claimsFrom(ctx)
	if err != nil {
		return nil, err
	}
	in, _ := vars["input"].(map[string]any)
	str := func(k string) string { s, _ := in[k].(string); return s }
	domain := strings.ToLower(str("customerDomain"))
	name := str("customerName")
	now := time.Now().UTC()
	closeDate, err := time.Parse(time.DateOnly, str("expectedCloseDate"))
	if err != nil {
		return nil, err
	}
	products, _ := json.Marshal(in["products"])
	tx, err := b.DB.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	key := str("idempotencyKey")
	idemID, dealID := baselineID(ids.Idempotency), baselineID(ids.Deal)
	if err := tx.QueryRowContext(ctx, `INSERT INTO "idempotency_keys" ("created_at", "updated_at", "user_id", "key", "operation", "request_hash", "result_id", "id") VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT ("user_id", "key") DO NOTHING RETURNING "id"`,
		now, now, c.Sub, key, "registerDeal", idempotency.Hash(in), dealID, idemID).Scan(&idemID); err != nil {
		return nil, err // every request sends a new key: the claim is always inserted
	}
	nameKey := deal.NameKey(name)
	accountID := baselineID(ids.Account)
	if err := tx.QueryRowContext(ctx, `INSERT INTO "accounts" ("created_at", "updated_at", "name", "name_key", "match_keys", "domain", "owner_kind", "industry", "country", "id") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT ("domain") DO NOTHING RETURNING "id"`,
		now, now, name, nameKey, normalize.Lexemes(normalize.MatchKeys(nameKey), " "), domain, "UNOWNED", "", "", accountID).Scan(&accountID); err != nil {
		return nil, err // every request registers a new customer: the account is always inserted
	}
	// The accounts with a similar name or the contact's e-mail domain, whose names the server
	// scores (it asks whether they are held only for those that score); a new account has no
	// registrations to check. Like the server, the e-mail domain is looked up only when it is not
	// the customer's own.
	keys := normalize.Lexemes(normalize.MatchKeys(nameKey), " | ")
	near, args := `"accounts"."match_keys" @@ $2::tsquery`, []any{accountID, keys}
	if ed := emailDomain(str("contactEmail")); ed != domain {
		near, args = `("accounts"."match_keys" @@ $2::tsquery OR "accounts"."domain" = $3)`, append(args, ed)
	}
	if err := drain(ctx, tx, `SELECT "accounts"."id", "accounts"."name", "accounts"."name_key", "accounts"."domain", "accounts"."owner_kind" FROM "accounts" WHERE "accounts"."id" <> $1 AND `+near, args...); err != nil {
		return nil, err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO "deals" ("created_at", "updated_at", "customer_name", "customer_domain", "contact_name", "contact_email", "title", "description", "amount", "currency", "expected_close_date", "products", "source", "status", "decision_due_at", "decision_note", "conflict_overridden", "co_sell", "partner_id", "registered_by_id", "account_id", "id") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)`,
		now, now, name, domain, str("contactName"), strings.ToLower(str("contactEmail")), str("title"), "", intVar(in, "amount", 0), str("currency"), closeDate, products, str("source"), "SUBMITTED", now.Add(deal.DefaultDecisionSLA), "", false, false, c.PID, c.Sub, accountID, dealID); err != nil {
		return nil, err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO "deal_events" ("created_at", "updated_at", "partner_id", "actor_type", "kind", "to_status", "note", "deal_id", "actor_id", "id") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
		now, now, c.PID, "USER", "STATUS_CHANGED", "SUBMITTED", "registered", dealID, c.Sub, baselineID(ids.DealEvent)); err != nil {
		return nil, err
	}
	if _, seen := baselineDealtPartners.Load(c.PID); !seen {
		res, err := tx.ExecContext(ctx, `UPDATE "partners" SET "updated_at" = $1, "first_deal_at" = $2 WHERE "partners"."id" = $3 AND "partners"."first_deal_at" IS NULL`, now, now, c.PID)
		if err != nil {
			return nil, err
		}
		if n, err := res.RowsAffected(); err == nil && n == 0 {
			baselineDealtPartners.Store(c.PID, true)
		}
	}
	summary, _ := json.Marshal(map[string]any{"input": in})
	if _, err := tx.ExecContext(ctx, `INSERT INTO "audit_events" ("created_at", "updated_at", "actor_type", "action", "entity_type", "entity_id", "summary", "request_id", "ip", "actor_id", "partner_id", "id") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
		now, now, "USER", "registerDeal", "deals", dealID, summary, "", "127.0.0.1", c.Sub, c.PID, baselineID(ids.AuditEvent)); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return map[string]any{"registerDeal": map[string]any{"deal": map[string]any{"id": dealID, "status": "SUBMITTED", "customerDomain": domain}}}, nil
}

func emailDomain(email string) string {
	_, domain, _ := strings.Cut(strings.ToLower(email), "@")
	return domain
}

// drain runs a query and reads every row of it as raw bytes.
func drain(ctx context.Context, tx *sql.Tx, query string, args ...any) error {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return err
	}
	dest := make([]any, len(cols))
	for i := range dest {
		dest[i] = new(sql.RawBytes)
	}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return err
		}
	}
	return rows.Err()
}
