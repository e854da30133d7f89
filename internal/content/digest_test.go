package content_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	entcontent "github.com/partnerhub/partnerhub/ent/content"
	"github.com/partnerhub/partnerhub/ent/outboxmessage"
	_ "github.com/partnerhub/partnerhub/ent/runtime"
	"github.com/partnerhub/partnerhub/internal/content"
	"github.com/partnerhub/partnerhub/internal/mail"
	"github.com/partnerhub/partnerhub/internal/seed"
	"github.com/partnerhub/partnerhub/internal/storage"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
	"github.com/partnerhub/partnerhub/internal/upload"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// TestStaleDigestOncePerWeekPerOwner: the digest lists exactly the owner's published items past
// their review-by date (recomputed from the rows), is queued once per week however often the job
// runs, and again the next week.
func TestStaleDigestOncePerWeekPerOwner(t *testing.T) {
	db := testdb.Open(t)
	client := testdb.ClientOf(t, db)
	ctx := viewer.SystemContext(context.Background())
	if _, err := seed.Program(ctx, client, "test-password"); err != nil {
		t.Fatal(err)
	}
	store, _ := storage.NewLocal(filepath.Join(t.TempDir(), "files"))
	now := time.Now()
	if err := seed.Content(ctx, client, &upload.Receiver{Store: store}, now); err != nil {
		t.Fatal(err)
	}
	stale := client.Content.Query().Where(entcontent.StatusEQ(entcontent.StatusPUBLISHED), entcontent.ReviewByLT(now)).AllX(ctx)
	if len(stale) == 0 {
		t.Fatal("the demo library has no stale items")
	}
	outbox := mail.NewOutbox(false)
	for run, want := range []int{1, 0} {
		n, err := content.SendStaleDigests(ctx, client, outbox, "https://portal.test", now)
		if err != nil || n != want {
			t.Fatalf("run %d: queued %d (%v), want %d", run, n, err, want)
		}
	}
	msgs := client.OutboxMessage.Query().Where(outboxmessage.Kind(content.DigestKind)).AllX(ctx)
	if len(msgs) != 1 || msgs[0].Recipient != "admin@vendor.test" {
		t.Fatalf("digests %+v", msgs)
	}
	for _, c := range stale {
		if !strings.Contains(msgs[0].Body, c.Title) {
			t.Errorf("the digest does not list %q", c.Title)
		}
	}
	if lines := strings.Count(msgs[0].Body, "\n- "); lines != len(stale) {
		t.Errorf("the digest lists %d items, want %d", lines, len(stale))
	}
	if n, err := content.SendStaleDigests(ctx, client, outbox, "https://portal.test", now.AddDate(0, 0, 7)); err != nil || n != 1 {
		t.Fatalf("next week: queued %d (%v), want 1", n, err)
	}
}
