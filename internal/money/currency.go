// Package money holds the rules for amounts: integer minor units with an ISO-4217 currency, never
// floats, never summed across currencies.
package money

import (
	"strings"

	"golang.org/x/text/currency"
)

// The one list of currencies PartnerHub accepts, for deals and tiers alike: the ISO-4217 currencies
// that are legal tender somewhere today. It comes from golang.org/x/text/currency (CLDR data), so a
// precious metal (XAU), the IMF's drawing right (XDR), the testing code (XTS) or "no currency" (XXX)
// is refused, as is a currency withdrawn before CLDR's snapshot.
//
// That snapshot predates a few ISO-4217 changes; iso4217Since corrects them. The test
// TestCorrectionsStillNeeded fails once golang.org/x/text catches up, so an entry here is deleted
// rather than kept past its use.
var iso4217Since = struct{ added, withdrawn []string }{
	added: []string{
		"MRU", // Mauritanian ouguiya, redenominated 2018 (replaces MRO)
		"VES", // Venezuelan bolívar soberano, 2018 (replaces VEF)
		"SLE", // Sierra Leonean leone, redenominated 2022 (replaces SLL)
		"ZWL", // Zimbabwean dollar, in use again from 2019
		"SVC", // Salvadoran colón: still in ISO-4217 beside USD, which CLDR lists as El Salvador's tender
	},
	withdrawn: []string{
		"MRO", "VEF", "SLL",
		"CUC", // Cuban convertible peso, withdrawn 2021
		"HRK", // Croatian kuna: Croatia adopted the euro in 2023
	},
}

// currencies is the accepted set, built once from the CLDR data and the corrections above.
var currencies = func() map[string]bool {
	m := map[string]bool{}
	// The default query: units that are legal tender in some region at present (not historical,
	// not non-tender).
	for it := currency.Query(); it.Next(); {
		m[it.Unit().String()] = true
	}
	for _, c := range iso4217Since.added {
		m[c] = true
	}
	for _, c := range iso4217Since.withdrawn {
		delete(m, c)
	}
	return m
}()

// Currency normalizes a currency code (trimmed, upper case) and reports whether it is one
// PartnerHub accepts: an ISO-4217 currency that is legal tender today.
func Currency(code string) (string, bool) {
	code = strings.ToUpper(strings.TrimSpace(code))
	return code, currencies[code]
}
