// Command loadgen is PartnerHub's benchmark (`make bench`). `loadgen run` prepares a PostgreSQL
// database, starts the real server binary and the raw-SQL baseline (this binary again, as
// `loadgen baseline`), each twice: connected directly to PostgreSQL for the throughput, and through
// its statement-counting proxy for the SQL counts, and PostGraphile as a reference engine. It drives them over loopback with the operations
// of internal/tools/bench, prints the table and writes bench-results/<timestamp>.json. It exits 1 when a
// target is missed, 2 when the benchmark could not run.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	_ "github.com/lib/pq"

	"github.com/partnerhub/partnerhub/internal/tools/bench"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: loadgen run [flags] | loadgen baseline -listen ADDR -database URL [-max-conns N] | loadgen compare SMALL LARGE")
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	switch os.Args[1] {
	case "run":
		os.Exit(run(ctx, os.Args[2:]))
	case "baseline":
		if err := baseline(ctx, os.Args[2:]); err != nil {
			log.Fatal(err)
		}
	case "compare":
		os.Exit(compare(os.Args[2:]))
	default:
		fmt.Fprintf(os.Stderr, "loadgen: unknown command %q\n", os.Args[1])
		os.Exit(2)
	}
}

func run(ctx context.Context, args []string) int {
	o := bench.DefaultOptions()
	fs := flag.NewFlagSet("run", flag.ExitOnError)
	fs.StringVar(&o.ServerBin, "server", o.ServerBin, "server binary")
	fs.StringVar(&o.DatabaseURL, "database", envOr("BENCH_DATABASE_URL", o.DatabaseURL), "benchmark database URL (dropped and created afresh)")
	fs.StringVar(&o.OutDir, "out", o.OutDir, "directory for the JSON results and process logs")
	fs.DurationVar(&o.Duration, "duration", o.Duration, "measured time per operation, endpoint and client count")
	fs.DurationVar(&o.Warmup, "warmup", o.Warmup, "unmeasured warm-up before each measurement")
	fs.BoolVar(&o.ReuseDatabase, "reuse-db", false, "use the database of an earlier run as is (quick iterations)")
	fs.StringVar(&o.PostGraphileDir, "postgraphile-dir", o.PostGraphileDir, "where postgraphile@"+bench.PostGraphileVersion+" is (or gets) installed with npm")
	fs.BoolVar(&o.Download, "download", o.Download, "download a 50 MB file concurrently and hold the server's memory growth to its target")
	pg := fs.Bool("postgraphile", true, "measure PostGraphile as a reference (skipped with a note when node/npm are missing)")
	serverEnv := fs.String("server-env", "", "extra KEY=VALUE settings for the server, comma-separated (experiments)")
	clients := fs.String("clients", "10,50", "concurrent clients, comma-separated")
	ops := fs.String("ops", "", "operations to run, comma-separated (default: all)")
	fs.IntVar(&o.Scale, "scale", 1, "data volume as a multiple of the benchmark's shape (10: 10,000 partners, 200,000 deals)")
	fs.Parse(args)
	if o.Scale < 1 {
		fmt.Fprintf(os.Stderr, "loadgen: bad -scale %d\n", o.Scale)
		return 2
	}
	o.Shape = bench.BenchShape.Times(o.Scale)
	if !*pg {
		o.PostGraphileDir = ""
	}
	o.Clients = nil
	for _, c := range strings.Split(*clients, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(c))
		if err != nil || n < 1 {
			fmt.Fprintf(os.Stderr, "loadgen: bad -clients %q\n", *clients)
			return 2
		}
		o.Clients = append(o.Clients, n)
	}
	if *serverEnv != "" {
		o.ServerEnv = strings.Split(*serverEnv, ",")
	}
	if *ops != "" {
		o.Ops = strings.Split(*ops, ",")
	}
	rep, err := bench.Run(ctx, o)
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		return 2
	}
	rep.Print(os.Stdout)
	path, err := rep.Write(o.OutDir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadgen: writing results:", err)
		return 2
	}
	fmt.Printf("results: %s\n", path)
	if !rep.OK {
		return 1
	}
	return 0
}

func baseline(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("baseline", flag.ExitOnError)
	listen := fs.String("listen", "127.0.0.1:8099", "address to serve on")
	dbURL := fs.String("database", "", "PostgreSQL URL")
	maxConns := fs.Int("max-conns", 0, "connection pool size (default: the server's)")
	fs.Parse(args)
	db, err := bench.NewBaselineDB(*dbURL)
	if err != nil {
		return err
	}
	defer db.Close()
	if *maxConns > 0 {
		db.SetMaxOpenConns(*maxConns)
		db.SetMaxIdleConns(*maxConns)
	}
	ln, err := net.Listen("tcp", *listen)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: &bench.Baseline{DB: db}, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	}()
	if err := srv.Serve(ln); err != http.ErrServerClosed {
		return err
	}
	return nil
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

// compare checks a run at a larger scale against one at 1×: each a results file or a directory,
// whose newest results file is read.
func compare(args []string) int {
	if len(args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: loadgen compare SMALL LARGE (results files or directories)")
		return 2
	}
	small, err := bench.ReadReport(args[0])
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		return 2
	}
	large, err := bench.ReadReport(args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		return 2
	}
	checks := bench.CompareScales(small, large)
	bench.PrintScaleChecks(os.Stdout, small, large, checks)
	for _, c := range checks {
		if !c.Met {
			return 1
		}
	}
	return 0
}
