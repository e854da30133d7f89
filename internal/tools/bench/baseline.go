package bench

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/dialect"

	"github.com/partnerhub/partnerhub/internal/authcache"
	"github.com/partnerhub/partnerhub/internal/database"
	"github.com/partnerhub/partnerhub/internal/ratelimit"
)

// BaselineFunc answers one operation with raw SQL and returns the "data" object of the answer.
type BaselineFunc func(ctx context.Context, b *Baseline, vars map[string]any) (any, error)

// Baseline is the raw-SQL reference the server is measured against: for every operation it runs
// the statements the server runs (the same SQL text, with database/sql over lib/pq and the same
// pool size) and writes the same JSON. It does no GraphQL parsing, validation, authorization or
// field resolution: the distance to it is what those layers cost.
type Baseline struct {
	DB *sql.DB
	// once sets up what the server keeps per instance: the users read (for authcache.TTL) and the
	// leases of the rate-limit budgets.
	once    sync.Once
	users   *authcache.Cache[string]
	limiter *ratelimit.Limiter
}

// benchBudget is the rate-limit budget the benchmark gives the server (processes.go).
const benchBudget = 1_000_000_000

func (b *Baseline) setup() {
	b.users = authcache.New[string](&authcache.Invalidator{}, time.Now)
	b.limiter = ratelimit.New(b.DB, dialect.Postgres)
}

// ServeHTTP answers POST /query for the operation named in the body, and GET /debug/stats.
func (b *Baseline) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch {
	case r.Method == http.MethodGet && r.URL.Path == "/debug/stats":
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"mallocs": ms.Mallocs})
		return
	case r.Method == http.MethodGet && r.URL.Path == "/readyz":
		if err := b.DB.PingContext(r.Context()); err != nil {
			http.Error(w, err.Error(), http.StatusServiceUnavailable)
			return
		}
		w.Write([]byte("ok"))
		return
	case r.Method != http.MethodPost || r.URL.Path != "/query":
		http.NotFound(w, r)
		return
	}
	var req struct {
		Query         string         `json:"query"`
		OperationName string         `json:"operationName"`
		Variables     map[string]any `json:"variables"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&req); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]any{"errors": []map[string]any{{"message": err.Error()}}})
		return
	}
	op, ok := OpByName(req.OperationName)
	if !ok || op.Baseline == nil {
		writeJSON(w, http.StatusBadRequest, map[string]any{"errors": []map[string]any{{"message": "unknown operation " + req.OperationName}}})
		return
	}
	ctx := withClaims(r.Context(), r.Header.Get("Authorization"))
	// The server re-reads the signed-in user when its copy is older than authcache.TTL
	// (internal/auth) and counts the request against the user's rate limit in leased slices
	// (internal/ratelimit); so does the baseline, with the same statements (in buckets of its own).
	b.once.Do(b.setup)
	if c, err := claimsFrom(ctx); err == nil {
		if _, ok := b.users.Get(c.Sub); !ok {
			generation := b.users.Generation()
			var id, status, role string
			var partnerID sql.NullString
			if err := b.DB.QueryRowContext(ctx, `SELECT "users"."id", "users"."status", "users"."role", "users"."partner_id" FROM "users" WHERE "users"."id" = $1 LIMIT 2`, c.Sub).
				Scan(&id, &status, &role, &partnerID); err != nil || status != "ACTIVE" {
				writeJSON(w, http.StatusUnauthorized, map[string]any{"errors": []map[string]any{{"message": "invalid or expired credentials"}}})
				return
			}
			b.users.Put(c.Sub, role, generation)
		}
		if _, err := b.limiter.Take(ctx, "baseline-user:"+c.Sub, benchBudget); err != nil {
			writeJSON(w, http.StatusOK, map[string]any{"data": nil, "errors": []map[string]any{{"message": err.Error()}}})
			return
		}
	}
	data, err := op.Baseline(ctx, b, req.Variables)
	if err != nil {
		writeJSON(w, http.StatusOK, map[string]any{"data": nil, "errors": []map[string]any{{"message": err.Error()}}})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"data": data})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// NewBaselineDB opens the baseline's pool like the server opens its own (internal/database).
func NewBaselineDB(url string) (*sql.DB, error) {
	db, err := sql.Open("postgres", database.WithoutJIT(url))
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(25)
	db.SetMaxIdleConns(25)
	db.SetConnMaxIdleTime(5 * time.Minute)
	return db, nil
}

// claims are the token fields the baseline needs (who is signed in). The baseline does not verify
// the signature: authentication is part of what it leaves out.
type claims struct {
	Sub string `json:"sub"`
	PID string `json:"pid"`
}

type claimsKey struct{}

func withClaims(ctx context.Context, header string) context.Context {
	_, token, _ := strings.Cut(header, " ")
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		return ctx
	}
	raw, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		return ctx
	}
	var c claims
	if json.Unmarshal(raw, &c) != nil {
		return ctx
	}
	return context.WithValue(ctx, claimsKey{}, c)
}

func claimsFrom(ctx context.Context) (claims, error) {
	c, ok := ctx.Value(claimsKey{}).(claims)
	if !ok {
		return c, errors.New("no token")
	}
	return c, nil
}

// The JSON shapes of the answers, field for field as the server writes them.
type (
	pageInfo struct {
		HasNextPage bool    `json:"hasNextPage"`
		EndCursor   *string `json:"endCursor"`
	}
	tierRef struct {
		ID   string `json:"id"`
		Name string `json:"name"`
		Rank *int   `json:"rank,omitempty"`
	}
	partnerRef struct {
		ID   string `json:"id"`
		Name string `json:"name"`
	}
	partnerNode struct {
		ID      string   `json:"id"`
		Name    string   `json:"name"`
		Slug    string   `json:"slug"`
		Type    string   `json:"type"`
		Status  string   `json:"status"`
		Country string   `json:"country"`
		Region  string   `json:"region"`
		Tier    *tierRef `json:"tier"`
	}
	partnerEdge struct {
		Cursor string      `json:"cursor"`
		Node   partnerNode `json:"node"`
	}
	userNode struct {
		ID          string      `json:"id"`
		Email       string      `json:"email"`
		Name        string      `json:"name"`
		Role        string      `json:"role"`
		Status      string      `json:"status"`
		JobFunction *string     `json:"jobFunction"`
		Partner     *partnerRef `json:"partner"`
	}
	userEdge struct {
		Cursor string   `json:"cursor"`
		Node   userNode `json:"node"`
	}
)

// cursor encodes an ID-ordered cursor exactly like entgql.
func cursor(id string) string {
	var buf bytes.Buffer
	entgql.Cursor[string]{ID: id}.MarshalGQL(&buf)
	return strings.Trim(buf.String(), `"`)
}

func afterID(vars map[string]any) (string, bool, error) {
	s, ok := vars["after"].(string)
	if !ok || s == "" {
		return "", false, nil
	}
	var c entgql.Cursor[string]
	if err := c.UnmarshalGQL(s); err != nil {
		return "", false, err
	}
	return c.ID, true, nil
}

func intVar(vars map[string]any, name string, def int) int {
	switch v := vars[name].(type) {
	case float64:
		return int(v)
	case int:
		return v
	}
	return def
}

// inList renders "$n, $n+1, …" for len(ids) parameters starting at n, as ent does.
func inList(start, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("$" + strconv.Itoa(start+i))
	}
	return b.String()
}

// uniqueIDs lists the distinct foreign keys of a page in first-seen order, as ent's eager loading
// collects them (including the empty string of rows without one).
func uniqueIDs(keys []string) []any {
	seen := make(map[string]bool, len(keys))
	out := make([]any, 0, len(keys))
	for _, k := range keys {
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

func count(ctx context.Context, db *sql.DB, query string, args ...any) (int, error) {
	var n int
	err := db.QueryRowContext(ctx, query, args...).Scan(&n)
	return n, err
}

func baselinePartnersList(ctx context.Context, b *Baseline, vars map[string]any) (any, error) {
	first := intVar(vars, "first", 20)
	total, err := count(ctx, b.DB, `SELECT COUNT("partners"."id") FROM "partners"`)
	if err != nil {
		return nil, err
	}
	after, hasAfter, err := afterID(vars)
	if err != nil {
		return nil, err
	}
	cols := `SELECT "partners"."id", "partners"."name", "partners"."slug", "partners"."type", "partners"."status", "partners"."country", "partners"."region", "partners"."tier_id" FROM "partners"`
	var rows *sql.Rows
	if hasAfter {
		rows, err = b.DB.QueryContext(ctx, cols+` WHERE "partners"."id" > $1 ORDER BY "partners"."id" LIMIT `+strconv.Itoa(first+1), after)
	} else {
		rows, err = b.DB.QueryContext(ctx, cols+` ORDER BY "partners"."id" LIMIT `+strconv.Itoa(first+1))
	}
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var nodes []partnerNode
	var tierIDs []string
	for rows.Next() {
		var n partnerNode
		var tierID sql.NullString
		if err := rows.Scan(&n.ID, &n.Name, &n.Slug, &n.Type, &n.Status, &n.Country, &n.Region, &tierID); err != nil {
			return nil, err
		}
		if tierID.String != "" {
			n.Tier = &tierRef{ID: tierID.String}
		}
		nodes = append(nodes, n)
		tierIDs = append(tierIDs, tierID.String)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	hasNext := len(nodes) > first
	if hasNext {
		nodes, tierIDs = nodes[:first], tierIDs[:first]
	}
	if len(nodes) > 0 {
		ids := uniqueIDs(tierIDs)
		trows, err := b.DB.QueryContext(ctx, `SELECT "tiers"."id", "tiers"."name", "tiers"."rank" FROM "tiers" WHERE "tiers"."id" IN (`+inList(1, len(ids))+`)`, ids...)
		if err != nil {
			return nil, err
		}
		defer trows.Close()
		tiers := map[string]tierRef{}
		for trows.Next() {
			var t tierRef
			var rank int
			if err := trows.Scan(&t.ID, &t.Name, &rank); err != nil {
				return nil, err
			}
			t.Rank = &rank
			tiers[t.ID] = t
		}
		if err := trows.Err(); err != nil {
			return nil, err
		}
		for i := range nodes {
			if nodes[i].Tier != nil {
				t := tiers[nodes[i].Tier.ID]
				nodes[i].Tier = &t
			}
		}
	}
	edges := make([]partnerEdge, len(nodes))
	for i, n := range nodes {
		edges[i] = partnerEdge{Cursor: cursor(n.ID), Node: n}
	}
	pi := pageInfo{HasNextPage: hasNext}
	if len(edges) > 0 {
		pi.EndCursor = &edges[len(edges)-1].Cursor
	}
	return map[string]any{"partners": struct {
		TotalCount int           `json:"totalCount"`
		PageInfo   pageInfo      `json:"pageInfo"`
		Edges      []partnerEdge `json:"edges"`
	}{total, pi, edges}}, nil
}

func baselineUsersList(ctx context.Context, b *Baseline, vars map[string]any) (any, error) {
	first := intVar(vars, "first", 20)
	total, err := count(ctx, b.DB, `SELECT COUNT("users"."id") FROM "users"`)
	if err != nil {
		return nil, err
	}
	after, hasAfter, err := afterID(vars)
	if err != nil {
		return nil, err
	}
	cols := `SELECT "users"."id", "users"."email", "users"."name", "users"."role", "users"."status", "users"."job_function", "users"."partner_id" FROM "users"`
	var rows *sql.Rows
	if hasAfter {
		rows, err = b.DB.QueryContext(ctx, cols+` WHERE "users"."id" > $1 ORDER BY "users"."id" LIMIT `+strconv.Itoa(first+1), after)
	} else {
		rows, err = b.DB.QueryContext(ctx, cols+` ORDER BY "users"."id" LIMIT `+strconv.Itoa(first+1))
	}
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var nodes []userNode
	var partnerIDs []string
	for rows.Next() {
		var n userNode
		var job, partnerID sql.NullString
		if err := rows.Scan(&n.ID, &n.Email, &n.Name, &n.Role, &n.Status, &job, &partnerID); err != nil {
			return nil, err
		}
		if job.Valid {
			n.JobFunction = &job.String
		}
		if partnerID.String != "" {
			n.Partner = &partnerRef{ID: partnerID.String}
		}
		nodes = append(nodes, n)
		partnerIDs = append(partnerIDs, partnerID.String)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	hasNext := len(nodes) > first
	if hasNext {
		nodes, partnerIDs = nodes[:first], partnerIDs[:first]
	}
	if len(nodes) > 0 {
		ids := uniqueIDs(partnerIDs)
		prows, err := b.DB.QueryContext(ctx, `SELECT "partners"."id", "partners"."name" FROM "partners" WHERE "partners"."id" IN (`+inList(1, len(ids))+`)`, ids...)
		if err != nil {
			return nil, err
		}
		defer prows.Close()
		partners := map[string]partnerRef{}
		for prows.Next() {
			var p partnerRef
			if err := prows.Scan(&p.ID, &p.Name); err != nil {
				return nil, err
			}
			partners[p.ID] = p
		}
		if err := prows.Err(); err != nil {
			return nil, err
		}
		for i := range nodes {
			if nodes[i].Partner != nil {
				p := partners[nodes[i].Partner.ID]
				nodes[i].Partner = &p
			}
		}
	}
	edges := make([]userEdge, len(nodes))
	for i, n := range nodes {
		edges[i] = userEdge{Cursor: cursor(n.ID), Node: n}
	}
	pi := pageInfo{HasNextPage: hasNext}
	if len(edges) > 0 {
		pi.EndCursor = &edges[len(edges)-1].Cursor
	}
	return map[string]any{"users": struct {
		TotalCount int        `json:"totalCount"`
		PageInfo   pageInfo   `json:"pageInfo"`
		Edges      []userEdge `json:"edges"`
	}{total, pi, edges}}, nil
}

func baselineNode(ctx context.Context, b *Baseline, vars map[string]any) (any, error) {
	id, _ := vars["id"].(string)
	var n struct {
		ID     string   `json:"id"`
		Name   string   `json:"name"`
		Slug   string   `json:"slug"`
		Status string   `json:"status"`
		Tier   *tierRef `json:"tier"`
	}
	var tierID sql.NullString
	err := b.DB.QueryRowContext(ctx, `SELECT "partners"."id", "partners"."name", "partners"."slug", "partners"."status", "partners"."tier_id" FROM "partners" WHERE "partners"."id" = $1 LIMIT 2`, id).
		Scan(&n.ID, &n.Name, &n.Slug, &n.Status, &tierID)
	if err != nil {
		return nil, fmt.Errorf("node %s: %w", id, err)
	}
	if tierID.String != "" {
		var t tierRef
		if err := b.DB.QueryRowContext(ctx, `SELECT "tiers"."id", "tiers"."name" FROM "tiers" WHERE "tiers"."id" IN ($1)`, tierID.String).Scan(&t.ID, &t.Name); err != nil {
			return nil, err
		}
		n.Tier = &t
	}
	return map[string]any{"node": n}, nil
}

func baselineViewer(ctx context.Context, b *Baseline, _ map[string]any) (any, error) {
	c, err := claimsFrom(ctx)
	if err != nil {
		return nil, err
	}
	// The server reads the whole row (viewer resolves with a plain Get) under the partner viewer's
	// privacy filter, then the partner through the edge query.
	var u struct {
		ID      string      `json:"id"`
		Email   string      `json:"email"`
		Name    string      `json:"name"`
		Role    string      `json:"role"`
		Status  string      `json:"status"`
		Partner *partnerRef `json:"partner"`
	}
	var (
		created, updated     time.Time
		hash, job, partnerID sql.NullString
		lastLogin            sql.NullTime
	)
	err = b.DB.QueryRowContext(ctx, `SELECT "users"."id", "users"."created_at", "users"."updated_at", "users"."email", "users"."name", "users"."password_hash", "users"."role", "users"."job_function", "users"."partner_id", "users"."status", "users"."last_login_at" FROM "users" WHERE "users"."id" = $1 AND ("users"."id" = $2 OR EXISTS (SELECT "partners"."manager_id" FROM "partners" WHERE "users"."id" = "partners"."manager_id" AND "partners"."id" = $3)) LIMIT 2`,
		c.Sub, c.Sub, c.PID).Scan(&u.ID, &created, &updated, &u.Email, &u.Name, &hash, &u.Role, &job, &partnerID, &u.Status, &lastLogin)
	if err != nil {
		return nil, err
	}
	if partnerID.String != "" {
		var (
			p                     partnerRef
			pCreated, pUpdated    time.Time
			slug, typ, status     string
			tier, manager, domain sql.NullString
			website, country, reg string
			verticals             []byte
			signed, firstDeal     sql.NullTime
		)
		err := b.DB.QueryRowContext(ctx, `SELECT DISTINCT "partners"."id", "partners"."created_at", "partners"."updated_at", "partners"."name", "partners"."slug", "partners"."type", "partners"."status", "partners"."tier_id", "partners"."manager_id", "partners"."website", "partners"."domain", "partners"."country", "partners"."region", "partners"."verticals", "partners"."contract_signed_at", "partners"."first_deal_at" FROM "partners" JOIN (SELECT "partner_id" FROM "users" WHERE "id" = $1) AS "t1" ON "partners"."id" = "t1"."partner_id" WHERE "partners"."id" = $2 LIMIT 2`,
			c.Sub, c.PID).Scan(&p.ID, &pCreated, &pUpdated, &p.Name, &slug, &typ, &status, &tier, &manager, &website, &domain, &country, &reg, &verticals, &signed, &firstDeal)
		if err != nil {
			return nil, err
		}
		var v []string
		json.Unmarshal(verticals, &v)
		u.Partner = &p
	}
	return map[string]any{"viewer": u}, nil
}
