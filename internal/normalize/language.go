package normalize

import (
	"errors"
	"strings"

	"golang.org/x/text/language"
)

// ErrLanguage reports a value that is not a BCP 47 language tag of a known language.
var ErrLanguage = errors.New("not a BCP 47 language tag")

// Language checks a BCP 47 tag and writes it in its canonical form ("DE-de" becomes "de-DE"), so
// items and preferences compare like with like. The undetermined language ("und") is refused: it
// would match no one.
func Language(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 35 {
		return "", ErrLanguage
	}
	tag, err := language.Parse(s)
	if err != nil {
		return "", ErrLanguage
	}
	out := tag.String()
	// A private-use tag ("x-klingon") names no language.
	if _, conf := tag.Base(); conf == language.No || LanguageBase(out) == "und" {
		return "", ErrLanguage
	}
	return out, nil
}

// LanguageBase is the primary language subtag of a canonical tag: "de" for "de-CH".
func LanguageBase(tag string) string {
	base, _, _ := strings.Cut(tag, "-")
	return base
}
