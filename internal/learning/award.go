package learning

import (
	"context"
	"crypto/rand"
	"encoding/base32"
	"strings"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/certification"
	"github.com/partnerhub/partnerhub/ent/certificationaward"
	"github.com/partnerhub/partnerhub/ent/learningtrack"
	"github.com/partnerhub/partnerhub/ent/onboardingstep"
	"github.com/partnerhub/partnerhub/internal/onboarding"
	"github.com/partnerhub/partnerhub/internal/webhook"
)

// RenewalWindow is how long before its expiry a certification may be renewed: completing its
// tracks' quizzes again inside the window issues a new award and marks the old one RENEWED.
const RenewalWindow = 60 * 24 * time.Hour

// expiry is when an award issued at issued stops being valid (nil: never).
func expiry(v certification.Validity, issued time.Time) *time.Time {
	years := map[certification.Validity]int{
		certification.ValidityONE_YEAR: 1, certification.ValidityTWO_YEARS: 2, certification.ValidityTHREE_YEARS: 3,
	}[v]
	if years == 0 {
		return nil
	}
	t := issued.AddDate(years, 0, 0)
	return &t
}

// VerificationCode is an unguessable code for an award's public link: 160 random bits.
func VerificationCode() string {
	b := make([]byte, 20)
	rand.Read(b)
	return strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b))
}

// issueDue issues every certification the person has now earned, in the transaction of the
// lesson or attempt that earned it, and returns the new awards. A person holding a valid award
// outside its renewal window earns nothing new; inside it, or after expiry, the quizzes must be
// passed again since the window opened. The holder's organisation's CERTIFIED onboarding steps
// complete in the same transaction. Callers hold the person's row lock, so two racing lessons
// issue one award.
func issueDue(ctx context.Context, client *ent.Client, u *ent.User, now time.Time) ([]*ent.CertificationAward, error) {
	certs, err := client.Certification.Query().Order(ent.Asc(certification.FieldID)).All(ctx)
	if err != nil || len(certs) == 0 {
		return nil, err
	}
	held, err := client.CertificationAward.Query().
		Where(certificationaward.UserID(u.ID), certificationaward.StatusIn(certificationaward.StatusACTIVE, certificationaward.StatusEXPIRED)).
		Order(ent.Desc(certificationaward.FieldIssuedAt)).All(ctx)
	if err != nil {
		return nil, err
	}
	latest := map[string]*ent.CertificationAward{}
	for _, a := range held {
		if latest[a.CertificationID] == nil {
			latest[a.CertificationID] = a
		}
	}
	l, err := readLedger(ctx, client, u.ID)
	if err != nil {
		return nil, err
	}
	var out []*ent.CertificationAward
	for _, c := range certs {
		since, eligible := renewalStart(latest[c.ID], now)
		if !eligible || len(c.TrackIds) == 0 {
			continue
		}
		done, err := tracksComplete(ctx, client, l, c.TrackIds, since)
		if err != nil {
			return nil, err
		}
		if !done {
			continue
		}
		a, err := issue(ctx, client, u, c, latest[c.ID] != nil, now)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	if len(out) > 0 {
		if err := onboarding.Record(ctx, client, u.PartnerID, onboardingstep.CompletionCERTIFIED, u.ID, now); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// renewalStart says whether a person holding prev (nil: none) may earn the certification now, and
// from when their quiz passes count.
func renewalStart(prev *ent.CertificationAward, now time.Time) (time.Time, bool) {
	switch {
	case prev == nil:
		return time.Time{}, true
	case prev.ExpiresAt == nil:
		return time.Time{}, false // never expires, never renewed
	}
	opens := prev.ExpiresAt.Add(-RenewalWindow)
	if prev.Status == certificationaward.StatusACTIVE && now.Before(opens) {
		return time.Time{}, false
	}
	return opens, true
}

func tracksComplete(ctx context.Context, client *ent.Client, l *ledger, trackIDs []string, since time.Time) (bool, error) {
	tracks, err := client.LearningTrack.Query().Where(learningtrack.IDIn(trackIDs...)).All(ctx)
	if err != nil {
		return false, err
	}
	if len(tracks) != len(trackIDs) {
		return false, nil // a required track was removed: nobody can complete it
	}
	var courseIDs []string
	for _, t := range tracks {
		courseIDs = append(courseIDs, t.CourseIds...)
	}
	cat, err := readCatalog(ctx, client, courseIDs)
	if err != nil {
		return false, err
	}
	for _, t := range tracks {
		if !l.trackProgress(cat, t, since).complete() {
			return false, nil
		}
	}
	return true, nil
}

func issue(ctx context.Context, client *ent.Client, u *ent.User, c *ent.Certification, renewing bool, now time.Time) (*ent.CertificationAward, error) {
	if renewing {
		err := client.CertificationAward.Update().
			Where(certificationaward.UserID(u.ID), certificationaward.CertificationID(c.ID),
				certificationaward.StatusIn(certificationaward.StatusACTIVE, certificationaward.StatusEXPIRED)).
			SetStatus(certificationaward.StatusRENEWED).Exec(ctx)
		if err != nil {
			return nil, err
		}
	}
	a, err := client.CertificationAward.Create().
		SetPartnerID(u.PartnerID).SetUserID(u.ID).SetCertificationID(c.ID).
		SetIssuedAt(now).SetNillableExpiresAt(expiry(c.Validity, now)).
		SetVerificationCode(VerificationCode()).
		Save(ctx)
	if err != nil {
		return nil, err
	}
	event := webhook.CertificationAwarded
	if renewing {
		event = webhook.CertificationRenewed
	}
	return a, webhook.Publish(ctx, client, event, a.ID, a.PartnerID)
}

// Valid is whether an award certifies its holder at now.
func Valid(a *ent.CertificationAward, now time.Time) bool {
	return a.Status == certificationaward.StatusACTIVE && (a.ExpiresAt == nil || a.ExpiresAt.After(now))
}

// CertifiedPeople counts the partner's people holding a valid certification at now: the tier
// requirement minCertifiedPeople. An award past its expiry stops counting at once, before the
// expiry sweep marks it. Counted over the awards the viewer may see.
func CertifiedPeople(ctx context.Context, client *ent.Client, partnerID string, now time.Time) (int, error) {
	holders, err := client.CertificationAward.Query().
		Where(certificationaward.PartnerID(partnerID), certificationaward.StatusEQ(certificationaward.StatusACTIVE),
			certificationaward.Or(certificationaward.ExpiresAtIsNil(), certificationaward.ExpiresAtGT(now))).
		Unique(true).Select(certificationaward.FieldUserID).Strings(ctx)
	return len(holders), err
}
