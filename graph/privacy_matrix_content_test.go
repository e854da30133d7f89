package graph_test

import (
	"slices"
	"strings"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/content"
	"github.com/partnerhub/partnerhub/internal/ids"
)

// The content library in the privacy matrix: who sees which items and files is
// docs/enablement-content.md, computed here from the seeded library.
func init() {
	matrixEntities = append(matrixEntities, contentMatrixEntities...)
	for i := range matrixEntities {
		switch matrixEntities[i].typename {
		case "Tier":
			matrixEntities[i].nested = append(matrixEntities[i].nested, probe{
				name: "contents→minTier", query: `{ contents(first: 100) { edges { node { minTier { id } } } } }`,
				expect: func(s scope) idSet {
					return s.contentsWhere(func(c *ent.Content) string { return c.MinTierID })
				}})
		case "User":
			matrixEntities[i].nested = append(matrixEntities[i].nested,
				probe{name: "contents→owner", query: `{ contents(first: 100) { edges { node { owner { id } } } } }`,
					expect: func(s scope) idSet {
						return s.users(idsOf(s.listedContents(), func(c *ent.Content) string { return c.OwnerID })...)
					}},
				probe{name: "contents→files→uploader", query: `{ contents(first: 100) { edges { node { files { uploader { id } } } } } }`,
					expect: func(s scope) idSet {
						return s.users(idsOf(s.filesOf(s.listedContents()), func(f *ent.File) string { return f.UploadedByID })...)
					}})
		}
	}
}

// contentVisible is the gating rule: the vendor sees every item; a partner user the published
// items whose minimum tier ranks at or below their organisation's tier and whose audience is open
// or names their organisation's type.
func (s scope) contentVisible(c *ent.Content) bool {
	if s.vendor() {
		return true
	}
	p := s.myPartner()
	if c.Status != content.StatusPUBLISHED {
		return false
	}
	if c.MinTierID != "" {
		mine := s.w.tier[p.TierID]
		if mine == nil || s.w.tier[c.MinTierID].Rank > mine.Rank {
			return false
		}
	}
	return len(c.PartnerTypes) == 0 || slices.Contains(c.PartnerTypes, string(p.Type))
}

func (s scope) visibleContents() []*ent.Content {
	var out []*ent.Content
	for _, c := range s.w.contents {
		if s.contentVisible(c) {
			out = append(out, c)
		}
	}
	return out
}

// listedContents are what the contents list shows: for a partner user (none in the matrix has a
// preferred language) one visible item per group of translations, the original when visible, else
// the one with the smallest ID.
func (s scope) listedContents() []*ent.Content {
	visible := s.visibleContents()
	if s.vendor() {
		return visible
	}
	pick := map[string]*ent.Content{}
	rank := func(c *ent.Content) int { return map[bool]int{true: 0, false: 1}[c.ID == c.TranslationGroup] }
	for _, c := range visible {
		if p := pick[c.TranslationGroup]; p == nil || rank(c) < rank(p) || (rank(c) == rank(p) && c.ID < p.ID) {
			pick[c.TranslationGroup] = c
		}
	}
	var out []*ent.Content
	for _, c := range visible {
		if pick[c.TranslationGroup] == c {
			out = append(out, c)
		}
	}
	return out
}

// visibleFiles are the files of the items the viewer sees, every version.
func (s scope) visibleFiles() []*ent.File { return s.filesOf(s.visibleContents()) }

// filesOf are every version of the files of contents.
func (s scope) filesOf(contents []*ent.Content) []*ent.File {
	items := setOf(idsOf(contents, func(c *ent.Content) string { return c.ID })...)
	var out []*ent.File
	for _, f := range s.w.files {
		if items[f.ContentID] {
			out = append(out, f)
		}
	}
	return out
}

// contentsWhere is what key gives for each listed item ("" counts not).
func (s scope) contentsWhere(key func(*ent.Content) string) idSet {
	return setOf(idsOf(s.listedContents(), key)...)
}

var contentMatrixEntities = []matrixEntity{
	{
		typename: "Content", list: "contents", prefix: ids.Content,
		rows: func(w *world) []string { return idsOf(w.contents, func(x *ent.Content) string { return x.ID }) },
		visible: func(s scope) idSet {
			return setOf(idsOf(s.visibleContents(), func(c *ent.Content) string { return c.ID })...)
		},
		listed: func(s scope) idSet { return s.contentsWhere(func(c *ent.Content) string { return c.ID }) },
		nested: []probe{
			{name: "contents→file→content", query: `{ contents(first: 100) { edges { node { file { content { id } } } } } }`,
				expect: func(s scope) idSet {
					return s.contentsWhere(func(c *ent.Content) string { return when(c.FileID != "", c.ID) })
				}},
			// An item's other language versions: only those the viewer may see on their own.
			{name: "contents→translations", query: `{ contents(first: 100) { edges { node { translations { id } } } } }`,
				expect: func(s scope) idSet {
					listed := s.contentsWhere(func(c *ent.Content) string { return c.TranslationGroup })
					out := idSet{}
					for _, c := range s.visibleContents() {
						if !listed[c.TranslationGroup] {
							continue
						}
						for _, l := range s.listedContents() {
							if l.TranslationGroup == c.TranslationGroup && l.ID != c.ID {
								out[c.ID] = true
							}
						}
					}
					return out
				}},
		},
		filtered: []probe{
			{name: "contents(status PUBLISHED, kind in decks and datasheets)",
				query: `{ contents(first: 100, where: {status: PUBLISHED, kindIn: [SALES_DECK, DATASHEET]}) { totalCount edges { node { id } } } }`,
				count: `{ contents(where: {status: PUBLISHED, kindIn: [SALES_DECK, DATASHEET]}) { totalCount } }`,
				expect: func(s scope) idSet {
					return s.contentsWhere(func(c *ent.Content) string {
						return when(c.Status == content.StatusPUBLISHED && (c.Kind == content.KindSALES_DECK || c.Kind == content.KindDATASHEET), c.ID)
					})
				}},
			{name: "contents(search deck)", query: `{ contents(first: 100, search: "DECK") { totalCount edges { node { id } } } }`,
				expect: func(s scope) idSet {
					return s.contentsWhere(func(c *ent.Content) string {
						text := strings.ToLower(c.Title + " " + c.Summary + " " + strings.Join(c.Tags, " "))
						return when(strings.Contains(text, "deck"), c.ID)
					})
				}},
		},
	},
	{
		typename: "File", prefix: ids.File,
		rows: func(w *world) []string { return idsOf(w.files, func(x *ent.File) string { return x.ID }) },
		visible: func(s scope) idSet {
			return setOf(idsOf(s.visibleFiles(), func(f *ent.File) string { return f.ID })...)
		},
		nested: []probe{
			{name: "contents→file", query: `{ contents(first: 100) { edges { node { file { id } } } } }`,
				expect: func(s scope) idSet { return s.contentsWhere(func(c *ent.Content) string { return c.FileID }) }},
			{name: "contents→files", query: `{ contents(first: 100) { edges { node { files { id } } } } }`,
				expect: func(s scope) idSet {
					return setOf(idsOf(s.filesOf(s.listedContents()), func(f *ent.File) string { return f.ID })...)
				}},
		},
		filtered: []probe{
			{name: "contents(kind DATASHEET)→file", query: `{ contents(first: 100, where: {kind: DATASHEET}) { edges { node { file { id } } } } }`,
				expect: func(s scope) idSet {
					return s.contentsWhere(func(c *ent.Content) string { return when(c.Kind == content.KindDATASHEET, c.FileID) })
				}},
		},
	},
}
