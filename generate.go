package main

// ent first: it writes graph/ent.graphql, which gqlgen then reads.
//go:generate go run -mod=mod ./ent/entc.go
//go:generate go run -mod=mod github.com/99designs/gqlgen generate
