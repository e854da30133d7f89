package partnerperf

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func TestAssess(t *testing.T) {
	now := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	old := now.AddDate(-1, 0, 0)
	f := func(x float64) *float64 { return &x }
	grace := now.AddDate(0, 0, 20)
	cases := []struct {
		name   string
		s      Signals
		want   Risk
		codes  []string
		inText string
	}{
		{"nothing known, active", Signals{PartnerSince: old, RecentRegistrations: 3}, Low, nil, ""},
		{"healthy", Signals{PartnerSince: old, RecentRegistrations: 1, HealthScore: f(75)}, Low, nil, ""},
		{"health fair", Signals{PartnerSince: old, RecentRegistrations: 1, HealthScore: f(59.9)}, Medium, []string{HealthFair}, "Health score 59 is below 60"},
		{"health at 60 is fine", Signals{PartnerSince: old, RecentRegistrations: 1, HealthScore: f(60)}, Low, nil, ""},
		{"health low", Signals{PartnerSince: old, RecentRegistrations: 1, HealthScore: f(12)}, High, []string{HealthLow}, "Health score 12 is below 40"},
		{"quiet for 90 days", Signals{PartnerSince: old}, Medium, []string{NoRecentRegistration}, "No deal registered in the last 90 days"},
		{"new partner is not quiet", Signals{PartnerSince: now.AddDate(0, 0, -30)}, Low, nil, ""},
		{"downgrade in grace", Signals{PartnerSince: old, RecentRegistrations: 2,
			Downgrade: &Downgrade{ToTierName: "Silver", GraceEndsAt: &grace},
			Tier:      &TierProgress{CurrentTierName: "Gold", EvaluatedAt: now}},
			High, []string{DowngradePending}, "Downgrade to Silver pending; grace period ends 2026-06-21"},
		{"below tier without a downgrade yet", Signals{PartnerSince: old, RecentRegistrations: 2,
			Tier: &TierProgress{CurrentTierName: "Gold", EvaluatedAt: now}}, Medium, []string{BelowTier}, "Does not meet the Gold requirements"},
		{"qualifies for its tier", Signals{PartnerSince: old, RecentRegistrations: 2,
			Tier: &TierProgress{CurrentTierName: "Gold", QualifiesForCurrent: true, EvaluatedAt: now}}, Low, nil, ""},
		{"several: the highest wins", Signals{PartnerSince: old, HealthScore: f(30),
			Downgrade: &Downgrade{}}, High, []string{DowngradePending, HealthLow, NoRecentRegistration}, "Downgrade to no tier pending."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, reasons := Assess(c.s, now)
			var codes []string
			for _, r := range reasons {
				codes = append(codes, r.Code)
			}
			if got != c.want || !slices.Equal(codes, c.codes) {
				t.Errorf("got %s %v, want %s %v", got, codes, c.want, c.codes)
			}
			if c.inText != "" && !contains(ReasonsText(reasons), c.inText) {
				t.Errorf("reasons %q do not say %q", ReasonsText(reasons), c.inText)
			}
		})
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }

func TestTexts(t *testing.T) {
	if got := MoneyText([]Money{{"USD", 480000, 2}, {"EUR", 1250000, 3}}); got != "EUR 1250000; USD 480000" {
		t.Errorf("MoneyText: %q", got)
	}
	if got := MoneyText(nil); got != "" {
		t.Errorf("MoneyText(nil): %q", got)
	}
	if got := TierText(&TierProgress{NextTierName: "Gold", RequirementsMet: 3, RequirementsTotal: 4}); got != "3/4 to Gold" {
		t.Errorf("TierText: %q", got)
	}
	if got := TierText(&TierProgress{CurrentTierName: "Platinum", RequirementsMet: 4, RequirementsTotal: 4}); got != "4/4 at Platinum" {
		t.Errorf("TierText at the top: %q", got)
	}
	if got := TierText(nil); got != "" {
		t.Errorf("TierText(nil): %q", got)
	}
}
