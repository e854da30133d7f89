package seed

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/programcost"
	"github.com/partnerhub/partnerhub/ent/user"
)

// demoMarginBps is the demo program's gross margin: 35%; demoProductMargins are the products
// whose margin differs from it.
const demoMarginBps = 3500

var demoProductMargins = map[string]int{"Premium support": 6000, "Training": 2000}

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
	margins := []*ent.MarginRateCreate{c.MarginRate.Create().SetRateBps(demoMarginBps)}
	for product, bps := range demoProductMargins {
		margins = append(margins, c.MarginRate.Create().SetProduct(product).SetRateBps(bps))
	}
	if err := c.MarginRate.CreateBulk(margins...).Exec(ctx); err != nil {
		return err
	}
	return demoSurveys(ctx, c, now)
}

// demoSurveys: two partner pulses, nine and two months ago, answered by most partner people; one
// link of the latest is left unanswered for trying the answer page.
func demoSurveys(ctx context.Context, c *ent.Client, now time.Time) error {
	rng := rand.New(rand.NewPCG(demoSeed, 17))
	admin, err := c.User.Query().Where(user.RoleEQ(user.RoleADMIN)).Order(ent.Asc(user.FieldEmail)).First(ctx)
	if err != nil {
		return err
	}
	people, err := c.User.Query().Where(user.RoleIn(user.RolePARTNER_ADMIN, user.RolePARTNER_SALES), user.StatusEQ(user.StatusACTIVE)).
		WithPartner().Order(ent.Asc(user.FieldEmail)).All(ctx)
	if err != nil {
		return err
	}
	for i, monthsAgo := range []int{9, 2} {
		sent := now.AddDate(0, -monthsAgo, 0)
		sv, err := c.Survey.Create().SetTitle([]string{"Partner pulse, spring", "Partner pulse, autumn"}[i]).
			SetNpsQuestion("How likely are you to recommend our partner program to a peer?").
			SetQuestions([]string{"What should we change first?"}).SetCreatedByID(admin.ID).SetSentAt(sent).Save(ctx)
		if err != nil {
			return err
		}
		for j, u := range people {
			p := u.Edges.Partner
			if p == nil {
				continue
			}
			answered := rng.IntN(10) < 7 && !(i == 1 && j == 0)
			at := sent.Add(time.Duration(1+rng.IntN(10*24)) * time.Hour)
			inv := c.SurveyInvitation.Create().SetSurveyID(sv.ID).SetUserID(u.ID).SetPartnerID(p.ID).
				SetTokenHash(fmt.Sprintf("%064x", rng.Uint64()) + fmt.Sprint(i, j))
			if answered {
				inv.SetAnsweredAt(at)
			}
			if err := inv.Exec(ctx); err != nil {
				return err
			}
			if !answered {
				continue
			}
			// Happier partners in better tiers and in the later pulse: the program is improving.
			score := min(10, 4+rng.IntN(6)+i+len(p.TierID)%2)
			if err := c.SurveyResponse.Create().SetSurveyID(sv.ID).SetPartnerID(p.ID).SetTierID(p.TierID).
				SetPartnerType(string(p.Type)).SetScore(score).SetAnswers([]string{"More co-selling with direct sales."}).
				SetCreatedAt(at).Exec(ctx); err != nil {
				return err
			}
		}
	}
	return nil
}
