// Package healthspec holds the shape of a stored health score: each input with its raw value,
// normalised value, weight and contribution, so a stored score explains itself. A leaf package so
// the ent schema can store it as JSON.
package healthspec

// Input keys, stable in stored scores and the API.
const (
	RegistrationActivity = "REGISTRATION_ACTIVITY"
	WinRate              = "WIN_RATE"
	PortalActivity       = "PORTAL_ACTIVITY"
	ContentEngagement    = "CONTENT_ENGAGEMENT"
	Certifications       = "CERTIFICATIONS"
)

// Input is one leading indicator of a score. Raw is the measured figure (a count, or a ratio for
// WIN_RATE; nil when there is nothing to measure), Normalised is Raw mapped onto 0..1 against
// Target, Contribution = Weight × Normalised / total weight × 100, in points of the 0..100 score.
type Input struct {
	Key          string   `json:"key"`
	Raw          *float64 `json:"raw"`
	Target       float64  `json:"target"`
	Normalised   float64  `json:"normalised"`
	Weight       int      `json:"weight"`
	Contribution float64  `json:"contribution"`
	WindowDays   int      `json:"windowDays"`
}
