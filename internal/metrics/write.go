package metrics

import (
	"context"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/exchangerate"
	"github.com/partnerhub/partnerhub/ent/marginrate"
	"github.com/partnerhub/partnerhub/ent/programcost"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/money"
)

func currencyField(field, code string) (string, error) {
	c, ok := money.Currency(code)
	if !ok {
		return "", apperr.BadInput(field, "%q is not a currency PartnerHub accepts", code)
	}
	return c, nil
}

// midnight is the UTC day of t.
func midnight(t time.Time) time.Time { return t.UTC().Truncate(24 * time.Hour) }

// ExchangeRateInput is one rate: 1 From = Rate To from Date on.
type ExchangeRateInput struct {
	Date     time.Time
	From, To string
	Rate     float64
}

// CreateExchangeRate records a rate; a rate for the same pair and day exists at most once (rates
// are facts reports were computed from, so they are not edited).
func CreateExchangeRate(ctx context.Context, client *ent.Client, in ExchangeRateInput) (*ent.ExchangeRate, error) {
	from, err := currencyField("from", in.From)
	if err != nil {
		return nil, err
	}
	to, err := currencyField("to", in.To)
	if err != nil {
		return nil, err
	}
	if from == to {
		return nil, apperr.BadInput("to", "a rate converts between two different currencies")
	}
	if !(in.Rate > 0) || in.Rate > 1e9 {
		return nil, apperr.BadInput("rate", "a rate is a positive number")
	}
	day := midnight(in.Date)
	taken, err := client.ExchangeRate.Query().Where(exchangerate.FromCurrency(from), exchangerate.ToCurrency(to), exchangerate.Date(day)).Exist(ctx)
	if err != nil {
		return nil, err
	}
	if taken {
		return nil, &apperr.Error{Code: apperr.Conflict, Field: "date", Message: "a " + from + "→" + to + " rate for this day exists already"}
	}
	return client.ExchangeRate.Create().SetDate(day).SetFromCurrency(from).SetToCurrency(to).SetRate(in.Rate).Save(ctx)
}

// ProgramCostInput is one recorded program cost.
type ProgramCostInput struct {
	Category               programcost.Category
	PeriodStart, PeriodEnd time.Time
	Amount                 int64
	Currency, Note         string
}

// CreateProgramCost records what the program cost in a period.
func CreateProgramCost(ctx context.Context, client *ent.Client, in ProgramCostInput) (*ent.ProgramCost, error) {
	if err := programcost.CategoryValidator(in.Category); err != nil {
		return nil, apperr.BadInput("category", "unknown category %q", in.Category)
	}
	cur, err := currencyField("currency", in.Currency)
	if err != nil {
		return nil, err
	}
	start, end := midnight(in.PeriodStart), midnight(in.PeriodEnd)
	if !end.After(start) {
		return nil, apperr.BadInput("periodEnd", "the period ends after it starts")
	}
	if in.Amount <= 0 {
		return nil, apperr.BadInput("amount", "an amount is positive, in minor units")
	}
	if len(in.Note) > 500 {
		return nil, apperr.BadInput("note", "at most 500 characters")
	}
	return client.ProgramCost.Create().SetCategory(in.Category).SetPeriodStart(start).SetPeriodEnd(end).
		SetAmount(in.Amount).SetCurrency(cur).SetNote(strings.TrimSpace(in.Note)).Save(ctx)
}

// SetMarginRate sets the program's gross margin (product empty) or a product's.
func SetMarginRate(ctx context.Context, client *ent.Client, product string, bps int) (*ent.MarginRate, error) {
	product = strings.TrimSpace(product)
	if bps < 0 || bps > 10000 {
		return nil, apperr.BadInput("rateBps", "a margin is between 0 and 10000 basis points")
	}
	if len(product) > 200 {
		return nil, apperr.BadInput("product", "at most 200 characters")
	}
	existing, err := client.MarginRate.Query().Where(marginrate.Product(product)).Only(ctx)
	switch {
	case ent.IsNotFound(err):
		return client.MarginRate.Create().SetProduct(product).SetRateBps(bps).Save(ctx)
	case err != nil:
		return nil, err
	}
	return existing.Update().SetRateBps(bps).Save(ctx)
}
