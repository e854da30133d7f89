package program

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// MaxNoteLength bounds a partner note, in characters.
const MaxNoteLength = 5000

// AddNote writes the viewer's note on a partner. The partner is read as the viewer first, so one
// it may not see answers NOT_FOUND; who may write notes at all is the PartnerNote policy's.
func AddNote(ctx context.Context, client *ent.Client, partnerID, body string) (*ent.PartnerNote, error) {
	body = strings.TrimSpace(body)
	switch n := utf8.RuneCountInString(body); {
	case n == 0:
		return nil, apperr.BadInput("body", "write something in the note")
	case n > MaxNoteLength:
		return nil, apperr.BadInput("body", "a note is at most %d characters (this one has %d)", MaxNoteLength, n)
	}
	if _, err := client.Partner.Get(ctx, partnerID); err != nil {
		return nil, err
	}
	return client.PartnerNote.Create().SetPartnerID(partnerID).
		SetAuthorID(viewer.FromContext(ctx).UserID).SetBody(body).Save(ctx)
}

// DeleteNote removes a note the viewer may see; the policy decides whether it may (its author or ADMIN).
func DeleteNote(ctx context.Context, client *ent.Client, id string) error {
	if _, err := client.PartnerNote.Get(ctx, id); err != nil {
		return err
	}
	return client.PartnerNote.DeleteOneID(id).Exec(ctx)
}
