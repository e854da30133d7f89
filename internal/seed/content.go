package seed

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/content"
	"github.com/partnerhub/partnerhub/ent/contentevent"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/upload"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// demoItem is one item of the demo library.
type demoItem struct {
	title, summary string
	kind           content.Kind
	tags           []string
}

var demoLibrary = []demoItem{
	{"Partner program guide", "How the program works: tiers, benefits and what it takes to move up.", content.KindPLAYBOOK, []string{"program", "onboarding"}},
	{"Rules of engagement", "Deal registration, first to register wins, direct accounts and co-sell.", content.KindRULES_OF_ENGAGEMENT, []string{"deals", "policy"}},
	{"Q3 competitive sales deck", "Positioning against the two incumbents, with objection handling.", content.KindSALES_DECK, []string{"competitive", "q3"}},
	{"Platform overview deck", "The first meeting deck: problem, platform, proof points.", content.KindSALES_DECK, []string{"first-call"}},
	{"Security datasheet", "Certifications, encryption, data residency and the shared responsibility model.", content.KindDATASHEET, []string{"security", "compliance"}},
	{"Analytics module datasheet", "Features, limits and licensing of the analytics add-on.", content.KindDATASHEET, []string{"analytics"}},
	{"Reference architecture: hybrid cloud", "Deploying across on-premises and two public clouds.", content.KindTECHNICAL_DOC, []string{"architecture", "cloud"}},
	{"Installation guide", "Step by step, with the sizing table.", content.KindTECHNICAL_DOC, []string{"install"}},
	{"SD-WAN migration runbook", "Cut-over plan and rollback for managed network customers.", content.KindTECHNICAL_DOC, []string{"sd-wan", "msp"}},
	{"Spring demand-gen campaign kit", "Emails, landing page copy and social posts, ready to co-brand.", content.KindCAMPAIGN_KIT, []string{"campaign", "co-marketing"}},
	{"Webinar in a box", "Slides, invitation copy and follow-up sequence for a partner-run webinar.", content.KindCAMPAIGN_KIT, []string{"webinar", "mdf"}},
	{"Product tour video", "A twelve-minute walkthrough for prospects.", content.KindVIDEO, []string{"demo"}},
	{"Partner price list", "List prices and tier discounts, effective this quarter.", content.KindPRICE_LIST, []string{"pricing"}},
	{"MSP price list", "Consumption pricing for managed service providers.", content.KindPRICE_LIST, []string{"pricing", "msp"}},
	{"Discovery call playbook", "Questions that qualify an opportunity in thirty minutes.", content.KindPLAYBOOK, []string{"qualification"}},
	{"Renewal playbook", "Keeping customers: health checks, expansion and timing.", content.KindPLAYBOOK, []string{"renewals"}},
	{"Objection handling cards", "Short answers to the ten objections partners hear most.", content.KindSALES_DECK, []string{"competitive"}},
	{"Healthcare vertical brief", "Use cases, buyers and compliance notes for hospitals and payers.", content.KindDATASHEET, []string{"healthcare", "vertical"}},
	{"Financial services vertical brief", "Use cases and regulatory talking points for banks and insurers.", content.KindDATASHEET, []string{"finance", "vertical"}},
	{"API integration guide", "Authentication, webhooks and the CRM sync pattern.", content.KindTECHNICAL_DOC, []string{"api", "integration"}},
	{"Marketplace listing guide", "Listing, private offers and co-sell through the cloud marketplaces.", content.KindPLAYBOOK, []string{"marketplace"}},
	{"Referral partner quick start", "How to refer an opportunity and get paid.", content.KindPLAYBOOK, []string{"referral"}},
	{"Platinum executive briefing deck", "Roadmap and strategy for executive sponsors; confidential.", content.KindSALES_DECK, []string{"roadmap", "confidential"}},
	{"Gold solution selling workshop", "Workshop materials for multi-product deals.", content.KindCAMPAIGN_KIT, []string{"workshop"}},
	{"Customer case study: logistics", "How a logistics firm cut reporting time by 60%.", content.KindDATASHEET, []string{"case-study"}},
	{"Customer case study: retail", "A retail chain's rollout across 400 stores.", content.KindDATASHEET, []string{"case-study", "retail"}},
	{"Certification exam guide", "What the partner certification covers and how to prepare.", content.KindTECHNICAL_DOC, []string{"certification", "training"}},
	{"Brand guidelines for partners", "Logo use, co-branding and what not to claim.", content.KindCAMPAIGN_KIT, []string{"brand"}},
	{"Legacy pricing (2025)", "Last year's price list, kept for renewals quoted then.", content.KindPRICE_LIST, []string{"pricing", "archive"}},
	{"Draft: next-quarter launch deck", "Work in progress for the launch.", content.KindSALES_DECK, []string{"launch"}},
}

// Content seeds the demo library on a database that has none: the items of demoLibrary across
// tiers and audiences, with small real files made here (a PDF, a PNG, a Markdown page), a few past
// their review-by date, two drafts and an archived item, and eight weeks of partner views and
// downloads of what each partner user may see.
func Content(ctx context.Context, client *ent.Client, rc *upload.Receiver, now time.Time) error {
	ctx = viewer.SystemContext(ctx) // privacy escape: seeding writes the demo library before anyone signs in
	if n, err := client.Content.Query().Count(ctx); err != nil || n > 0 {
		return err
	}
	owner, err := client.User.Query().Where(user.Email("admin@vendor.test")).Only(ctx)
	if err != nil {
		return fmt.Errorf("the demo library's owner: %w", err)
	}
	tiers, err := client.Tier.Query().All(ctx)
	if err != nil {
		return err
	}
	slices.SortFunc(tiers, func(a, b *ent.Tier) int { return a.Rank - b.Rank })
	rng := rand.New(rand.NewPCG(15, 30))
	var items []*ent.Content
	for i, d := range demoLibrary {
		create := client.Content.Create().SetTitle(d.title).SetSummary(d.summary).SetKind(d.kind).
			SetTags(d.tags).SetOwnerID(owner.ID).SetPartnerTypes(audience(d)).
			SetBody(fmt.Sprintf("# %s\n\n%s\n\n## How to use it\n\n- Read it before your next customer meeting.\n- Ask your channel manager for a walkthrough.\n", d.title, d.summary))
		if i%5 != 0 && len(tiers) > 0 { // every fifth item is open to every tier
			create.SetMinTierID(tiers[(i/2)%len(tiers)].ID)
		}
		if d.kind == content.KindVIDEO {
			create.SetExternalURL("https://videos.example.com/partnerhub/product-tour")
		}
		published := now.AddDate(0, 0, -(10 + 5*i)) // all within six months: only the ones below are stale
		switch {
		case strings.HasPrefix(d.title, "Draft:"), i == 23:
		case strings.Contains(d.title, "Legacy"):
			create.SetStatus(content.StatusARCHIVED).SetPublishedAt(published).SetReviewBy(published.AddDate(0, 6, 0))
		default:
			review := published.AddDate(0, 6, 0)
			if i%9 == 4 { // a few overdue for review: the stale list has work in it
				review = now.AddDate(0, 0, -(3 + i))
			}
			create.SetStatus(content.StatusPUBLISHED).SetPublishedAt(published).SetReviewBy(review)
		}
		c, err := create.Save(ctx)
		if err != nil {
			return fmt.Errorf("demo content %q: %w", d.title, err)
		}
		if d.kind != content.KindVIDEO {
			if c, err = attachDemoFile(ctx, client, rc, c, owner.ID, i); err != nil {
				return err
			}
		}
		items = append(items, c)
	}
	if err := demoTranslations(ctx, client, items); err != nil {
		return err
	}
	return demoEngagement(ctx, client, items, rng, now)
}

// demoTranslation is a German or French version of a demo item (docs/enablement-content.md, "Languages").
type demoTranslation struct {
	of, language, title, summary string
}

var demoTranslationList = []demoTranslation{
	{"Partner program guide", "de", "Leitfaden zum Partnerprogramm", "Wie das Programm funktioniert: Stufen, Vorteile und der Weg nach oben."},
	{"Partner program guide", "fr", "Guide du programme partenaires", "Le fonctionnement du programme : niveaux, avantages et progression."},
	{"Rules of engagement", "de", "Spielregeln für Partner", "Deal-Registrierung, wer zuerst registriert, gewinnt, Direktkunden und Co-Selling."},
	{"Security datasheet", "fr", "Fiche technique sécurité", "Certifications, chiffrement, résidence des données et responsabilité partagée."},
}

// demoTranslations adds the translations, each with its original's audience, status and dates.
func demoTranslations(ctx context.Context, client *ent.Client, items []*ent.Content) error {
	for _, d := range demoTranslationList {
		i := slices.IndexFunc(items, func(c *ent.Content) bool { return c.Title == d.of })
		if i < 0 {
			return fmt.Errorf("demo translation of %q: no such item", d.of)
		}
		o := items[i]
		create := client.Content.Create().SetTranslationGroup(o.TranslationGroup).SetLanguage(d.language).
			SetTitle(d.title).SetSummary(d.summary).SetKind(o.Kind).SetTags(o.Tags).SetOwnerID(o.OwnerID).
			SetPartnerTypes(o.PartnerTypes).SetStatus(o.Status).SetNillablePublishedAt(o.PublishedAt).SetNillableReviewBy(o.ReviewBy).
			SetBody(fmt.Sprintf("# %s\n\n%s\n", d.title, d.summary))
		if o.MinTierID != "" {
			create.SetMinTierID(o.MinTierID)
		}
		if err := create.Exec(ctx); err != nil {
			return fmt.Errorf("demo translation %q: %w", d.title, err)
		}
	}
	return nil
}

// audience gives a few items to some partner types only.
func audience(d demoItem) []string {
	switch {
	case slices.Contains(d.tags, "msp"):
		return []string{"MSP"}
	case slices.Contains(d.tags, "marketplace"):
		return []string{"MARKETPLACE", "ISV"}
	case slices.Contains(d.tags, "referral"):
		return []string{"REFERRAL"}
	case slices.Contains(d.tags, "workshop"):
		return []string{"RESELLER", "VAR", "SI"}
	}
	return []string{}
}

func attachDemoFile(ctx context.Context, client *ent.Client, rc *upload.Receiver, c *ent.Content, ownerID string, i int) (*ent.Content, error) {
	slug := strings.Trim(strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return r
		}
		return '-'
	}, strings.ToLower(c.Title)), "-")
	var name string
	var body []byte
	switch i % 3 {
	case 0:
		name, body = slug+".pdf", demoPDF(c.Title, c.Summary)
	case 1:
		name, body = slug+".png", demoPNG(i)
	default:
		name, body = slug+".md", []byte(c.Body)
	}
	stored, err := rc.Receive(ctx, "file", name, bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("demo file %s: %w", name, err)
	}
	f, err := client.File.Create().SetStorageKey(stored.Key).SetName(stored.Name).SetMediaType(stored.MediaType).
		SetSize(stored.Size).SetSha256(stored.SHA256).SetUploadedByID(ownerID).SetContentID(c.ID).Save(ctx)
	if err != nil {
		return nil, err
	}
	return client.Content.UpdateOne(c).SetFileID(f.ID).Save(ctx)
}

// demoPDF is a one-page PDF with the title and summary, its cross-reference table computed.
func demoPDF(title, summary string) []byte {
	esc := strings.NewReplacer(`\`, `\\`, `(`, `\(`, `)`, `\)`)
	stream := fmt.Sprintf("BT /F1 20 Tf 56 760 Td (%s) Tj /F1 11 Tf 0 -30 Td (%s) Tj ET", esc.Replace(title), esc.Replace(summary))
	objects := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(stream), stream),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objects))
	for i, o := range objects {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objects)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objects)+1, xref)
	return b.Bytes()
}

// demoPNG is a small banner in one of the brand colours.
func demoPNG(i int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, 160, 90))
	palette := []color.RGBA{{0x1f, 0x4e, 0x79, 0xff}, {0x2e, 0x7d, 0x32, 0xff}, {0xb2, 0x6a, 0x00, 0xff}}
	c := palette[i%len(palette)]
	for y := 0; y < 90; y++ {
		for x := 0; x < 160; x++ {
			img.Set(x, y, color.RGBA{c.R, c.G, uint8(int(c.B) + y/3), 0xff})
		}
	}
	var b bytes.Buffer
	png.Encode(&b, img)
	return b.Bytes()
}

// demoEngagement records views and downloads by partner users over the past eight weeks, of the
// items each may see (the gating rule of docs/enablement-content.md, applied here by hand).
func demoEngagement(ctx context.Context, client *ent.Client, items []*ent.Content, rng *rand.Rand, now time.Time) error {
	users, err := client.User.Query().Where(user.PartnerIDNotNil(), user.PartnerIDNEQ("")).WithPartner(func(q *ent.PartnerQuery) { q.WithTier() }).All(ctx)
	if err != nil {
		return err
	}
	tierRank := map[string]int{}
	ts, err := client.Tier.Query().All(ctx)
	if err != nil {
		return err
	}
	for _, t := range ts {
		tierRank[t.ID] = t.Rank
	}
	var events []*ent.ContentEventCreate
	for _, u := range users {
		p := u.Edges.Partner
		for _, c := range items {
			visible := c.Status == content.StatusPUBLISHED &&
				(c.MinTierID == "" || (p.TierID != "" && tierRank[c.MinTierID] <= tierRank[p.TierID])) &&
				(len(c.PartnerTypes) == 0 || slices.Contains(c.PartnerTypes, string(p.Type)))
			if !visible || rng.IntN(3) == 0 {
				continue
			}
			for range 1 + rng.IntN(3) {
				at := now.Add(-time.Duration(24+rng.IntN(55*24)) * time.Hour) // a day old at least: today belongs to the people using the demo
				kind := contentevent.KindVIEW
				if rng.IntN(3) == 0 && c.FileID != "" {
					kind = contentevent.KindDOWNLOAD
				}
				ev := client.ContentEvent.Create().SetContentID(c.ID).SetUserID(u.ID).SetPartnerID(p.ID).SetKind(kind).SetCreatedAt(at).SetUpdatedAt(at)
				if p.TierID != "" {
					ev.SetTierID(p.TierID)
				}
				events = append(events, ev)
			}
		}
	}
	for chunk := range slices.Chunk(events, 200) {
		if err := client.ContentEvent.CreateBulk(chunk...).Exec(ctx); err != nil {
			return fmt.Errorf("demo engagement: %w", err)
		}
	}
	return nil
}
