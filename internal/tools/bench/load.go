package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"sort"
	"sync"
	"time"
)

// endpoint is one process of one side of the comparison: the server or the baseline, connected to
// PostgreSQL directly or through the statement-counting proxy.
type endpoint struct {
	name string // "server" or "baseline": the side it stands for in the report
	via  string // "direct" or "counted"
	url  string // base URL, without /query
	pid  int
	log  string // the process's log file
	// mallocs reads the process's cumulative heap allocation count.
	mallocs func(ctx context.Context) (uint64, error)
}

func (e endpoint) String() string { return e.name + " (" + e.via + ")" }

// instances are the two processes of one side. The load measures the direct one, which talks to
// PostgreSQL as in production; the counted one, behind the proxy, is what statements are counted
// on, since the proxy's hop would otherwise slow every statement of the measured load.
type instances struct {
	direct, counted endpoint
}

// request is a ready-to-send GraphQL request body.
type request []byte

func newRequest(op Op, vars map[string]any) request {
	body, err := json.Marshal(map[string]any{"query": op.Query, "operationName": op.Name, "variables": vars})
	if err != nil {
		panic(err)
	}
	return body
}

// bodies prepares requests for op: a pool to cycle through for reads, or a fresh body per request
// for mutations (which must not repeat themselves).
type bodies struct {
	op   Op
	fx   *Fixtures
	pool []request
}

func newBodies(op Op, fx *Fixtures, seed uint64) *bodies {
	b := &bodies{op: op, fx: fx}
	if !op.Mutation {
		rng := rand.New(rand.NewPCG(seed, 1))
		for i := 0; i < 512; i++ {
			b.pool = append(b.pool, newRequest(op, op.Vars(rng, fx)))
		}
	}
	return b
}

func (b *bodies) next(rng *rand.Rand, i int) request {
	if b.pool != nil {
		return b.pool[i%len(b.pool)]
	}
	return newRequest(b.op, b.op.Vars(rng, b.fx))
}

// client is an HTTP client that keeps one connection per concurrent worker.
func newHTTPClient(concurrency int) *http.Client {
	return &http.Client{
		Timeout: 30 * time.Second,
		Transport: &http.Transport{
			MaxIdleConns:        concurrency * 2,
			MaxIdleConnsPerHost: concurrency * 2,
			MaxConnsPerHost:     concurrency * 2,
			DisableCompression:  true,
			IdleConnTimeout:     time.Minute,
		},
	}
}

// send posts one request and returns the body, failing on a non-200 status or GraphQL errors.
func send(ctx context.Context, c *http.Client, url, token string, body request) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url+"/query", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/graphql-response+json, application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		return nil, err
	}
	if res.StatusCode != http.StatusOK {
		return raw, fmt.Errorf("HTTP %d: %.300s", res.StatusCode, raw)
	}
	if bytes.Contains(raw, []byte(`"errors"`)) {
		return raw, fmt.Errorf("GraphQL errors: %.300s", raw)
	}
	return raw, nil
}

// loadResult is what one timed run of one operation against one endpoint measured.
type loadResult struct {
	requests  int
	errors    int
	firstErr  string
	elapsed   time.Duration
	latencies []time.Duration // sorted
}

func (r loadResult) quantile(q float64) time.Duration {
	if len(r.latencies) == 0 {
		return 0
	}
	i := int(q * float64(len(r.latencies)-1))
	return r.latencies[i]
}

// runLoad has concurrency workers send requests back to back, each waiting for its answer before
// sending the next (a closed loop), for the given duration.
// Worker w sends tokens[w % len(tokens)]: each client is a different user when there are enough.
func runLoad(ctx context.Context, c *http.Client, url string, tokens []string, b *bodies, concurrency int, d time.Duration, seed uint64) loadResult {
	ctx, cancel := context.WithTimeout(ctx, d+30*time.Second)
	defer cancel()
	deadline := time.Now().Add(d)
	var mu sync.Mutex
	var res loadResult
	var wg sync.WaitGroup
	start := time.Now()
	for w := 0; w < concurrency; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(seed, uint64(w)))
			token := ""
			if len(tokens) > 0 {
				token = tokens[w%len(tokens)]
			}
			lat := make([]time.Duration, 0, 4096)
			var errs int
			var firstErr string
			for i := w * 7919; time.Now().Before(deadline); i++ {
				t0 := time.Now()
				_, err := send(ctx, c, url, token, b.next(rng, i))
				if err != nil {
					errs++
					if firstErr == "" {
						firstErr = err.Error()
					}
					if ctx.Err() != nil {
						break
					}
					continue
				}
				lat = append(lat, time.Since(t0))
			}
			mu.Lock()
			res.requests += len(lat) + errs
			res.errors += errs
			if res.firstErr == "" {
				res.firstErr = firstErr
			}
			res.latencies = append(res.latencies, lat...)
			mu.Unlock()
		}(w)
	}
	wg.Wait()
	res.elapsed = time.Since(start)
	sort.Slice(res.latencies, func(i, j int) bool { return res.latencies[i] < res.latencies[j] })
	return res
}
