package storage_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/partnerhub/partnerhub/internal/storage"
)

// failingReader yields some bytes and then fails, like a client that disconnects mid-upload.
type failingReader struct{ n int }

func (f *failingReader) Read(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, errors.New("connection reset")
	}
	k := min(len(p), f.n)
	for i := range p[:k] {
		p[i] = 'x'
	}
	f.n -= k
	return k, nil
}

func files(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			out = append(out, p)
		}
		return nil
	})
	return out
}

func TestLocalPutOpenDelete(t *testing.T) {
	dir := t.TempDir()
	s, err := storage.NewLocal(dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	want := strings.Repeat("partner playbook ", 1000)
	n, err := s.Put(ctx, "k0123456789AB", strings.NewReader(want))
	if err != nil || n != int64(len(want)) {
		t.Fatalf("Put = %d, %v", n, err)
	}
	obj, err := s.Open(ctx, "k0123456789AB")
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(obj)
	obj.Close()
	if string(got) != want || obj.Size() != int64(len(want)) {
		t.Fatalf("read back %d bytes, want %d", len(got), len(want))
	}
	if err := s.Delete(ctx, "k0123456789AB"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Open(ctx, "k0123456789AB"); !errors.Is(err, storage.ErrNotFound) {
		t.Fatalf("Open after Delete = %v, want ErrNotFound", err)
	}
	if left := files(t, dir); len(left) != 0 {
		t.Fatalf("files left behind: %v", left)
	}
}

func TestLocalFailedPutLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	s, _ := storage.NewLocal(dir)
	if _, err := s.Put(context.Background(), "k0123456789AB", &failingReader{n: 100_000}); err == nil {
		t.Fatal("Put of a failing reader succeeded")
	}
	if _, err := s.Open(context.Background(), "k0123456789AB"); !errors.Is(err, storage.ErrNotFound) {
		t.Fatalf("a failed Put is readable: %v", err)
	}
	if left := files(t, dir); len(left) != 0 {
		t.Fatalf("files left behind: %v", left)
	}
}

func TestLocalRefusesKeysOutsideItsDirectory(t *testing.T) {
	s, _ := storage.NewLocal(t.TempDir())
	for _, key := range []string{"../../etc/passwd", "a/b/cdefghij", "", "short"} {
		if _, err := s.Put(context.Background(), key, bytes.NewReader(nil)); err == nil {
			t.Errorf("Put(%q) succeeded", key)
		}
	}
}
