package config_test

import (
	"log/slog"
	"slices"
	"strings"
	"testing"

	"github.com/partnerhub/partnerhub/internal/config"
)

func load(env map[string]string) (config.Config, error) {
	return config.Load(func(k string) string { return env[k] })
}

func TestDefaults(t *testing.T) {
	c, err := load(nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Port != 8080 {
		t.Errorf("Port = %d, want 8080", c.Port)
	}
	if c.DataDir != "./data" {
		t.Errorf("DataDir = %q, want ./data", c.DataDir)
	}
	if c.Env != "development" || c.Production() {
		t.Errorf("Env = %q (production %v), want development", c.Env, c.Production())
	}
	if c.DatabaseURL != "" {
		t.Errorf("DatabaseURL = %q, want empty (embedded SQLite)", c.DatabaseURL)
	}
	if c.JWTSecret != config.DevJWTSecret {
		t.Errorf("JWTSecret = %q, want the development default", c.JWTSecret)
	}
	if c.DemoPassword != config.DevDemoPassword {
		t.Errorf("DemoPassword = %q, want %q", c.DemoPassword, config.DevDemoPassword)
	}
	if len(c.CORSOrigins) != 0 {
		t.Errorf("CORSOrigins = %q, want none", c.CORSOrigins)
	}
	if c.LogLevel != slog.LevelInfo {
		t.Errorf("LogLevel = %v, want INFO", c.LogLevel)
	}
	if c.ShutdownTimeout <= 0 || c.RequestTimeout <= 0 {
		t.Errorf("ShutdownTimeout = %v, RequestTimeout = %v, want both positive", c.ShutdownTimeout, c.RequestTimeout)
	}
}

func TestSettingsFromEnvironment(t *testing.T) {
	c, err := load(map[string]string{
		"PORT":          "9090",
		"DATABASE_URL":  "postgres://u@db:5432/partnerhub",
		"DATA_DIR":      "/var/lib/partnerhub",
		"LOG_LEVEL":     "debug",
		"DEMO_PASSWORD": "another-demo-password",
		"JWT_SECRET":    "a-development-secret-of-my-own",
	})
	if err != nil {
		t.Fatal(err)
	}
	if c.Port != 9090 || c.DatabaseURL != "postgres://u@db:5432/partnerhub" || c.DataDir != "/var/lib/partnerhub" ||
		c.LogLevel != slog.LevelDebug || c.DemoPassword != "another-demo-password" || c.JWTSecret != "a-development-secret-of-my-own" {
		t.Errorf("settings not taken from the environment: %+v", c)
	}
}

func TestProductionSecret(t *testing.T) {
	tests := []struct {
		name, secret string
		ok           bool
	}{
		{"empty", "", false},
		{"development default", config.DevJWTSecret, false},
		{"31 characters", strings.Repeat("s", 31), false},
		{"32 characters", strings.Repeat("s", 32), true},
		{"40 characters", strings.Repeat("s", 40), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := load(map[string]string{"APP_ENV": "production", "JWT_SECRET": tt.secret})
			if tt.ok {
				if err != nil {
					t.Fatalf("refused a %d-character secret: %v", len(tt.secret), err)
				}
				if !c.Production() || c.JWTSecret != tt.secret {
					t.Errorf("Production() = %v, JWTSecret = %q; want production with the given secret", c.Production(), c.JWTSecret)
				}
				return
			}
			if err == nil {
				t.Fatalf("production accepted JWT_SECRET %q", tt.secret)
			}
			if !strings.Contains(err.Error(), "JWT_SECRET") {
				t.Errorf("error %q does not name JWT_SECRET", err)
			}
			// The secret must never be echoed into start-up logs.
			if tt.secret != "" && strings.Contains(err.Error(), tt.secret) {
				t.Errorf("error %q contains the secret", err)
			}
		})
	}
}

func TestInvalidSettings(t *testing.T) {
	tests := []struct {
		name     string
		env      map[string]string
		mentions string
	}{
		{"port not a number", map[string]string{"PORT": "http"}, "PORT"},
		{"port negative", map[string]string{"PORT": "-1"}, "PORT"},
		{"port too large", map[string]string{"PORT": "65536"}, "PORT"},
		{"port with spaces", map[string]string{"PORT": " 8080"}, "PORT"},
		{"unknown env", map[string]string{"APP_ENV": "staging"}, "APP_ENV"},
		{"env in capitals", map[string]string{"APP_ENV": "PRODUCTION"}, "APP_ENV"},
		{"unknown log level", map[string]string{"LOG_LEVEL": "chatty"}, "LOG_LEVEL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := load(tt.env)
			if err == nil {
				t.Fatalf("Load(%v) succeeded, want an error", tt.env)
			}
			if !strings.Contains(err.Error(), tt.mentions) {
				t.Errorf("error %q does not name %s", err, tt.mentions)
			}
		})
	}
}

func TestCORSOrigins(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"http://portal.example", []string{"http://portal.example"}},
		{"http://portal.example,https://admin.example", []string{"http://portal.example", "https://admin.example"}},
		{" http://portal.example , https://admin.example ,", []string{"http://portal.example", "https://admin.example"}},
		{",,", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			c, err := load(map[string]string{"CORS_ORIGINS": tt.in})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(c.CORSOrigins, tt.want) {
				t.Errorf("CORS_ORIGINS %q → %q, want %q", tt.in, c.CORSOrigins, tt.want)
			}
		})
	}
}

func TestOperationsSettings(t *testing.T) {
	c, err := load(map[string]string{"METRICS_TOKEN": "scrape-me", "TRUSTED_PROXIES": "10.0.0.0/8, 192.0.2.10 ,2001:db8::/32,10.1.2.3/8"})
	if err != nil {
		t.Fatal(err)
	}
	if c.MetricsToken != "scrape-me" {
		t.Errorf("MetricsToken = %q", c.MetricsToken)
	}
	var got []string
	for _, p := range c.TrustedProxies {
		got = append(got, p.String())
	}
	if want := []string{"10.0.0.0/8", "192.0.2.10/32", "2001:db8::/32", "10.0.0.0/8"}; !slices.Equal(got, want) {
		t.Errorf("TrustedProxies = %v, want %v", got, want)
	}
	if c, err := load(nil); err != nil || c.TrustedProxies != nil || c.MetricsToken != "" {
		t.Errorf("defaults: %v %v %q", err, c.TrustedProxies, c.MetricsToken)
	}
	for _, bad := range []string{"10.0.0.0/33", "proxy.internal", "10.0.0.0/8;1.2.3.4"} {
		if _, err := load(map[string]string{"TRUSTED_PROXIES": bad}); err == nil || !strings.Contains(err.Error(), "TRUSTED_PROXIES") {
			t.Errorf("TRUSTED_PROXIES=%q: %v, want an error naming the setting", bad, err)
		}
	}
}
