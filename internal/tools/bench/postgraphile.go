// PostGraphile as a reference endpoint: installed with npm into a folder of its own, started on
// the benchmark's database after the dataset is generated, and sent the same query shapes as the
// server (Op.PostGraphile). It is optional: without node and npm, or when the install or the
// start fails, the run says why and measures the rest.

package bench

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"time"
)

// PostGraphileVersion is the release measured against; the issue names it, so that figures from
// different runs compare the server with the same engine.
const PostGraphileVersion = "4.14.1"

// PostGraphileFixtures are PostGraphile's own handles on the fixtures' rows: its cursors are
// opaque and its global IDs encode the table, so both are read from it once, at setup.
type PostGraphileFixtures struct {
	// DealsPage200 is PostGraphile's cursor after the 199th page of 50 deals ordered by ID.
	DealsPage200 string
	// PartnerNodeIDs maps a partner's ID to its PostGraphile global ID (nodeId).
	PartnerNodeIDs map[string]string
}

// installPostGraphile makes sure dir holds postgraphile@PostGraphileVersion, installing it with
// npm when it does not. Its own folder keeps its graphql module apart from the frontend's and
// any other tool's. It returns the CLI's path.
func installPostGraphile(ctx context.Context, dir string, logf func(string, ...any)) (string, error) {
	if _, err := exec.LookPath("node"); err != nil {
		return "", errors.New("node is not installed")
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	cli := filepath.Join(dir, "node_modules", "postgraphile", "cli.js")
	if installedVersion(dir) == PostGraphileVersion {
		return cli, nil
	}
	if _, err := exec.LookPath("npm"); err != nil {
		return "", errors.New("npm is not installed")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	logf("installing postgraphile@%s into %s", PostGraphileVersion, dir)
	ictx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ictx, "npm", "install", "--prefix", dir, "postgraphile@"+PostGraphileVersion,
		"--no-audit", "--no-fund", "--save-exact")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("npm install postgraphile@%s: %w: %.500s", PostGraphileVersion, err, out)
	}
	if v := installedVersion(dir); v != PostGraphileVersion {
		return "", fmt.Errorf("npm installed postgraphile %q, not %s", v, PostGraphileVersion)
	}
	return cli, nil
}

func installedVersion(dir string) string {
	raw, err := os.ReadFile(filepath.Join(dir, "node_modules", "postgraphile", "package.json"))
	if err != nil {
		return ""
	}
	var pkg struct {
		Version string `json:"version"`
	}
	json.Unmarshal(raw, &pkg)
	return pkg.Version
}

// PostGraphilePoolConns is PostGraphile's connection pool: its default. The server's 25 would take
// the five pools past PostgreSQL's 100 connections; a single Node process runs its JavaScript on
// one core and keeps 10 connections busy on this machine's two.
const PostGraphilePoolConns = 10

// startPostGraphile installs and starts PostGraphile on the benchmark database, waits for it to
// answer and reads its fixtures. Any failure leaves r.pg unset and is said in the report: the
// comparison is skipped, the run goes on.
func (r *runner) startPostGraphile(ctx context.Context) error {
	if r.opts.PostGraphileDir == "" {
		r.skipPostGraphile("turned off (-postgraphile=false)")
		return nil
	}
	if !r.comparesPostGraphile() {
		r.report.Settings["postgraphile"] = "not needed by the selected operations"
		return nil
	}
	cli, err := installPostGraphile(ctx, r.opts.PostGraphileDir, r.logf)
	if err != nil {
		r.skipPostGraphile(err.Error())
		return nil
	}
	e, err := r.spawnPostGraphile(ctx, cli)
	if err != nil {
		r.skipPostGraphile(err.Error())
		return nil
	}
	fx, err := loadPostGraphileFixtures(ctx, e.url, r.fx)
	if err != nil {
		r.skipPostGraphile("reading its fixtures: " + err.Error())
		return nil
	}
	r.fx.PostGraphile = fx
	r.pg = instances{direct: e}
	r.report.Settings["postgraphile"] = map[string]any{"version": PostGraphileVersion, "pool_conns": PostGraphilePoolConns,
		"auth": "none: connects as the database owner", "processes": 1}
	return nil
}

func (r *runner) skipPostGraphile(why string) {
	r.logf("PostGraphile reference skipped: %s", why)
	r.report.Settings["postgraphile"] = "skipped: " + why
}

func (r *runner) comparesPostGraphile() bool {
	for _, op := range r.ops {
		if op.PostGraphile != "" {
			return true
		}
	}
	return false
}

// spawnPostGraphile starts one PostGraphile process, in a process group of its own so that the
// clean-up stops whatever it starts, and waits until it answers a query.
func (r *runner) spawnPostGraphile(ctx context.Context, cli string) (endpoint, error) {
	port, err := freePort()
	if err != nil {
		return endpoint{}, err
	}
	// Its best realistic production settings: no query log, no GraphiQL, relay connections (so
	// pageInfo and totalCount exist), the recommended nullability option. It serves on /query, the
	// server's path, so the load sends to both alike.
	args := []string{cli, "--connection", r.opts.DatabaseURL, "--schema", "public",
		"--host", "127.0.0.1", "--port", strconv.Itoa(port), "--graphql", "/query",
		"--disable-graphiql", "--disable-query-log", "--no-setof-functions-contain-nulls",
		"--max-pool-size", strconv.Itoa(PostGraphilePoolConns)}
	// As the server does (internal/database.WithoutJIT): PostgreSQL's JIT costs short queries more
	// than it saves. node-postgres reads PGOPTIONS.
	env := append(os.Environ(), "NODE_ENV=production", "PGOPTIONS=-c jit=off")
	e := endpoint{name: "postgraphile", via: "direct", url: fmt.Sprintf("http://127.0.0.1:%d", port)}
	if e.pid, e.log, err = r.spawnGroup("node", args, env, "postgraphile"); err != nil {
		return endpoint{}, err
	}
	e.mallocs = func(context.Context) (uint64, error) { return 0, nil } // not a Go process
	body := request(`{"query":"{ __typename }"}`)
	c := newHTTPClient(1)
	deadline := time.Now().Add(60 * time.Second)
	for {
		_, err := send(ctx, c, e.url, "", body)
		if err == nil {
			return e, nil
		}
		if time.Now().After(deadline) {
			return endpoint{}, fmt.Errorf("PostGraphile did not answer within 60s (see %s): %w", e.log, err)
		}
		select {
		case <-ctx.Done():
			return endpoint{}, ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// loadPostGraphileFixtures reads PostGraphile's cursor for the deep page and the partners' global
// IDs, for the same rows the server's fixtures name.
func loadPostGraphileFixtures(ctx context.Context, url string, fx *Fixtures) (*PostGraphileFixtures, error) {
	c := newHTTPClient(1)
	out := &PostGraphileFixtures{PartnerNodeIDs: map[string]string{}}
	// The 9,950th deal by ID: after its cursor comes page 200 of 50, as after fx.DealsPage200.
	raw, err := send(ctx, c, url, "", request(`{"query":"{ allDeals(first: 1, offset: 9949, orderBy: PRIMARY_KEY_ASC) { edges { cursor } } }"}`))
	if err != nil {
		return nil, err
	}
	var deals struct {
		Data struct {
			AllDeals struct {
				Edges []struct{ Cursor string } `json:"edges"`
			} `json:"allDeals"`
		} `json:"data"`
	}
	if err := json.Unmarshal(raw, &deals); err != nil || len(deals.Data.AllDeals.Edges) != 1 {
		return nil, fmt.Errorf("no deal 9,950 in PostGraphile's answer: %.300s", raw)
	}
	out.DealsPage200 = deals.Data.AllDeals.Edges[0].Cursor
	raw, err = send(ctx, c, url, "", request(`{"query":"{ allPartners { nodes { id nodeId } } }"}`))
	if err != nil {
		return nil, err
	}
	var partners struct {
		Data struct {
			AllPartners struct {
				Nodes []struct{ ID, NodeID string } `json:"nodes"`
			} `json:"allPartners"`
		} `json:"data"`
	}
	if err := json.Unmarshal(raw, &partners); err != nil {
		return nil, err
	}
	for _, n := range partners.Data.AllPartners.Nodes {
		out.PartnerNodeIDs[n.ID] = n.NodeID
	}
	for _, id := range fx.PartnerIDs {
		if out.PartnerNodeIDs[id] == "" {
			return nil, fmt.Errorf("partner %s has no PostGraphile node ID", id)
		}
	}
	return out, nil
}

// postGraphileOp is op as sent to PostGraphile.
func postGraphileOp(op Op) Op {
	pg := op
	pg.Query = op.PostGraphile
	if op.PostGraphileVars != nil {
		pg.Vars = op.PostGraphileVars
	}
	return pg
}

// comparePostGraphile checks that PostGraphile answers each shape with the same rows as the
// server: the same deal or partner IDs in the same order, the same totalCount and hasNextPage.
// The field names and value formats differ (PostGraphile's BigInt is a string, its timestamps
// carry an offset); the rows and the page must not.
func (r *runner) comparePostGraphile(ctx context.Context) error {
	if r.pg.direct.url == "" {
		return nil
	}
	c := newHTTPClient(1)
	for _, op := range r.ops {
		if op.PostGraphile == "" {
			continue
		}
		pgOp := postGraphileOp(op)
		rng1, rng2 := rand.New(rand.NewPCG(7, 8)), rand.New(rand.NewPCG(7, 8))
		for i := 0; i < 3; i++ {
			serverRaw, err := send(ctx, c, r.server.direct.url, r.tokens[op.Role][0], newRequest(op, op.Vars(rng1, r.fx)))
			if err != nil {
				return fmt.Errorf("%s on the server: %w", op.Name, err)
			}
			pgRaw, err := send(ctx, c, r.pg.direct.url, "", newRequest(pgOp, pgOp.Vars(rng2, r.fx)))
			if err != nil {
				return fmt.Errorf("%s on PostGraphile: %w", op.Name, err)
			}
			s, p := rowsOf(serverRaw), rowsOf(pgRaw)
			if len(s.IDs) == 0 || !reflect.DeepEqual(s, p) {
				r.report.Problems = append(r.report.Problems, fmt.Sprintf(
					"%s: PostGraphile's rows differ from the server's:\n    server:       %.400v\n    postgraphile: %.400v", op.Name, s, p))
				break
			}
		}
	}
	return nil
}

// answerRows is what two answers of one shape must share.
type answerRows struct {
	IDs         []string
	TotalCount  any
	HasNextPage any
}

// rowsOf reads the rows of an answer whose data holds one field: a connection (its edges' node
// IDs, totalCount and hasNextPage) or a single object (its ID).
func rowsOf(raw []byte) answerRows {
	var out answerRows
	var answer struct {
		Data map[string]map[string]any `json:"data"`
	}
	if json.Unmarshal(raw, &answer) != nil || len(answer.Data) != 1 {
		return out
	}
	for _, v := range answer.Data {
		edges, ok := v["edges"].([]any)
		if !ok {
			if id, ok := v["id"].(string); ok {
				out.IDs = []string{id}
			}
			return out
		}
		for _, e := range edges {
			node, _ := e.(map[string]any)["node"].(map[string]any)
			id, _ := node["id"].(string)
			out.IDs = append(out.IDs, id)
		}
		out.TotalCount = v["totalCount"]
		if pi, ok := v["pageInfo"].(map[string]any); ok {
			out.HasNextPage = pi["hasNextPage"]
		}
	}
	return out
}
