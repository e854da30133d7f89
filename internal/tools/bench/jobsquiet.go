package bench

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// maxJobsWait bounds how long the run waits for the servers' start-up jobs.
const maxJobsWait = 5 * time.Minute

// waitForJobs waits until no background job has been running for more than a second. The periodic
// tasks run once when a server starts (the daily tier evaluation of every partner among them); the
// statement counts would otherwise include their work, and the load would compete with it.
func (r *runner) waitForJobs(ctx context.Context) error {
	db, err := sql.Open("postgres", r.opts.DatabaseURL)
	if err != nil {
		return err
	}
	defer db.Close()
	deadline := time.Now().Add(maxJobsWait)
	for {
		var running int
		err := db.QueryRowContext(ctx,
			`SELECT count(*) FROM river_job WHERE state = 'running' AND attempted_at < now() - interval '1 second'`).Scan(&running)
		if err != nil {
			return err
		}
		if running == 0 {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%d background jobs still running after %v", running, maxJobsWait)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}
