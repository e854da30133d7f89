// Package upload receives uploaded files: it enforces the size limit while the bytes stream in,
// sniffs the media type from the bytes and checks it against an allow-list, computes the SHA-256
// on the way, and stores the file atomically (internal/storage). A refused or failed upload leaves
// no file behind. Callers (content items, later MDF claims) record the result as a File row in
// their transaction and call ForgetOnRollback, so a failed mutation leaves no file either.
package upload

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/storage"
)

// DefaultMaxBytes is the size limit of one file (UPLOAD_MAX_BYTES).
const DefaultMaxBytes = 50 << 20

// Config is what a receiver accepts.
type Config struct {
	MaxBytes int64    // 0: DefaultMaxBytes
	Allowed  []string // nil: DefaultAllowed
}

func (c Config) maxBytes() int64 {
	if c.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return c.MaxBytes
}

// Receiver stores uploads in a Storage under a Config.
type Receiver struct {
	Store  storage.Storage
	Config Config
}

// Stored is a received file: where it is and what it is.
type Stored struct {
	Key       string
	Name      string
	MediaType string
	Size      int64
	SHA256    string
}

// ErrTooLarge is what reading past the size limit returns.
var ErrTooLarge = errors.New("upload: file too large")

// Receive reads r to the end into storage and describes what it stored. field names the input
// that carried the file, for BAD_USER_INPUT errors.
func (rc *Receiver) Receive(ctx context.Context, field, name string, r io.Reader) (Stored, error) {
	name = cleanName(name)
	if name == "" {
		return Stored{}, apperr.BadInput(field, "the file needs a name")
	}
	max := rc.Config.maxBytes()
	head := make([]byte, sniffLen)
	n, err := io.ReadFull(io.LimitReader(r, sniffLen), head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return Stored{}, fmt.Errorf("upload: reading %s: %w", field, err)
	}
	head = head[:n]
	if n == 0 {
		return Stored{}, apperr.BadInput(field, "the file is empty")
	}
	media := Sniff(head, name)
	allowed := rc.Config.Allowed
	if allowed == nil {
		allowed = DefaultAllowed
	}
	if !slices.Contains(allowed, media) {
		return Stored{}, apperr.BadInput(field, "files of type %s are not accepted; upload a PDF, an Office document, an image, an MP4 video, a ZIP archive, plain text or Markdown", baseType(media))
	}
	key, err := newKey()
	if err != nil {
		return Stored{}, err
	}
	sum := sha256.New()
	body := &limitedReader{r: io.MultiReader(bytes.NewReader(head), r), left: max}
	size, err := rc.Store.Put(ctx, key, io.TeeReader(body, sum))
	switch {
	case errors.Is(err, ErrTooLarge):
		return Stored{}, apperr.BadInput(field, "the file is larger than the limit of %d bytes", max)
	case err != nil:
		return Stored{}, fmt.Errorf("upload: storing %s: %w", field, err)
	}
	return Stored{Key: key, Name: name, MediaType: media, Size: size, SHA256: hex.EncodeToString(sum.Sum(nil))}, nil
}

// ForgetOnRollback deletes a stored file if the transaction in ctx rolls back, so a failed
// mutation leaves neither a row nor a file. Outside a transaction it does nothing.
func (rc *Receiver) ForgetOnRollback(ctx context.Context, key string) {
	tx := ent.TxFromContext(ctx)
	if tx == nil {
		return
	}
	tx.OnRollback(func(next ent.Rollbacker) ent.Rollbacker {
		return ent.RollbackFunc(func(ctx context.Context, tx *ent.Tx) error {
			err := next.Rollback(ctx, tx)
			if derr := rc.Store.Delete(context.WithoutCancel(ctx), key); derr != nil {
				slog.ErrorContext(ctx, "removing the file of a rolled-back upload", "key", key, "error", derr)
			}
			return err
		})
	})
}

// limitedReader fails with ErrTooLarge as soon as more than left bytes have been read, so an
// oversized upload stops mid-stream instead of being measured after it was stored.
type limitedReader struct {
	r    io.Reader
	left int64
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if int64(len(p)) > l.left+1 {
		p = p[:l.left+1]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	if l.left < 0 {
		return 0, ErrTooLarge
	}
	return n, err
}

func newKey() (string, error) {
	var b [20]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("upload: %w", err)
	}
	return hex.EncodeToString(b[:]), nil
}

// cleanName keeps the last path element of a client's file name, without control characters,
// so it is safe in a Content-Disposition header and a listing.
func cleanName(name string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	name = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r == '"' {
			return -1
		}
		return r
	}, strings.ToValidUTF8(name, ""))
	name = strings.TrimSpace(name)
	for len(name) > 255 {
		_, size := utf8.DecodeLastRuneInString(name)
		name = name[:len(name)-size]
	}
	return name
}

func baseType(media string) string {
	base, _, _ := strings.Cut(media, ";")
	return base
}
