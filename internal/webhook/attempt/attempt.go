// Package attempt holds one try at delivering a webhook, as kept in the delivery log
// (WebhookDelivery.log). It imports nothing of ent, so the schema can use it as a JSON type.
package attempt

import "time"

// Attempt is one HTTP request to the subscriber.
type Attempt struct {
	At time.Time `json:"at"`
	// StatusCode is the receiver's HTTP status; 0 when no response came (refused address,
	// timeout, connection error).
	StatusCode int `json:"statusCode"`
	// Error says why the attempt failed; empty on success.
	Error      string `json:"error"`
	DurationMs int    `json:"durationMs"`
}
