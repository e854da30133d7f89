package bench

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	mrand "math/rand/v2"
	"time"

	"github.com/partnerhub/partnerhub/internal/ids"
)

// contentKinds are the library's kinds (ent/schema/content.go); VIDEO items link out and carry no
// file, as the vendor's videos live on a video host.
var contentKinds = []string{"PLAYBOOK", "SALES_DECK", "DATASHEET", "TECHNICAL_DOC", "CAMPAIGN_KIT", "VIDEO", "RULES_OF_ENGAGEMENT", "PRICE_LIST"}

// generateContent adds shape.Contents library items over the last two years and
// shape.ContentEvents partner views and downloads of the published ones over the last year.
// Items are spread so that the partner gate (docs/enablement-content.md) has work to do: about
// two in three published, the rest drafts and archived; a third open to every tier, the others
// behind one of the tiers (the generated ones rank above the demo's); half open to every partner
// type, the others for one or two. Every tenth item is a German translation of the one before,
// so the partner list's one-per-group rule picks among versions. The files are rows only: no
// benchmarked list reads their bytes (the download step places its own file).
func generateContent(ctx context.Context, ins *inserter, ds *Dataset, rng *mrand.Rand, shape Shape) error {
	if shape.Contents == 0 {
		return nil
	}
	now := time.Now().UTC().Truncate(time.Second)
	span := 2 * 365 * 24 * time.Hour
	epoch := now.Add(-span)
	types := []string{"RESELLER", "VAR", "MSP", "SI", "ISV", "REFERRAL", "ALLIANCE", "MARKETPLACE"}
	statuses := []string{"PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED", "DRAFT", "DRAFT", "ARCHIVED"}
	var contents, files [][]any
	var published []string
	group := ""
	for i := 0; i < shape.Contents; i++ {
		at := epoch.Add(time.Duration(float64(span) * float64(i) / float64(shape.Contents+1)))
		id := newID(ids.Content, at)
		kind := contentKinds[rng.IntN(len(contentKinds))]
		status := statuses[rng.IntN(len(statuses))]
		var minTier any
		if r := rng.IntN(3); r > 0 && len(ds.TierIDs) > 0 {
			minTier = ds.TierIDs[rng.IntN(len(ds.TierIDs))]
		}
		audience := []string{}
		if rng.IntN(2) == 0 {
			audience = append(audience, types[rng.IntN(len(types))])
			if rng.IntN(2) == 0 {
				audience = append(audience, types[rng.IntN(len(types))])
			}
		}
		lang := "en"
		if i%10 == 9 && group != "" {
			lang = "de" // a translation of the previous original
		} else {
			group = id
		}
		var publishedAt, reviewBy any
		if status != "DRAFT" {
			publishedAt = at.Add(time.Hour)
			// One in four past its review-by date: stale while published.
			reviewBy = now.Add(time.Duration(rng.IntN(360)-90) * 24 * time.Hour)
		}
		aud, _ := json.Marshal(audience)
		tags, _ := json.Marshal([]string{"bench", kind})
		contents = append(contents, []any{id, at, at, fmt.Sprintf("Bench %s %05d", kind, i), "Generated item for the benchmark.",
			kind, "", "", string(aud), string(tags), lang, group, 1, status, publishedAt, reviewBy, minTier})
		if status == "PUBLISHED" {
			published = append(published, id)
		}
		if kind == "VIDEO" {
			continue
		}
		sum := sha256.Sum256([]byte(id))
		files = append(files, []any{newID(ids.File, at), at, at, "bench-content/" + id, fmt.Sprintf("bench-%05d.pdf", i),
			"application/pdf", 50_000 + rng.IntN(5_000_000), hex.EncodeToString(sum[:]), id})
	}
	if err := ins.insert(ctx, "contents", []string{"id", "created_at", "updated_at", "title", "summary", "kind", "body",
		"external_url", "partner_types", "tags", "language", "translation_group", "version", "status", "published_at",
		"review_by", "min_tier_id"}, contents); err != nil {
		return err
	}
	if err := ins.insert(ctx, "files", []string{"id", "created_at", "updated_at", "storage_key", "name", "media_type",
		"size", "sha256", "content_id"}, files); err != nil {
		return err
	}
	// The items point at their file, as an upload leaves them; the two-way reference needs both rows first.
	if _, err := ins.tx.ExecContext(ctx, `UPDATE contents SET file_id = (SELECT files.id FROM files WHERE files.content_id = contents.id)
		WHERE id IN (SELECT content_id FROM files WHERE storage_key LIKE 'bench-content/%')`); err != nil {
		return err
	}
	return generateContentEvents(ctx, ins, ds, rng, shape, published, now)
}

// generateContentEvents records partner users' views and downloads of published items, about one
// in four a download, each with the user's organisation and its tier as Record keeps them.
func generateContentEvents(ctx context.Context, ins *inserter, ds *Dataset, rng *mrand.Rand, shape Shape, published []string, now time.Time) error {
	if shape.ContentEvents == 0 || len(published) == 0 || len(ds.UserIDs) == 0 {
		return nil
	}
	tiers := map[string]any{}
	rows, err := ins.tx.QueryContext(ctx, `SELECT id, tier_id FROM partners WHERE slug LIKE 'bench-partner-%'`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var id string
		var tier *string
		if err := rows.Scan(&id, &tier); err != nil {
			rows.Close()
			return err
		}
		if tier != nil {
			tiers[id] = *tier
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	span := 365 * 24 * time.Hour
	epoch := now.Add(-span)
	events := make([][]any, 0, shape.ContentEvents)
	for i := 0; i < shape.ContentEvents; i++ {
		at := epoch.Add(time.Duration(float64(span) * float64(i) / float64(shape.ContentEvents+1)))
		u := rng.IntN(len(ds.UserIDs))
		partnerID := ds.PartnerIDs[u%len(ds.PartnerIDs)] // user u belongs to partner u % Partners
		kind := "VIEW"
		if rng.IntN(4) == 0 {
			kind = "DOWNLOAD"
		}
		events = append(events, []any{newID(ids.ContentEvent, at), at, at, ds.UserIDs[u], partnerID, tiers[partnerID], kind,
			published[rng.IntN(len(published))]})
	}
	return ins.insert(ctx, "content_events", []string{"id", "created_at", "updated_at", "user_id", "partner_id", "tier_id",
		"kind", "content_id"}, events)
}
