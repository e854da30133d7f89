// Package trace holds the record of one routing decision: which rules ran, who was eligible after
// each, and why the chosen partner won. It is stored with the decision (LeadRouting.trace) so the
// channel team can answer "why did this lead go to them?" long after the fact
// (docs/leads-and-routing.md). It imports nothing of ent, so the schema can use it as a JSON type.
package trace

// Trace is one routing decision.
type Trace struct {
	// Excluded are the partners that already passed on the lead (declined or let the deadline
	// pass); no rule considers them again.
	Excluded []string `json:"excluded"`
	// Candidates is how many active partners the rules started from.
	Candidates int    `json:"candidates"`
	Rules      []Rule `json:"rules"`
	// Eligible are the partners left after the last rule, with the figures the tie-break used.
	Eligible []Candidate `json:"eligible"`
	// WinnerID is the chosen partner; empty when the lead went to the manual queue.
	WinnerID string `json:"winnerId"`
	// Reason says in words why the winner won, or why nobody did.
	Reason string `json:"reason"`
}

// Rule is what one routing rule did.
type Rule struct {
	RuleID   string `json:"ruleId"`
	Name     string `json:"name"`
	Kind     string `json:"kind"`
	Required bool   `json:"required"`
	// Before and Matched count the partners before the rule and those it matched.
	Before  int `json:"before"`
	Matched int `json:"matched"`
	// Outcome is NARROWED (the matched partners go on), SKIPPED (an optional rule matched nobody
	// and was ignored) or MANUAL_QUEUE (a required rule matched nobody).
	Outcome string `json:"outcome"`
}

// Candidate is an eligible partner and its tie-break figures.
type Candidate struct {
	PartnerID   string `json:"partnerId"`
	PartnerName string `json:"partnerName"`
	// Weight comes from the partner's tier (its rank; 1 without a tier).
	Weight int `json:"weight"`
	// OpenLeads are the leads the partner holds now (offered or accepted, not yet converted).
	OpenLeads int `json:"openLeads"`
	// Offered counts every offer the partner ever received, the round-robin's memory.
	Offered int `json:"offered"`
}

// Outcomes of a rule.
const (
	Narrowed    = "NARROWED"
	Skipped     = "SKIPPED"
	ManualQueue = "MANUAL_QUEUE"
)
