// Package status names the states of a deal registration. It is a leaf package so that the ent
// schema of both Deal and DealEvent can share one Go type for them.
package status

import (
	"fmt"
	"io"
	"strconv"
)

// Status is where a deal registration stands (docs/deal-lifecycle.md).
type Status string

// The states of a deal registration.
const (
	Submitted Status = "SUBMITTED"
	Approved  Status = "APPROVED"
	Rejected  Status = "REJECTED"
	Withdrawn Status = "WITHDRAWN"
	Won       Status = "WON"
	Lost      Status = "LOST"
	Expired   Status = "EXPIRED"
)

// Values lists every state, for ent's enum field.
func (Status) Values() []string {
	return []string{string(Submitted), string(Approved), string(Rejected), string(Withdrawn), string(Won), string(Lost), string(Expired)}
}

// Active reports whether a registration in this state still claims its account: a partner holds
// an account while its registration waits for a decision or is approved and protected.
func (s Status) Active() bool { return s == Submitted || s == Approved }

// Transitions are the only moves a registration may make; every one writes a DealEvent.
var Transitions = map[Status][]Status{
	Submitted: {Approved, Rejected, Withdrawn},
	Approved:  {Won, Lost, Expired, Withdrawn},
	// A recorded outcome can be taken back by the channel team (reopenDeal): the customer came
	// back, or the outcome was recorded wrongly.
	Won:  {Approved},
	Lost: {Approved},
}

// CanMove reports whether from → to is one of the Transitions.
func CanMove(from, to Status) bool {
	for _, s := range Transitions[from] {
		if s == to {
			return true
		}
	}
	return false
}

// MarshalGQL writes the status as a GraphQL enum value.
func (s Status) MarshalGQL(w io.Writer) { io.WriteString(w, strconv.Quote(string(s))) }

// UnmarshalGQL reads a GraphQL enum value, refusing unknown states.
func (s *Status) UnmarshalGQL(v any) error {
	str, ok := v.(string)
	if !ok {
		return fmt.Errorf("status must be a string, got %T", v)
	}
	for _, known := range s.Values() {
		if str == known {
			*s = Status(str)
			return nil
		}
	}
	return fmt.Errorf("%q is not a deal status", str)
}
