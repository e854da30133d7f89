// Package storage keeps the bytes of uploaded files behind a small interface, so the database
// holds what a file is (internal/upload, the File entity) and a directory, or later an object
// store, holds the file itself.
package storage

import (
	"context"
	"errors"
	"io"
	"time"
)

// ErrNotFound is returned for a key that holds nothing.
var ErrNotFound = errors.New("storage: no such object")

// Object is a stored file opened for reading: seekable, so downloads can answer Range requests.
type Object interface {
	io.ReadSeekCloser
	Size() int64
	ModTime() time.Time
}

// Storage holds file contents by key.
type Storage interface {
	// Put stores everything r yields under key, atomically: the key holds either the whole
	// file or nothing, also when r fails part-way (an aborted upload, a size limit).
	Put(ctx context.Context, key string, r io.Reader) (int64, error)
	// Open opens the file stored under key.
	Open(ctx context.Context, key string) (Object, error)
	// Delete removes the file under key; deleting a missing key is no error.
	Delete(ctx context.Context, key string) error
}
