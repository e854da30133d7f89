package deal

import (
	"cmp"
	"slices"
	"strings"
)

// TrigramThreshold is the share of trigrams two name keys must have in common before their
// Jaro-Winkler similarity is even computed. It is what lets PostgreSQL find the candidates through
// a trigram index instead of reading every held account, and it equals pg_trgm's default
// similarity_threshold, which its % operator applies. It costs little recall: pairs Jaro-Winkler
// rates 0.88 or more nearly always share far more ("Globex"/"Globx" 0.44, "Initech"/"Intech" 0.50);
// what it drops is a transposition in a short name ("Stark"/"Strak": Jaro-Winkler 0.95, trigrams
// 0.20), where a one-word name of five letters says little about whether it is one company.
const TrigramThreshold = 0.3

// TrigramSimilarity is pg_trgm's similarity of two name keys: the trigrams of their words, each
// padded with two spaces in front and one behind, shared divided by all distinct ones. Name keys
// hold only letters, digits and single spaces, so their words are pg_trgm's words, and SQLite,
// which has no pg_trgm, flags the same pairs PostgreSQL does.
func TrigramSimilarity(a, b string) float64 {
	return trigramsOf(a).similarity(trigramsOf(b))
}

type trigram [3]rune

// trigramSet is a name key's distinct trigrams in order, so two sets compare in one merge; the
// check scores many held names against one registration without building maps.
type trigramSet []trigram

func trigramsOf(key string) trigramSet {
	var set trigramSet
	for _, w := range strings.Fields(key) {
		r := []rune("  " + w + " ")
		for i := 0; i+3 <= len(r); i++ {
			set = append(set, trigram{r[i], r[i+1], r[i+2]})
		}
	}
	slices.SortFunc(set, compareTrigrams)
	return slices.Compact(set)
}

func compareTrigrams(a, b trigram) int {
	for i := range a {
		if a[i] != b[i] {
			return cmp.Compare(a[i], b[i])
		}
	}
	return 0
}

func (a trigramSet) similarity(b trigramSet) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	shared := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch c := compareTrigrams(a[i], b[j]); {
		case c == 0:
			shared++
			i++
			j++
		case c < 0:
			i++
		default:
			j++
		}
	}
	return float64(shared) / float64(len(a)+len(b)-shared)
}
