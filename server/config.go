package server

import (
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/vigilops/vigil/config/cfgerr"
)

// Defaults of the server section.
const (
	DefaultListen               = "127.0.0.1:9464"
	DefaultMaxLag               = 100000
	DefaultLagAfter             = 5 * time.Minute
	DefaultStallAfter           = 5 * time.Minute
	DefaultReceiverFailingAfter = 10 * time.Minute
	// minTokenLen is the shortest token accepted: a guessable token is no
	// better than none.
	minTokenLen = 16
)

// Scope is what a token may do: read (GET) or admin (everything).
type Scope string

// The scopes.
const (
	ScopeRead  Scope = "read"
	ScopeAdmin Scope = "admin"
)

// allows reports whether a token of scope s may do what need asks.
func (s Scope) allows(need Scope) bool { return s == ScopeAdmin || s == need }

// Config is the server section of vigil.yaml: the HTTP API, its probes and
// metrics, and the bounds of vigil's watch on itself.
//
//	server:
//	  listen: 127.0.0.1:9464
//	  tokens:
//	    - {token: "${VIGIL_ADMIN_TOKEN}", scope: admin}
//	    - {token: "${VIGIL_READ_TOKEN}", scope: read}
type Config struct {
	// Listen is the address the API listens on (default 127.0.0.1:9464).
	// Without tokens it must be a loopback address.
	Listen string `yaml:"listen"`
	// Tokens are the bearer tokens the API accepts; use ${ENV} for them.
	Tokens []Token `yaml:"tokens"`
	// MaxLag is how many records vigil may be behind on its Kafka topics:
	// beyond it /readyz fails at once and, after LagAfter, vigil raises
	// vigil-lagging (default 100000).
	MaxLag int64 `yaml:"max_lag"`
	// LagAfter is how long the lag may stay beyond MaxLag before
	// vigil-lagging fires (default 5m).
	LagAfter time.Duration `yaml:"lag_after"`
	// StallAfter is how long the pipeline may finish no message while
	// records wait before vigil-stalled fires (default 5m).
	StallAfter time.Duration `yaml:"stall_after"`
	// ReceiverFailingAfter is how long a receiver may fail every delivery
	// before vigil-receiver-failing fires for it (default 10m).
	ReceiverFailingAfter time.Duration `yaml:"receiver_failing_after"`
}

// Token is one bearer token and its scope.
type Token struct {
	Token string `yaml:"token"`
	Scope Scope  `yaml:"scope"`
}

// String never shows the token.
func (t Token) String() string { return "token(" + string(t.Scope) + ")" }

// GoString never shows the token either (%#v).
func (t Token) GoString() string { return t.String() }

// WithDefaults returns c with every unset value at its default.
func (c Config) WithDefaults() Config {
	if c.Listen == "" {
		c.Listen = DefaultListen
	}
	if c.MaxLag == 0 {
		c.MaxLag = DefaultMaxLag
	}
	if c.LagAfter == 0 {
		c.LagAfter = DefaultLagAfter
	}
	if c.StallAfter == 0 {
		c.StallAfter = DefaultStallAfter
	}
	if c.ReceiverFailingAfter == 0 {
		c.ReceiverFailingAfter = DefaultReceiverFailingAfter
	}
	return c
}

// ValidateAt checks the section; at ("server") prefixes every key path.
// No message quotes a token.
func (c *Config) ValidateAt(at string) []error {
	var errs []error
	add := func(key, format string, a ...any) { errs = append(errs, cfgerr.Fieldf(at+"."+key, format, a...)) }
	listen := c.Listen
	if listen == "" {
		listen = DefaultListen
	}
	if _, _, err := net.SplitHostPort(listen); err != nil {
		add("listen", "want host:port such as %s, got %q", DefaultListen, listen)
	} else if len(c.Tokens) == 0 && !IsLoopback(listen) {
		add("listen", "%s is not a loopback address: without server.tokens the API is served on loopback only (set tokens to listen on %s)", listen, listen)
	}
	seen := map[string]int{}
	for i, t := range c.Tokens {
		key := fmt.Sprintf("tokens.%d", i)
		switch {
		case t.Token == "":
			add(key+".token", "is empty (an unset environment variable?)")
		case len(t.Token) < minTokenLen:
			add(key+".token", "is %d characters: want at least %d (e.g. openssl rand -hex 32)", len(t.Token), minTokenLen)
		case strings.ContainsAny(t.Token, " \t\r\n"):
			add(key+".token", "contains white space")
		default:
			if first, dup := seen[t.Token]; dup {
				add(key+".token", "is the same token as %s.tokens.%d", at, first)
			}
			seen[t.Token] = i
		}
		switch t.Scope {
		case ScopeRead, ScopeAdmin:
		default:
			add(key+".scope", "want read or admin, got %q", t.Scope)
		}
	}
	if c.MaxLag < 0 {
		add("max_lag", "must not be negative, got %d", c.MaxLag)
	}
	for _, d := range []struct {
		key string
		d   time.Duration
	}{{"lag_after", c.LagAfter}, {"stall_after", c.StallAfter}, {"receiver_failing_after", c.ReceiverFailingAfter}} {
		if d.d < 0 {
			add(d.key, "must not be negative, got %s", d.d)
		}
	}
	return errs
}

// IsLoopback reports whether a host:port's host is a loopback address
// (127.0.0.0/8, ::1) or localhost. An empty host (all interfaces) is not.
func IsLoopback(hostport string) bool {
	host, _, err := net.SplitHostPort(hostport)
	if err != nil {
		return false
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
