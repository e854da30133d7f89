package metrics

import (
	"context"
	"math"
	"sort"
	"time"

	"golang.org/x/text/currency"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/exchangerate"
)

// converter turns amounts into the reporting currency at the latest rate on or before a date,
// never at today's rate: a deal closed in March is worth what it was worth in March.
type converter struct {
	to    string
	rates map[string][]*ent.ExchangeRate // by from-currency, oldest first
	// on remembers the conversion of each currency and day asked for: aggregates repeat them.
	on map[currencyDay]conversion
}

type currencyDay struct{ currency, day string }

// conversion is how an amount in a currency on a day becomes the reporting currency.
type conversion struct {
	day          time.Time
	rate, factor float64 // amount × rate × factor; rate 0 when none is recorded
	ok           bool
}

func loadRates(ctx context.Context, client *ent.Client, to string) (*converter, error) {
	list, err := client.ExchangeRate.Query().Where(exchangerate.ToCurrency(to)).
		Order(ent.Asc(exchangerate.FieldDate)).All(ctx)
	if err != nil {
		return nil, err
	}
	c := &converter{to: to, rates: map[string][]*ent.ExchangeRate{}, on: map[currencyDay]conversion{}}
	for _, r := range list {
		c.rates[r.FromCurrency] = append(c.rates[r.FromCurrency], r)
	}
	return c, nil
}

// at is the conversion from a currency on a day (YYYY-MM-DD), computed once per request.
func (c *converter) at(from, day string) conversion {
	k := currencyDay{from, day}
	if cv, ok := c.on[k]; ok {
		return cv
	}
	cv := conversion{day: parseDay(day)}
	if cv.rate, cv.ok = c.rateOn(from, cv.day); cv.ok {
		cv.factor = minorFactor(from, c.to)
	}
	c.on[k] = cv
	return cv
}

// rateOn is the rate from → to in force on day, and whether there is one.
func (c *converter) rateOn(from string, day time.Time) (float64, bool) {
	if from == c.to {
		return 1, true
	}
	list := c.rates[from]
	i := sort.Search(len(list), func(i int) bool { return list[i].Date.After(day) })
	if i == 0 {
		return 0, false
	}
	return list[i-1].Rate, true
}

// minorFactor scales minor units of from into minor units of to (rates are quoted per major unit:
// 1 EUR = 1.08 USD, while a JPY has no cents).
func minorFactor(from, to string) float64 {
	return math.Pow10(digits(to) - digits(from))
}

func digits(code string) int {
	u, err := currency.ParseISO(code)
	if err != nil {
		return 2
	}
	scale, _ := currency.Standard.Rounding(u)
	return scale
}

// sum adds converted amounts and remembers, per currency, the earliest day without a rate.
type sum struct {
	total   float64
	count   int
	missing map[string]time.Time
}

// add adds count items worth amount in currency from, converted as cv (c.at(from, day)).
func (s *sum) add(cv conversion, from string, amount float64, count int) {
	s.count += count
	if !cv.ok {
		if s.missing == nil {
			s.missing = map[string]time.Time{}
		}
		if d, seen := s.missing[from]; !seen || cv.day.Before(d) {
			s.missing[from] = cv.day
		}
		return
	}
	s.total += amount * cv.rate * cv.factor
}

// figure is the converted sum, or no value and the missing rates.
func (s *sum) figure(key Key, to string) *Figure {
	f := &Figure{Key: key, Currency: to, Converted: true, Count: s.count}
	if len(s.missing) == 0 {
		f.Value = ptr(math.Round(s.total))
		return f
	}
	for from, d := range s.missing {
		f.MissingRates = append(f.MissingRates, MissingRate{From: from, To: to, Date: d})
	}
	sort.Slice(f.MissingRates, func(i, j int) bool { return f.MissingRates[i].From < f.MissingRates[j].From })
	f.Note = "a rate is missing: record it and ask again"
	return f
}
