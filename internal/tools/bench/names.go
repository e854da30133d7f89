package bench

import (
	"math/rand/v2"
	"strings"
	"sync"

	"github.com/partnerhub/partnerhub/internal/deal"
)

// Customer names feed registration's similar-name check (Jaro-Winkler >= 0.88 on the name key;
// names_test.go measures its false alarms and misses on these names),
// so they must be about as distinct as real ones. That check is harsh on made-up names: two keys
// that share their first letters, or a business word and a few letters, score 0.88 easily, and
// brands joined from three lists of ~55 syllables gave 95% of names such a neighbour among
// 20,000. Brands are therefore built from letter groups (onset, vowels, joining consonants, an
// ending: billions of brands, few sharing a prefix), and names come in several shapes, since keys
// of different lengths and word counts rarely score high against each other. About 5% of names
// have a neighbour at 0.88 among 20,000.
var (
	brandOnsets = []string{"b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z",
		"br", "cr", "dr", "fr", "gr", "kr", "pr", "tr", "bl", "cl", "fl", "gl", "pl", "sl", "st", "sk", "sp", "sh", "ch",
		"th", "qu", "ph", "", "", ""}
	brandVowels = []string{"a", "e", "i", "o", "u", "a", "e", "i", "o", "u", "a", "e", "i", "o", "y"}
	// brandDiphthongs stand in for a vowel now and then; one per brand keeps it pronounceable.
	brandDiphthongs = []string{"ai", "ea", "io", "ou", "au", "ei"}
	brandJoins      = []string{"b", "c", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "z", "nd", "nt",
		"st", "tr", "ll", "rr", "ss", "th", "lt", "rm", "rn", "sk"}
	// brandEndings start with a consonant: every brand's last syllable ends in a vowel.
	brandEndings = []string{"", "", "", "n", "r", "s", "x", "l", "k", "th", "nd", "ra", "na", "ta", "ria", "lia", "nia",
		"tek", "ton", "lon", "dor", "dex", "rix", "nex", "lis", "ris", "tus", "nus", "mar", "nor", "tor", "via", "tis",
		"vo", "lo", "ro", "zen", "ran", "len", "dis", "xa", "sa", "ca", "gen", "lux", "dyn", "plex", "vex"}
	businessWords = []string{"Systems", "Logistics", "Analytics", "Health", "Foods", "Energy", "Labs", "Partners",
		"Software", "Manufacturing", "Robotics", "Networks", "Capital", "Pharma", "Media", "Motors", "Materials",
		"Security", "Insurance", "Telecom", "Aerospace", "Consulting", "Industries", "Technologies", "Medical",
		"Engineering", "Mobility", "Textiles", "Instruments", "Retail", "Biotech", "Chemicals", "Plastics", "Steel",
		"Electronics", "Devices", "Diagnostics", "Therapeutics", "Hospitality", "Travel", "Shipping", "Freight",
		"Construction", "Builders", "Properties", "Farms", "Dairy", "Beverages", "Brewing", "Cosmetics", "Apparel",
		"Furniture", "Printing", "Publishing", "Studios", "Games", "Staffing", "Advisors", "Payments", "Ventures",
		"Utilities", "Solar", "Mining", "Metals", "Automotive", "Aviation", "Defense", "Wireless", "Automation",
		"Equipment", "Supply", "Distribution", "Trading", "Outfitters", "Dental", "Clinics", "Optics", "Packaging"}
	// businessPhrases make the longer names ("Korvexa Freight Services").
	businessPhrases = []string{"Health Partners", "Energy Solutions", "Freight Services", "Data Systems",
		"Medical Devices", "Financial Services", "Power Systems", "Water Technologies", "Life Sciences",
		"Capital Partners", "Home Care", "Building Products", "Marine Services", "Auto Parts", "Solar Power",
		"Clinical Labs", "Digital Media", "Supply Chain", "Cloud Services", "Security Solutions", "Industrial Supply",
		"Precision Tools", "Steel Works", "Paper Mills", "Pet Care", "Travel Services", "Wealth Management",
		"Real Estate", "Air Cargo", "Fresh Foods", "Office Supplies", "Family Dental", "Cold Storage", "Fire Protection",
		"Waste Management", "Fleet Services", "Event Rentals", "Print Solutions", "Crop Sciences", "Wind Power",
		"Smart Home", "Craft Brewery", "Sports Nutrition", "Private Equity", "Legal Services", "Senior Living",
		"Specialty Chemicals", "Fiber Networks", "Heavy Equipment", "Packaging Solutions"}
	// legalSuffixes are all words NameKey drops: "Korvexa Labs GmbH" has the key of "Korvexa Labs".
	legalSuffixes = []string{"Inc.", "GmbH", "Ltd", "LLC", "AG", "S.A.", "B.V.", "plc", "Corp.", "Group"}
)

// brandName makes up a company's distinctive word: an onset and a vowel, joins more syllables
// (a consonant and a vowel each), an ending.
func brandName(rng *rand.Rand, joins int) string {
	for {
		var b strings.Builder
		diphthong := false
		vowel := func() {
			if !diphthong && rng.IntN(6) == 0 {
				diphthong = true
				b.WriteString(brandDiphthongs[rng.IntN(len(brandDiphthongs))])
				return
			}
			b.WriteString(brandVowels[rng.IntN(len(brandVowels))])
		}
		b.WriteString(brandOnsets[rng.IntN(len(brandOnsets))])
		vowel()
		for range joins {
			b.WriteString(brandJoins[rng.IntN(len(brandJoins))])
			vowel()
		}
		b.WriteString(brandEndings[rng.IntN(len(brandEndings))])
		if s := b.String(); !unfortunate(s) {
			return strings.ToUpper(s[:1]) + s[1:]
		}
	}
}

// unfortunate reports a brand that random letters made rude: it would show in screenshots of the
// benchmark's data.
func unfortunate(brand string) bool {
	for _, w := range []string{"shit", "fuk", "cunt", "fag", "rape", "nazi", "piss", "twat", "slut"} {
		if strings.Contains(brand, w) {
			return true
		}
	}
	return false
}

// randomCompanyName makes up one company name; it may repeat an earlier one (see companyNames).
func randomCompanyName(rng *rand.Rand) string {
	var name string
	switch r := rng.IntN(100); {
	case r < 30: // the brand alone, a longer one as no other word tells it apart
		name = brandName(rng, 2+rng.IntN(2))
	case r < 80:
		name = brandName(rng, 2+rng.IntN(4)/3) + " " + businessWords[rng.IntN(len(businessWords))]
	case r < 90:
		name = brandName(rng, 2+rng.IntN(4)/3) + " " + businessPhrases[rng.IntN(len(businessPhrases))]
	default: // founders' names
		name = brandName(rng, 1+rng.IntN(2)) + " & " + brandName(rng, 1+rng.IntN(2))
	}
	if rng.IntN(100) < 35 {
		name += " " + legalSuffixes[rng.IntN(len(legalSuffixes))]
	}
	return name
}

// companyNames hands out company names whose name keys it has not handed out before: a customer
// is one company however often the generator draws it. It is safe for concurrent use.
type companyNames struct {
	mu    sync.Mutex
	taken map[string]bool
}

func newCompanyNames() *companyNames { return &companyNames{taken: map[string]bool{}} }

// next draws names until one is new. There are billions of keys, so this ends after a draw or
// two even late in a long run.
func (c *companyNames) next(rng *rand.Rand) string {
	for {
		if name := randomCompanyName(rng); c.claim(name) {
			return name
		}
	}
}

// claim reserves name's key and reports whether it was still free.
func (c *companyNames) claim(name string) bool {
	key := deal.NameKey(name)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.taken[key] {
		return false
	}
	c.taken[key] = true
	return true
}

// nearDuplicate returns a variant of name that the similar-name check flags, as a partner
// registering a customer someone already holds might write it: another legal form, or a typo in
// the brand. It returns "" when the typo it drew changed a short brand too much.
func nearDuplicate(rng *rand.Rand, name string) string {
	variant := variantOf(rng, name)
	if variant == "" || deal.NameSimilarity(deal.NameKey(variant), deal.NameKey(name)) < deal.SimilarNameThreshold {
		return ""
	}
	return variant
}

// variantOf writes name as someone else might: another legal form or none, or a typo in the
// brand. It returns "" for a brand too short to misspell and for a variant equal to name.
func variantOf(rng *rand.Rand, name string) string {
	words := strings.Fields(name)
	if len(words) == 0 || len(words[0]) < 4 {
		return ""
	}
	hadLegalForm := false
	if last := words[len(words)-1]; len(words) > 1 && deal.NameKey(last) == "" {
		words, hadLegalForm = words[:len(words)-1], true
	}
	if rng.IntN(2) == 0 {
		// Another legal form, or none: the same key, the surest match.
		if hadLegalForm && rng.IntN(2) == 0 {
			return strings.Join(words, " ")
		}
		if variant := strings.Join(words, " ") + " " + legalSuffixes[rng.IntN(len(legalSuffixes))]; variant != name {
			return variant
		}
	}
	// A typo past the first letter, which people rarely get wrong.
	b := []byte(words[0])
	i := 1 + rng.IntN(len(b)-1)
	switch rng.IntN(4) {
	case 0: // a wrong letter
		c := byte('a' + rng.IntN(26))
		if c == b[i] {
			c = 'a' + (c-'a'+1)%26
		}
		b[i] = c
	case 1: // a letter left out
		b = append(b[:i], b[i+1:]...)
	case 2: // a letter typed twice
		b = append(b[:i+1], b[i:]...)
	default: // two letters swapped
		i = min(i, len(b)-2)
		b[i], b[i+1] = b[i+1], b[i]
	}
	words[0] = string(b)
	if variant := strings.Join(words, " "); variant != name {
		return variant
	}
	return ""
}
