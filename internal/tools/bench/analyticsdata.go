package bench

import (
	"context"
	"math"
	mrand "math/rand/v2"
	"time"

	"github.com/partnerhub/partnerhub/internal/ids"
)

// benchRates are the generated deals' currencies in USD per unit, around which the monthly rates
// move; USD itself needs none.
var benchRates = map[string]float64{"EUR": 1.08, "GBP": 1.27, "JPY": 0.0068, "AUD": 0.66}

// benchMarginBps is the program's gross margin when nothing else set one (the demo seed sets 35%).
const benchMarginBps = 3000

// generateAnalytics gives programMetrics its inputs over the generated deals' two years, on top of
// whatever the demo seed recorded: a rate into USD for every deal currency in every month (the demo has EUR↔USD for its own 18 months only, so converted revenue and ROPI would
// otherwise be null for a missing rate), a monthly program cost in a few currencies, and a
// program margin rate when there is none. Without them the metrics would answer notes instead of
// figures and the benchmark would measure less than a real dashboard asks for.
func generateAnalytics(ctx context.Context, ins *inserter, rng *mrand.Rand) error {
	now := time.Now().UTC()
	// From 26 months back: the oldest deals closed two years ago need a rate on or before that day.
	first := time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -26, 0)
	var rates, costs [][]any
	costCurrencies := []string{"USD", "USD", "EUR", "GBP"}
	for m := 0; m <= 27; m++ {
		day := first.AddDate(0, m, 0)
		if day.After(now) {
			break
		}
		// On the 15th: the demo's EUR rates are on the 1st, and (from, to, date) is unique.
		mid := day.AddDate(0, 0, 14)
		for _, from := range []string{"EUR", "GBP", "JPY", "AUD"} {
			// A gentle wave around the currency's rate, rounded as rates are published.
			rate := benchRates[from] * (1 + 0.03*math.Sin(float64(m)/4+float64(len(from))))
			rate = math.Round(rate*1e6) / 1e6
			rates = append(rates, []any{newID(ids.ExchangeRate, mid), mid, mid, mid, from, "USD", rate})
		}
		cur := costCurrencies[m%len(costCurrencies)]
		amount := int64(1_000_000 + rng.IntN(4_000_000))
		costs = append(costs, []any{newID(ids.ProgramCost, day), day, day, "OTHER", day, day.AddDate(0, 1, 0), amount, cur,
			"Bench partner events"})
	}
	if err := ins.insert(ctx, "exchange_rates", []string{"id", "created_at", "updated_at", "date", "from_currency",
		"to_currency", "rate"}, rates); err != nil {
		return err
	}
	if err := ins.insert(ctx, "program_costs", []string{"id", "created_at", "updated_at", "category", "period_start",
		"period_end", "amount", "currency", "note"}, costs); err != nil {
		return err
	}
	var n int
	if err := ins.tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM margin_rates WHERE product = ''`).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return ins.insert(ctx, "margin_rates", []string{"id", "created_at", "updated_at", "product", "rate_bps"},
			[][]any{{newID(ids.MarginRate, now), now, now, "", benchMarginBps}})
	}
	return nil
}
