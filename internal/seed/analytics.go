package seed

import (
	"context"
	"math"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/programcost"
)

// demoMarginBps is the demo program's gross margin: 35%.
const demoMarginBps = 3500

// demoAnalytics gives program analytics its inputs over the demo deals' 18 months: an EUR↔USD rate
// on the first of every month (so EUR deals convert at their close month's rate), the program's
// monthly costs and its margin rate.
func demoAnalytics(ctx context.Context, c *ent.Client, now time.Time) error {
	first := time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -demoMonths-1, 0)
	var rates []*ent.ExchangeRateCreate
	var costs []*ent.ProgramCostCreate
	for m := 0; m <= demoMonths+1; m++ {
		day := first.AddDate(0, m, 0)
		// A gentle wave around 1.08 USD per EUR, rounded as rates are published.
		eurUSD := math.Round((1.08+0.04*math.Sin(float64(m)/3))*10000) / 10000
		rates = append(rates,
			c.ExchangeRate.Create().SetDate(day).SetFromCurrency("EUR").SetToCurrency("USD").SetRate(eurUSD),
			c.ExchangeRate.Create().SetDate(day).SetFromCurrency("USD").SetToCurrency("EUR").SetRate(math.Round(10000/eurUSD)/10000))
		end := day.AddDate(0, 1, 0)
		cost := func(cat programcost.Category, amount int64, currency, note string) {
			costs = append(costs, c.ProgramCost.Create().SetCategory(cat).SetPeriodStart(day).SetPeriodEnd(end).
				SetAmount(amount).SetCurrency(currency).SetNote(note))
		}
		cost(programcost.CategoryHEADCOUNT, 4_200_000, "USD", "Two partner account managers")
		cost(programcost.CategoryTOOLS, 350_000, "USD", "PRM hosting and e-signature")
		if m%3 == 0 {
			cost(programcost.CategoryENABLEMENT, 1_500_000, "USD", "Quarterly partner bootcamp")
			cost(programcost.CategorySPIFF, 900_000+int64(m)*40_000, "EUR", "EMEA sales incentive")
		}
		if m%6 == 5 {
			cost(programcost.CategoryREBATE, 2_800_000, "USD", "Half-year rebates")
		}
	}
	if err := c.ExchangeRate.CreateBulk(rates...).Exec(ctx); err != nil {
		return err
	}
	if err := c.ProgramCost.CreateBulk(costs...).Exec(ctx); err != nil {
		return err
	}
	return c.MarginRate.Create().SetRateBps(demoMarginBps).Exec(ctx)
}
