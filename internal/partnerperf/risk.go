package partnerperf

import (
	"fmt"
	"math"
	"time"
)

// Risk is how much attention a partner needs now.
type Risk string

// The risk levels, lowest first.
const (
	Low    Risk = "LOW"
	Medium Risk = "MEDIUM"
	High   Risk = "HIGH"
)

func (r Risk) rank() int {
	switch r {
	case High:
		return 2
	case Medium:
		return 1
	}
	return 0
}

// Reason codes, stable in the API.
const (
	DowngradePending     = "DOWNGRADE_PENDING"
	HealthLow            = "HEALTH_LOW"
	HealthFair           = "HEALTH_FAIR"
	NoRecentRegistration = "NO_RECENT_REGISTRATION"
	BelowTier            = "BELOW_TIER"
)

// The thresholds of the risk rule (docs/partner-performance.md).
const (
	// HealthLowBelow and HealthFairBelow split the health score's 0..100: below 40 a partner is
	// at risk, below 60 it needs watching.
	HealthLowBelow  = 40.0
	HealthFairBelow = 60.0
	// QuietDays is how long without a registration counts as gone quiet. A partner younger than
	// that is still starting and is not flagged.
	QuietDays = 90
)

// Reason is one fact behind a partner's risk.
type Reason struct {
	Code     string
	Severity Risk
	Message  string
}

// Signals are the facts the risk rule reads. Each may be absent (a partner never evaluated or
// scored yet); an absent fact raises nothing.
type Signals struct {
	// HealthScore is the latest stored daily score, nil before the first.
	HealthScore *float64
	// Downgrade is the partner's downgrade in its grace period, nil without one.
	Downgrade *Downgrade
	// RecentRegistrations counts registrations submitted in the last QuietDays days.
	RecentRegistrations int
	// PartnerSince is when the partner record was created.
	PartnerSince time.Time
	// Tier is the latest stored evaluation, nil before the first.
	Tier *TierProgress
}

// Downgrade is an open downgrade: the partner keeps its tier until GraceEndsAt.
type Downgrade struct {
	ToTierName  string // empty: no tier
	GraceEndsAt *time.Time
}

// Assess applies the risk rule: the level is the highest severity among the reasons, LOW without
// any. A pending downgrade or a health score below 40 is HIGH; a score below 60, no registration
// in 90 days (for a partner older than that) or not meeting the held tier's requirements at the
// latest evaluation is MEDIUM.
func Assess(s Signals, now time.Time) (Risk, []Reason) {
	var reasons []Reason
	if d := s.Downgrade; d != nil {
		to := d.ToTierName
		if to == "" {
			to = "no tier"
		}
		msg := fmt.Sprintf("Downgrade to %s pending", to)
		if d.GraceEndsAt != nil {
			msg += fmt.Sprintf("; grace period ends %s", d.GraceEndsAt.UTC().Format(time.DateOnly))
		}
		reasons = append(reasons, Reason{DowngradePending, High, msg + "."})
	} else if t := s.Tier; t != nil && t.CurrentTierName != "" && !t.QualifiesForCurrent {
		reasons = append(reasons, Reason{BelowTier, Medium,
			fmt.Sprintf("Does not meet the %s requirements at the latest evaluation (%s).", t.CurrentTierName, t.EvaluatedAt.UTC().Format(time.DateOnly))})
	}
	if h := s.HealthScore; h != nil {
		shown := math.Floor(*h) // 59.9 reads "59 is below 60", never "60 is below 60"
		switch {
		case *h < HealthLowBelow:
			reasons = append(reasons, Reason{HealthLow, High, fmt.Sprintf("Health score %.0f is below %.0f.", shown, HealthLowBelow)})
		case *h < HealthFairBelow:
			reasons = append(reasons, Reason{HealthFair, Medium, fmt.Sprintf("Health score %.0f is below %.0f.", shown, HealthFairBelow)})
		}
	}
	if s.RecentRegistrations == 0 && !s.PartnerSince.After(now.AddDate(0, 0, -QuietDays)) {
		reasons = append(reasons, Reason{NoRecentRegistration, Medium, fmt.Sprintf("No deal registered in the last %d days.", QuietDays)})
	}
	level := Low
	for _, r := range reasons {
		if r.Severity.rank() > level.rank() {
			level = r.Severity
		}
	}
	return level, reasons
}
