# PartnerHub. `make run` builds and starts the server on the embedded database with demo data;
# `make test` runs every check CI runs.
SHELL := /bin/bash
BIN := bin/partnerhub
GO ?= go
# The local PostgreSQL that `make test` also runs the suite against (override TEST_DATABASE_URL).
PG_TEST_URL ?= postgres://postgres@127.0.0.1:5432/test?sslmode=disable

.PHONY: run build generate check-generated lint fuzz fuzz-short soak test test-sqlite test-postgres audit-deps migration clean \
	portal frontend frontend-deps test-frontend

run: portal build
	./$(BIN)

build:
	$(GO) build -o $(BIN) .

generate:
	$(GO) generate ./...

# Regenerates ent and gqlgen code and fails if that changed anything: generated code is committed
# and must match its sources.
check-generated:
	@before=$$(find ent graph -type f \( -name '*.go' -o -name '*.graphql' \) ! -name '*_test.go' | sort | xargs sha256sum); \
	$(GO) generate ./... || exit 1; \
	after=$$(find ent graph -type f \( -name '*.go' -o -name '*.graphql' \) ! -name '*_test.go' | sort | xargs sha256sum); \
	if [ "$$before" != "$$after" ]; then \
		echo "generated code is stale: 'go generate ./...' changed these files (commit them):"; \
		diff <(echo "$$before") <(echo "$$after") | grep '^[<>]' | awk '{print "  " $$3}' | sort -u; \
		exit 1; \
	fi; echo "generated code is up to date"

# go vet, staticcheck (the version the tool directive in go.mod pins; ent/staticcheck.conf says
# what it skips in generated code) and gofmt on hand-written code.
lint:
	$(GO) vet ./...
	$(GO) tool staticcheck ./...
	@test -z "$$(gofmt -l $$(git ls-files '*.go' | grep -v '^ent/\|^graph/generated/'))" || { echo "gofmt needed:"; gofmt -l .; exit 1; }

test: lint check-generated test-sqlite test-postgres test-frontend

# Fuzz targets over what anonymous clients and partners send (the request shape check, domains,
# e-mail addresses, match keys). Their seed corpora and every input a fuzzer ever failed on
# (testdata/fuzz, committed) run in every `go test`; `make fuzz` explores for FUZZTIME each and
# `make fuzz-short` for 3 s. Exploring is not part of `make test`: a new finding would fail an
# unrelated change's CI at random; commit it under testdata/fuzz with its fix instead.
FUZZTIME ?= 60s
FUZZ_TARGETS := ./internal/httpserver:FuzzCheckShape ./internal/normalize:FuzzDomain \
	./internal/normalize:FuzzEmail ./internal/normalize:FuzzMatchKeys
fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
		echo "fuzzing $${t#*:} for $(FUZZTIME)"; \
		out=$$($(GO) test -run '^$$' -fuzz "^$${t#*:}$$" -fuzztime $(FUZZTIME) "$${t%%:*}" 2>&1) || { echo "$$out"; exit 1; }; \
	done

fuzz-short:
	@$(MAKE) --no-print-directory fuzz FUZZTIME=3s

# make soak — a flood of concurrent anonymous sign-ins (wrong passwords, unknown and real addresses,
# each from a new client address) against a fresh server on its own embedded database: exits 1 when
# the server's peak RSS passes 150 MB or a signed-in request meanwhile takes over 2 s at p95
# (internal/tools/signinsoak; SOAK_FLAGS='-clients 96 -duration 60s' for a longer run).
soak: build
	$(GO) run ./internal/tools/signinsoak -server ./$(BIN) $(SOAK_FLAGS)

# The GraphQL-over-HTTP audit (npm graphql-http) runs inside the Go tests; install it first.
audit-deps:
	@command -v npm >/dev/null || { echo "npm is needed for the GraphQL-over-HTTP audit"; exit 1; }
	npm ci --prefix internal/httpserver/testdata/audit --no-audit --no-fund --silent

test-sqlite: audit-deps
	$(GO) test -race -count=1 -timeout 30m ./...

# The same suite on PostgreSQL. CI must have it; a developer without a local server is told so.
test-postgres:
	@url="$${TEST_DATABASE_URL:-$(PG_TEST_URL)}"; \
	if ! psql "$$url" -qtAc 'select 1' >/dev/null 2>&1; then \
		if [ -n "$$CI" ]; then echo "PostgreSQL unreachable at $$url"; exit 1; fi; \
		echo "SKIPPING PostgreSQL tests: no server at $$url (set TEST_DATABASE_URL)"; exit 0; \
	fi; \
	echo "running the suite on PostgreSQL"; \
	TEST_DATABASE_URL="$$url" $(GO) test -count=1 -p 2 -timeout 30m ./...

# make migration NAME=add_deals — writes the next versioned migration for both dialects.
migration:
	@test -n "$(NAME)" || { echo "usage: make migration NAME=what_changed"; exit 1; }
	$(GO) run -mod=mod ./ent/migrate/gen.go $(NAME)

clean:
	rm -rf bin

# ---------------------------------------------------------------------------------------------------
# The partner portal: frontend/ (TypeScript, React, Vite) built into internal/portal/dist, which the
# binary embeds. The build is committed, so `go build` works without Node.js; internal/portal/
# sources.sha256 records which sources it was built from, so `make run` rebuilds only when they
# changed (and serves the committed build on a machine without npm).
PORTAL_HASH_FILE := internal/portal/sources.sha256
PORTAL_HASH = { find frontend/src frontend/public -type f ! -name '*.test.ts' ! -name '*.test.tsx' ! -path 'frontend/src/test/*'; \
	ls frontend/index.html frontend/package.json frontend/package-lock.json frontend/vite.config.ts frontend/tsconfig*.json; } \
	| LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-64
# Playwright drives Debian's Chromium (apt package chromium) and never downloads a browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

# make run: rebuild the portal first when its sources changed since the committed build.
portal:
	@if [ "$$($(PORTAL_HASH))" = "$$(cat $(PORTAL_HASH_FILE) 2>/dev/null)" ]; then exit 0; fi; \
	if ! command -v npm >/dev/null; then echo "portal sources changed, but npm is missing: serving the committed build"; exit 0; fi; \
	echo "portal sources changed: rebuilding internal/portal/dist"; \
	$(MAKE) --no-print-directory frontend

# npm ci when node_modules is missing or package-lock.json changed since the last install.
frontend-deps:
	@command -v npm >/dev/null || { echo "Node.js 20.19+ and npm are needed for the portal (frontend/)"; exit 1; }
	@if ! cmp -s frontend/package-lock.json frontend/node_modules/.ci-package-lock.json; then \
		echo "npm ci (frontend)"; \
		cd frontend && npm ci --no-audit --no-fund && cp package-lock.json node_modules/.ci-package-lock.json; \
	fi

# Type-check and build the portal into internal/portal/dist (commit it with sources.sha256).
frontend: frontend-deps
	cd frontend && npm run build
	@$(PORTAL_HASH) > $(PORTAL_HASH_FILE)

# Generated types match the SDL, eslint (import cycles, hooks; frontend/eslint.config.js) passes,
# the code type-checks, component tests pass, the committed build matches a fresh one, and the
# browser journeys pass in Chromium against a real server (bin/partnerhub on a fresh SQLite DATA_DIR
# with demo data; screenshots in frontend/screenshots).
test-frontend: frontend-deps build
	@test "$$($(PORTAL_HASH))" = "$$(cat $(PORTAL_HASH_FILE) 2>/dev/null)" || \
		{ echo "the portal build is stale: run 'make frontend' and commit internal/portal"; exit 1; }
	@test -x "$${CHROMIUM_PATH:-/usr/bin/chromium}" || { echo "Chromium is needed for the browser tests: apt-get install chromium"; exit 1; }
	cd frontend && npm run codegen:check
	cd frontend && npm run lint
	cd frontend && npm run typecheck
	cd frontend && npm test
	cd frontend && npm run build:check
	cd frontend && PARTNERHUB_BIN=$(CURDIR)/$(BIN) npm run e2e

# make bench — load benchmark of the real server against a raw-SQL baseline on PostgreSQL (internal/tools/bench, internal/tools/loadgen).
# Drops and recreates BENCH_DATABASE_URL, generates the dataset, starts bin/partnerhub and the
# baseline twice each (one pair connected straight to PostgreSQL for the load, one behind the
# statement-counting proxy) and PostGraphile 4.14.1 as a reference (npm-installed into the gitignored
# bench-tools/postgraphile/; skipped with a note without node/npm), drives them from bin/loadgen over
# loopback, prints the table and writes bench-results/<timestamp>.json. Exits 1 when a target is
# missed. BENCH_FLAGS passes options to `loadgen run` (e.g. BENCH_FLAGS='-duration 10s -clients 10,50,100').
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/partnerhub_bench?sslmode=disable
.PHONY: bench bench-export
bench: build
	$(GO) build -o bin/loadgen ./internal/tools/loadgen
	./bin/loadgen run -server ./$(BIN) -database "$(BENCH_DATABASE_URL)" -out bench-results $(BENCH_FLAGS)
	@$(MAKE) --no-print-directory bench-export

# make bench-scale — the first page, the deep page, node and registerDeal on the benchmark's data
# and on ten times as much (10,000 partners, 100,000 users, 200,000 deals, its own database): exits
# 1 when a p50 grows past 1.5x, the 10x server's peak RSS reaches 150 MB, or a run misses a target.
BENCH_SCALE_OPS ?= partnersList,usersList,usersPage200,dealsEdges,dealsPageInfo,dealsList,dealsPage200,node,registerDeal
.PHONY: bench-scale
bench-scale: build
	$(GO) build -o bin/loadgen ./internal/tools/loadgen
	st=0; \
	./bin/loadgen run -server ./$(BIN) -database "$(BENCH_DATABASE_URL)" -out bench-results/scale-1 -ops $(BENCH_SCALE_OPS) -postgraphile=false $(BENCH_FLAGS) || st=1; \
	./bin/loadgen run -server ./$(BIN) -database "$(subst partnerhub_bench,partnerhub_bench_x10,$(BENCH_DATABASE_URL))" -scale 10 -out bench-results/scale-10 -ops $(BENCH_SCALE_OPS) -postgraphile=false $(BENCH_FLAGS) || st=1; \
	./bin/loadgen compare bench-results/scale-1 bench-results/scale-10 || st=1; \
	exit $$st

# A CSV export streams: the audit log with 100,000 generated events exported whole and filtered to a
# sixth, on a fresh embedded database; exits 1 when the whole export's peak RSS passes the small
# one's by more than 20 MB (internal/tools/exportsoak).
bench-export: build
	$(GO) run ./internal/tools/exportsoak -server ./$(BIN) $(EXPORT_FLAGS)
