package auth_test

import (
	"crypto/ed25519"
	"crypto/rand"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/partnerhub/partnerhub/internal/auth"
	"github.com/partnerhub/partnerhub/internal/config"
	"github.com/partnerhub/partnerhub/internal/seed"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

const (
	tokenTestSecret   = "token-test-secret-0123456789abcdefghij"
	tokenTestPrevious = "token-test-previous-secret-0123456789ab"
	tokenTestUser     = "usr_01JD5Q4ZB4Q8V9G6XKZ3N2M1AB"
	tokenTestPartner  = "prt_01JD5Q4ZB4Q8V9G6XKZ3N2M1CD"
)

// keysFor builds a key set from cfg, failing the test on error.
func keysFor(t *testing.T, cfg config.Config) *auth.KeySet {
	t.Helper()
	ks, err := auth.NewKeySet(cfg)
	if err != nil {
		t.Fatalf("NewKeySet: %v", err)
	}
	return ks
}

// edKeyConfig writes a fresh Ed25519 private key as PEM PKCS#8 into a temporary file and returns a
// configuration that signs with it, plus the public key an attacker would know.
func edKeyConfig(t *testing.T) (config.Config, ed25519.PublicKey) {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	der, err := x509.MarshalPKCS8PrivateKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "jwt-ed25519.pem")
	if err := os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
	return config.Config{JWTPrivateKeyFile: path}, pub
}

// kidOf reads the kid a genuine token of ks carries, the way an attacker reads any token they hold.
func kidOf(t *testing.T, ks *auth.KeySet) string {
	t.Helper()
	token, _, err := ks.Issue(tokenTestUser, viewer.Admin, "", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	parsed, _, err := jwt.NewParser().ParseUnverified(token, jwt.MapClaims{})
	if err != nil {
		t.Fatal(err)
	}
	kid, _ := parsed.Header["kid"].(string)
	if kid == "" {
		t.Fatal("issued token has no kid")
	}
	return kid
}

// goodClaims are the claims of a valid ADMIN access token issued at now.
func goodClaims(now time.Time) jwt.MapClaims {
	return jwt.MapClaims{
		"sub":  tokenTestUser,
		"iss":  auth.Issuer,
		"aud":  []string{auth.Audience},
		"exp":  now.Add(auth.AccessTokenTTL).Unix(),
		"iat":  now.Unix(),
		"nbf":  now.Unix(),
		"jti":  "0123456789abcdef",
		"role": string(viewer.Admin),
	}
}

// with returns a copy of c with changes applied; a nil value deletes the claim.
func with(c jwt.MapClaims, changes map[string]any) jwt.MapClaims {
	out := jwt.MapClaims{}
	for k, v := range c {
		out[k] = v
	}
	for k, v := range changes {
		if v == nil {
			delete(out, k)
		} else {
			out[k] = v
		}
	}
	return out
}

// forge signs claims with method and key, setting kid in the header unless it is empty.
func forge(t *testing.T, method jwt.SigningMethod, key any, kid string, claims jwt.MapClaims) string {
	t.Helper()
	tok := jwt.NewWithClaims(method, claims)
	if kid != "" {
		tok.Header["kid"] = kid
	}
	s, err := tok.SignedString(key)
	if err != nil {
		t.Fatalf("forging %s token: %v", method.Alg(), err)
	}
	return s
}

// tamper replaces the payload of a signed token and keeps its signature.
func tamper(t *testing.T, token string, claims jwt.MapClaims) string {
	t.Helper()
	other := forge(t, jwt.SigningMethodHS256, []byte("irrelevant"), "", claims)
	parts, otherParts := strings.Split(token, "."), strings.Split(other, ".")
	return parts[0] + "." + otherParts[1] + "." + parts[2]
}

func TestVerifyAcceptsGenuineTokens(t *testing.T) {
	now := time.Now()
	edCfg, _ := edKeyConfig(t)
	for name, cfg := range map[string]config.Config{
		"HS256": {JWTSecret: tokenTestSecret},
		"EdDSA": edCfg,
	} {
		t.Run(name, func(t *testing.T) {
			ks := keysFor(t, cfg)
			for _, tc := range []struct {
				role    viewer.Role
				partner string
			}{
				{viewer.Admin, ""},
				{viewer.ChannelManager, ""},
				{viewer.PartnerAdmin, tokenTestPartner},
				{viewer.PartnerSales, tokenTestPartner},
			} {
				token, exp, err := ks.Issue(tokenTestUser, tc.role, tc.partner, now)
				if err != nil {
					t.Fatal(err)
				}
				if want := now.Add(auth.AccessTokenTTL); !exp.Equal(want) {
					t.Errorf("%s: expires at %v, want %v", tc.role, exp, want)
				}
				v, err := ks.Verify(token, now)
				if err != nil {
					t.Fatalf("%s: genuine token refused: %v", tc.role, err)
				}
				if v.UserID != tokenTestUser || v.Role != tc.role || v.PartnerID != tc.partner {
					t.Errorf("%s: viewer = %+v", tc.role, v)
				}
			}
		})
	}
}

// TestVerifyRejectsAttacks: every way of forging, replaying or misdirecting an access token is
// refused with ErrInvalidToken, and the edge cases within the 30 s clock skew are still accepted.
func TestVerifyRejectsAttacks(t *testing.T) {
	now := time.Now().Truncate(time.Second)
	hsKeys := keysFor(t, config.Config{JWTSecret: tokenTestSecret})
	hsKid := kidOf(t, hsKeys)
	edCfg, edPub := edKeyConfig(t)
	edKeys := keysFor(t, edCfg)
	edKid := kidOf(t, edKeys)
	_, otherEdPriv, _ := ed25519.GenerateKey(rand.Reader)
	pkix, err := x509.MarshalPKIXPublicKey(edPub)
	if err != nil {
		t.Fatal(err)
	}
	pubPEM := pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: pkix})
	good := goodClaims(now)
	genuine, _, err := hsKeys.Issue(tokenTestUser, viewer.PartnerSales, tokenTestPartner, now)
	if err != nil {
		t.Fatal(err)
	}
	secret := []byte(tokenTestSecret)
	hs := func(claims jwt.MapClaims) string { return forge(t, jwt.SigningMethodHS256, secret, hsKid, claims) }

	cases := []struct {
		name   string
		keys   *auth.KeySet
		token  string
		accept bool
	}{
		// Controls: a correctly forged token (we hold the secret) passes, so each refusal below is
		// caused by exactly the one thing the case changes.
		{name: "control: valid HS256", keys: hsKeys, token: hs(good), accept: true},
		{name: "control: valid EdDSA", keys: edKeys, token: forge(t, jwt.SigningMethodEdDSA, mustEdPrivate(t, edCfg), edKid, good), accept: true},

		{name: "alg none", keys: hsKeys, token: forge(t, jwt.SigningMethodNone, jwt.UnsafeAllowNoneSignatureType, hsKid, good)},
		{name: "alg none without kid", keys: hsKeys, token: forge(t, jwt.SigningMethodNone, jwt.UnsafeAllowNoneSignatureType, "", good)},
		{name: "alg none on EdDSA key set", keys: edKeys, token: forge(t, jwt.SigningMethodNone, jwt.UnsafeAllowNoneSignatureType, edKid, good)},
		{name: "HS256 signed with raw Ed25519 public key", keys: edKeys, token: forge(t, jwt.SigningMethodHS256, []byte(edPub), edKid, good)},
		{name: "HS256 signed with DER public key", keys: edKeys, token: forge(t, jwt.SigningMethodHS256, pkix, edKid, good)},
		{name: "HS256 signed with PEM public key", keys: edKeys, token: forge(t, jwt.SigningMethodHS256, pubPEM, edKid, good)},
		{name: "HS256 with public key and no kid", keys: edKeys, token: forge(t, jwt.SigningMethodHS256, pubPEM, "", good)},
		{name: "EdDSA signed by another key under the real kid", keys: edKeys, token: forge(t, jwt.SigningMethodEdDSA, otherEdPriv, edKid, good)},
		{name: "HS384 with the real secret", keys: hsKeys, token: forge(t, jwt.SigningMethodHS384, secret, hsKid, good)},
		{name: "wrong secret under the real kid", keys: hsKeys, token: forge(t, jwt.SigningMethodHS256, []byte("not-the-secret-not-the-secret-xx"), hsKid, good)},
		{name: "payload changed, signature kept", keys: hsKeys, token: tamper(t, genuine, with(good, map[string]any{"role": "ADMIN", "pid": nil}))},
		{name: "signature stripped", keys: hsKeys, token: genuine[:strings.LastIndexByte(genuine, '.')+1]},
		{name: "not a JWT", keys: hsKeys, token: "definitely-not-a-token"},

		{name: "expired beyond skew", keys: hsKeys, token: hs(with(good, map[string]any{"exp": now.Add(-31 * time.Second).Unix(), "iat": now.Add(-20 * time.Minute).Unix(), "nbf": now.Add(-20 * time.Minute).Unix()}))},
		{name: "expired within skew", keys: hsKeys, accept: true, token: hs(with(good, map[string]any{"exp": now.Add(-29 * time.Second).Unix(), "iat": now.Add(-20 * time.Minute).Unix(), "nbf": now.Add(-20 * time.Minute).Unix()}))},
		{name: "no exp", keys: hsKeys, token: hs(with(good, map[string]any{"exp": nil}))},
		{name: "not yet valid beyond skew", keys: hsKeys, token: hs(with(good, map[string]any{"nbf": now.Add(time.Minute).Unix()}))},
		{name: "not yet valid within skew", keys: hsKeys, accept: true, token: hs(with(good, map[string]any{"nbf": now.Add(29 * time.Second).Unix()}))},
		{name: "no nbf", keys: hsKeys, token: hs(with(good, map[string]any{"nbf": nil}))},
		{name: "issued in the future beyond skew", keys: hsKeys, token: hs(with(good, map[string]any{"iat": now.Add(time.Minute).Unix()}))},
		{name: "issued in the future within skew", keys: hsKeys, accept: true, token: hs(with(good, map[string]any{"iat": now.Add(29 * time.Second).Unix()}))},
		{name: "wrong issuer", keys: hsKeys, token: hs(with(good, map[string]any{"iss": "someone-else"}))},
		{name: "no issuer", keys: hsKeys, token: hs(with(good, map[string]any{"iss": nil}))},
		{name: "wrong audience", keys: hsKeys, token: hs(with(good, map[string]any{"aud": []string{"another-api"}}))},
		{name: "audience as a plain string of another API", keys: hsKeys, token: hs(with(good, map[string]any{"aud": "another-api"}))},
		{name: "no audience", keys: hsKeys, token: hs(with(good, map[string]any{"aud": nil}))},
		{name: "unknown kid", keys: hsKeys, token: forge(t, jwt.SigningMethodHS256, secret, "hs-000000000000", good)},
		{name: "missing kid", keys: hsKeys, token: forge(t, jwt.SigningMethodHS256, secret, "", good)},
		{name: "kid of another algorithm", keys: hsKeys, token: forge(t, jwt.SigningMethodHS256, secret, edKid, good)},

		{name: "partner role without pid", keys: hsKeys, token: hs(with(good, map[string]any{"role": string(viewer.PartnerSales)}))},
		{name: "partner admin without pid", keys: hsKeys, token: hs(with(good, map[string]any{"role": string(viewer.PartnerAdmin)}))},
		{name: "vendor role with pid", keys: hsKeys, token: hs(with(good, map[string]any{"pid": tokenTestPartner}))},
		{name: "unknown role", keys: hsKeys, token: hs(with(good, map[string]any{"role": "SUPERUSER"}))},
		{name: "no role", keys: hsKeys, token: hs(with(good, map[string]any{"role": nil}))},
		{name: "no sub", keys: hsKeys, token: hs(with(good, map[string]any{"sub": nil}))},
		{name: "no jti", keys: hsKeys, token: hs(with(good, map[string]any{"jti": nil}))},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			v, err := tc.keys.Verify(tc.token, now)
			switch {
			case tc.accept && err != nil:
				t.Fatalf("refused: %v", err)
			case tc.accept && v == nil:
				t.Fatal("accepted without a viewer")
			case !tc.accept && err == nil:
				t.Fatalf("accepted as %+v", v)
			case !tc.accept && !errors.Is(err, auth.ErrInvalidToken):
				t.Fatalf("error %v does not wrap ErrInvalidToken", err)
			case !tc.accept && v != nil:
				t.Fatalf("refused but returned viewer %+v", v)
			}
		})
	}
}

func mustEdPrivate(t *testing.T, cfg config.Config) ed25519.PrivateKey {
	t.Helper()
	raw, err := os.ReadFile(cfg.JWTPrivateKeyFile)
	if err != nil {
		t.Fatal(err)
	}
	block, _ := pem.Decode(raw)
	k, err := x509.ParsePKCS8PrivateKey(block.Bytes)
	if err != nil {
		t.Fatal(err)
	}
	return k.(ed25519.PrivateKey)
}

// TestVerifyAfterSecretRotation: while JWT_PREVIOUS_SECRET names the old secret, tokens it signed
// still verify; once it is dropped, they are refused. The old secret never signs new tokens.
func TestVerifyAfterSecretRotation(t *testing.T) {
	now := time.Now()
	old := keysFor(t, config.Config{JWTSecret: tokenTestPrevious})
	oldToken, _, err := old.Issue(tokenTestUser, viewer.PartnerAdmin, tokenTestPartner, now)
	if err != nil {
		t.Fatal(err)
	}
	rotating := keysFor(t, config.Config{JWTSecret: tokenTestSecret, JWTPreviousSecret: tokenTestPrevious})
	if v, err := rotating.Verify(oldToken, now); err != nil {
		t.Fatalf("token of the previous secret refused during rotation: %v", err)
	} else if v.Role != viewer.PartnerAdmin || v.PartnerID != tokenTestPartner {
		t.Errorf("viewer = %+v", v)
	}
	if kidOf(t, rotating) == kidOf(t, old) {
		t.Error("the rotating key set still signs with the previous secret")
	}
	newToken, _, err := rotating.Issue(tokenTestUser, viewer.Admin, "", now)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := old.Verify(newToken, now); err == nil {
		t.Error("a token of the new secret verifies with the old one alone")
	}

	rotated := keysFor(t, config.Config{JWTSecret: tokenTestSecret})
	if _, err := rotated.Verify(oldToken, now); !errors.Is(err, auth.ErrInvalidToken) {
		t.Errorf("token of a retired secret: err = %v, want ErrInvalidToken", err)
	}
	if _, err := rotated.Verify(newToken, now); err != nil {
		t.Errorf("token of the current secret refused after rotation: %v", err)
	}
}

// TestServerRefusesForgedTokens: a present but bad credential gets HTTP 401 and UNAUTHENTICATED,
// never an anonymous answer; a missing one is anonymous.
func TestServerRefusesForgedTokens(t *testing.T) {
	s := apitest.New(t)
	now := time.Now()
	secret := []byte(s.Config.JWTSecret)
	kid := kidOf(t, keysFor(t, s.Config))
	userID := s.LoginSession(t, "admin@vendor.test").UserID
	good := with(goodClaims(now), map[string]any{"sub": userID})
	const query = `{ viewer { email } }`

	genuine := s.Login(t, "admin@vendor.test")
	res := s.Query(t, genuine, query, nil)
	var out struct{ Viewer struct{ Email string } }
	res.Decode(t, &out)
	if out.Viewer.Email != "admin@vendor.test" {
		t.Fatalf("genuine token: viewer %q", out.Viewer.Email)
	}
	if forged := forge(t, jwt.SigningMethodHS256, secret, kid, good); s.Query(t, forged, query, nil).Status != http.StatusOK {
		t.Fatal("control: a correctly signed token is refused, so the cases below prove nothing")
	}

	anon := s.Query(t, "", query, nil)
	if anon.Status == http.StatusUnauthorized || !equalCodes(anon.Codes(), "UNAUTHENTICATED") {
		t.Errorf("no credential: status %d codes %v, want an anonymous GraphQL answer with UNAUTHENTICATED", anon.Status, anon.Codes())
	}

	cases := []struct {
		name   string
		header string
	}{
		{"alg none", "Bearer " + forge(t, jwt.SigningMethodNone, jwt.UnsafeAllowNoneSignatureType, kid, good)},
		{"wrong signature", "Bearer " + forge(t, jwt.SigningMethodHS256, []byte("not-the-secret-not-the-secret-xx"), kid, good)},
		{"expired", "Bearer " + forge(t, jwt.SigningMethodHS256, secret, kid, with(good, map[string]any{"exp": now.Add(-time.Minute).Unix(), "iat": now.Add(-16 * time.Minute).Unix(), "nbf": now.Add(-16 * time.Minute).Unix()}))},
		{"not yet valid", "Bearer " + forge(t, jwt.SigningMethodHS256, secret, kid, with(good, map[string]any{"nbf": now.Add(5 * time.Minute).Unix()}))},
		{"wrong audience", "Bearer " + forge(t, jwt.SigningMethodHS256, secret, kid, with(good, map[string]any{"aud": "another-api"}))},
		{"wrong issuer", "Bearer " + forge(t, jwt.SigningMethodHS256, secret, kid, with(good, map[string]any{"iss": "evil"}))},
		{"unknown kid", "Bearer " + forge(t, jwt.SigningMethodHS256, secret, "hs-000000000000", good)},
		{"partner role without pid", "Bearer " + forge(t, jwt.SigningMethodHS256, secret, kid, with(good, map[string]any{"role": "PARTNER_ADMIN"}))},
		{"garbage", "Bearer garbage"},
		{"unknown API key", "Bearer phk_0000000000000000000000"},
		{"empty bearer", "Bearer "},
		{"basic scheme", "Basic YWRtaW5AdmVuZG9yLnRlc3Q6cGFydG5lcmh1Yi1kZW1v"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectUnauthorized(t, s, tc.header)
		})
	}

	t.Run("HS256 signed with the public key of an EdDSA server", func(t *testing.T) {
		keyCfg, edPub := edKeyConfig(t)
		edCfg := s.Config
		edCfg.JWTPrivateKeyFile = keyCfg.JWTPrivateKeyFile
		db := testdb.Open(t)
		client := testdb.ClientOf(t, db)
		if _, err := seed.Demo(t.Context(), client, edCfg.DemoPassword); err != nil {
			t.Fatal(err)
		}
		ed := apitest.Start(t, edCfg, db, client)
		genuine := ed.LoginSession(t, "admin@vendor.test")
		if res := ed.Query(t, genuine.AccessToken, query, nil); res.Status != http.StatusOK || len(res.Errors) > 0 {
			t.Fatalf("control: genuine EdDSA token refused: %d %s", res.Status, res.Raw)
		}
		edKid := kidOf(t, keysFor(t, edCfg))
		claims := with(goodClaims(now), map[string]any{"sub": genuine.UserID})
		pkix, _ := x509.MarshalPKIXPublicKey(edPub)
		for name, key := range map[string][]byte{
			"raw":  edPub,
			"DER":  pkix,
			"PEM":  pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: pkix}),
			"none": nil,
		} {
			var token string
			if key == nil {
				token = forge(t, jwt.SigningMethodNone, jwt.UnsafeAllowNoneSignatureType, edKid, claims)
			} else {
				token = forge(t, jwt.SigningMethodHS256, key, edKid, claims)
			}
			t.Run(name, func(t *testing.T) { expectUnauthorized(t, ed, "Bearer "+token) })
		}
	})
}

func expectUnauthorized(t *testing.T, s *apitest.Server, authorization string) {
	t.Helper()
	req := apitest.Request{Query: `{ viewer { id email role } }`, Header: http.Header{"Authorization": {authorization}}}
	res := s.Do(t, req)
	if res.Status != http.StatusUnauthorized {
		t.Errorf("status %d, want 401: %s", res.Status, res.Raw)
	}
	if !equalCodes(res.Codes(), "UNAUTHENTICATED") {
		t.Errorf("codes %v, want [UNAUTHENTICATED]", res.Codes())
	}
	if len(res.Data) > 0 && string(res.Data) != "null" {
		t.Errorf("refused request still answered data %s", res.Data)
	}
}

func equalCodes(got []string, want ...string) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if got[i] != want[i] {
			return false
		}
	}
	return true
}
