package mail

import (
	"context"
	"time"

	"github.com/partnerhub/partnerhub/ent"
)

// Start runs a delivery worker until ctx ends when smtpURL is set; without it, messages wait in
// the outbox (and development logs their links). interval is how often it looks for messages that
// other instances queued.
func Start(ctx context.Context, client *ent.Client, outbox *Outbox, smtpURL, from string, interval time.Duration) error {
	if smtpURL == "" {
		return nil
	}
	sender, err := NewSMTPSender(smtpURL, from)
	if err != nil {
		return err
	}
	go NewWorker(client, sender, outbox).Run(ctx, interval)
	return nil
}
