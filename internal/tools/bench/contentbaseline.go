package bench

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"time"
)

// The content library's answers, field for field as the server writes them.
type (
	fileRef struct {
		ID        string `json:"id"`
		Name      string `json:"name"`
		Size      int64  `json:"size"`
		MediaType string `json:"mediaType"`
	}
	contentNode struct {
		ID       string   `json:"id"`
		Title    string   `json:"title"`
		Kind     string   `json:"kind"`
		Language string   `json:"language"`
		Stale    bool     `json:"stale"`
		MinTier  *tierRef `json:"minTier"`
		File     *fileRef `json:"file"`
	}
	contentEdge struct {
		Cursor string      `json:"cursor"`
		Node   contentNode `json:"node"`
	}
	engagementRow struct {
		Key            string `json:"key"`
		Label          string `json:"label"`
		Views          int    `json:"views"`
		Downloads      int    `json:"downloads"`
		ActivePartners int    `json:"activePartners"`
	}
)

// contentGateSQL is rule.FilterContentForPartner's gate over the table named t, its partner ID
// parameters numbered from n (the status, then the partner's ID twice), as ent writes it on PostgreSQL.
func contentGateSQL(t string, n int) string {
	return `"` + t + `"."status" = $` + strconv.Itoa(n) + ` AND ("` + t + `"."min_tier_id" IS NULL OR (SELECT "gate_min_tier"."rank" FROM "tiers" AS "gate_min_tier" WHERE "gate_min_tier"."id" = "` + t + `"."min_tier_id") <= (SELECT "gate_tier"."rank" FROM "partners" AS "gate_partner" JOIN "tiers" AS "gate_tier" ON "gate_partner"."tier_id" = "gate_tier"."id" WHERE "gate_partner"."id" = $` + strconv.Itoa(n+1) + `)) AND (jsonb_array_length("` + t + `"."partner_types") = 0 OR "` + t + `"."partner_types" @> jsonb_build_array((SELECT "gate_type"."type" FROM "partners" AS "gate_type" WHERE "gate_type"."id" = $` + strconv.Itoa(n+2) + `)))`
}

// onePerGroupSQL is content.OnePerGroup for a reader without a preferred language, followed by
// the gate: one version of each translation group among those the partner may see.
func onePerGroupSQL() string {
	rank := func(t string) string {
		return `(CASE WHEN "` + t + `"."id" = "` + t + `"."translation_group" THEN 2 ELSE 3 END)`
	}
	return ` WHERE NOT EXISTS (SELECT "sibling"."id" FROM "contents" AS "sibling" WHERE "sibling"."translation_group" = "contents"."translation_group" AND "sibling"."id" <> "contents"."id" AND (` +
		contentGateSQL("sibling", 1) + `) AND (` + rank("sibling") + ` < ` + rank("contents") + ` OR (` + rank("sibling") + ` = ` + rank("contents") +
		` AND "sibling"."id" < "contents"."id"))) AND (` + contentGateSQL("contents", 4) + `)`
}

var (
	partnerContentsWhere = onePerGroupSQL()
	contentColumns       = `SELECT "contents"."id", "contents"."created_at", "contents"."updated_at", "contents"."title", "contents"."summary", "contents"."kind", "contents"."body", "contents"."external_url", "contents"."min_tier_id", "contents"."partner_types", "contents"."tags", "contents"."language", "contents"."translation_group", "contents"."version", "contents"."status", "contents"."published_at", "contents"."review_by", "contents"."owner_id", "contents"."file_id" FROM "contents"`
)

// baselineContentsList answers contentsList (a partner user) and contentsVendorList (the vendor):
// for a partner, the reader's preferred language, then the gated page and count, one version per
// translation group; then the page's minimum tiers and files, the files under the partner's gate.
func baselineContentsList(ctx context.Context, b *Baseline, vars map[string]any) (any, error) {
	c, err := claimsFrom(ctx)
	if err != nil {
		return nil, err
	}
	first := intVar(vars, "first", 20)
	if _, hasAfter, _ := afterID(vars); hasAfter {
		return nil, errors.New("the content baseline serves first pages")
	}
	partner := c.PID != ""
	where, args := "", []any{}
	if partner {
		var id string
		var lang sql.NullString
		if err := b.DB.QueryRowContext(ctx, `SELECT "users"."id", "users"."preferred_language" FROM "users" WHERE "users"."id" = $1 AND ("users"."id" = $2 OR "users"."id" = (SELECT "partners"."manager_id" FROM "partners" WHERE "partners"."id" = $3)) LIMIT 2`,
			c.Sub, c.Sub, c.PID).Scan(&id, &lang); err != nil {
			return nil, err
		}
		if lang.String != "" {
			return nil, fmt.Errorf("the content baseline serves readers without a preferred language, not %q", lang.String)
		}
		where, args = partnerContentsWhere, []any{"PUBLISHED", c.PID, c.PID, "PUBLISHED", c.PID, c.PID}
	}
	total, err := count(ctx, b.DB, `SELECT COUNT("contents"."id") FROM "contents"`+where, args...)
	if err != nil {
		return nil, err
	}
	rows, err := b.DB.QueryContext(ctx, contentColumns+where+` ORDER BY "contents"."id" LIMIT `+strconv.Itoa(first+1), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	now := time.Now()
	var nodes []contentNode
	var tierIDs, fileIDs []string
	for rows.Next() {
		var (
			n                                      contentNode
			created, updated                       time.Time
			summary, body, external, group, status string
			minTier, owner, file                   sql.NullString
			types, tags                            []byte
			version                                int
			publishedAt, reviewBy                  sql.NullTime
		)
		if err := rows.Scan(&n.ID, &created, &updated, &n.Title, &summary, &n.Kind, &body, &external, &minTier, &types, &tags,
			&n.Language, &group, &version, &status, &publishedAt, &reviewBy, &owner, &file); err != nil {
			return nil, err
		}
		n.Stale = status == "PUBLISHED" && reviewBy.Valid && reviewBy.Time.Before(now)
		if minTier.String != "" {
			n.MinTier = &tierRef{ID: minTier.String}
		}
		if file.String != "" {
			n.File = &fileRef{ID: file.String}
		}
		nodes = append(nodes, n)
		tierIDs, fileIDs = append(tierIDs, minTier.String), append(fileIDs, file.String)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	hasNext := len(nodes) > first
	if hasNext {
		nodes, tierIDs, fileIDs = nodes[:first], tierIDs[:first], fileIDs[:first]
	}
	if len(nodes) > 0 {
		if err := fillContentRefs(ctx, b, nodes, tierIDs, fileIDs, partner, c.PID); err != nil {
			return nil, err
		}
	}
	edges := make([]contentEdge, len(nodes))
	for i, n := range nodes {
		edges[i] = contentEdge{Cursor: cursor(n.ID), Node: n}
	}
	pi := pageInfo{HasNextPage: hasNext}
	if len(edges) > 0 {
		pi.EndCursor = &edges[len(edges)-1].Cursor
	}
	return map[string]any{"contents": struct {
		TotalCount int           `json:"totalCount"`
		PageInfo   pageInfo      `json:"pageInfo"`
		Edges      []contentEdge `json:"edges"`
	}{total, pi, edges}}, nil
}

// fillContentRefs reads the page's minimum tiers and files, one statement each, as ent's eager
// loading does; a partner reads the files through the files' privacy filter.
func fillContentRefs(ctx context.Context, b *Baseline, nodes []contentNode, tierIDs, fileIDs []string, partner bool, partnerID string) error {
	ids := uniqueIDs(tierIDs)
	tiers := map[string]tierRef{}
	trows, err := b.DB.QueryContext(ctx, `SELECT "tiers"."id", "tiers"."name" FROM "tiers" WHERE "tiers"."id" IN (`+inList(1, len(ids))+`)`, ids...)
	if err != nil {
		return err
	}
	defer trows.Close()
	for trows.Next() {
		var t tierRef
		if err := trows.Scan(&t.ID, &t.Name); err != nil {
			return err
		}
		tiers[t.ID] = t
	}
	if err := trows.Err(); err != nil {
		return err
	}
	trows.Close()
	ids = uniqueIDs(fileIDs)
	query := `SELECT "files"."id", "files"."name", "files"."size", "files"."media_type" FROM "files" WHERE "files"."id" IN (` + inList(1, len(ids)) + `)`
	if partner {
		n := len(ids) + 1
		query += ` AND ("files"."content_id" IN (SELECT "contents"."id" FROM "contents" WHERE ` + contentGateSQL("contents", n) +
			`) OR "files"."mdf_claim_id" IN (SELECT "mdf_claims"."id" FROM "mdf_claims" WHERE "mdf_claims"."partner_id" = $` + strconv.Itoa(n+3) + `))`
		ids = append(ids, "PUBLISHED", partnerID, partnerID, partnerID)
	}
	files := map[string]fileRef{}
	frows, err := b.DB.QueryContext(ctx, query, ids...)
	if err != nil {
		return err
	}
	defer frows.Close()
	for frows.Next() {
		var f fileRef
		if err := frows.Scan(&f.ID, &f.Name, &f.Size, &f.MediaType); err != nil {
			return err
		}
		files[f.ID] = f
	}
	if err := frows.Err(); err != nil {
		return err
	}
	for i := range nodes {
		if n := &nodes[i]; n.MinTier != nil {
			t := tiers[n.MinTier.ID]
			n.MinTier = &t
		}
		if n := &nodes[i]; n.File != nil {
			if f, ok := files[n.File.ID]; ok {
				n.File = &f
			} else {
				n.File = nil
			}
		}
	}
	return nil
}

// baselineContentEngagement answers contentEngagement as internal/content.Figures does for the
// vendor: the partners' events in the period counted per item or per partner in SQL (views,
// downloads, distinct partners); by item, the partners active in all and the items' titles; by
// partner, the partners' names.
func baselineContentEngagement(ctx context.Context, b *Baseline, vars map[string]any) (any, error) {
	fromS, _ := vars["from"].(string)
	toS, _ := vars["to"].(string)
	group, _ := vars["groupBy"].(string)
	from, err := time.Parse(time.RFC3339, fromS)
	if err != nil {
		return nil, err
	}
	to, err := time.Parse(time.RFC3339, toS)
	if err != nil {
		return nil, err
	}
	col := map[string]string{"CONTENT": "content_id", "PARTNER": "partner_id"}[group]
	if col == "" {
		return nil, fmt.Errorf("the engagement baseline groups by CONTENT or PARTNER, not %q", group)
	}
	const where = ` FROM "content_events" WHERE (("content_events"."created_at" >= $1 AND "content_events"."created_at" < $2) AND "content_events"."partner_id" <> $3) AND "content_events"."partner_id" IS NOT NULL`
	rows, err := b.DB.QueryContext(ctx, `SELECT COALESCE("content_events"."`+col+`", '') AS "key", COUNT(CASE WHEN "content_events"."kind" = 'VIEW' THEN 1 END) AS "views", COUNT(CASE WHEN "content_events"."kind" = 'DOWNLOAD' THEN 1 END) AS "downloads", COUNT(DISTINCT "content_events"."partner_id") AS "partners"`+
		where+` GROUP BY "content_events"."`+col+`"`, from, to, "")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []engagementRow
	var views, downloads int
	for rows.Next() {
		var r engagementRow
		if err := rows.Scan(&r.Key, &r.Views, &r.Downloads, &r.ActivePartners); err != nil {
			return nil, err
		}
		views, downloads = views+r.Views, downloads+r.Downloads
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	active := len(out) // by partner: one row per active partner
	if group == "CONTENT" {
		if err := b.DB.QueryRowContext(ctx, `SELECT COUNT(DISTINCT "content_events"."partner_id") AS "partners"`+where, from, to, "").Scan(&active); err != nil {
			return nil, err
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Downloads+a.Views != b.Downloads+b.Views {
			return a.Downloads+a.Views > b.Downloads+b.Views
		}
		return a.Key < b.Key
	})
	if first := intVar(vars, "first", len(out)); first < len(out) {
		out = out[:first]
	}
	keys := make([]string, len(out))
	for i, r := range out {
		keys[i] = r.Key
	}
	labels := map[string]string{}
	if len(keys) > 0 {
		ids := uniqueIDs(keys)
		var query string
		if group == "CONTENT" { // the server reads the kinds with the titles
			query = `SELECT "contents"."id", "contents"."kind", "contents"."title" FROM "contents" WHERE "contents"."id" IN (` + inList(1, len(ids)) + `)`
		} else {
			query = `SELECT "partners"."id", "partners"."name" FROM "partners" WHERE "partners"."id" IN (` + inList(1, len(ids)) + `)`
		}
		lrows, err := b.DB.QueryContext(ctx, query, ids...)
		if err != nil {
			return nil, err
		}
		defer lrows.Close()
		for lrows.Next() {
			var id, kind, label string
			dest := []any{&id, &label}
			if group == "CONTENT" {
				dest = []any{&id, &kind, &label}
			}
			if err := lrows.Scan(dest...); err != nil {
				return nil, err
			}
			labels[id] = label
		}
		if err := lrows.Err(); err != nil {
			return nil, err
		}
	}
	for i := range out {
		out[i].Label = labels[out[i].Key]
	}
	if out == nil {
		out = []engagementRow{}
	}
	return map[string]any{"contentEngagement": struct {
		From           string          `json:"from"`
		To             string          `json:"to"`
		GroupBy        string          `json:"groupBy"`
		Views          int             `json:"views"`
		Downloads      int             `json:"downloads"`
		ActivePartners int             `json:"activePartners"`
		Rows           []engagementRow `json:"rows"`
	}{fromS, toS, group, views, downloads, active, out}}, nil
}
