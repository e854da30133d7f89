//go:build ignore

// gen.go writes a new versioned migration for each dialect from the difference between the ent
// schema and the migrations already committed. Usage (from the repository root):
//
//	go run -mod=mod ./ent/migrate/gen.go NAME
//
// A hand-written migration (what ent cannot express, like a PostgreSQL extension) is added to the
// folder by hand and then hashed into atlas.sum, so replays accept it:
//
//	go run -mod=mod ./ent/migrate/gen.go -hash
//
// A hand-written index (an expression index, say) is named manual_*: the ent schema does not hold
// it, so without that prefix the next diff would drop it.
//
// SQLite replays the folder into an in-memory database; PostgreSQL into a throwaway schema of the
// throwaway database on the server at DEV_DATABASE_URL (default: the local server).
package main

import (
	"context"
	"database/sql"
	"fmt"
	"log"
	"net/url"
	"os"
	"strings"

	atlasmigrate "ariga.io/atlas/sql/migrate"
	atlasschema "ariga.io/atlas/sql/schema"
	"ariga.io/atlas/sql/sqltool"
	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/schema"
	_ "github.com/lib/pq"
	_ "modernc.org/sqlite"

	"github.com/partnerhub/partnerhub/ent/migrate"
)

func main() {
	if len(os.Args) != 2 {
		log.Fatal("usage: go run -mod=mod ./ent/migrate/gen.go NAME|-hash")
	}
	name := os.Args[1]
	if name == "-hash" {
		rehash("ent/migrate/migrations/sqlite")
		rehash("ent/migrate/migrations/postgres")
		return
	}
	ctx := context.Background()

	lite, err := sql.Open("sqlite", "file:dev?mode=memory&_pragma=foreign_keys(1)")
	if err != nil {
		log.Fatal(err)
	}
	lite.SetMaxOpenConns(1)
	diff(ctx, lite, dialect.SQLite, "ent/migrate/migrations/sqlite", name)

	devURL := os.Getenv("DEV_DATABASE_URL")
	if devURL == "" {
		devURL = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
	}
	admin, err := sql.Open("postgres", devURL)
	if err != nil {
		log.Fatal(err)
	}
	// One database per run: two worktrees generating migrations at once must not drop each other's.
	devDB := fmt.Sprintf("partnerhub_migration_dev_%d", os.Getpid())
	mustExec(ctx, admin, "DROP DATABASE IF EXISTS "+devDB)
	mustExec(ctx, admin, "CREATE DATABASE "+devDB)
	defer mustExec(ctx, admin, "DROP DATABASE IF EXISTS "+devDB)
	u, err := url.Parse(devURL)
	if err != nil {
		log.Fatal(err)
	}
	u.Path = "/" + devDB
	pg, err := sql.Open("postgres", u.String())
	if err != nil {
		log.Fatal(err)
	}
	defer pg.Close()
	diff(ctx, pg, dialect.Postgres, "ent/migrate/migrations/postgres", name)
}

func diff(ctx context.Context, db *sql.DB, dialectName, dirPath, name string) {
	dir, err := sqltool.NewGolangMigrateDir(dirPath)
	if err != nil {
		log.Fatal(err)
	}
	s := migrate.NewSchema(entsql.OpenDB(dialectName, db))
	err = s.NamedDiff(ctx, name,
		schema.WithDir(dir),
		schema.WithMigrationMode(schema.ModeReplay),
		schema.WithFormatter(sqltool.GolangMigrateFormatter),
		schema.WithDropColumn(true),
		schema.WithDropIndex(true),
		schema.WithDiffHook(keepManualIndexes),
	)
	if err != nil {
		log.Fatalf("%s: %v", dialectName, err)
	}
	fmt.Println("checked", dirPath)
}

// keepManualIndexes leaves the hand-written indexes (named manual_*) out of the diff.
func keepManualIndexes(next schema.Differ) schema.Differ {
	return schema.DiffFunc(func(current, desired *atlasschema.Schema) ([]atlasschema.Change, error) {
		changes, err := next.Diff(current, desired)
		if err != nil {
			return nil, err
		}
		kept := changes[:0]
		for _, c := range changes {
			if m, ok := c.(*atlasschema.ModifyTable); ok {
				m.Changes = dropManual(m.Changes)
				if len(m.Changes) == 0 {
					continue
				}
			}
			kept = append(kept, c)
		}
		return kept, nil
	})
}

func dropManual(changes []atlasschema.Change) []atlasschema.Change {
	kept := changes[:0]
	for _, c := range changes {
		if d, ok := c.(*atlasschema.DropIndex); ok && strings.HasPrefix(d.I.Name, "manual_") {
			continue
		}
		kept = append(kept, c)
	}
	return kept
}

func rehash(dirPath string) {
	dir, err := sqltool.NewGolangMigrateDir(dirPath)
	if err != nil {
		log.Fatal(err)
	}
	sum, err := dir.Checksum()
	if err != nil {
		log.Fatal(err)
	}
	if err := atlasmigrate.WriteSumFile(dir, sum); err != nil {
		log.Fatal(err)
	}
	fmt.Println("hashed", dirPath)
}

func mustExec(ctx context.Context, db *sql.DB, q string) {
	if _, err := db.ExecContext(ctx, q); err != nil {
		log.Fatal(err)
	}
}
