package bench

import (
	"math/rand/v2"
	"testing"

	"github.com/partnerhub/partnerhub/internal/deal"
)

// falseAlarms counts the pairs of keys (all different companies) each rule flags.
func falseAlarms(keys []string) (whole, distinct int) {
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			if deal.Similarity(keys[i], keys[j]) >= deal.SimilarNameThreshold {
				whole++
			}
			if deal.NameSimilarity(keys[i], keys[j]) >= deal.SimilarNameThreshold {
				distinct++
			}
		}
	}
	return whole, distinct
}

// TestSimilarNameCheckOnGeneratedNames measures the similar-name rule on made-up companies, all
// different by construction, so every pair it flags is a false alarm. Scored on whole names, a
// shared business word ("Foods", "Motors") carried unrelated names past the threshold; scored no
// higher than their distinctive words, such pairs must be flagged at most half as often, and nine
// in ten of the misspellings (another legal form, a typo) the old rule caught must still match.
func TestSimilarNameCheckOnGeneratedNames(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 13))
	const n = 1000

	// The benchmark's customers: brands of several syllables, in several shapes of name.
	names := newCompanyNames()
	plain := make([]string, n)
	keys := make([]string, n)
	for i := range plain {
		plain[i] = names.next(rng)
		keys[i] = deal.NameKey(plain[i])
	}
	whole, distinct := falseAlarms(keys)
	t.Logf("benchmark names, %d pairs: %d false alarms scoring whole names, %d scoring distinctive words too", n*(n-1)/2, whole, distinct)
	if distinct > whole {
		t.Errorf("more false alarms than before: %d, was %d", distinct, whole)
	}

	// Small local firms: a short brand and one business word, where shared words matter most.
	local := newCompanyNames()
	keys = keys[:0]
	for len(keys) < n {
		if name := brandName(rng, 1) + " " + businessWords[rng.IntN(len(businessWords))]; local.claim(name) {
			keys = append(keys, deal.NameKey(name))
		}
	}
	whole, distinct = falseAlarms(keys)
	t.Logf("short brand + business word, %d pairs: %d false alarms scoring whole names, %d scoring distinctive words too", n*(n-1)/2, whole, distinct)
	if whole == 0 || distinct*2 > whole {
		t.Errorf("false alarms: %d before, %d after; want at most half", whole, distinct)
	}

	var variants, kept int
	for _, name := range plain {
		v := variantOf(rng, name)
		if v == "" || deal.Similarity(deal.NameKey(v), deal.NameKey(name)) < deal.SimilarNameThreshold {
			continue
		}
		variants++
		if deal.NameSimilarity(deal.NameKey(v), deal.NameKey(name)) >= deal.SimilarNameThreshold {
			kept++
		}
	}
	t.Logf("misspellings the whole-name rule flagged: %d; still flagged: %d (%.1f%%)", variants, kept, 100*float64(kept)/float64(variants))
	if variants < 500 || kept*10 < variants*9 {
		t.Errorf("misspellings still flagged: %d of %d, want nine in ten", kept, variants)
	}
}
