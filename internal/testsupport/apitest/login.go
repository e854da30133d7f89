package apitest

import (
	"testing"
)

// loginMutation signs in through the real login mutation, as the portal does.
const loginMutation = `mutation Login($email: String!, $password: String!) {
  login(input: {email: $email, password: $password}) { accessToken refreshToken viewer { id } }
}`

// Session is what the login mutation returns to a client.
type Session struct {
	AccessToken  string
	RefreshToken string
	UserID       string
}

// LoginSession signs email in with the server's demo password and returns the whole session.
func (s *Server) LoginSession(t testing.TB, email string) Session {
	t.Helper()
	res := s.Query(t, "", loginMutation, map[string]any{"email": email, "password": s.Config.DemoPassword})
	var out struct {
		Login struct {
			AccessToken  string `json:"accessToken"`
			RefreshToken string `json:"refreshToken"`
			Viewer       struct {
				ID string `json:"id"`
			} `json:"viewer"`
		} `json:"login"`
	}
	res.Decode(t, &out)
	if out.Login.AccessToken == "" {
		t.Fatalf("login as %s returned no access token: %s", email, res.Raw)
	}
	return Session{AccessToken: out.Login.AccessToken, RefreshToken: out.Login.RefreshToken, UserID: out.Login.Viewer.ID}
}

// Login signs email in with the server's demo password and returns an access token.
func (s *Server) Login(t testing.TB, email string) string {
	t.Helper()
	return s.LoginSession(t, email).AccessToken
}
