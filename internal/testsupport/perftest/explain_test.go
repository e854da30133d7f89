package perftest

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/internal/testsupport/sqlcount"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
	"github.com/partnerhub/partnerhub/internal/tools/bench"
)

// explainCase is a list or filter request whose SQL must be served by indexes. With afterFirst the
// request runs twice: the second time from the end cursor of the first, so the checked SQL is a
// page deep in the list.
type explainCase struct {
	login      string
	query      string
	vars       map[string]any
	afterFirst bool
}

const (
	admin        = "admin@vendor.test"
	pam          = "pam@vendor.test"
	partnerAdmin = "admin@acme-reseller.test"
	partnerSales = "sales@acme-reseller.test"
)

const (
	partnersQ = `query($first: Int, $after: Cursor, $orderBy: PartnerOrder, $where: PartnerWhereInput) {
  partners(first: $first, after: $after, orderBy: $orderBy, where: $where) { totalCount pageInfo { endCursor }
    edges { node { id name tier { id name } manager { id name } users(first: 3) { totalCount edges { node { id } } } } } } }`
	usersQ = `query($first: Int, $after: Cursor, $orderBy: UserOrder, $where: UserWhereInput) {
  users(first: $first, after: $after, orderBy: $orderBy, where: $where) { totalCount pageInfo { endCursor }
    edges { node { id email partner { id name } managedPartners { id } } } } }`
	auditQ = `query($first: Int, $after: Cursor, $orderBy: AuditEventOrder, $where: AuditEventWhereInput) {
  auditEvents(first: $first, after: $after, orderBy: $orderBy, where: $where) { totalCount pageInfo { endCursor }
    edges { node { id action actor { id email } partner { id name } } } } }`
	apiKeysQ = `query($first: Int, $after: Cursor, $orderBy: APIKeyOrder, $where: APIKeyWhereInput) {
  apiKeys(first: $first, after: $after, orderBy: $orderBy, where: $where) { totalCount pageInfo { endCursor }
    edges { node { id name creator { id email } partner { id name } } } } }`
	invitationsQ = `query($first: Int, $after: Cursor, $orderBy: InvitationOrder, $where: InvitationWhereInput) {
  invitations(first: $first, after: $after, orderBy: $orderBy, where: $where) { totalCount pageInfo { endCursor }
    edges { node { id email partner { id name } invitedBy { id } user { id } } } } }`
	applicationsQ = `query($first: Int, $after: Cursor, $orderBy: PartnerApplicationOrder, $where: PartnerApplicationWhereInput) {
  partnerApplications(first: $first, after: $after, orderBy: $orderBy, where: $where) { totalCount pageInfo { endCursor }
    edges { node { id company partner { id } reviewer { id name } } } } }`
	dealsQ = `query($first: Int, $after: Cursor, $orderBy: DealOrder, $where: DealWhereInput) {
  deals(first: $first, after: $after, orderBy: $orderBy, where: $where) { totalCount pageInfo { endCursor }
    edges { node { id title status amount partner { id name } account { id name domain } registeredBy { id email } } } } }`
	accountsQ = `query($first: Int, $after: Cursor, $orderBy: AccountOrder, $where: AccountWhereInput) {
  accounts(first: $first, after: $after, orderBy: $orderBy, where: $where) { totalCount pageInfo { endCursor }
    edges { node { id name domain } } } }`
	approvalQueueQ = `query($first: Int, $after: Cursor, $where: DealApprovalQueueWhereInput) {
  dealApprovalQueue(first: $first, after: $after, where: $where) { totalCount pageInfo { endCursor }
    edges { node { decisionDueAt overdue managedByViewer deal { id title partner { id name } account { id name } } } } } }`
	contentsQ = `query($first: Int, $after: Cursor) { contents(first: $first, after: $after) { totalCount pageInfo { endCursor }
    edges { node { id title kind stale minTier { id name } file { id name size mediaType } } } } }`
	engagementQ = `query($from: Time!, $to: Time!, $groupBy: ContentEngagementGroup!) { contentEngagement(from: $from, to: $to, groupBy: $groupBy) {
    views downloads activePartners rows { key label views downloads activePartners } } }`
	tiersQ = `{ tiers(first: 50) { totalCount edges { node { id partners(first: 5) { totalCount edges { node { id } } } } } } }`
)

func order(field, direction string) map[string]any {
	return map[string]any{"field": field, "direction": direction}
}

// explainCases are the list and filter requests the API serves: every list in every order it
// offers that has an index, first and deep pages, the filters on indexed columns, and the lists
// as partner users see them through the privacy filters.
func explainCases(ds *bench.Dataset) map[string]explainCase {
	partnerID, userID, managerID, tierID := ds.PartnerIDs[len(ds.PartnerIDs)/2], ds.UserIDs[len(ds.UserIDs)/2], ds.ManagerIDs[0], ds.TierIDs[len(ds.TierIDs)-1]
	lastMonth := time.Now().UTC().AddDate(0, -1, 0).Format(time.RFC3339)
	lastQuarter := time.Now().UTC().AddDate(0, -3, 0).Truncate(time.Second).Format(time.RFC3339)
	nextMonth := time.Now().UTC().AddDate(0, 1, 0).Format(time.RFC3339)
	return map[string]explainCase{
		"deals":                        {login: admin, query: dealsQ, vars: map[string]any{"first": 50}, afterFirst: true},
		"deals newest first":           {login: admin, query: dealsQ, vars: map[string]any{"first": 50, "orderBy": order("CREATED_AT", "DESC")}, afterFirst: true},
		"deals by expected close date": {login: pam, query: dealsQ, vars: map[string]any{"first": 50, "orderBy": order("EXPECTED_CLOSE_DATE", "ASC")}, afterFirst: true},
		"deals by decision due time":   {login: pam, query: dealsQ, vars: map[string]any{"first": 50, "orderBy": order("DECISION_DUE_AT", "ASC")}, afterFirst: true},
		"deals largest first":          {login: admin, query: dealsQ, vars: map[string]any{"first": 50, "orderBy": order("AMOUNT", "DESC")}, afterFirst: true},
		"deals by status":              {login: pam, query: dealsQ, vars: map[string]any{"first": 50, "where": map[string]any{"status": "SUBMITTED"}}, afterFirst: true},
		"deals submitted by due time":  {login: pam, query: dealsQ, vars: map[string]any{"first": 50, "where": map[string]any{"status": "SUBMITTED"}, "orderBy": order("DECISION_DUE_AT", "ASC")}, afterFirst: true},
		"deals of a partner":           {login: admin, query: dealsQ, vars: map[string]any{"first": 50, "where": map[string]any{"hasPartnerWith": []any{map[string]any{"id": partnerID}}}}},
		"deals of a partner by status": {login: admin, query: dealsQ, vars: map[string]any{"first": 50, "where": map[string]any{"hasPartnerWith": []any{map[string]any{"id": partnerID}}, "status": "APPROVED"}}},
		"deals registered last month":  {login: admin, query: dealsQ, vars: map[string]any{"first": 50, "where": map[string]any{"createdAtGTE": lastMonth}, "orderBy": order("CREATED_AT", "DESC")}},
		"deals closing next month":     {login: pam, query: dealsQ, vars: map[string]any{"first": 50, "where": map[string]any{"expectedCloseDateGTE": lastMonth, "expectedCloseDateLT": nextMonth}, "orderBy": order("EXPECTED_CLOSE_DATE", "ASC")}},
		"deals as a partner admin":     {login: partnerAdmin, query: dealsQ, vars: map[string]any{"first": 50, "orderBy": order("CREATED_AT", "DESC")}},
		"deals as partner sales":       {login: partnerSales, query: dealsQ, vars: map[string]any{"first": 50}},
		"accounts":                     {login: admin, query: accountsQ, vars: map[string]any{"first": 50}, afterFirst: true},
		"accounts by domain":           {login: pam, query: accountsQ, vars: map[string]any{"first": 50, "orderBy": order("DOMAIN", "ASC")}, afterFirst: true},
		"accounts by domain address":   {login: admin, query: accountsQ, vars: map[string]any{"first": 50, "where": map[string]any{"domain": "customer00042.example"}}},
		"accounts as partner sales":    {login: partnerSales, query: accountsQ, vars: map[string]any{"first": 50}},
		// The library as a partner reads it: the gate and one version per translation group.
		"contents as partner sales": {login: partnerSales, query: contentsQ, vars: map[string]any{"first": 50}, afterFirst: true},
		"contents":                  {login: admin, query: contentsQ, vars: map[string]any{"first": 50}, afterFirst: true},
		// The vendor's engagement figures over a quarter: the period's events by created_at.
		"content engagement by partner":    {login: admin, query: engagementQ, vars: map[string]any{"from": lastQuarter, "to": nextMonth, "groupBy": "PARTNER"}},
		"content engagement by item":       {login: admin, query: engagementQ, vars: map[string]any{"from": lastQuarter, "to": nextMonth, "groupBy": "CONTENT"}},
		"approval queue":                   {login: admin, query: approvalQueueQ, vars: map[string]any{"first": 50}, afterFirst: true},
		"approval queue of a channel mgr.": {login: pam, query: approvalQueueQ, vars: map[string]any{"first": 50}, afterFirst: true},
		"approval queue, overdue":          {login: pam, query: approvalQueueQ, vars: map[string]any{"first": 50, "where": map[string]any{"overdue": true}}},
		"partners":                         {login: admin, query: partnersQ, vars: map[string]any{"first": 50}, afterFirst: true},
		"partners by name":                 {login: admin, query: partnersQ, vars: map[string]any{"first": 50, "orderBy": order("NAME", "ASC")}, afterFirst: true},
		"partners by slug desc":            {login: admin, query: partnersQ, vars: map[string]any{"first": 50, "orderBy": order("SLUG", "DESC")}, afterFirst: true},
		"partners newest first":            {login: admin, query: partnersQ, vars: map[string]any{"first": 50, "orderBy": order("CREATED_AT", "DESC")}, afterFirst: true},
		"partners by status":               {login: admin, query: partnersQ, vars: map[string]any{"first": 50, "where": map[string]any{"status": "SUSPENDED"}}},
		"partners by type and region":      {login: pam, query: partnersQ, vars: map[string]any{"first": 50, "where": map[string]any{"type": "MSP", "region": "EMEA"}}},
		"partners of a tier":               {login: admin, query: partnersQ, vars: map[string]any{"first": 50, "where": map[string]any{"hasTierWith": []any{map[string]any{"id": tierID}}}}},
		"partners of a manager":            {login: admin, query: partnersQ, vars: map[string]any{"first": 50, "where": map[string]any{"hasManagerWith": []any{map[string]any{"id": managerID}}}}},
		"partner as a partner admin":       {login: partnerAdmin, query: partnersQ, vars: map[string]any{"first": 50}},
		"users":                            {login: admin, query: usersQ, vars: map[string]any{"first": 50}, afterFirst: true},
		"users by name":                    {login: admin, query: usersQ, vars: map[string]any{"first": 50, "orderBy": order("NAME", "ASC")}, afterFirst: true},
		"users by email":                   {login: admin, query: usersQ, vars: map[string]any{"first": 50, "orderBy": order("EMAIL", "ASC")}, afterFirst: true},
		"users newest first":               {login: admin, query: usersQ, vars: map[string]any{"first": 50, "orderBy": order("CREATED_AT", "DESC")}, afterFirst: true},
		"users by role and status":         {login: admin, query: usersQ, vars: map[string]any{"first": 50, "where": map[string]any{"role": "PARTNER_ADMIN", "status": "ACTIVE"}}},
		"users of a partner":               {login: admin, query: usersQ, vars: map[string]any{"first": 50, "where": map[string]any{"hasPartnerWith": []any{map[string]any{"id": partnerID}}}}},
		"users by email address":           {login: admin, query: usersQ, vars: map[string]any{"first": 50, "where": map[string]any{"email": "user000042@partner00042.example"}}},
		"users as a partner admin":         {login: partnerAdmin, query: usersQ, vars: map[string]any{"first": 50}},
		"users as partner sales":           {login: partnerSales, query: usersQ, vars: map[string]any{"first": 50}},
		"audit log newest first":           {login: admin, query: auditQ, vars: map[string]any{"first": 50, "orderBy": order("CREATED_AT", "DESC")}, afterFirst: true},
		"audit log by action":              {login: admin, query: auditQ, vars: map[string]any{"first": 50, "where": map[string]any{"action": "updatePartner"}, "orderBy": order("CREATED_AT", "DESC")}},
		"audit log of a record":            {login: admin, query: auditQ, vars: map[string]any{"first": 50, "where": map[string]any{"entityType": "partners", "entityID": partnerID}}},
		"audit log of an actor":            {login: admin, query: auditQ, vars: map[string]any{"first": 50, "where": map[string]any{"actorID": userID}}},
		"audit log of a partner":           {login: admin, query: auditQ, vars: map[string]any{"first": 50, "where": map[string]any{"partnerID": partnerID}}},
		"audit log as partner admin":       {login: partnerAdmin, query: auditQ, vars: map[string]any{"first": 50, "orderBy": order("CREATED_AT", "DESC")}},
		"API keys":                         {login: admin, query: apiKeysQ, vars: map[string]any{"first": 50}, afterFirst: true},
		"API keys newest first":            {login: admin, query: apiKeysQ, vars: map[string]any{"first": 50, "orderBy": order("CREATED_AT", "DESC")}, afterFirst: true},
		"API keys as a partner admin":      {login: partnerAdmin, query: apiKeysQ, vars: map[string]any{"first": 50, "orderBy": order("CREATED_AT", "DESC")}},
		"invitations":                      {login: admin, query: invitationsQ, vars: map[string]any{"first": 50}, afterFirst: true},
		"invitations pending":              {login: pam, query: invitationsQ, vars: map[string]any{"first": 50, "where": map[string]any{"status": "PENDING"}}},
		"invitations by email":             {login: admin, query: invitationsQ, vars: map[string]any{"first": 50, "where": map[string]any{"email": "invitee000042@partner00042.example"}}},
		"invitations as partner admin":     {login: partnerAdmin, query: invitationsQ, vars: map[string]any{"first": 50}},
		"applications":                     {login: pam, query: applicationsQ, vars: map[string]any{"first": 50}, afterFirst: true},
		"applications to review":           {login: pam, query: applicationsQ, vars: map[string]any{"first": 50, "where": map[string]any{"status": "SUBMITTED"}, "orderBy": order("CREATED_AT", "ASC")}},
		"tiers with partners":              {login: admin, query: tiersQ},
		"node":                             {login: admin, query: `query($id: ID!) { node(id: $id) { id ... on Partner { name tier { name } } } }`, vars: map[string]any{"id": partnerID}},
		"viewer as partner sales":          {login: partnerSales, query: `{ viewer { id email partner { id name } } }`},
		// Registration reads the held accounts with a similar name or the contact's e-mail domain:
		// the text-search index on match_keys and the unique domain index, not a scan of accounts.
		"registerDeal conflict checks": {login: partnerSales, query: registerDeal, vars: map[string]any{"input": map[string]any{
			"customerName": "Northwind Analytics Holdings", "customerDomain": "northwind-analytics.example",
			"contactName": "Ana Buyer", "contactEmail": "ana@customer00042.example", "title": "Analytics rollout",
			"amount": 250_000, "currency": "USD", "expectedCloseDate": nextMonth[:len("2006-01-02")], "source": "SOURCED",
		}}},
	}
}

// missingIndexes are the cases whose index is known to be missing, with the schema change that
// adds it. Their problems are logged, not failed; once the index exists the case must leave this
// list (the test fails while it is still listed but clean).
var missingIndexes = map[string]string{
	// Not a missing index: (action, created_at, id) exists, but for an action as common as
	// updatePartner in the benchmark's shape (one row in seven) PostgreSQL rightly prefers walking
	// the created_at index and dropping the other actions; rare actions use the composite index.
	"audit log by action": "the planner prefers auditevent_created_at for a common action",
	// Likewise: a status as common as SUBMITTED (one deal in eight) is cheaper to find by walking
	// the primary key, whose order the heap follows, than through a (status, id) index (tried: the
	// planner does not take it); the status filters with an order use (status, decision_due_at).
	"deals by status": "the planner walks the primary key for a common status",
	// The partner's gate is served by the status index only: the tier rule compares ranks through
	// a sub-select and the audience is a JSON containment, so of the benchmark's ~2,000 published
	// items ~450 are kept for the count, and a deep page sorts them; the one-version-per-group
	// check reads each item's own row through (translation_group, language) and drops it
	// (id <> self). A (status, id) index would spare the sort; the gate itself needs the rank and
	// audience kept where an index can reach them (a follow-up of issue 15).
	"contents as partner sales": "the tier and audience gate is a filter after the status index",
}

// largeTable is the size from which a full read of a table is a defect rather than a shortcut.
const largeTable = 1000

// TestListQueriesUseIndexes runs EXPLAIN ANALYZE, with sequential scans disabled, on the SQL the
// server issues for every list and filter request of explainCases on the benchmark's data shape,
// and fails where a large table is read without an index for the filter or the order: a
// sequential scan, rows read and thrown away by a filter, or a sort of many rows to keep a page.
func TestListQueriesUseIndexes(t *testing.T) {
	if !testdb.Postgres() {
		t.Skip("EXPLAIN check runs on PostgreSQL (set TEST_DATABASE_URL)")
	}
	if testing.Short() {
		t.Skip("generates the benchmark's data shape")
	}
	db := openDB(t)
	e := start(t, db, bench.BenchShape)
	// Plans are judged on real statistics, as a production database keeps them (autovacuum).
	if _, err := db.ExecContext(context.Background(), "ANALYZE"); err != nil {
		t.Fatal(err)
	}
	tokens := map[string]string{}
	sizes := map[string]float64{}
	checked := 0
	for name, c := range explainCases(e.Dataset) {
		t.Run(name, func(t *testing.T) {
			if tokens[c.login] == "" {
				tokens[c.login] = e.Login(t, c.login)
			}
			vars := map[string]any{}
			for k, v := range c.vars {
				vars[k] = v
			}
			if c.afterFirst {
				res := e.Query(t, tokens[c.login], c.query, vars)
				cursor := findString(res.Data, "endCursor")
				if cursor == "" {
					t.Fatalf("no endCursor in %s", res.Raw)
				}
				vars["after"] = cursor
			}
			var problems []string
			for _, s := range e.count(t, tokens[c.login], c.query, vars) {
				if !strings.HasPrefix(strings.TrimSpace(strings.ToUpper(s.Query)), "SELECT") &&
					!strings.HasPrefix(strings.TrimSpace(strings.ToUpper(s.Query)), "WITH") {
					continue
				}
				plan, err := explain(db.DB, s)
				if err != nil {
					t.Fatalf("EXPLAIN %s: %v", s, err)
				}
				checked++
				for _, p := range planProblems(plan, func(table string) float64 { return tableSize(t, db.DB, sizes, table) }) {
					problems = append(problems, fmt.Sprintf("%s\n  SQL: %s\n  plan: %s", p, s, summarize(plan)))
				}
			}
			gap, known := missingIndexes[name]
			switch {
			case known && len(problems) == 0:
				t.Errorf("listed in missingIndexes (%s) but served by indexes now: remove it from the list", gap)
			case known:
				t.Logf("known missing index: %s\n%s", gap, strings.Join(problems, "\n"))
			default:
				for _, p := range problems {
					t.Error(p)
				}
			}
		})
	}
	if checked == 0 {
		t.Fatal("no statement was checked")
	}
}

// explain runs EXPLAIN (ANALYZE, FORMAT JSON) on a statement with sequential scans disabled, so
// the planner takes an index wherever one can serve.
func explain(db *sql.DB, s sqlcount.Statement) (planNode, error) {
	ctx := context.Background()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return planNode{}, err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, "SET LOCAL enable_seqscan = off"); err != nil {
		return planNode{}, err
	}
	var raw string
	if err := tx.QueryRowContext(ctx, "EXPLAIN (ANALYZE, FORMAT JSON) "+s.Query, s.Args...).Scan(&raw); err != nil {
		return planNode{}, err
	}
	var out []struct {
		Plan planNode `json:"Plan"`
	}
	if err := json.Unmarshal([]byte(raw), &out); err != nil || len(out) == 0 {
		return planNode{}, fmt.Errorf("reading plan %s: %v", raw, err)
	}
	return out[0].Plan, nil
}

type planNode struct {
	NodeType        string     `json:"Node Type"`
	Relation        string     `json:"Relation Name"`
	Index           string     `json:"Index Name"`
	IndexCond       string     `json:"Index Cond"`
	RecheckCond     string     `json:"Recheck Cond"`
	Filter          string     `json:"Filter"`
	ActualRows      float64    `json:"Actual Rows"`
	ActualLoops     float64    `json:"Actual Loops"`
	RemovedByFilter float64    `json:"Rows Removed by Filter"`
	Plans           []planNode `json:"Plans"`
}

// planProblems lists the reads of large tables that no index serves.
func planProblems(root planNode, size func(table string) float64) []string {
	var problems []string
	var walk func(n planNode)
	walk = func(n planNode) {
		loops := max(n.ActualLoops, 1)
		if n.Relation != "" && size(n.Relation) >= largeTable {
			switch {
			case n.NodeType == "Seq Scan":
				problems = append(problems, fmt.Sprintf("sequential scan of %s (%.0f rows): no index serves this filter or order", n.Relation, size(n.Relation)))
			case n.RemovedByFilter*loops > max(200, 2*n.ActualRows*loops):
				problems = append(problems, fmt.Sprintf("%s on %s read %.0f rows and kept %.0f: the filter %s is not served by the index",
					n.NodeType, n.Relation, (n.RemovedByFilter+n.ActualRows)*loops, n.ActualRows*loops, n.Filter))
			}
		}
		if n.NodeType == "Sort" || n.NodeType == "Incremental Sort" {
			var in float64
			for _, c := range n.Plans {
				in += c.ActualRows * max(c.ActualLoops, 1)
			}
			if out := n.ActualRows * loops; in > max(2*out+200, largeTable) {
				problems = append(problems, fmt.Sprintf("%s of %.0f rows to return %.0f: no index serves this order", n.NodeType, in, out))
			}
		}
		for _, c := range n.Plans {
			walk(c)
		}
	}
	walk(root)
	return problems
}

func summarize(n planNode) string {
	s := n.NodeType
	if n.Relation != "" {
		s += " on " + n.Relation
	}
	if n.Index != "" {
		s += " using " + n.Index
	}
	if n.IndexCond != "" {
		s += " [" + n.IndexCond + "]"
	}
	if n.Filter != "" {
		s += " filter " + n.Filter
	}
	s += fmt.Sprintf(" rows=%.0f", n.ActualRows)
	if len(n.Plans) > 0 {
		var kids []string
		for _, c := range n.Plans {
			kids = append(kids, summarize(c))
		}
		s += " ← (" + strings.Join(kids, "; ") + ")"
	}
	return s
}

func tableSize(t *testing.T, db *sql.DB, cache map[string]float64, table string) float64 {
	if n, ok := cache[table]; ok {
		return n
	}
	var n float64
	if err := db.QueryRow(`SELECT COUNT(*) FROM "` + strings.ReplaceAll(table, `"`, "") + `"`).Scan(&n); err != nil {
		t.Fatalf("counting %s: %v", table, err)
	}
	cache[table] = n
	return n
}

// findString returns the first string value under key anywhere in a JSON document.
func findString(raw json.RawMessage, key string) string {
	var v any
	if json.Unmarshal(raw, &v) != nil {
		return ""
	}
	var find func(v any) string
	find = func(v any) string {
		switch x := v.(type) {
		case map[string]any:
			if s, ok := x[key].(string); ok {
				return s
			}
			for _, c := range x {
				if s := find(c); s != "" {
					return s
				}
			}
		case []any:
			for _, c := range x {
				if s := find(c); s != "" {
					return s
				}
			}
		}
		return ""
	}
	return find(v)
}
