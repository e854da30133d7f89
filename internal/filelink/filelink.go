// Package filelink signs short-lived download links for GET /files/{id}, so the portal can hand
// a file to the browser (an <a download> or a new tab) without putting a long-lived token in a
// URL, where it would end up in history, logs and Referer headers. A link names the file, the
// user it was made for and its expiry, and is good for about a minute; the download route then
// reads the file as that user, under the same privacy rules as any request.
package filelink

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"time"
)

// TTL is how long a link works.
const TTL = time.Minute

// ErrInvalid is a link that was altered, made for another file, or has expired.
var ErrInvalid = errors.New("filelink: invalid or expired link")

// Signer makes and checks links with an HMAC key of its own, derived from the server's secret.
type Signer struct {
	key []byte
}

// NewSigner derives the link key from secret; the label keeps it distinct from any other use of
// the same secret (a link signature can never pass for a JWT signature or the reverse).
func NewSigner(secret []byte) *Signer {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte("partnerhub file download links v1"))
	return &Signer{key: m.Sum(nil)}
}

func (s *Signer) mac(fileID, userID string, exp int64) string {
	m := hmac.New(sha256.New, s.key)
	fmt.Fprintf(m, "%s\n%s\n%d", fileID, userID, exp)
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// Path returns the download path of fileID for userID, valid until now+TTL.
func (s *Signer) Path(fileID, userID string, now time.Time) string {
	exp := now.Add(TTL).Unix()
	q := url.Values{"u": {userID}, "exp": {strconv.FormatInt(exp, 10)}, "sig": {s.mac(fileID, userID, exp)}}
	return "/files/" + url.PathEscape(fileID) + "?" + q.Encode()
}

// Verify checks a link's query for fileID and returns the user it was made for.
func (s *Signer) Verify(fileID string, q url.Values, now time.Time) (string, error) {
	userID, sig := q.Get("u"), q.Get("sig")
	exp, err := strconv.ParseInt(q.Get("exp"), 10, 64)
	if err != nil || userID == "" || sig == "" {
		return "", ErrInvalid
	}
	if !hmac.Equal([]byte(sig), []byte(s.mac(fileID, userID, exp))) {
		return "", ErrInvalid
	}
	if now.Unix() > exp {
		return "", ErrInvalid
	}
	return userID, nil
}

// Signed reports whether q carries a link signature at all.
func Signed(q url.Values) bool { return q.Has("sig") }
