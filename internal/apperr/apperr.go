// Package apperr defines the errors PartnerHub shows its clients. Each carries one of the stable
// codes of docs/errors.md; graph's error presenter turns them into GraphQL errors, and every
// error that is not an *Error becomes INTERNAL with only a request ID.
package apperr

import (
	"errors"
	"fmt"
)

// Code is the value of a GraphQL error's extensions.code.
type Code string

// The codes clients can rely on.
const (
	Unauthenticated Code = "UNAUTHENTICATED"
	Forbidden       Code = "FORBIDDEN"
	BadUserInput    Code = "BAD_USER_INPUT"
	NotFound        Code = "NOT_FOUND"
	Conflict        Code = "CONFLICT"
	RateLimited     Code = "RATE_LIMITED"
	Internal        Code = "INTERNAL"
)

// Error is an error meant for the client.
type Error struct {
	Code    Code
	Message string
	// Field names the offending input field for BAD_USER_INPUT.
	Field string
	// Extensions are further machine-readable details (e.g. retryAfter).
	Extensions map[string]any
	// Err is the cause, kept for logs, never shown.
	Err error
}

func (e *Error) Error() string {
	if e.Field != "" {
		return fmt.Sprintf("%s: %s: %s", e.Code, e.Field, e.Message)
	}
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}

func (e *Error) Unwrap() error { return e.Err }

// New returns an error with a code and a message for the client.
func New(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// BadInput reports invalid input in one field.
func BadInput(field, format string, args ...any) *Error {
	return &Error{Code: BadUserInput, Field: field, Message: fmt.Sprintf(format, args...)}
}

// NotFoundError is what a missing row and a row the viewer may not see both answer, so IDs reveal nothing.
func NotFoundError() *Error {
	return &Error{Code: NotFound, Message: "not found"}
}

// As returns the *Error in err's chain, if any.
func As(err error) (*Error, bool) {
	var e *Error
	ok := errors.As(err, &e)
	return e, ok
}
