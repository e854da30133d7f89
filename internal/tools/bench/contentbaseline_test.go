package bench

import (
	"context"
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/internal/config"
	"github.com/partnerhub/partnerhub/internal/password"
	"github.com/partnerhub/partnerhub/internal/seed"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
)

// The content baselines answer what the server answers over the demo data and a generated
// library: the partner's gated page (one version per translation group, files under the files'
// gate), the vendor's page, and the engagement figures by item and by partner. The bench compares
// three answers before measuring; this checks the gate and the grouping on every change.
func TestContentBaselinesMatchServer(t *testing.T) {
	if !testdb.Postgres() {
		t.Skip("the baseline's SQL is PostgreSQL's (TEST_DATABASE_URL)")
	}
	ctx := context.Background()
	db := testdb.Open(t)
	client := ent.NewClient(ent.Driver(db.Driver()))
	cfg, err := config.Load(func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	if _, err := seed.Demo(ctx, client, cfg.DemoPassword); err != nil {
		t.Fatal(err)
	}
	hash, err := password.Hash(cfg.DemoPassword)
	if err != nil {
		t.Fatal(err)
	}
	shape := Shape{Tiers: 3, Managers: 4, Partners: 60, UsersPerPartner: 3, Contents: 400, ContentEvents: 600}
	if _, err := Generate(ctx, db, shape, hash); err != nil {
		t.Fatal(err)
	}
	srv := apitest.Start(t, cfg, db, client)
	b := &Baseline{DB: db.DB}
	totals := map[string]float64{}
	for _, tt := range []struct{ op, groupBy string }{{"contentsList", ""}, {"contentsVendorList", ""}, {"contentEngagement", "CONTENT"}, {"contentEngagement", "PARTNER"}} {
		t.Run(tt.op+tt.groupBy, func(t *testing.T) {
			op, _ := OpByName(tt.op)
			token := srv.Login(t, DemoLogins[op.Role])
			vars := op.Vars(rand.New(rand.NewPCG(1, 2)), nil)
			if tt.groupBy != "" {
				vars["groupBy"] = tt.groupBy
			}
			res := srv.Query(t, token, op.Query, vars)
			if len(res.Errors) > 0 {
				t.Fatalf("server: %s", res.Raw)
			}
			var server, base any
			if err := json.Unmarshal(res.Data, &server); err != nil {
				t.Fatal(err)
			}
			data, err := op.Baseline(withClaims(ctx, "Bearer "+token), b, vars)
			if err != nil {
				t.Fatalf("baseline: %v", err)
			}
			raw, _ := json.Marshal(data)
			if err := json.Unmarshal(raw, &base); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(server, base) {
				t.Fatalf("the baseline differs from the server:\nserver:   %.3000s\nbaseline: %.3000s", res.Data, raw)
			}
			// Not vacuous: full pages with tiers and files, rows of figures.
			answer := server.(map[string]any)
			if c, ok := answer["contents"].(map[string]any); ok {
				edges := c["edges"].([]any)
				var withTier, withFile int
				for _, e := range edges {
					n := e.(map[string]any)["node"].(map[string]any)
					if n["minTier"] != nil {
						withTier++
					}
					if n["file"] != nil {
						withFile++
					}
				}
				totals[tt.op] = c["totalCount"].(float64)
				if len(edges) != 50 || withTier == 0 || withFile == 0 {
					t.Errorf("%d items, %d with a minimum tier, %d with a file: want a full page of 50 with both", len(edges), withTier, withFile)
				}
			} else {
				e := answer["contentEngagement"].(map[string]any)
				rows := e["rows"].([]any)
				var inRows float64
				for _, r := range rows {
					inRows += r.(map[string]any)["views"].(float64) + r.(map[string]any)["downloads"].(float64)
				}
				// The top rows only, and totals over every group beyond them.
				if len(rows) != engagementTop || inRows >= e["views"].(float64)+e["downloads"].(float64) {
					t.Errorf("%d rows of engagement holding %v of %v+%v events: want the top %d and totals over more",
						len(rows), inRows, e["views"], e["downloads"], engagementTop)
				}
			}
		})
	}
	if p, v := totals["contentsList"], totals["contentsVendorList"]; p == 0 || p >= v {
		t.Errorf("the partner sees %v items of the vendor's %v: want the gate to hold some back", p, v)
	}
}
