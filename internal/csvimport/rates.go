package csvimport

import (
	"context"
	"io"
	"strconv"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/metrics"
)

// ExchangeRateColumns are the columns of an exchange rate import: one rate per row, 1 from = rate
// to from date (YYYY-MM-DD) on.
var ExchangeRateColumns = []string{"date", "from", "to", "rate"}

// ExchangeRates imports exchange rates, each checked as createExchangeRate checks one (a pair and
// day at most once).
func ExchangeRates(ctx context.Context, client *ent.Client, r io.Reader, dryRun bool) (Report, error) {
	t, err := read(r, ExchangeRateColumns, ExchangeRateColumns)
	if err != nil {
		return Report{}, err
	}
	return importRows(ctx, client, t, dryRun, func(ctx context.Context, row map[string]string) error {
		day, err := time.Parse("2006-01-02", row["date"])
		if err != nil {
			return apperr.BadInput("date", "%q is not a date like 2026-03-31", row["date"])
		}
		rate, err := strconv.ParseFloat(row["rate"], 64)
		if err != nil {
			return apperr.BadInput("rate", "%q is not a number", row["rate"])
		}
		_, err = metrics.CreateExchangeRate(ctx, client, metrics.ExchangeRateInput{Date: day, From: row["from"], To: row["to"], Rate: rate})
		return err
	})
}
