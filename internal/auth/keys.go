// Package auth signs people in: password checks with lockout, short-lived JWT access tokens,
// rotating refresh tokens with reuse detection, and the HTTP middleware that turns a bearer
// credential into a viewer.
package auth

import (
	"crypto"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"fmt"
	"os"

	"github.com/golang-jwt/jwt/v5"

	"github.com/partnerhub/partnerhub/internal/config"
)

// key is one entry of the key set. Each key is bound to exactly one algorithm, so a token cannot
// pick how it is verified (the HS256-with-a-public-key and alg:none attacks).
type key struct {
	id     string
	method jwt.SigningMethod
	sign   any // nil for verify-only keys
	verify any
}

// KeySet signs with the current key and verifies with any key it holds, found by the token's kid,
// so keys can rotate without signing everybody out.
type KeySet struct {
	current key
	byID    map[string]key
}

// NewKeySet loads the keys the configuration names: an asymmetric private key when
// JWT_PRIVATE_KEY_FILE is set, the JWT_SECRET otherwise; previous secrets and public keys verify only.
func NewKeySet(cfg config.Config) (*KeySet, error) {
	ks := &KeySet{byID: map[string]key{}}
	if cfg.JWTPrivateKeyFile != "" {
		k, err := loadPrivateKey(cfg.JWTPrivateKeyFile)
		if err != nil {
			return nil, err
		}
		ks.current = k
	} else {
		if cfg.JWTSecret == "" {
			return nil, errors.New("no JWT_SECRET or JWT_PRIVATE_KEY_FILE")
		}
		ks.current = hmacKey(cfg.JWTSecret)
	}
	ks.byID[ks.current.id] = ks.current
	if cfg.JWTPreviousSecret != "" {
		k := hmacKey(cfg.JWTPreviousSecret)
		k.sign = nil
		ks.byID[k.id] = k
	}
	for _, path := range cfg.JWTVerifyKeyFiles {
		k, err := loadPublicKey(path)
		if err != nil {
			return nil, err
		}
		ks.byID[k.id] = k
	}
	return ks, nil
}

func hmacKey(secret string) key {
	sum := sha256.Sum256([]byte("kid:" + secret))
	b := []byte(secret)
	return key{id: "hs-" + hex.EncodeToString(sum[:6]), method: jwt.SigningMethodHS256, sign: b, verify: b}
}

func loadPrivateKey(path string) (key, error) {
	block, err := readPEM(path)
	if err != nil {
		return key{}, err
	}
	parsed, err := x509.ParsePKCS8PrivateKey(block.Bytes)
	if err != nil {
		return key{}, fmt.Errorf("%s: %w", path, err)
	}
	signer, ok := parsed.(crypto.Signer)
	if !ok {
		return key{}, fmt.Errorf("%s: unsupported key", path)
	}
	k, err := publicKey(signer.Public())
	if err != nil {
		return key{}, fmt.Errorf("%s: %w", path, err)
	}
	k.sign = signer
	return k, nil
}

func loadPublicKey(path string) (key, error) {
	block, err := readPEM(path)
	if err != nil {
		return key{}, err
	}
	pub, err := x509.ParsePKIXPublicKey(block.Bytes)
	if err != nil {
		return key{}, fmt.Errorf("%s: %w", path, err)
	}
	k, err := publicKey(pub)
	if err != nil {
		return key{}, fmt.Errorf("%s: %w", path, err)
	}
	return k, nil
}

// publicKey builds a verify-only key whose kid is derived from the public key itself.
func publicKey(pub crypto.PublicKey) (key, error) {
	der, err := x509.MarshalPKIXPublicKey(pub)
	if err != nil {
		return key{}, err
	}
	sum := sha256.Sum256(der)
	kid := hex.EncodeToString(sum[:6])
	switch p := pub.(type) {
	case ed25519.PublicKey:
		return key{id: "ed-" + kid, method: jwt.SigningMethodEdDSA, verify: p}, nil
	case *rsa.PublicKey:
		if p.N.BitLen() < 2048 {
			return key{}, errors.New("RSA keys must have at least 2048 bits")
		}
		return key{id: "rs-" + kid, method: jwt.SigningMethodRS256, verify: p}, nil
	}
	return key{}, fmt.Errorf("unsupported key type %T (use Ed25519 or RSA)", pub)
}

func readPEM(path string) (*pem.Block, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	block, _ := pem.Decode(raw)
	if block == nil {
		return nil, fmt.Errorf("%s: no PEM block", path)
	}
	return block, nil
}

// LinkSecret is the secret other short-lived signatures of this server derive their keys from
// (download links, internal/filelink): the JWT secret, or the private key's PKCS#8 encoding, so
// every instance with the same configuration signs and checks the same links.
func (ks *KeySet) LinkSecret() []byte {
	if b, ok := ks.current.sign.([]byte); ok {
		return b
	}
	der, err := x509.MarshalPKCS8PrivateKey(ks.current.sign)
	if err != nil {
		// loadPrivateKey accepted only keys x509 can encode.
		panic(err)
	}
	return der
}
