package httpserver

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"regexp"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/partnerhub/partnerhub/internal/apperr"
)

// PersistedQueryCacheSize is how many persisted queries the server remembers (least recently used
// ones are forgotten; the client then sends the full query once more).
const PersistedQueryCacheSize = 1000

// persistedQueries implements automatic persisted queries (Apollo's APQ protocol, which Apollo
// Client, urql and graphql-request speak): a client sends
//
//	{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"<hex SHA-256 of the query>"}}}
//
// without the query. If the server knows the hash it runs that query; if not it answers the error
// PersistedQueryNotFound (extensions.code PERSISTED_QUERY_NOT_FOUND, the protocol's own code, which
// those clients look for), and the client sends the query together with its hash, which the
// server checks and remembers. The portal sends its operations this way, so after the first
// request each operation travels as a 64-character ID, over POST or over GET (where a CDN could
// cache it).
//
// It replaces gqlgen's extension.AutomaticPersistedQuery, whose refusals (bad version, wrong hash)
// carry no code and would reach clients as INTERNAL.
type persistedQueries struct{ cache graphql.Cache[string] }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = persistedQueries{}

func (persistedQueries) ExtensionName() string { return "PersistedQueries" }

func (persistedQueries) Validate(graphql.ExecutableSchema) error { return nil }

var sha256Hex = regexp.MustCompile(`^[0-9a-fA-F]{64}$`)

func (p persistedQueries) MutateOperationParameters(ctx context.Context, raw *graphql.RawParams) *gqlerror.Error {
	ext, ok := raw.Extensions["persistedQuery"]
	if !ok || ext == nil {
		return nil
	}
	pq, ok := ext.(map[string]any)
	if !ok {
		return badParameter("extensions.persistedQuery", "extensions.persistedQuery must be an object with version and sha256Hash")
	}
	if version, ok := pq["version"].(json.Number); !ok || version.String() != "1" {
		return badParameter("extensions.persistedQuery.version", "extensions.persistedQuery.version must be 1")
	}
	hash, ok := pq["sha256Hash"].(string)
	if !ok || !sha256Hex.MatchString(hash) {
		return badParameter("extensions.persistedQuery.sha256Hash",
			"extensions.persistedQuery.sha256Hash must be the hex SHA-256 of the query (64 characters)")
	}
	hash = strings.ToLower(hash)
	if raw.Query == "" {
		query, ok := p.cache.Get(ctx, hash)
		if !ok {
			err := gqlerror.Errorf("PersistedQueryNotFound")
			errcode.Set(err, "PERSISTED_QUERY_NOT_FOUND")
			return err
		}
		raw.Query = query
		return nil
	}
	sum := sha256.Sum256([]byte(raw.Query))
	if hex.EncodeToString(sum[:]) != hash {
		return badParameter("extensions.persistedQuery.sha256Hash",
			"extensions.persistedQuery.sha256Hash is not the SHA-256 of the query")
	}
	p.cache.Add(ctx, hash, raw.Query)
	return nil
}

// badParameter refuses a request parameter with BAD_USER_INPUT naming it in extensions.field.
func badParameter(field, message string) *gqlerror.Error {
	return &gqlerror.Error{Err: apperr.BadInput(field, "%s", message), Message: message}
}
