package normalize

import "strings"

// matchPrefix is how many leading letters of a company's name key its match keys cover.
const matchPrefix = 5

// MatchKeys are the blocking keys of a company name key: its first five letters and digits
// (spaces dropped) and every way of deleting one of them. Two names whose beginnings are within
// one typo of each other (a letter wrong, missing, added, or two swapped) share a key, so the
// similar-name check finds its candidates by index lookup of a handful of keys instead of
// comparing a registration with every account. Names that differ in their first letters by more
// than that are not compared at all: with a similarity measure that weighs the beginning of a
// name most, they are nearly always different companies that share a business word
// ("Slosantounus Distribution" and "Skoufantonus Distribution").
func MatchKeys(nameKey string) []string {
	prefix := []rune(strings.ReplaceAll(nameKey, " ", ""))
	if len(prefix) == 0 {
		return nil
	}
	prefix = prefix[:min(len(prefix), matchPrefix)]
	keys := []string{string(prefix)}
	if len(prefix) == 1 {
		return keys
	}
	seen := map[string]bool{keys[0]: true}
	for i := range prefix {
		k := string(prefix[:i]) + string(prefix[i+1:])
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	return keys
}

// ShareMatchKey reports whether two name keys have a match key in common.
func ShareMatchKey(a, b string) bool {
	kb := MatchKeys(b)
	for _, k := range MatchKeys(a) {
		for _, x := range kb {
			if k == x {
				return true
			}
		}
	}
	return false
}

// Lexemes writes keys as PostgreSQL text-search lexemes joined by sep: with " " it is the
// tsvector an account stores its keys in, with " | " the tsquery that finds any of them. Name
// keys hold only letters and digits, but quoting keeps any other character a literal.
func Lexemes(keys []string, sep string) string {
	quoted := make([]string, len(keys))
	for i, k := range keys {
		quoted[i] = "'" + strings.NewReplacer(`\`, `\\`, `'`, `''`).Replace(k) + "'"
	}
	return strings.Join(quoted, sep)
}
