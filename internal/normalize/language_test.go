package normalize

import "testing"

func TestLanguage(t *testing.T) {
	for in, want := range map[string]string{"en": "en", "DE-de": "de-DE", " fr-CA ": "fr-CA", "de_DE": "de-DE", "zh-hant-tw": "zh-Hant-TW"} {
		if got, err := Language(in); err != nil || got != want {
			t.Errorf("Language(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"", "english", "xx", "x-klingon", "und", "und-DE", "en-", "e n"} {
		if got, err := Language(in); err == nil {
			t.Errorf("Language(%q) = %q, want an error", in, got)
		}
	}
	if got := LanguageBase("de-CH"); got != "de" {
		t.Errorf("LanguageBase(de-CH) = %q", got)
	}
}
