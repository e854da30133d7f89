package metrics

import "time"

// Figure is one number of one metric for one group (and currency, for money).
type Figure struct {
	Key Key
	// Group is the partner, tier, partner type, region or month (YYYY-MM) the figure is for;
	// empty for the whole program.
	Group, GroupLabel string
	// Currency of a money figure; empty otherwise. Converted says it is in the reporting currency.
	Currency  string
	Converted bool
	// Value is nil when it cannot be computed: nothing to divide by, or a rate is missing.
	Value                  *float64
	Numerator, Denominator *float64
	// Count is how many deals (or partners) the figure is made of.
	Count        int
	MissingRates []MissingRate
	Note         string
}

// MissingRate names an exchange rate a figure needs and the program does not have: no rate from
// From to To on or before Date.
type MissingRate struct {
	From, To string
	Date     time.Time
}

func ptr(v float64) *float64 { return &v }

// ratio is num/den, nil when den is 0.
func ratio(num, den float64) *float64 {
	if den == 0 {
		return nil
	}
	return ptr(num / den)
}
