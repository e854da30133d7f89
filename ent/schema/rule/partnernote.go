package rule

import (
	"context"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/partnernote"
	"github.com/partnerhub/partnerhub/ent/privacy"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// AllowPartnerNoteByAuthor lets a CHANNEL_MANAGER write notes as themselves and delete the notes
// they wrote; another's note is theirs to read, not to remove (ADMIN removes any). Notes are never
// edited: a note is deleted, not rewritten (docs/partner-performance.md).
func AllowPartnerNoteByAuthor() privacy.MutationRule {
	return privacy.PartnerNoteMutationRuleFunc(func(ctx context.Context, m *ent.PartnerNoteMutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || v.Role != viewer.ChannelManager || v.UserID == "" {
			return privacy.Skip
		}
		switch {
		case m.Op().Is(ent.OpCreate):
			if author, _ := m.AuthorID(); author != v.UserID {
				return Forbidden("a note is written as yourself")
			}
			return privacy.Allow
		case m.Op().Is(ent.OpDeleteOne | ent.OpDelete):
			ids, err := m.IDs(ctx)
			if err != nil {
				return err
			}
			if len(ids) == 0 {
				return privacy.Allow
			}
			others, err := m.Client().PartnerNote.Query().
				Where(partnernote.IDIn(ids...), partnernote.AuthorIDNEQ(v.UserID)).Exist(ctx)
			if err != nil {
				return err
			}
			if others {
				return Forbidden("only its author or an admin may delete a note")
			}
			return privacy.Allow
		}
		return Forbidden("notes are not edited: delete it and write a new one")
	})
}
