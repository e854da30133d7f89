# PartnerHub. `make run` builds and starts the server on the embedded database with demo data;
# `make test` runs every check CI runs.
SHELL := /bin/bash
BIN := bin/partnerhub
GO ?= go
# The local PostgreSQL that `make test` also runs the suite against (override TEST_DATABASE_URL).
PG_TEST_URL ?= postgres://postgres@127.0.0.1:5432/test?sslmode=disable

.PHONY: run build generate check-generated vet test test-sqlite test-postgres audit-deps migration clean

run: build
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

vet:
	$(GO) vet ./...
	@test -z "$$(gofmt -l $$(git ls-files '*.go' | grep -v '^ent/\|^graph/generated/'))" || { echo "gofmt needed:"; gofmt -l .; exit 1; }

test: vet check-generated test-sqlite test-postgres

# The GraphQL-over-HTTP audit (npm graphql-http) runs inside the Go tests; install it first.
audit-deps:
	@command -v npm >/dev/null || { echo "npm is needed for the GraphQL-over-HTTP audit"; exit 1; }
	npm ci --prefix internal/httpserver/testdata/audit --no-audit --no-fund --silent

test-sqlite: audit-deps
	$(GO) test -race -count=1 ./...

# The same suite on PostgreSQL. CI must have it; a developer without a local server is told so.
test-postgres:
	@url="$${TEST_DATABASE_URL:-$(PG_TEST_URL)}"; \
	if ! psql "$$url" -qtAc 'select 1' >/dev/null 2>&1; then \
		if [ -n "$$CI" ]; then echo "PostgreSQL unreachable at $$url"; exit 1; fi; \
		echo "SKIPPING PostgreSQL tests: no server at $$url (set TEST_DATABASE_URL)"; exit 0; \
	fi; \
	echo "running the suite on PostgreSQL"; \
	TEST_DATABASE_URL="$$url" $(GO) test -count=1 -p 2 ./...

# make migration NAME=add_deals — writes the next versioned migration for both dialects.
migration:
	@test -n "$(NAME)" || { echo "usage: make migration NAME=what_changed"; exit 1; }
	$(GO) run -mod=mod ./ent/migrate/gen.go $(NAME)

clean:
	rm -rf bin
