// Package tierspec holds the shape of a stored tier evaluation: what each requirement measured,
// its threshold and whether it was met. It is a leaf package so the ent schema can store it as JSON.
package tierspec

// Requirement keys, stable in stored evaluations and the API.
const (
	WonRevenue            = "WON_REVENUE"
	WonDeals              = "WON_DEALS"
	ApprovedRegistrations = "APPROVED_REGISTRATIONS"
	CertifiedPeople       = "CERTIFIED_PEOPLE"
	ManualCheck           = "MANUAL_CHECK"
)

// Requirement is one requirement of a tier as measured for one partner. Measured and Threshold are
// minor units of Currency for WON_REVENUE, counts otherwise, and 0 or 1 for MANUAL_CHECK.
type Requirement struct {
	Key        string `json:"key"`
	Measured   int64  `json:"measured"`
	Threshold  int64  `json:"threshold"`
	Met        bool   `json:"met"`
	Currency   string `json:"currency,omitempty"`
	WindowDays int    `json:"windowDays,omitempty"`
}

// Remaining is how much is still missing to meet the requirement (0 once met).
func (r Requirement) Remaining() int64 { return max(0, r.Threshold-r.Measured) }

// Tier is one tier's verdict: qualified when every requirement is met.
type Tier struct {
	TierID       string        `json:"tierId"`
	Name         string        `json:"name"`
	Rank         int           `json:"rank"`
	Qualified    bool          `json:"qualified"`
	Requirements []Requirement `json:"requirements"`
}
