// Package content holds the rules of the enablement library (docs/enablement-content.md):
// authoring, publishing and archiving items, files and their versions, staleness and engagement.
// Who may do what is the entities' privacy policies (ent/schema/rule/content.go), not this package.
package content

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	entcontent "github.com/partnerhub/partnerhub/ent/content"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/tier"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/filelink"
	"github.com/partnerhub/partnerhub/internal/normalize"
	"github.com/partnerhub/partnerhub/internal/upload"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// DefaultReviewAfter is how long a published item stays current when no review-by date is given.
const DefaultReviewAfter = 6 // months

// Stale reports whether a published item is past its review-by date.
func Stale(c *ent.Content, now time.Time) bool {
	return c.Status == entcontent.StatusPUBLISHED && c.ReviewBy != nil && c.ReviewBy.Before(now)
}

// FileInput is a file that arrives with an item.
type FileInput struct {
	Name string
	Body io.Reader
}

// Fields are what an author sets on an item; nil leaves a field as it is on update.
type Fields struct {
	Title        *string
	Summary      *string
	Kind         *entcontent.Kind
	Body         *string
	ExternalURL  *string
	MinTierID    *string // "" clears it: every tier
	PartnerTypes []partner.Type
	Tags         []string
	Language     *string
	ReviewBy     *time.Time
	File         *FileInput
	// TranslationOf, on create, makes the item a translation of that one: it joins its group and
	// takes its tier and partner types unless they are given.
	TranslationOf *string
}

// Create adds a DRAFT item owned by the author; the file, if any, becomes version 1.
func Create(ctx context.Context, client *ent.Client, rc *upload.Receiver, in Fields, now time.Time) (*ent.Content, error) {
	v := viewer.FromContext(ctx)
	if in.Title == nil || in.Kind == nil {
		return nil, apperr.BadInput("title", "an item needs a title and a kind")
	}
	create := client.Content.Create().SetOwnerID(v.UserID).SetStatus(entcontent.StatusDRAFT).
		SetPartnerTypes([]string{}).SetTags([]string{})
	if in.TranslationOf != nil {
		source, err := get(ctx, client, *in.TranslationOf)
		if err != nil {
			return nil, apperr.BadInput("translationOf", "no such item")
		}
		create.SetTranslationGroup(source.TranslationGroup).SetPartnerTypes(source.PartnerTypes)
		if source.MinTierID != "" {
			create.SetMinTierID(source.MinTierID)
		}
		if in.Language == nil {
			return nil, apperr.BadInput("language", "a translation needs its language")
		}
	}
	if err := apply(ctx, client, in, create.Mutation()); err != nil {
		return nil, err
	}
	group, _ := create.Mutation().TranslationGroup()
	lang, _ := create.Mutation().Language()
	if err := languageFree(ctx, client, group, lang, ""); err != nil {
		return nil, err
	}
	if in.File == nil && deref(in.Body) == "" && deref(in.ExternalURL) == "" {
		return nil, apperr.BadInput("file", "an item needs a file, a Markdown body or an external URL")
	}
	c, err := create.Save(ctx)
	if ent.IsConstraintError(err) {
		return nil, languageTaken(lang)
	}
	if err != nil {
		return nil, fmt.Errorf("content: creating: %w", err)
	}
	if in.File != nil {
		if c, _, err = attach(ctx, client, rc, c, in.File); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// UpdateInput changes an item.
type UpdateInput struct {
	ID string
	Fields
}

// Update changes an item's fields; a new file replaces the current one as the next version, and
// the previous file is kept for the record. Re-uploading the very same bytes changes nothing.
func Update(ctx context.Context, client *ent.Client, rc *upload.Receiver, in UpdateInput, now time.Time) (*ent.Content, error) {
	c, err := get(ctx, client, in.ID)
	if err != nil {
		return nil, err
	}
	if c.Status == entcontent.StatusARCHIVED {
		return nil, apperr.New(apperr.Conflict, "the item is archived; publish it again to change it")
	}
	upd := client.Content.UpdateOne(c)
	if err := apply(ctx, client, in.Fields, upd.Mutation()); err != nil {
		return nil, err
	}
	lang, changed := upd.Mutation().Language()
	if changed && lang != c.Language {
		if err := languageFree(ctx, client, c.TranslationGroup, lang, c.ID); err != nil {
			return nil, err
		}
	}
	if c, err = upd.Save(ctx); ent.IsConstraintError(err) {
		return nil, languageTaken(lang)
	} else if err != nil {
		return nil, fmt.Errorf("content: updating: %w", err)
	}
	if in.File != nil {
		if c, _, err = attach(ctx, client, rc, c, in.File); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// Publish makes an item visible to the partners it is for, with a review-by date (by default
// DefaultReviewAfter months from now). Publishing an archived item brings it back.
func Publish(ctx context.Context, client *ent.Client, id string, reviewBy *time.Time, now time.Time) (*ent.Content, error) {
	c, err := get(ctx, client, id)
	if err != nil {
		return nil, err
	}
	due := now.AddDate(0, DefaultReviewAfter, 0)
	if reviewBy != nil {
		if !reviewBy.After(now) {
			return nil, apperr.BadInput("reviewBy", "the review-by date must be in the future")
		}
		due = *reviewBy
	}
	return client.Content.UpdateOne(c).SetStatus(entcontent.StatusPUBLISHED).SetPublishedAt(now).SetReviewBy(due).Save(ctx)
}

// Archive withdraws an item from partners; its files and engagement stay for the record.
func Archive(ctx context.Context, client *ent.Client, id string) (*ent.Content, error) {
	c, err := get(ctx, client, id)
	if err != nil {
		return nil, err
	}
	if c.Status == entcontent.StatusARCHIVED {
		return nil, apperr.New(apperr.Conflict, "the item is already archived")
	}
	return client.Content.UpdateOne(c).SetStatus(entcontent.StatusARCHIVED).Save(ctx)
}

func get(ctx context.Context, client *ent.Client, id string) (*ent.Content, error) {
	c, err := client.Content.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFoundError()
	}
	return c, err
}

// attach stores f and makes it the item's current file. It reports false when f holds the same
// bytes as the current file: nothing is added then.
func attach(ctx context.Context, client *ent.Client, rc *upload.Receiver, c *ent.Content, f *FileInput) (*ent.Content, bool, error) {
	stored, err := rc.Receive(ctx, "file", f.Name, f.Body)
	if err != nil {
		return nil, false, err
	}
	rc.ForgetOnRollback(ctx, stored.Key)
	if c.FileID != "" {
		current, err := client.File.Get(ctx, c.FileID)
		if err != nil {
			return nil, false, fmt.Errorf("content: current file: %w", err)
		}
		if current.Sha256 == stored.SHA256 {
			if err := rc.Store.Delete(ctx, stored.Key); err != nil {
				return nil, false, err
			}
			return c, false, nil
		}
	}
	file, err := client.File.Create().
		SetStorageKey(stored.Key).SetName(stored.Name).SetMediaType(stored.MediaType).
		SetSize(stored.Size).SetSha256(stored.SHA256).
		SetUploadedByID(viewer.FromContext(ctx).UserID).SetContentID(c.ID).
		Save(ctx)
	if err != nil {
		return nil, false, fmt.Errorf("content: recording the file: %w", err)
	}
	upd := client.Content.UpdateOne(c).SetFileID(file.ID)
	if c.FileID != "" {
		upd.AddVersion(1)
	}
	c, err = upd.Save(ctx)
	return c, true, err
}

// mutation is what Create and Update share.
type mutation interface {
	SetTitle(string)
	SetSummary(string)
	SetKind(entcontent.Kind)
	SetBody(string)
	SetExternalURL(string)
	SetMinTierID(string)
	ClearMinTierID()
	SetPartnerTypes([]string)
	SetTags([]string)
	SetLanguage(string)
	SetReviewBy(time.Time)
}

func apply(ctx context.Context, client *ent.Client, in Fields, m mutation) error {
	if in.Title != nil {
		t := strings.TrimSpace(*in.Title)
		if t == "" || len(t) > 200 {
			return apperr.BadInput("title", "the title must have 1 to 200 characters")
		}
		m.SetTitle(t)
	}
	if in.Summary != nil {
		if len(*in.Summary) > 2000 {
			return apperr.BadInput("summary", "the summary must have at most 2000 characters")
		}
		m.SetSummary(strings.TrimSpace(*in.Summary))
	}
	if in.Kind != nil {
		m.SetKind(*in.Kind)
	}
	if in.Body != nil {
		if len(*in.Body) > 200000 {
			return apperr.BadInput("body", "the body must have at most 200000 characters")
		}
		m.SetBody(*in.Body)
	}
	if in.ExternalURL != nil {
		u := strings.TrimSpace(*in.ExternalURL)
		if u != "" {
			parsed, err := url.Parse(u)
			if err != nil || (parsed.Scheme != "https" && parsed.Scheme != "http") || parsed.Host == "" || len(u) > 2000 {
				return apperr.BadInput("externalUrl", "the external URL must be an http or https address")
			}
		}
		m.SetExternalURL(u)
	}
	if in.MinTierID != nil {
		if *in.MinTierID == "" {
			m.ClearMinTierID()
		} else {
			ok, err := client.Tier.Query().Where(tier.ID(*in.MinTierID)).Exist(ctx)
			if err != nil {
				return err
			}
			if !ok {
				return apperr.BadInput("minTierId", "no such tier")
			}
			m.SetMinTierID(*in.MinTierID)
		}
	}
	if in.PartnerTypes != nil {
		seen := map[partner.Type]bool{}
		types := []string{}
		for _, t := range in.PartnerTypes {
			if err := partner.TypeValidator(t); err != nil {
				return apperr.BadInput("partnerTypes", "%s is not a partner type", t)
			}
			if !seen[t] {
				seen[t] = true
				types = append(types, string(t))
			}
		}
		m.SetPartnerTypes(types)
	}
	if in.Tags != nil {
		tags, err := cleanTags(in.Tags)
		if err != nil {
			return err
		}
		m.SetTags(tags)
	}
	if in.Language != nil {
		tag, err := normalize.Language(*in.Language)
		if err != nil {
			return apperr.BadInput("language", "%q is not a BCP 47 language tag such as en or de-DE", *in.Language)
		}
		m.SetLanguage(tag)
	}
	if in.ReviewBy != nil {
		m.SetReviewBy(*in.ReviewBy)
	}
	return nil
}

// cleanTags lower-cases, trims and de-duplicates tags, so a search for "SD-WAN" finds "sd-wan".
func cleanTags(in []string) ([]string, error) {
	out := []string{}
	seen := map[string]bool{}
	for _, t := range in {
		t = strings.ToLower(strings.TrimSpace(t))
		if t == "" {
			continue
		}
		if len(t) > 40 {
			return nil, apperr.BadInput("tags", "a tag must have at most 40 characters")
		}
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	if len(out) > 20 {
		return nil, apperr.BadInput("tags", "an item may have at most 20 tags")
	}
	return out, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

var errNoUser = errors.New("content: engagement needs a signed-in user")

// Service is what the API needs for content beyond the database: where uploads go and how
// download links are signed.
type Service struct {
	Uploads *upload.Receiver
	Links   *filelink.Signer
}
