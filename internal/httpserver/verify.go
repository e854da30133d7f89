package httpserver

import (
	"encoding/json"
	"html/template"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/internal/learning"
)

// verifyPage is the public certificate check at /verify/{code}: the holder's name, the
// certification and whether it is valid, nothing else (docs/onboarding-and-training.md).
var verifyPage = template.Must(template.New("verify").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Certificate verification · PartnerHub</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1f2937}
.card{border:1px solid #d1d5db;border-radius:.75rem;padding:1.5rem}.valid{color:#047857}.invalid{color:#b91c1c}
dt{font-size:.8rem;color:#6b7280;margin-top:.75rem}dd{margin:0;font-size:1.1rem}</style></head>
<body><main class="card">
{{if .Found}}<h1 class="{{if .V.Valid}}valid{{else}}invalid{{end}}">{{if .V.Valid}}Valid certificate{{else}}Certificate not valid{{end}}</h1>
<dl><dt>Holder</dt><dd data-testid="holder">{{.V.Holder}}</dd>
<dt>Certification</dt><dd data-testid="certification">{{.V.Certification}}</dd>
<dt>Status</dt><dd data-testid="status">{{.V.Status}}</dd>
<dt>Issued</dt><dd>{{.V.IssuedAt.Format "2 January 2006"}}</dd>
<dt>Valid until</dt><dd>{{if .V.ExpiresAt}}{{.V.ExpiresAt.Format "2 January 2006"}}{{else}}does not expire{{end}}</dd></dl>
{{else}}<h1 class="invalid">No such certificate</h1><p>Check that the link is complete.</p>{{end}}
</main></body></html>`))

func verifyHandler(client *ent.Client, logger *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		v, found, err := learning.Verify(r.Context(), client, r.PathValue("code"), time.Now())
		if err != nil {
			logger.ErrorContext(r.Context(), "verifying a certificate", "err", err)
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("X-Robots-Tag", "noindex")
		status := http.StatusOK
		if !found {
			status = http.StatusNotFound
		}
		if strings.Contains(r.Header.Get("Accept"), "application/json") {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(status)
			if !found {
				json.NewEncoder(w).Encode(map[string]any{"found": false})
				return
			}
			json.NewEncoder(w).Encode(v)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(status)
		verifyPage.Execute(w, map[string]any{"Found": found, "V": v})
	}
}
