package upload_test

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"io"
	"testing"

	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/storage"
	"github.com/partnerhub/partnerhub/internal/upload"
)

// endless is a PDF that never ends, counting what the receiver read of it.
type endless struct{ read int64 }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = "%PDF-1.4\n"[int(e.read+int64(i))%9]
	}
	e.read += int64(len(p))
	return len(p), nil
}

func TestSizeLimitStopsTheStream(t *testing.T) {
	store, _ := storage.NewLocal(t.TempDir())
	rc := &upload.Receiver{Store: store, Config: upload.Config{MaxBytes: 1 << 20}}
	src := &endless{}
	_, err := rc.Receive(context.Background(), "file", "huge.pdf", src)
	var ae *apperr.Error
	if !errors.As(err, &ae) || ae.Code != apperr.BadUserInput || ae.Field != "file" {
		t.Fatalf("Receive = %v, want BAD_USER_INPUT on file", err)
	}
	// Stopped at the limit, give or take one copy buffer: not read to the end and measured after.
	if src.read > 1<<20+64<<10 {
		t.Fatalf("read %d bytes of an endless upload with a 1 MiB limit", src.read)
	}
}

func office(t *testing.T, first string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, name := range []string{"[Content_Types].xml", first} {
		w, _ := zw.Create(name)
		io.WriteString(w, "<xml/>")
	}
	zw.Close()
	return b.Bytes()
}

func TestSniff(t *testing.T) {
	for _, c := range []struct {
		name string
		head []byte
		want string
	}{
		{"deck.pptx", office(t, "ppt/presentation.xml"), "application/vnd.openxmlformats-officedocument.presentationml.presentation"},
		{"plan.docx", office(t, "word/document.xml"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
		{"kit.zip", office(t, "assets/logo.txt"), "application/zip"},
		{"kit.pdf", office(t, "assets/logo.txt"), "application/zip"}, // the bytes decide, not the name
		{"notes.md", []byte("# Playbook\n"), "text/markdown; charset=utf-8"},
		{"notes.txt", []byte("# Playbook\n"), "text/plain; charset=utf-8"},
		{"logo.md", []byte("  <svg onload=alert(1)>"), "image/svg+xml"},
		{"page.pdf", []byte("<html><body>"), "text/html; charset=utf-8"},
		{"old.doc", []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0}, "application/msword"},
	} {
		if got := upload.Sniff(c.head, c.name); got != c.want {
			t.Errorf("Sniff(%s) = %q, want %q", c.name, got, c.want)
		}
	}
}
