package learning

import (
	"context"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/certificationaward"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

// Verification is all the public verification page shows of an award: who holds what, and
// whether it is valid. Nothing else about the holder or their organisation.
type Verification struct {
	Holder        string     `json:"holder"`
	Certification string     `json:"certification"`
	Status        string     `json:"status"`
	Valid         bool       `json:"valid"`
	IssuedAt      time.Time  `json:"issuedAt"`
	ExpiresAt     *time.Time `json:"expiresAt"`
}

// Verify looks an award up by its verification code; ok is false for an unknown code.
func Verify(ctx context.Context, client *ent.Client, code string, now time.Time) (v Verification, ok bool, err error) {
	if len(code) < 20 || len(code) > 64 {
		return v, false, nil
	}
	sys := viewer.SystemContext(ctx) // privacy escape: the verification code is the anonymous visitor's authority, and only Verification's fields leave
	a, err := client.CertificationAward.Query().Where(certificationaward.VerificationCode(code)).
		WithUser().WithCertification().Only(sys)
	if ent.IsNotFound(err) {
		return v, false, nil
	}
	if err != nil {
		return v, false, err
	}
	return Verification{
		Holder: a.Edges.User.Name, Certification: a.Edges.Certification.Name, Status: string(a.Status),
		Valid: Valid(a, now), IssuedAt: a.IssuedAt, ExpiresAt: a.ExpiresAt,
	}, true, nil
}
