// Package config reads PartnerHub's settings from the environment (the README's "Configuration"
// table names them; their names are a public contract).
package config

import (
	"errors"
	"fmt"
	"log/slog"
	"net/netip"
	"os"
	"strconv"
	"strings"
	"time"
)

// DevJWTSecret signs tokens in development only; production refuses to start with it.
const DevJWTSecret = "partnerhub-development-secret-do-not-use-in-production"

// DevDemoPassword is the demo users' password unless DEMO_PASSWORD says otherwise.
const DevDemoPassword = "partnerhub-demo"

// Config is the whole runtime configuration.
type Config struct {
	Port        int
	DatabaseURL string // empty: embedded SQLite under DataDir
	DataDir     string
	Env         string // "development" or "production"
	JWTSecret   string
	// JWTPreviousSecret still verifies tokens signed before a secret rotation.
	JWTPreviousSecret string
	// JWTPrivateKeyFile, when set, signs with an Ed25519 or RSA key (PEM, PKCS#8) instead of the
	// secret, so other services can verify tokens with only the public key.
	JWTPrivateKeyFile string
	// JWTVerifyKeyFiles are further PEM public keys that still verify (the previous key pair).
	JWTVerifyKeyFiles []string
	CORSOrigins       []string
	LogLevel          slog.Level
	DemoPassword      string

	ShutdownTimeout time.Duration
	RequestTimeout  time.Duration

	// PublicURL is where people reach the portal; links in e-mails point there.
	PublicURL string
	// SMTPURL (smtp://user:password@host:587) turns on e-mail delivery from the outbox; MailFrom
	// is the sender address.
	SMTPURL  string
	MailFrom string

	// MetricsToken (METRICS_TOKEN) is the bearer token GET /metrics requires. In production,
	// /metrics is not served without it; in development it is open unless set.
	MetricsToken string
	// TrustedProxies (TRUSTED_PROXIES: CIDRs or addresses, comma-separated) are the load balancers
	// and proxies in front of the server. From them, X-Forwarded-For names the client address
	// (its rightmost entry that is not itself a trusted proxy); from anyone else it is ignored.
	TrustedProxies []netip.Prefix

	// RateLimits are the request budgets per minute (see internal/ratelimit).
	RateLimits RateLimits
	// DealDecisionSLA is how long the channel team has to decide a deal registration
	// (DEAL_DECISION_SLA, a Go duration such as 48h).
	DealDecisionSLA time.Duration
	// DealExpirySweepInterval is how often the protection-expiry sweep runs
	// (DEAL_EXPIRY_SWEEP_INTERVAL, default 1m); read by the periodic job that runs the sweep.
	DealExpirySweepInterval time.Duration
	// LeadAcceptanceDeadline is how long a partner has to accept or decline a lead offered to it
	// (LEAD_ACCEPTANCE_DEADLINE, default 48h); then the lead is routed to another partner.
	LeadAcceptanceDeadline time.Duration
	// WebhookAllowPrivateTargets (WEBHOOK_ALLOW_PRIVATE_TARGETS=true) lets webhooks reach loopback,
	// link-local and private addresses: for a receiver on the same network, and for tests. Off,
	// a webhook URL cannot be used to probe the server's own network (docs/webhooks.md).
	WebhookAllowPrivateTargets bool
	// UploadMaxBytes (UPLOAD_MAX_BYTES) is the size limit of one uploaded file, default 50 MB.
	UploadMaxBytes int64
}

// RateLimits are request budgets: per signed-in user, per API key and per client address for
// anonymous requests, each per minute, and partner applications per address per hour.
type RateLimits struct {
	User         int
	APIKey       int
	Anonymous    int
	Applications int
}

// DefaultRateLimits are the budgets the README documents.
var DefaultRateLimits = RateLimits{User: 600, APIKey: 300, Anonymous: 120, Applications: 5}

// Production reports whether the server runs with production safeguards.
func (c Config) Production() bool { return c.Env == "production" }

// FromEnv reads the configuration, applying defaults and refusing unsafe production settings.
func FromEnv() (Config, error) { return Load(os.Getenv) }

// Load reads the configuration through getenv, so tests can pass their own environment.
func Load(getenv func(string) string) (Config, error) {
	c := Config{
		Port:              8080,
		DatabaseURL:       getenv("DATABASE_URL"),
		DataDir:           orDefault(getenv("DATA_DIR"), "./data"),
		Env:               orDefault(getenv("APP_ENV"), "development"),
		JWTSecret:         getenv("JWT_SECRET"),
		JWTPreviousSecret: getenv("JWT_PREVIOUS_SECRET"),
		JWTPrivateKeyFile: getenv("JWT_PRIVATE_KEY_FILE"),
		JWTVerifyKeyFiles: splitList(getenv("JWT_VERIFY_KEY_FILES")),
		DemoPassword:      orDefault(getenv("DEMO_PASSWORD"), DevDemoPassword),
		ShutdownTimeout:   20 * time.Second,
		RequestTimeout:    30 * time.Second,
		SMTPURL:           getenv("SMTP_URL"),
		MailFrom:          orDefault(getenv("MAIL_FROM"), "PartnerHub <no-reply@partnerhub.local>"),
		RateLimits:        DefaultRateLimits,

		DealDecisionSLA:         48 * time.Hour,
		DealExpirySweepInterval: time.Minute,
		LeadAcceptanceDeadline:  48 * time.Hour,
		UploadMaxBytes:          50 << 20,
	}
	if p := getenv("PORT"); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || n > 65535 {
			return c, fmt.Errorf("PORT: %q is not a port number", p)
		}
		c.Port = n
	}
	c.PublicURL = strings.TrimRight(orDefault(getenv("PUBLIC_URL"), fmt.Sprintf("http://localhost:%d", c.Port)), "/")
	for name, limit := range map[string]*int{
		"RATE_LIMIT_USER": &c.RateLimits.User, "RATE_LIMIT_API_KEY": &c.RateLimits.APIKey,
		"RATE_LIMIT_ANONYMOUS": &c.RateLimits.Anonymous, "RATE_LIMIT_APPLICATIONS": &c.RateLimits.Applications,
	} {
		if v := getenv(name); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 {
				return c, fmt.Errorf("%s: %q is not a positive number", name, v)
			}
			*limit = n
		}
	}
	for name, d := range map[string]*time.Duration{"DEAL_DECISION_SLA": &c.DealDecisionSLA, "DEAL_EXPIRY_SWEEP_INTERVAL": &c.DealExpirySweepInterval,
		"LEAD_ACCEPTANCE_DEADLINE": &c.LeadAcceptanceDeadline} {
		if v := getenv(name); v != "" {
			parsed, err := time.ParseDuration(v)
			if err != nil || parsed <= 0 {
				return c, fmt.Errorf("%s: %q is not a positive duration such as 48h", name, v)
			}
			*d = parsed
		}
	}
	if v := getenv("UPLOAD_MAX_BYTES"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 1 {
			return c, fmt.Errorf("UPLOAD_MAX_BYTES: %q is not a positive number of bytes", v)
		}
		c.UploadMaxBytes = n
	}
	if c.Env != "development" && c.Env != "production" {
		return c, fmt.Errorf("APP_ENV: %q is neither development nor production", c.Env)
	}
	c.CORSOrigins = splitList(getenv("CORS_ORIGINS"))
	if v := getenv("WEBHOOK_ALLOW_PRIVATE_TARGETS"); v != "" {
		allow, err := strconv.ParseBool(v)
		if err != nil {
			return c, fmt.Errorf("WEBHOOK_ALLOW_PRIVATE_TARGETS: %q is neither true nor false", v)
		}
		c.WebhookAllowPrivateTargets = allow
	}
	c.MetricsToken = getenv("METRICS_TOKEN")
	for _, item := range splitList(getenv("TRUSTED_PROXIES")) {
		prefix, err := netip.ParsePrefix(item)
		if err != nil {
			addr, aerr := netip.ParseAddr(item)
			if aerr != nil {
				return c, fmt.Errorf("TRUSTED_PROXIES: %q is neither a CIDR such as 10.0.0.0/8 nor an address", item)
			}
			prefix = netip.PrefixFrom(addr.Unmap(), addr.Unmap().BitLen())
		}
		c.TrustedProxies = append(c.TrustedProxies, prefix.Masked())
	}
	if lvl := getenv("LOG_LEVEL"); lvl != "" {
		if err := c.LogLevel.UnmarshalText([]byte(lvl)); err != nil {
			return c, fmt.Errorf("LOG_LEVEL: %w", err)
		}
	}
	switch {
	case c.Production() && c.JWTPrivateKeyFile != "":
		// An asymmetric key signs; no shared secret is needed.
	case c.Production():
		if err := checkProductionSecret(c.JWTSecret); err != nil {
			return c, err
		}
	case c.JWTSecret == "":
		c.JWTSecret = DevJWTSecret
	}
	return c, nil
}

// checkProductionSecret refuses secrets an attacker could guess or brute-force offline.
func checkProductionSecret(secret string) error {
	switch {
	case secret == "":
		return errors.New("JWT_SECRET must be set when APP_ENV=production")
	case secret == DevJWTSecret:
		return errors.New("JWT_SECRET is the development default; set a secret of your own in production")
	case len(secret) < 32:
		return errors.New("JWT_SECRET must be at least 32 characters in production")
	}
	return nil
}

func splitList(v string) []string {
	var out []string
	for _, item := range strings.Split(v, ",") {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}

func orDefault(v, def string) string {
	if v == "" {
		return def
	}
	return v
}
