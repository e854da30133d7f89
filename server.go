// Command partnerhub is the PartnerHub server: `partnerhub` serves the API, playground and portal;
// `partnerhub migrate` applies the database migrations and exits.
package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"syscall"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	_ "github.com/partnerhub/partnerhub/ent/runtime" // privacy policies and hooks run only when this is imported.
	"github.com/partnerhub/partnerhub/graph"
	"github.com/partnerhub/partnerhub/internal/auth"
	"github.com/partnerhub/partnerhub/internal/config"
	"github.com/partnerhub/partnerhub/internal/content"
	"github.com/partnerhub/partnerhub/internal/database"
	"github.com/partnerhub/partnerhub/internal/deal"
	"github.com/partnerhub/partnerhub/internal/health"
	"github.com/partnerhub/partnerhub/internal/httpserver"
	"github.com/partnerhub/partnerhub/internal/jobs"
	"github.com/partnerhub/partnerhub/internal/lead"
	"github.com/partnerhub/partnerhub/internal/learning"
	"github.com/partnerhub/partnerhub/internal/logging"
	"github.com/partnerhub/partnerhub/internal/mail"
	"github.com/partnerhub/partnerhub/internal/mdf"
	"github.com/partnerhub/partnerhub/internal/onboarding"
	"github.com/partnerhub/partnerhub/internal/seed"
	"github.com/partnerhub/partnerhub/internal/storage"
	"github.com/partnerhub/partnerhub/internal/tiering"
	"github.com/partnerhub/partnerhub/internal/upload"
	"github.com/partnerhub/partnerhub/internal/webhook"
)

// mailInterval is how often the outbox is delivered: how long an invitation e-mail may wait.
const mailInterval = 5 * time.Second

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "partnerhub:", err)
		os.Exit(1)
	}
}

func run() error {
	tuneGC(os.LookupEnv)
	cfg, err := config.FromEnv()
	if err != nil {
		return err
	}
	logger := logging.New(os.Stderr, cfg.LogLevel)
	slog.SetDefault(logger)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	if len(os.Args) > 1 && os.Args[1] != "migrate" {
		return fmt.Errorf("unknown command %q (commands: migrate)", os.Args[1])
	}
	db, err := database.Open(ctx, cfg.DatabaseURL, cfg.DataDir)
	if err != nil {
		return err
	}
	defer db.Close()
	if len(os.Args) > 1 { // migrate
		applied, err := database.Migrate(ctx, db)
		if err != nil {
			return err
		}
		logger.Info("migrations applied", "count", applied)
		return jobs.Migrate(ctx, db)
	}
	client, logins, err := prepare(ctx, cfg, db)
	if err != nil {
		return err
	}
	logger.Info("database ready", "dialect", db.Dialect)
	printLogins(logins, cfg.DemoPassword)

	outbox := mail.NewOutbox(!cfg.Production())
	tasks := backgroundTasks(cfg, client, outbox)
	if cfg.SMTPURL == "" {
		logger.Info("SMTP_URL not set: e-mail waits in the outbox (development logs invitation links)")
	} else {
		deliver, err := mail.DeliveryTask(client, outbox, cfg.SMTPURL, cfg.MailFrom, mailInterval)
		if err != nil {
			return err
		}
		tasks = append(tasks, deliver)
	}
	runner, err := jobs.Start(ctx, db, logger, tasks, jobPollInterval)
	if err != nil {
		return fmt.Errorf("starting background jobs: %w", err)
	}
	defer func() {
		stopCtx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
		defer cancel()
		runner.Stop(stopCtx)
	}()

	ln, err := net.Listen("tcp", ":"+strconv.Itoa(cfg.Port))
	if err != nil {
		return err
	}
	logger.Info("listening", "addr", ln.Addr().String(), "env", cfg.Env,
		"playground", fmt.Sprintf("http://localhost:%d/playground", cfg.Port))
	handler, err := httpserver.New(httpserver.Deps{Config: cfg, DB: db, Client: client, Logger: logger, Outbox: outbox})
	if err != nil {
		return err
	}
	err = httpserver.Serve(ctx, ln, handler, cfg.ShutdownTimeout)
	logger.Info("stopped")
	return err
}

// leadRoutingInterval is how soon a declined or lapsed lead is offered to the next partner;
// webhookInterval how soon an event leaves and a due retry is made.
const (
	leadRoutingInterval = 5 * time.Second
	webhookInterval     = 2 * time.Second
)

func webhookWorker(cfg config.Config, client *ent.Client, outbox *mail.Outbox) *webhook.Worker {
	w := webhook.NewWorker(client, graph.NewRenderer(client), outbox, httpserver.WebhookConfig(cfg))
	w.PublicURL = cfg.PublicURL
	return w
}

// jobPollInterval bounds how late a queued job starts; database/sql drivers have no LISTEN, so
// River polls.
const jobPollInterval = 200 * time.Millisecond

// backgroundTasks is the periodic work every instance offers; River runs each once per period.
func backgroundTasks(cfg config.Config, client *ent.Client, outbox *mail.Outbox) []jobs.Task {
	return []jobs.Task{
		{Name: "notify_expiring_deals", Every: time.Hour, Run: func(ctx context.Context) error {
			_, err := deal.NotifyExpiring(ctx, client, outbox, cfg.PublicURL, time.Now())
			return err
		}},
		{Name: "expire_deal_protection", Every: cfg.DealExpirySweepInterval, Run: func(ctx context.Context) error {
			_, err := deal.ExpireProtection(ctx, client, time.Now())
			return err
		}},
		// Daily, so a restart never skips a week; SendStaleDigests sends each owner one per week.
		{Name: "stale_content_digest", Every: 24 * time.Hour, Run: func(ctx context.Context) error {
			_, err := content.SendStaleDigests(ctx, client, outbox, cfg.PublicURL, time.Now())
			return err
		}},
		{Name: "prune_sessions", Every: time.Hour, Run: func(ctx context.Context) error {
			_, err := auth.PruneSessions(ctx, client, time.Now())
			return err
		}},
		lead.Task(client, lead.Config{AcceptanceDeadline: cfg.LeadAcceptanceDeadline}, leadRoutingInterval),
		webhookWorker(cfg, client, outbox).Task(webhookInterval),
		// Hourly, so a digest missed by a restart still goes out that day; the database lets one
		// run per manager and day through (internal/onboarding/digest.go).
		{Name: "onboarding_overdue_digest", Every: time.Hour, Run: func(ctx context.Context) error {
			_, err := onboarding.SendDigests(ctx, client, outbox, cfg.PublicURL, time.Now())
			return err
		}},
		{Name: "expire_certifications", Every: time.Hour, Run: func(ctx context.Context) error {
			_, err := learning.Expire(ctx, client, time.Now())
			return err
		}},
		// Daily: each run stores an evaluation per partner; the tier changes it opens or closes are
		// decided in the database, so a second instance or a restart changes nothing twice.
		{Name: "evaluate_tiers", Every: 24 * time.Hour, Run: func(ctx context.Context) error {
			e := tiering.Evaluator{Client: client, Outbox: outbox, PublicURL: cfg.PublicURL}
			_, err := e.EvaluateAll(ctx, time.Now(), "")
			return err
		}},
		// Daily, one stored score per partner and day (a unique index), so trends show.
		{Name: "snapshot_partner_health", Every: 24 * time.Hour, Run: func(ctx context.Context) error {
			_, err := health.Snapshot(ctx, client, time.Now())
			return err
		}},
		{Name: "remind_expiring_certifications", Every: time.Hour, Run: func(ctx context.Context) error {
			_, err := learning.Remind(ctx, client, outbox, cfg.PublicURL, time.Now())
			return err
		}},
		// Marketing funds not committed by their deadline expire; 30 and 7 days before, the
		// partner's admins hear how much is left (internal/mdf/expiry.go).
		{Name: "expire_mdf", Every: time.Hour, Run: func(ctx context.Context) error {
			_, err := mdf.RunExpiry(ctx, client, time.Now())
			return err
		}},
		{Name: "remind_mdf_expiry", Every: time.Hour, Run: func(ctx context.Context) error {
			_, err := mdf.RunReminders(ctx, client, outbox, cfg.PublicURL, time.Now())
			return err
		}},
	}
}

// prepare migrates the database and, in development only, seeds the demo data on first start.
func prepare(ctx context.Context, cfg config.Config, db database.DB) (*ent.Client, []seed.Login, error) {
	if _, err := database.Migrate(ctx, db); err != nil {
		return nil, nil, err
	}
	if err := jobs.Migrate(ctx, db); err != nil {
		return nil, nil, err
	}
	client := ent.NewClient(ent.Driver(db.Driver()))
	if cfg.Production() {
		return client, nil, nil
	}
	logins, err := seed.Demo(ctx, client, cfg.DemoPassword)
	if err != nil {
		return nil, nil, fmt.Errorf("seeding demo data: %w", err)
	}
	store, err := storage.NewLocal(filepath.Join(cfg.DataDir, "files"))
	if err != nil {
		return nil, nil, err
	}
	if err := seed.Content(ctx, client, &upload.Receiver{Store: store}, time.Now()); err != nil {
		return nil, nil, fmt.Errorf("seeding the demo content library: %w", err)
	}
	if err := seed.MDF(ctx, client, &upload.Receiver{Store: store}, time.Now()); err != nil {
		return nil, nil, fmt.Errorf("seeding the demo marketing funds: %w", err)
	}
	if err := seed.Health(ctx, client, time.Now()); err != nil {
		return nil, nil, fmt.Errorf("seeding the demo health trend: %w", err)
	}
	return client, logins, nil
}

func printLogins(logins []seed.Login, password string) {
	if len(logins) == 0 {
		return
	}
	fmt.Fprintf(os.Stderr, "\nDemo data seeded. Sign in with password %q as:\n", password)
	for _, l := range logins {
		fmt.Fprintf(os.Stderr, "  %-28s %-16s %s\n", l.Email, l.Role, l.Org)
	}
	fmt.Fprintln(os.Stderr)
}

// Garbage collector settings of the server, unless GOGC or GOMEMLIMIT say otherwise.
//
// gqlgen's executor allocates a field context, a context value and closures for every field of
// every list element, so a page of 50 rows allocates some 650 KB in 13,000 objects over a live
// heap of a few MB. With Go's default GOGC=100 the collector then runs dozens of times a second
// under load and takes a fifth of the server's CPU (make bench, pprof). GOGC=400 collects a
// quarter as often; the soft memory limit makes the collector work harder before the heap, and
// with it the resident set, grows past it (make bench holds the server under 150 MB of RSS with
// 50 concurrent clients).
const (
	gcPercent   = 400
	memoryLimit = 80 << 20
)

func tuneGC(lookup func(string) (string, bool)) {
	if _, set := lookup("GOGC"); !set {
		debug.SetGCPercent(gcPercent)
	}
	if _, set := lookup("GOMEMLIMIT"); !set {
		debug.SetMemoryLimit(memoryLimit)
	}
}
