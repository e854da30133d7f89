package storage

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"time"
)

// Local stores files in a directory (DATA_DIR/files by default), one file per key, sharded by the
// key's first characters so no directory grows unbounded.
type Local struct {
	dir string
}

// NewLocal returns a Local storage in dir, creating it if needed.
func NewLocal(dir string) (*Local, error) {
	if err := os.MkdirAll(filepath.Join(dir, "tmp"), 0o750); err != nil {
		return nil, fmt.Errorf("storage directory: %w", err)
	}
	return &Local{dir: dir}, nil
}

// validKey keeps keys to the names this package makes, so no key can walk out of the directory.
var validKey = regexp.MustCompile(`^[A-Za-z0-9_-]{8,80}$`)

func (l *Local) path(key string) (string, error) {
	if !validKey.MatchString(key) {
		return "", fmt.Errorf("storage: invalid key %q", key)
	}
	return filepath.Join(l.dir, key[len(key)-2:], key), nil
}

// Put writes r to a temporary file in the same file system and renames it into place once it is
// complete and synced: a reader never sees half a file, and a failed copy leaves nothing.
func (l *Local) Put(ctx context.Context, key string, r io.Reader) (n int64, err error) {
	dst, err := l.path(key)
	if err != nil {
		return 0, err
	}
	tmp, err := os.CreateTemp(filepath.Join(l.dir, "tmp"), "put-*")
	if err != nil {
		return 0, fmt.Errorf("storage: %w", err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if n, err = io.Copy(tmp, contextReader{ctx, r}); err != nil {
		return n, err
	}
	if err = tmp.Sync(); err != nil {
		return n, fmt.Errorf("storage: %w", err)
	}
	if err = tmp.Close(); err != nil {
		return n, fmt.Errorf("storage: %w", err)
	}
	if err = os.MkdirAll(filepath.Dir(dst), 0o750); err != nil {
		return n, fmt.Errorf("storage: %w", err)
	}
	if err = os.Rename(tmp.Name(), dst); err != nil {
		return n, fmt.Errorf("storage: %w", err)
	}
	return n, nil
}

// Open opens the file under key.
func (l *Local) Open(_ context.Context, key string) (Object, error) {
	p, err := l.path(key)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("storage: %w", err)
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("storage: %w", err)
	}
	return localObject{File: f, info: st}, nil
}

// Delete removes the file under key.
func (l *Local) Delete(_ context.Context, key string) error {
	p, err := l.path(key)
	if err != nil {
		return err
	}
	if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("storage: %w", err)
	}
	return nil
}

type localObject struct {
	*os.File
	info fs.FileInfo
}

func (o localObject) Size() int64        { return o.info.Size() }
func (o localObject) ModTime() time.Time { return o.info.ModTime() }

// contextReader stops a copy when the request is cancelled (a client that went away).
type contextReader struct {
	ctx context.Context
	r   io.Reader
}

func (c contextReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}
