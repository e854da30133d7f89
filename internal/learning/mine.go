package learning

import (
	"context"
	"sort"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/certificationaward"
	"github.com/partnerhub/partnerhub/ent/learningtrack"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// Mine is the signed-in person's training.
type Mine struct {
	JobFunction learningtrack.JobFunction
	Tracks      []*TrackProgress
	Awards      []*ent.CertificationAward
}

// MyLearning reads the signed-in person's tracks (theirs first) with progress, and their awards.
func MyLearning(ctx context.Context, client *ent.Client) (*Mine, error) {
	v := viewer.FromContext(ctx)
	if v == nil || v.UserID == "" {
		return nil, apperr.New(apperr.Forbidden, "training is kept for people, not API keys")
	}
	u, err := client.User.Get(ctx, v.UserID)
	if err != nil {
		return nil, err
	}
	m := &Mine{JobFunction: TrackFunction(u)}
	tracks, err := client.LearningTrack.Query().Order(ent.Asc(learningtrack.FieldCreatedAt), ent.Asc(learningtrack.FieldID)).All(ctx)
	if err != nil {
		return nil, err
	}
	cat, err := readCatalog(ctx, client, nil)
	if err != nil {
		return nil, err
	}
	l, err := readLedger(ctx, client, u.ID)
	if err != nil {
		return nil, err
	}
	for _, t := range tracks {
		tp := l.trackProgress(cat, t, time.Time{})
		tp.Recommended = t.JobFunction == m.JobFunction
		m.Tracks = append(m.Tracks, tp)
	}
	sort.SliceStable(m.Tracks, func(i, j int) bool { return m.Tracks[i].Recommended && !m.Tracks[j].Recommended })
	m.Awards, err = client.CertificationAward.Query().Where(certificationaward.UserID(u.ID)).
		Order(ent.Desc(certificationaward.FieldIssuedAt)).All(ctx)
	return m, err
}
