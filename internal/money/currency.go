// Package money holds the rules for amounts: integer minor units with an ISO-4217 currency, never
// floats, never summed across currencies.
package money

import "strings"

// currencies are the ISO-4217 codes PartnerHub accepts: the currencies B2B software is sold in.
var currencies = map[string]bool{
	"USD": true, "EUR": true, "GBP": true, "JPY": true, "CHF": true, "CAD": true, "AUD": true, "NZD": true,
	"SEK": true, "NOK": true, "DKK": true, "PLN": true, "CZK": true, "HUF": true, "RON": true, "BGN": true,
	"SGD": true, "HKD": true, "CNY": true, "INR": true, "KRW": true, "TWD": true, "THB": true, "MYR": true,
	"IDR": true, "PHP": true, "VND": true, "BRL": true, "MXN": true, "ARS": true, "CLP": true, "COP": true,
	"PEN": true, "ZAR": true, "AED": true, "SAR": true, "ILS": true, "TRY": true, "EGP": true, "NGN": true,
	"KES": true,
}

// Currency normalizes a currency code and reports whether it is one PartnerHub accepts.
func Currency(code string) (string, bool) {
	code = strings.ToUpper(strings.TrimSpace(code))
	return code, currencies[code]
}
