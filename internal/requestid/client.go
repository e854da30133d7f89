package requestid

import "context"

type clientKey struct{}

// Client is where a request came from, as recorded in sessions and audit events.
type Client struct {
	IP        string
	UserAgent string
}

// WithClient returns ctx carrying the caller's address and user agent.
func WithClient(ctx context.Context, c Client) context.Context {
	return context.WithValue(ctx, clientKey{}, c)
}

// ClientFromContext returns the caller recorded by WithClient.
func ClientFromContext(ctx context.Context) Client {
	c, _ := ctx.Value(clientKey{}).(Client)
	return c
}
