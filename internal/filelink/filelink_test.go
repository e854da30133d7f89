package filelink_test

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/internal/filelink"
)

func query(t *testing.T, path string) url.Values {
	t.Helper()
	u, err := url.Parse(path)
	if err != nil {
		t.Fatal(err)
	}
	return u.Query()
}

func TestLinks(t *testing.T) {
	s := filelink.NewSigner([]byte("a secret of the server"))
	now := time.Unix(1_800_000_000, 0)
	path := s.Path("fil_A", "usr_1", now)
	if !strings.HasPrefix(path, "/files/fil_A?") {
		t.Fatalf("path = %s", path)
	}
	q := query(t, path)
	if user, err := s.Verify("fil_A", q, now.Add(59*time.Second)); err != nil || user != "usr_1" {
		t.Fatalf("fresh link: %q, %v", user, err)
	}
	cases := map[string]func() (string, url.Values, time.Time){
		"expired":      func() (string, url.Values, time.Time) { return "fil_A", q, now.Add(filelink.TTL + time.Second) },
		"another file": func() (string, url.Values, time.Time) { return "fil_B", q, now },
		"another user": func() (string, url.Values, time.Time) {
			c := url.Values{}
			for k, v := range q {
				c[k] = v
			}
			c.Set("u", "usr_2")
			return "fil_A", c, now
		},
		"expiry pushed back": func() (string, url.Values, time.Time) {
			c := url.Values{}
			for k, v := range q {
				c[k] = v
			}
			c.Set("exp", "9999999999")
			return "fil_A", c, now.Add(time.Hour)
		},
		"another server's key": func() (string, url.Values, time.Time) {
			return "fil_A", query(t, filelink.NewSigner([]byte("another secret")).Path("fil_A", "usr_1", now)), now
		},
		"no signature": func() (string, url.Values, time.Time) {
			return "fil_A", url.Values{"u": {"usr_1"}, "exp": {"9999999999"}}, now
		},
	}
	for name, c := range cases {
		id, q, at := c()
		if _, err := s.Verify(id, q, at); err == nil {
			t.Errorf("%s: link accepted", name)
		}
	}
}
