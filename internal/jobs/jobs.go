// Package jobs runs PartnerHub's background work through River, a job queue kept in the same
// database as the data. Every instance runs a River client; River elects one leader to enqueue
// periodic jobs and hands each job to exactly one worker, so N instances behave like one.
package jobs

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"time"

	"entgo.io/ent/dialect"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/riverdriver/riverdatabasesql"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"

	"github.com/partnerhub/partnerhub/internal/database"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// Task is periodic work, such as the protection-expiry sweep. Run must be idempotent: a task can
// be retried after a crash half-way.
type Task struct {
	Name  string
	Every time.Duration
	Run   func(ctx context.Context) error
}

// Runner is this instance's River client.
type Runner struct {
	client *river.Client[*sql.Tx]
}

func driver(db database.DB) riverdriver.Driver[*sql.Tx] {
	if db.Dialect == dialect.Postgres {
		return riverdatabasesql.New(db.DB)
	}
	return riversqlite.New(db.DB)
}

// Migrate creates or upgrades River's own tables; it runs together with PartnerHub's migrations.
func Migrate(ctx context.Context, db database.DB) error {
	m, err := rivermigrate.New(driver(db), nil)
	if err != nil {
		return err
	}
	unlock, err := database.LockMigrations(ctx, db)
	if err != nil {
		return err
	}
	defer unlock()
	if _, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return fmt.Errorf("migrating the job queue: %w", err)
	}
	return nil
}

// taskArgs names the task a periodic job runs.
type taskArgs struct {
	Task string `json:"task"`
}

func (taskArgs) Kind() string { return "periodic_task" }

type taskWorker struct {
	river.WorkerDefaults[taskArgs]
	tasks map[string]Task
}

func (w *taskWorker) Work(ctx context.Context, job *river.Job[taskArgs]) error {
	t, ok := w.tasks[job.Args.Task]
	if !ok {
		return river.JobCancel(fmt.Errorf("unknown task %q", job.Args.Task))
	}
	// Background work acts as the explicit system viewer, never as whoever triggered it.
	return t.Run(viewer.SystemContext(ctx)) // privacy escape: background jobs act as the system, never as whoever triggered them
}

// Start runs the queue's workers and schedules the tasks. On PostgreSQL through database/sql there
// is no LISTEN/NOTIFY, so workers poll; pollEvery bounds how late a job starts.
func Start(ctx context.Context, db database.DB, logger *slog.Logger, tasks []Task, pollEvery time.Duration) (*Runner, error) {
	byName := map[string]Task{}
	var periodic []*river.PeriodicJob
	for _, t := range tasks {
		byName[t.Name] = t
		args := taskArgs{Task: t.Name}
		// River dedupes by period in whole seconds.
		period := max(t.Every, time.Second)
		periodic = append(periodic, river.NewPeriodicJob(
			river.PeriodicInterval(t.Every),
			func() (river.JobArgs, *river.InsertOpts) {
				// Unique per task and period: a new leader elected mid-period enqueues no twin.
				return args, &river.InsertOpts{UniqueOpts: river.UniqueOpts{ByArgs: true, ByPeriod: period}}
			},
			&river.PeriodicJobOpts{RunOnStart: true},
		))
	}
	workers := river.NewWorkers()
	river.AddWorker(workers, &taskWorker{tasks: byName})
	client, err := river.NewClient(driver(db), &river.Config{
		Queues:            map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: 2}},
		Workers:           workers,
		PeriodicJobs:      periodic,
		FetchPollInterval: pollEvery,
		JobTimeout:        5 * time.Minute,
		Logger:            logger,
	})
	if err != nil {
		return nil, err
	}
	if err := client.Start(ctx); err != nil {
		return nil, err
	}
	return &Runner{client: client}, nil
}

// Stop lets running jobs finish, then stops the workers.
func (r *Runner) Stop(ctx context.Context) error { return r.client.Stop(ctx) }
