package auth

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/partnerhub/partnerhub/internal/viewer"
)

// Access token settings; the README ("Signing in and tokens") documents them for clients.
const (
	Issuer         = "partnerhub"
	Audience       = "partnerhub-api"
	AccessTokenTTL = 15 * time.Minute
	clockSkew      = 30 * time.Second
)

// Claims are what an access token says about its bearer.
type Claims struct {
	Role      string `json:"role"`
	PartnerID string `json:"pid,omitempty"`
	jwt.RegisteredClaims
}

// Issue signs an access token for a user.
func (ks *KeySet) Issue(userID string, role viewer.Role, partnerID string, now time.Time) (string, time.Time, error) {
	exp := now.Add(AccessTokenTTL)
	jti := make([]byte, 16)
	rand.Read(jti)
	claims := Claims{
		Role:      string(role),
		PartnerID: partnerID,
		RegisteredClaims: jwt.RegisteredClaims{
			Subject:   userID,
			Issuer:    Issuer,
			Audience:  jwt.ClaimStrings{Audience},
			ExpiresAt: jwt.NewNumericDate(exp),
			IssuedAt:  jwt.NewNumericDate(now),
			NotBefore: jwt.NewNumericDate(now),
			ID:        hex.EncodeToString(jti),
		},
	}
	t := jwt.NewWithClaims(ks.current.method, claims)
	t.Header["kid"] = ks.current.id
	signed, err := t.SignedString(ks.current.sign)
	return signed, exp, err
}

// ErrInvalidToken covers every way an access token can be wrong; the cause is logged, not shown.
var ErrInvalidToken = errors.New("invalid access token")

// Verify checks an access token's signature, algorithm, issuer, audience and times, and returns the
// viewer it speaks for.
func (ks *KeySet) Verify(token string, now time.Time) (*viewer.Viewer, error) {
	methods := make([]string, 0, len(ks.byID))
	for _, k := range ks.byID {
		methods = append(methods, k.method.Alg())
	}
	parser := jwt.NewParser(
		jwt.WithValidMethods(methods),
		jwt.WithIssuer(Issuer),
		jwt.WithAudience(Audience),
		jwt.WithExpirationRequired(),
		jwt.WithIssuedAt(),
		jwt.WithLeeway(clockSkew),
		jwt.WithTimeFunc(func() time.Time { return now }),
	)
	var claims Claims
	_, err := parser.ParseWithClaims(token, &claims, func(t *jwt.Token) (any, error) {
		kid, _ := t.Header["kid"].(string)
		k, ok := ks.byID[kid]
		if !ok {
			return nil, fmt.Errorf("unknown kid %q", kid)
		}
		if t.Method.Alg() != k.method.Alg() {
			return nil, fmt.Errorf("kid %q is for %s, token says %s", kid, k.method.Alg(), t.Method.Alg())
		}
		return k.verify, nil
	})
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidToken, err)
	}
	role := viewer.Role(claims.Role)
	switch {
	case claims.Subject == "" || claims.ID == "" || claims.NotBefore == nil:
		return nil, fmt.Errorf("%w: missing sub, jti or nbf", ErrInvalidToken)
	case role != viewer.Admin && role != viewer.ChannelManager && role != viewer.PartnerAdmin && role != viewer.PartnerSales:
		return nil, fmt.Errorf("%w: unknown role %q", ErrInvalidToken, claims.Role)
	case role.Vendor() != (claims.PartnerID == ""):
		return nil, fmt.Errorf("%w: role %s with partner %q", ErrInvalidToken, role, claims.PartnerID)
	}
	return &viewer.Viewer{UserID: claims.Subject, Role: role, PartnerID: claims.PartnerID}, nil
}
