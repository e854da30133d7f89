package graph_test

import (
	"slices"
	"testing"

	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
)

// createTranslation adds a translation of id as token with a Markdown body.
func createTranslation(t *testing.T, s *apitest.Server, token, of string, input map[string]any) apitest.Response {
	t.Helper()
	input["translationOf"] = of
	input["kind"] = "PLAYBOOK"
	if _, ok := input["body"]; !ok {
		input["body"] = "# " + input["title"].(string)
	}
	return s.Query(t, token, `mutation($input: CreateContentInput!) { createContent(input: $input) { content { id language status } } }`,
		map[string]any{"input": input})
}

func mustCreateTranslation(t *testing.T, s *apitest.Server, token, of string, input map[string]any) string {
	t.Helper()
	var out struct {
		CreateContent struct{ Content struct{ ID, Language string } }
	}
	createTranslation(t, s, token, of, input).Decode(t, &out)
	return out.CreateContent.Content.ID
}

func setPreferredLanguage(t *testing.T, s *apitest.Server, token, lang string) apitest.Response {
	t.Helper()
	return s.Query(t, token, `mutation($l: String) { updateMyPreferences(input: {preferredLanguage: $l}) { user { preferredLanguage } } }`,
		map[string]any{"l": lang})
}

// shownOf is which of group the contents list shows token, by name.
func shownOf(t *testing.T, s *apitest.Server, token string, group map[string]string) []string {
	t.Helper()
	listed := contentIDs(t, s, token, "")
	var out []string
	for name, id := range group {
		if listed[id] {
			out = append(out, name)
		}
	}
	slices.Sort(out)
	return out
}

// TestContentTranslationsOnePerGroup: a partner user's list shows one version of each item: their
// preferred language when they may see it (also a regional variant of it), else the original, else
// another version they may see. The vendor lists every version.
func TestContentTranslationsOnePerGroup(t *testing.T) {
	s := apitest.New(t)
	admin, sales := s.Login(t, vendorAdmin), s.Login(t, acmeSales) // Acme: Gold
	original := mustCreateContent(t, s, admin, map[string]any{"title": "Onboarding guide", "kind": "PLAYBOOK", "language": "en"}, "guide.pdf", samplePDF("guide")).ID
	publishContent(t, s, admin, original, nil)
	de := mustCreateTranslation(t, s, admin, original, map[string]any{"title": "Einführung", "language": "de"})
	publishContent(t, s, admin, de, nil)
	fr := mustCreateTranslation(t, s, admin, original, map[string]any{"title": "Guide d'accueil", "language": "fr"}) // a draft
	es := mustCreateTranslation(t, s, admin, original, map[string]any{"title": "Guía", "language": "es", "minTierId": tierIDNamed(t, s, "Platinum")})
	publishContent(t, s, admin, es, nil)
	group := map[string]string{"en": original, "de": de, "fr": fr, "es": es}

	for _, c := range []struct{ pref, want string }{
		{"", "en"},      // no preference: the original
		{"de", "de"},    // the preferred language
		{"de-CH", "de"}, // a regional preference finds the language's version
		{"fr", "en"},    // the French version is a draft: the original
		{"es", "en"},    // the Spanish version is for Platinum partners: the original
		{"it", "en"},    // no Italian version: the original
	} {
		var out struct {
			UpdateMyPreferences struct {
				User struct{ PreferredLanguage *string }
			}
		}
		setPreferredLanguage(t, s, sales, c.pref).Decode(t, &out)
		if got := shownOf(t, s, sales, group); !slices.Equal(got, []string{c.want}) {
			t.Errorf("preferring %q the partner lists %v, want [%s]", c.pref, got, c.want)
		}
	}
	if got := shownOf(t, s, admin, group); !slices.Equal(got, []string{"de", "en", "es", "fr"}) {
		t.Errorf("the vendor lists %v, want every version", got)
	}

	// Content.translations shows each reader the other versions they may see.
	translations := func(token, id string) []string {
		var out struct {
			Node *struct {
				Translations []struct{ ID, Language string }
			}
		}
		s.Query(t, token, `query($id: ID!) { node(id: $id) { ... on Content { translations { id language } } } }`, map[string]any{"id": id}).Decode(t, &out)
		var langs []string
		for _, tr := range out.Node.Translations {
			langs = append(langs, tr.Language)
		}
		return langs
	}
	if got := translations(sales, original); !slices.Equal(got, []string{"de"}) {
		t.Errorf("the partner's translations of the original: %v, want [de]", got)
	}
	if got := translations(admin, de); !slices.Equal(got, []string{"en", "es", "fr"}) {
		t.Errorf("the vendor's translations of the German version: %v", got)
	}
	s.Query(t, sales, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": es}).ExpectCode(t, "NOT_FOUND")

	// Publishing the French version makes it the French reader's pick.
	publishContent(t, s, admin, fr, nil)
	setPreferredLanguage(t, s, sales, "fr").Decode(t, &struct{}{})
	if got := shownOf(t, s, sales, group); !slices.Equal(got, []string{"fr"}) {
		t.Errorf("preferring fr after publishing it: %v", got)
	}
	// With the original archived, a reader without a preference gets a version they may see.
	setPreferredLanguage(t, s, sales, "").Decode(t, &struct{}{})
	s.Query(t, admin, `mutation($id: ID!) { archiveContent(input: {id: $id}) { content { id } } }`, map[string]any{"id": original}).Decode(t, &struct{}{})
	if got := shownOf(t, s, sales, group); len(got) != 1 || got[0] == "en" || got[0] == "es" {
		t.Errorf("with the original archived the partner lists %v, want one visible translation", got)
	}
}

// TestContentTranslationsInput: language tags are BCP 47 (stored canonical) and a group has one
// item per language.
func TestContentTranslationsInput(t *testing.T) {
	s := apitest.New(t)
	admin, sales := s.Login(t, vendorAdmin), s.Login(t, acmeSales)
	original := mustCreateContent(t, s, admin, map[string]any{"title": "Price guide", "kind": "PRICE_LIST", "language": "EN-gb"}, "p.pdf", samplePDF("p")).ID
	var lang struct{ Node struct{ Language string } }
	s.Query(t, admin, `query($id: ID!) { node(id: $id) { ... on Content { language } } }`, map[string]any{"id": original}).Decode(t, &lang)
	if lang.Node.Language != "en-GB" {
		t.Errorf("language stored as %q, want en-GB", lang.Node.Language)
	}
	_, res := createContent(t, s, admin, map[string]any{"title": "x", "kind": "PLAYBOOK", "language": "english"}, "x.pdf", samplePDF("x"))
	if e := res.ExpectCode(t, "BAD_USER_INPUT"); e.Extensions["field"] != "language" {
		t.Errorf("bad tag: field %v", e.Extensions["field"])
	}
	setPreferredLanguage(t, s, sales, "klingon").ExpectCode(t, "BAD_USER_INPUT")
	var pref struct {
		UpdateMyPreferences struct {
			User struct{ PreferredLanguage *string }
		}
	}
	setPreferredLanguage(t, s, sales, "pt-br").Decode(t, &pref)
	if p := pref.UpdateMyPreferences.User.PreferredLanguage; p == nil || *p != "pt-BR" {
		t.Errorf("preferred language stored as %v, want pt-BR", p)
	}

	createTranslation(t, s, admin, original, map[string]any{"title": "Preisliste"}).ExpectCode(t, "BAD_USER_INPUT") // no language
	createTranslation(t, s, admin, original, map[string]any{"title": "Price guide (GB)", "language": "en-GB"}).ExpectCode(t, "BAD_USER_INPUT")
	de := mustCreateTranslation(t, s, admin, original, map[string]any{"title": "Preisliste", "language": "de"})
	createTranslation(t, s, admin, de, map[string]any{"title": "Preisliste 2", "language": "DE"}).ExpectCode(t, "BAD_USER_INPUT")
	fr := mustCreateTranslation(t, s, admin, de, map[string]any{"title": "Liste de prix", "language": "fr"}) // a translation of a translation joins the same group
	s.Query(t, admin, `mutation($id: ID!) { updateContent(input: {id: $id, language: "de"}) { content { id } } }`, map[string]any{"id": fr}).ExpectCode(t, "BAD_USER_INPUT")
	var translations struct {
		Node struct{ Translations []struct{ ID string } }
	}
	s.Query(t, admin, `query($id: ID!) { node(id: $id) { ... on Content { translations { id } } } }`, map[string]any{"id": original}).Decode(t, &translations)
	if len(translations.Node.Translations) != 2 {
		t.Errorf("the original has %d translations, want 2 (de, fr)", len(translations.Node.Translations))
	}
	createTranslation(t, s, admin, "cnt_missing", map[string]any{"title": "x", "language": "it"}).ExpectCode(t, "BAD_USER_INPUT")
}
