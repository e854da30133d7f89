// Package metrics computes the figures of the partner program from recorded facts. Every metric is
// defined once here, with its formula, window and currency policy; every figure carries its key so
// the portal can show the definition beside the number and anyone can recompute it
// (docs/program-analytics.md).
package metrics

// Key names a metric; keys are a public contract and never change meaning.
type Key string

// The metrics of the program.
const (
	SourcedRevenue          Key = "partner_sourced_revenue"
	InfluencedRevenue       Key = "partner_influenced_revenue"
	ApprovalRate            Key = "registration_approval_rate"
	WinRate                 Key = "win_rate"
	MedianDaysToClose       Key = "median_days_to_close"
	PipelineVelocity        Key = "pipeline_velocity"
	ActivationRate          Key = "activation_rate"
	TimeToFirstRegistration Key = "time_to_first_registration"
	TimeToFirstWonDeal      Key = "time_to_first_won_deal"
	Retention               Key = "partner_retention"
	Churn                   Key = "partner_churn"
	ProgramCost             Key = "program_cost"
	GrossMargin             Key = "sourced_gross_margin"
	ROPI                    Key = "ropi"
	NPS                     Key = "partner_nps"
	PSAT                    Key = "partner_satisfaction"
)

// Unit is what a figure's value measures.
type Unit string

// The units of figures.
const (
	Money    Unit = "MONEY"   // minor units of the figure's currency
	Ratio    Unit = "RATIO"   // 0..1
	Days     Unit = "DAYS"    // a median number of days
	PerDay   Unit = "PER_DAY" // minor units of the figure's currency per day
	Multiple Unit = "MULTIPLE"
	Score    Unit = "SCORE" // NPS −100..100, PSAT 0..10
)

// GroupBy is how figures are split.
type GroupBy string

// The groupings of programMetrics.
const (
	None          GroupBy = "NONE"
	ByMonth       GroupBy = "MONTH"
	ByPartner     GroupBy = "PARTNER"
	ByTier        GroupBy = "TIER"
	ByPartnerType GroupBy = "PARTNER_TYPE"
	ByRegion      GroupBy = "REGION"
)

var partnerGroupings = []GroupBy{None, ByMonth, ByPartner, ByTier, ByPartnerType, ByRegion}

// Definition is one metric as the API lists it.
type Definition struct {
	Key            Key
	Name           string
	Description    string
	Numerator      string
	Denominator    string // empty: the figure is a total, not a ratio
	Formula        string
	Window         string
	CurrencyPolicy string
	Unit           Unit
	// Groupings the metric splits by; asked for another, it is given for the whole program.
	Groupings []GroupBy
}

// Supports reports whether the metric splits by g.
func (d Definition) Supports(g GroupBy) bool {
	for _, x := range d.Groupings {
		if x == g {
			return true
		}
	}
	return false
}

const (
	perCurrency = "Per deal currency, never summed across currencies; with a reporting currency also converted at the rate of each deal's close date (the latest rate on or before it). A missing rate leaves the converted figure empty and names the rate."
	noCurrency  = "Counts and durations: no currency."
	tiersNow    = " Tier, partner type and region are the partner's current ones."
)

// Definitions lists every metric, in the order the dashboard shows them.
var Definitions = []Definition{
	{
		Key: SourcedRevenue, Name: "Partner-sourced revenue",
		Description:    "Revenue of won registrations the partner found (source SOURCED)." + tiersNow,
		Numerator:      "sum of closedAmount of deals with status WON and source SOURCED, closedAt in the period",
		Formula:        "Σ closedAmount (WON, SOURCED, closedAt ∈ [from, to))",
		Window:         "Deals closed in [from, to); MONTH groups by the month of closedAt.",
		CurrencyPolicy: perCurrency, Unit: Money, Groupings: partnerGroupings,
	},
	{
		Key: InfluencedRevenue, Name: "Partner-influenced revenue",
		Description:    "Revenue of won registrations the partner helped on (source INFLUENCED)." + tiersNow,
		Numerator:      "sum of closedAmount of deals with status WON and source INFLUENCED, closedAt in the period",
		Formula:        "Σ closedAmount (WON, INFLUENCED, closedAt ∈ [from, to))",
		Window:         "Deals closed in [from, to); MONTH groups by the month of closedAt.",
		CurrencyPolicy: perCurrency, Unit: Money, Groupings: partnerGroupings,
	},
	{
		Key: ApprovalRate, Name: "Registration approval rate",
		Description:    "Share of the registrations decided in the period that were approved (whatever happened to them after).",
		Numerator:      "registrations decided in the period and not rejected",
		Denominator:    "registrations decided (approved or rejected) in the period",
		Formula:        "approved / (approved + rejected), decidedAt ∈ [from, to)",
		Window:         "Decisions in [from, to); MONTH groups by the month of decidedAt.",
		CurrencyPolicy: noCurrency, Unit: Ratio, Groupings: partnerGroupings,
	},
	{
		Key: WinRate, Name: "Win rate",
		Description:    "Share of the registrations closed in the period that were won.",
		Numerator:      "deals with status WON closed in the period",
		Denominator:    "deals with status WON or LOST closed in the period (expired and withdrawn ones are not counted)",
		Formula:        "won / (won + lost), closedAt ∈ [from, to)",
		Window:         "Deals closed in [from, to); MONTH groups by the month of closedAt.",
		CurrencyPolicy: noCurrency, Unit: Ratio, Groupings: partnerGroupings,
	},
	{
		Key: MedianDaysToClose, Name: "Median days to close",
		Description:    "Median time from registration to close of the deals won or lost in the period.",
		Numerator:      "median of (closedAt − createdAt) in days over WON and LOST deals closed in the period",
		Formula:        "median(closedAt − createdAt) over WON, LOST with closedAt ∈ [from, to)",
		Window:         "Deals closed in [from, to).",
		CurrencyPolicy: noCurrency, Unit: Days, Groupings: partnerGroupings,
	},
	{
		Key: PipelineVelocity, Name: "Pipeline velocity",
		Description:    "Revenue the open pipeline is expected to produce per day.",
		Numerator:      "open opportunities (APPROVED now) × win rate × average won deal size",
		Denominator:    "median days to close",
		Formula:        "(open × winRate × avg(closedAmount of WON)) / medianDaysToClose",
		Window:         "Open: registrations APPROVED at the time of asking; win rate, deal size and cycle: deals closed in [from, to).",
		CurrencyPolicy: "Per currency: open deals and average size of that currency; win rate and cycle over all currencies.",
		Unit:           PerDay, Groupings: []GroupBy{None, ByPartner, ByTier, ByPartnerType, ByRegion},
	},
	{
		Key: ActivationRate, Name: "Activation rate",
		Description:    "Of the partners that signed their contract in a cohort, the share with a first approved registration within 90 days of signing. Cohorts younger than 90 days are still filling.",
		Numerator:      "partners of the cohort whose first approved registration was decided at most 90 days after contractSignedAt",
		Denominator:    "partners with contractSignedAt in the period",
		Formula:        "activated90 / joined, cohort = contractSignedAt ∈ [from, to)",
		Window:         "Partners signing in [from, to); MONTH gives cohorts by join month.",
		CurrencyPolicy: noCurrency, Unit: Ratio, Groupings: partnerGroupings,
	},
	{
		Key: TimeToFirstRegistration, Name: "Time to first registration",
		Description:    "Median days from contract signature to the partner's first registration (0 when it registered before signing).",
		Numerator:      "median of max(0, first createdAt − contractSignedAt) over the cohort's partners that registered",
		Denominator:    "(count: partners that registered; the cohort size is given beside it)",
		Formula:        "median(max(0, firstRegistration − contractSignedAt))",
		Window:         "Partners signing in [from, to); registrations at any time.",
		CurrencyPolicy: noCurrency, Unit: Days, Groupings: partnerGroupings,
	},
	{
		Key: TimeToFirstWonDeal, Name: "Time to first won deal",
		Description:    "Median days from contract signature to the close of the partner's first won deal.",
		Numerator:      "median of max(0, first WON closedAt − contractSignedAt) over the cohort's partners with a won deal",
		Denominator:    "(count: partners with a won deal; the cohort size is given beside it)",
		Formula:        "median(max(0, firstWin − contractSignedAt))",
		Window:         "Partners signing in [from, to); wins at any time.",
		CurrencyPolicy: noCurrency, Unit: Days, Groupings: partnerGroupings,
	},
	{
		Key: Retention, Name: "Partner retention",
		Description:    "Of the partners active at the period's start, the share still active at its end. Active at a time: registered a deal in the 180 days before it." + tiersNow,
		Numerator:      "partners active at both from and to",
		Denominator:    "partners active at from",
		Formula:        "|active(from) ∩ active(to)| / |active(from)|, active(t) = a registration in [t − 180d, t)",
		Window:         "The 180 days before from and the 180 days before to.",
		CurrencyPolicy: noCurrency, Unit: Ratio, Groupings: []GroupBy{None, ByTier, ByPartnerType, ByRegion},
	},
	{
		Key: Churn, Name: "Partner churn",
		Description:    "Of the partners active at the period's start, the share no longer active at its end (1 − retention).",
		Numerator:      "partners active at from but not at to",
		Denominator:    "partners active at from",
		Formula:        "|active(from) \\ active(to)| / |active(from)|",
		Window:         "As partner retention.",
		CurrencyPolicy: noCurrency, Unit: Ratio, Groupings: []GroupBy{None, ByTier, ByPartnerType, ByRegion},
	},
	{
		Key: ProgramCost, Name: "Program cost",
		Description:    "What the program cost in the period: the sum of its named inputs, the recorded program costs and the MDF paid out to partners.",
		Numerator:      "Σ ProgramCost.amount with periodStart in the period + Σ PAID MDF ledger entries booked in the period",
		Formula:        "Σ inputs, inputs = program_costs, mdf_paid",
		Window:         "Costs whose periodStart, and MDF paid whose payment, is in [from, to); MONTH groups by that month.",
		CurrencyPolicy: "Per currency; with a reporting currency converted at the rate of periodStart (MDF: of the payment day).",
		Unit:           Money, Groupings: []GroupBy{None, ByMonth},
	},
	{
		Key: GrossMargin, Name: "Gross margin from partner-sourced revenue",
		Description:    "Partner-sourced won revenue in the reporting currency times each deal's margin rate: the program's, or the mean of its products' own rates (a product without one at the program's).",
		Numerator:      "Σ converted partner-sourced revenue × the deal's margin rate",
		Formula:        "Σ convert(closedAmount) × marginBps(deal) / 10000 (WON, SOURCED)",
		Window:         "Deals closed in [from, to).",
		CurrencyPolicy: "Needs a reporting currency; each deal converted at its close date's rate.",
		Unit:           Money, Groupings: []GroupBy{None, ByMonth},
	},
	{
		Key: ROPI, Name: "Return on partner investment (ROPI)",
		Description:    "Gross margin from partner-sourced won revenue per unit of program cost.",
		Numerator:      "gross margin from partner-sourced won revenue (reporting currency)",
		Denominator:    "program cost (reporting currency)",
		Formula:        "sourced_gross_margin / program_cost",
		Window:         "Deals closed and costs starting in [from, to).",
		CurrencyPolicy: "Needs a reporting currency; both sides converted, a missing rate leaves it empty and names the rate.",
		Unit:           Multiple, Groupings: []GroupBy{None, ByMonth},
	},
	{
		Key: NPS, Name: "Partner NPS",
		Description:    "Net promoter score of the partner people who answered a survey in the period: promoters score 9–10, detractors 0–6. Tier and partner type are the organisation's when it answered; answers are the vendor's to see, per organisation.",
		Numerator:      "promoters − detractors",
		Denominator:    "answers",
		Formula:        "100 × (promoters − detractors) / answers, answered ∈ [from, to)",
		Window:         "Answers given in [from, to); MONTH groups by the month answered.",
		CurrencyPolicy: noCurrency, Unit: Score, Groupings: partnerGroupings,
	},
	{
		Key: PSAT, Name: "Partner satisfaction (PSAT)",
		Description:    "Average 0–10 recommendation score of the answers given in the period.",
		Numerator:      "sum of scores",
		Denominator:    "answers",
		Formula:        "Σ score / answers, answered ∈ [from, to)",
		Window:         "Answers given in [from, to).",
		CurrencyPolicy: noCurrency, Unit: Score, Groupings: partnerGroupings,
	},
}

// DefinitionOf returns the metric of key.
func DefinitionOf(key Key) (Definition, bool) {
	for _, d := range Definitions {
		if d.Key == key {
			return d, true
		}
	}
	return Definition{}, false
}
