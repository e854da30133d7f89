package main

// ent first: it writes graph/ent.graphql, which gqlgen then reads; gqltrim rewrites gqlgen's
// executor for cheaper list answers (internal/tools/gqltrim says how).
//go:generate go run -mod=mod ./ent/entc.go
//go:generate go run -mod=mod github.com/99designs/gqlgen generate
//go:generate go run -mod=mod ./internal/tools/gqltrim graph/generated/generated.go
