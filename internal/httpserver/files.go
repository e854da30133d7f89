package httpserver

import (
	"errors"
	"log/slog"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/contentevent"
	"github.com/partnerhub/partnerhub/internal/auth"
	"github.com/partnerhub/partnerhub/internal/content"
	"github.com/partnerhub/partnerhub/internal/filelink"
	"github.com/partnerhub/partnerhub/internal/ids"
	"github.com/partnerhub/partnerhub/internal/requestid"
	"github.com/partnerhub/partnerhub/internal/storage"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// fileDownloads serves GET /files/{id}: the file is read under the viewer's privacy rules, so a
// file of an item the viewer may not see is 404, exactly like a file that does not exist. The
// viewer comes from the Authorization header (auth middleware before this handler) or from a
// short-lived signed link (internal/filelink).
type fileDownloads struct {
	client *ent.Client
	store  storage.Storage
	links  *filelink.Signer
	auth   *auth.Service
}

// fileCSP forbids everything: were a browser ever to render a file inline, nothing in it could run.
const fileCSP = "default-src 'none'; sandbox"

func (h fileDownloads) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Security-Policy", fileCSP)
	w.Header().Set("Referrer-Policy", "no-referrer")
	id := r.PathValue("id")
	ctx := r.Context()
	// An ID that names no file cannot name one for anybody.
	if table, ok := ids.Table(id); !ok || table != "files" {
		fileError(w, http.StatusNotFound, "no such file")
		return
	}
	if v := viewer.FromContext(ctx); v == nil || v.UserID == "" && v.APIKeyID == "" {
		if !filelink.Signed(r.URL.Query()) {
			fileError(w, http.StatusUnauthorized, "sign in, or use a download link from the portal")
			return
		}
		userID, err := h.links.Verify(id, r.URL.Query(), time.Now())
		if err != nil {
			fileError(w, http.StatusUnauthorized, "the download link is invalid or has expired; ask for a new one")
			return
		}
		v, err := h.auth.ViewerOf(ctx, userID)
		if err != nil {
			fileError(w, http.StatusUnauthorized, "the download link is invalid or has expired; ask for a new one")
			return
		}
		ctx = viewer.NewContext(ctx, v)
	}
	f, err := h.client.File.Get(ctx, id)
	if ent.IsNotFound(err) {
		fileError(w, http.StatusNotFound, "no such file")
		return
	}
	if err != nil {
		h.internal(w, r, err)
		return
	}
	obj, err := h.store.Open(ctx, f.StorageKey)
	if err != nil {
		h.internal(w, r, err)
		return
	}
	defer obj.Close()

	etag := `"` + f.Sha256 + `"`
	w.Header().Set("Content-Type", f.MediaType)
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": f.Name}))
	w.Header().Set("ETag", etag)
	w.Header().Set("Cache-Control", "private, no-cache")
	if f.ContentID != "" && r.Method == http.MethodGet && countsAsDownload(r, etag) {
		if err := content.Record(ctx, h.client, f.ContentID, contentevent.KindDOWNLOAD); err != nil {
			// The file is the user's to read; a lost engagement figure must not cost them it.
			slog.ErrorContext(ctx, "recording a download", "file", f.ID, "error", err)
		}
	}
	http.ServeContent(w, r, "", f.CreatedAt, obj)
}

// countsAsDownload: a full request, or the first range of a resumable one, and not a conditional
// request the cached copy answers; a client fetching the rest of a file is the same download.
func countsAsDownload(r *http.Request, etag string) bool {
	if inm := r.Header.Get("If-None-Match"); inm != "" && strings.Contains(inm, etag) {
		return false
	}
	rng := r.Header.Get("Range")
	return rng == "" || strings.HasPrefix(strings.ReplaceAll(rng, " ", ""), "bytes=0-")
}

func (h fileDownloads) internal(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, storage.ErrNotFound) {
		slog.ErrorContext(r.Context(), "a file row without its bytes", "path", r.URL.Path)
	} else {
		slog.ErrorContext(r.Context(), "serving a file", "error", err)
	}
	fileError(w, http.StatusInternalServerError, "the file could not be read; request ID "+requestid.FromContext(r.Context()))
}

func fileError(w http.ResponseWriter, status int, message string) {
	w.Header().Set("Cache-Control", "no-store")
	http.Error(w, message, status)
}
