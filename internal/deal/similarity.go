package deal

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// SimilarNameThreshold is the Jaro-Winkler similarity of two normalized company names at and above
// which a registration is flagged as possibly the same customer as another account (SIMILAR_NAME).
// At 0.88, "Acme Corp." and "ACME Corporation, Inc." (identical once normalized, 1.0) and "Acme
// Industries"/"Acme Industrial" (0.97) match, while "Acme"/"Apex" (0.70) and "Globex"/"Globe
// Logistics" (0.84) do not. A match only informs the reviewer; it never blocks on its own.
const SimilarNameThreshold = 0.88

// legalWords are dropped from company names before comparing: they tell the legal form, not the
// company ("Acme GmbH" is the same customer as "ACME Inc.").
var legalWords = map[string]bool{
	"the": true, "inc": true, "incorporated": true, "corp": true, "corporation": true, "co": true, "company": true,
	"llc": true, "llp": true, "lp": true, "ltd": true, "limited": true, "plc": true, "gmbh": true, "ag": true, "kg": true,
	"sa": true, "sas": true, "sarl": true, "srl": true, "spa": true, "bv": true, "nv": true, "oy": true, "ab": true, "as": true,
	"aps": true, "pty": true, "kk": true, "pte": true, "group": true, "holding": true, "holdings": true,
}

// NameKey reduces a company name to what identifies the company: lower case, accents and
// punctuation removed, "&" read as "and", legal forms dropped.
func NameKey(name string) string {
	decomposed := norm.NFD.String(strings.ToLower(name))
	var b strings.Builder
	for _, r := range decomposed {
		switch {
		case unicode.Is(unicode.Mn, r): // accents
		case r == '&':
			b.WriteString(" and ")
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case r == '.' || r == '\'':
			// "A.C.M.E." and "O'Brien" read as one word.
		default:
			b.WriteByte(' ')
		}
	}
	var words []string
	for _, w := range strings.Fields(b.String()) {
		if !legalWords[w] {
			words = append(words, w)
		}
	}
	return strings.Join(words, " ")
}

// NameSimilarity is how alike two name keys are as company names: the Jaro-Winkler similarity of
// the whole keys, but no more than that of their distinctive words (genericWords set aside) when
// both have some. A shared "Foods" no longer carries "Korvexa Foods" and "Kovara Foods" past the
// threshold (0.83, where the whole names score 0.90), while "Acme Industries" and "Acme
// Industrial" (0.95) and a typo in the brand still match.
func NameSimilarity(a, b string) float64 {
	whole := Similarity(a, b)
	da, db := distinctive(a), distinctive(b)
	if da == "" || db == "" {
		return whole
	}
	return min(whole, Similarity(da, db))
}

// distinctive is a name key without its generic words.
func distinctive(key string) string {
	var words []string
	for _, w := range strings.Fields(key) {
		if !genericWords[w] {
			words = append(words, w)
		}
	}
	return strings.Join(words, " ")
}

// Similarity is the Jaro-Winkler similarity (0 to 1) of two name keys.
func Similarity(a, b string) float64 {
	if a == b {
		return 1
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) == 0 || len(rb) == 0 {
		return 0
	}
	window := max(len(ra), len(rb))/2 - 1
	window = max(window, 0)
	matchedA := make([]bool, len(ra))
	matchedB := make([]bool, len(rb))
	matches := 0
	for i := range ra {
		for j := max(0, i-window); j < min(len(rb), i+window+1); j++ {
			if !matchedB[j] && ra[i] == rb[j] {
				matchedA[i], matchedB[j] = true, true
				matches++
				break
			}
		}
	}
	if matches == 0 {
		return 0
	}
	transpositions, k := 0, 0
	for i := range ra {
		if !matchedA[i] {
			continue
		}
		for !matchedB[k] {
			k++
		}
		if ra[i] != rb[k] {
			transpositions++
		}
		k++
	}
	m := float64(matches)
	jaro := (m/float64(len(ra)) + m/float64(len(rb)) + (m-float64(transpositions)/2)/m) / 3
	prefix := 0
	for prefix < min(4, len(ra), len(rb)) && ra[prefix] == rb[prefix] {
		prefix++
	}
	return jaro + float64(prefix)*0.1*(1-jaro)
}
