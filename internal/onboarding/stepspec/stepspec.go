// Package stepspec describes the steps of an onboarding journey template. It is stored as JSON on
// the template and copied into a partner's journey when the partner is approved, so it must not
// depend on the data model.
package stepspec

// Step is one step of a template: what to do, by which day of the plan, and how it completes.
type Step struct {
	Title       string `json:"title"`
	Description string `json:"description"`
	// DueDay counts days from the partner's contract date.
	DueDay int `json:"dueDay"`
	// Completion is MANUAL or the recorded fact that completes the step (OnboardingStepCompletion).
	Completion string `json:"completion"`
	// OwnerRole is who the step belongs to, and for a MANUAL step who ticks it (OnboardingStepOwnerRole).
	OwnerRole string `json:"ownerRole"`
}
