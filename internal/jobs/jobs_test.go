package jobs_test

import (
	"context"
	"io"
	"log/slog"
	"sync/atomic"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/internal/database"
	"github.com/partnerhub/partnerhub/internal/jobs"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// TestPeriodicTaskRunsOnceAcrossInstances starts two runners on one database, as two server
// instances would, and checks that a periodic task runs once per period, as the system viewer.
func TestPeriodicTaskRunsOnceAcrossInstances(t *testing.T) {
	ctx := context.Background()
	db := testdb.Open(t)
	if err := jobs.Migrate(ctx, db); err != nil {
		t.Fatal(err)
	}
	if err := jobs.Migrate(ctx, db); err != nil {
		t.Fatalf("second migration: %v", err)
	}
	var runs, asSystem atomic.Int32
	task := jobs.Task{Name: "count", Every: time.Hour, Run: func(ctx context.Context) error {
		runs.Add(1)
		if viewer.FromContext(ctx).IsSystem() {
			asSystem.Add(1)
		}
		return nil
	}}
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	for i := 0; i < 2; i++ {
		r, err := jobs.Start(ctx, db, logger, []jobs.Task{task}, 100*time.Millisecond)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			stopCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			r.Stop(stopCtx)
		})
	}
	deadline := time.Now().Add(15 * time.Second)
	for runs.Load() == 0 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	// Give a second instance every chance to run a twin.
	time.Sleep(1500 * time.Millisecond)
	if got := runs.Load(); got != 1 {
		t.Fatalf("task ran %d times across two instances, want exactly 1", got)
	}
	if asSystem.Load() != 1 {
		t.Fatal("task did not run as the system viewer")
	}
}

// Two instances started at once on a fresh PostgreSQL database both migrate the job queue: one
// waits for the other instead of creating the same types twice.
func TestConcurrentMigrationsOfTheQueue(t *testing.T) {
	if !testdb.Postgres() {
		t.Skip("SQLite has one writer")
	}
	ctx := context.Background()
	dsn, drop := testdb.NewSchema(t)
	defer drop()
	errs := make(chan error, 3)
	for range 3 {
		go func() {
			db, err := database.OpenPostgres(ctx, dsn)
			if err != nil {
				errs <- err
				return
			}
			defer db.Close()
			errs <- jobs.Migrate(ctx, db)
		}()
	}
	for range 3 {
		if err := <-errs; err != nil {
			t.Fatalf("concurrent migration: %v", err)
		}
	}
}
