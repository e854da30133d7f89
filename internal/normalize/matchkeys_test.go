package normalize_test

import (
	"slices"
	"testing"

	"github.com/partnerhub/partnerhub/internal/normalize"
)

func TestMatchKeys(t *testing.T) {
	for key, want := range map[string][]string{
		"acme industries": {"acmei", "cmei", "amei", "acei", "acmi", "acme"},
		"3m":              {"3m", "m", "3"},
		"x":               {"x"},
		"aaa":             {"aaa", "aa"},
		"":                nil,
	} {
		if got := normalize.MatchKeys(key); !slices.Equal(got, want) {
			t.Errorf("MatchKeys(%q) = %q, want %q", key, got, want)
		}
	}
}

// A typo at the start of a name is what makes two registrations of one customer look different;
// each kind of typo must leave a key in common, and different companies in one trade must not.
func TestShareMatchKey(t *testing.T) {
	for _, c := range []struct {
		a, b  string
		share bool
	}{
		{"initech", "intech", true},                  // a letter missing
		{"globex", "globbex", true},                  // a letter added
		{"acme industries", "axme industries", true}, // a letter wrong
		{"stark", "tsark", true},                     // two letters swapped
		{"nakatomi trading", "nakatomi", true},       // a word more
		{"slosantounus distribution", "skoufantonus distribution", false},
		{"acme", "apex", false},
		{"", "acme", false},
	} {
		if got := normalize.ShareMatchKey(c.a, c.b); got != c.share {
			t.Errorf("ShareMatchKey(%q, %q) = %v, want %v", c.a, c.b, got, c.share)
		}
	}
}

func TestLexemesQuote(t *testing.T) {
	if got := normalize.Lexemes([]string{"acme", `o'b\r`}, " | "); got != `'acme' | 'o''b\\r'` {
		t.Errorf("Lexemes = %s", got)
	}
}
