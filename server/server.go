// Package server is vigil as a service the on-call can talk to: an HTTP API
// on the running pipeline (its alerts, silences, job heartbeats, deploy
// markers and the deploy gate, a reload), its health probes and Prometheus
// metrics, the bounds of its watch on itself (SelfChecks), and a client
// for the API (Client) that `vigil alerts` and `vigil silence` use.
//
// The server owns no pipeline state: it reads and changes what it is given
// (Deps) through small interfaces declared here. Every answer is JSON; an
// error is {"error": "..."} with a 4xx status for what the request got
// wrong and 5xx for what vigil could not do.
//
// Auth: bearer tokens from the config, each of scope read (GET) or admin
// (POST, DELETE and /-/reload as well). Tokens are compared in constant
// time and never logged. Without a token the server listens on loopback
// only and refuses any other address. /healthz and /readyz answer without
// a token (they are for orchestrators and say only what is up); /metrics
// needs the read scope when tokens are configured. Acknowledging an alert
// (ack.go) also takes the signed token of the link a notification carried,
// instead of an admin token, and its link's GET serves a confirmation page
// that changes nothing.
package server

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	stdlog "log"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alerting"
)

// Alerting is what the server reads and changes of the alert dispatcher
// (*alerting.Dispatcher).
type Alerting interface {
	Active() []alerting.ActiveAlert
	Silences() []alerting.SilenceInfo
	MaintenanceWindows() []alerting.WindowInfo
	AddSilence(alerting.Silence) (alerting.SilenceInfo, error)
	ExpireSilence(id string) (alerting.SilenceInfo, error)
	Clock() time.Time
}

// Publisher writes a synthetic log line (a job heartbeat, a deploy marker)
// into the stream vigil consumes, so that it is redacted, indexed and
// evaluated as the services' own lines are. key partitions it.
type Publisher interface {
	Publish(ctx context.Context, key string, line []byte, at time.Time) (where string, err error)
}

// DeployQuery asks for the deploy gate's verdict on a service.
type DeployQuery struct {
	Service string
	// Since is an RFC 3339 time or "marker" (the service's latest deploy
	// marker, of Version when set).
	Since, Version string
	// Window, Baseline and Skip are nil when not given: the CLI's
	// defaults apply.
	Window, Baseline, Skip *time.Duration
}

// DeployChecker judges a deploy as `vigil deploy check --report json` does
// and returns that report (any JSON-encodable value). An error wrapping
// ErrBadRequest is the query's fault (400).
type DeployChecker interface {
	CheckDeploy(ctx context.Context, q DeployQuery) (report any, err error)
}

// ErrBadRequest marks an error a dependency found in the request (400).
var ErrBadRequest = errors.New("bad request")

// ReloadFunc reloads the rules and the configuration's suppressions, as
// SIGHUP does; it returns what it loaded, for the answer.
type ReloadFunc func(ctx context.Context) (map[string]any, error)

// Deps are what the server serves. Nil parts answer 503 (not available
// in this mode) on their endpoints.
type Deps struct {
	Alerts Alerting
	// PersistSilences saves the silences after a change (the state file);
	// an error is logged, the change stands.
	PersistSilences func() error
	Events          Publisher
	// EventClock is event time now, for the heartbeats and markers it
	// publishes (the wall clock in vigil run, simulated time in the demo).
	EventClock func() time.Time
	// DeployMarker builds a deploy marker line (vigil deploy mark's).
	DeployMarker func(service, version, env, msg string, at time.Time) []byte
	Deploys      DeployChecker
	Reload       ReloadFunc
	Ready        []Probe
	// Metrics are served on /metrics.
	Metrics prometheus.Gatherer
}

// Server is the HTTP server.
type Server struct {
	cfg     Config
	deps    Deps
	log     zerolog.Logger
	tokens  []tokenHash
	handler http.Handler
	srv     *http.Server
	ln      net.Listener
	done    chan error
}

type tokenHash struct {
	sum   [sha256.Size]byte
	scope Scope
}

// New checks cfg (defaults applied) and returns a server; Start listens.
func New(cfg Config, deps Deps, log zerolog.Logger) (*Server, error) {
	cfg = cfg.WithDefaults()
	if errs := cfg.ValidateAt("server"); len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	s := &Server{cfg: cfg, deps: deps, log: log}
	for _, t := range cfg.Tokens {
		s.tokens = append(s.tokens, tokenHash{sum: sha256.Sum256([]byte(t.Token)), scope: t.Scope})
	}
	s.handler = s.routes()
	return s, nil
}

// Handler is the server's HTTP handler (for tests and embedding).
func (s *Server) Handler() http.Handler { return s.handler }

// Start listens on the configured address and serves in the background.
// Without tokens it refuses an address that is not loopback, as resolved.
func (s *Server) Start() error {
	ln, err := net.Listen("tcp", s.cfg.Listen)
	if err != nil {
		return fmt.Errorf("server: listen on %s: %w", s.cfg.Listen, err)
	}
	if len(s.tokens) == 0 && !IsLoopback(ln.Addr().String()) {
		ln.Close()
		return fmt.Errorf("server: %s is not a loopback address: without server.tokens the API is served on loopback only", ln.Addr())
	}
	s.ln = ln
	s.srv = &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		// net/http's own complaints (a malformed request, a failed TLS
		// handshake) go to vigil's log.
		ErrorLog: stdlog.New(s.log, "", 0),
	}
	s.done = make(chan error, 1)
	go func() {
		err := s.srv.Serve(ln)
		if errors.Is(err, http.ErrServerClosed) {
			err = nil
		}
		s.done <- err
	}()
	s.log.Info().Str("addr", ln.Addr().String()).Bool("auth", len(s.tokens) > 0).Msg("API listening")
	return nil
}

// Addr is the address listened on, once started.
func (s *Server) Addr() string {
	if s.ln == nil {
		return ""
	}
	return s.ln.Addr().String()
}

// Shutdown stops accepting requests and waits for those in progress until
// ctx ends.
func (s *Server) Shutdown(ctx context.Context) error {
	if s.srv == nil {
		return nil
	}
	err := s.srv.Shutdown(ctx)
	if serr := <-s.done; err == nil {
		err = serr
	}
	return err
}

// routes builds the handler. Paths are matched first, then methods, so a
// wrong method is a JSON 405 naming the allowed ones.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	handle := func(path string, ms methods) { mux.Handle(path, ms) }
	handle("/healthz", methods{"GET": s.healthz})
	handle("/readyz", methods{"GET": s.readyz})
	handle("/metrics", methods{"GET": s.auth(ScopeRead, s.metrics)})
	handle("/api/v1/alerts", methods{"GET": s.auth(ScopeRead, s.listAlerts)})
	handle("/api/v1/alerts/{fingerprint}/ack", methods{"GET": s.ackForm, "POST": s.ackAlert}) // own auth (ack.go)
	handle("/api/v1/silences", methods{"GET": s.auth(ScopeRead, s.listSilences), "POST": s.auth(ScopeAdmin, s.addSilence)})
	handle("/api/v1/silences/{id}", methods{"GET": s.auth(ScopeRead, s.getSilence), "DELETE": s.auth(ScopeAdmin, s.expireSilence)})
	handle("/api/v1/maintenance_windows", methods{"GET": s.auth(ScopeRead, s.listWindows)})
	handle("/api/v1/heartbeats/{job}", methods{"POST": s.auth(ScopeAdmin, s.heartbeat)})
	handle("/api/v1/deploys", methods{"POST": s.auth(ScopeAdmin, s.markDeploy)})
	handle("/api/v1/deploys/{service}/check", methods{"GET": s.auth(ScopeRead, s.checkDeploy)})
	handle("/-/reload", methods{"POST": s.auth(ScopeAdmin, s.reload)})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such endpoint: %s (see the README's API section)", r.URL.Path)
	})
	return s.logged(mux)
}

// methods dispatches on the request method.
type methods map[string]http.HandlerFunc

func (m methods) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if h, ok := m[r.Method]; ok {
		h(w, r)
		return
	}
	if r.Method == http.MethodHead {
		if h, ok := m[http.MethodGet]; ok {
			h(w, r)
			return
		}
	}
	allow := make([]string, 0, len(m))
	for _, k := range []string{"GET", "POST", "DELETE"} {
		if _, ok := m[k]; ok {
			allow = append(allow, k)
		}
	}
	w.Header().Set("Allow", strings.Join(allow, ", "))
	writeError(w, http.StatusMethodNotAllowed, "%s is not allowed on %s (allowed: %s)", r.Method, r.URL.Path, strings.Join(allow, ", "))
}

// auth wraps h: the request needs a bearer token whose scope allows need,
// when tokens are configured.
func (s *Server) auth(need Scope, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if len(s.tokens) == 0 {
			h(w, r) // loopback only (Start)
			return
		}
		scheme, tok, ok := strings.Cut(r.Header.Get("Authorization"), " ")
		if !ok || !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(tok) == "" {
			w.Header().Set("WWW-Authenticate", `Bearer realm="vigil"`)
			writeError(w, http.StatusUnauthorized, "missing bearer token: send Authorization: Bearer <token> (the CLI reads VIGIL_TOKEN)")
			return
		}
		scope, known := s.scopeOf(strings.TrimSpace(tok))
		switch {
		case !known:
			w.Header().Set("WWW-Authenticate", `Bearer realm="vigil", error="invalid_token"`)
			writeError(w, http.StatusUnauthorized, "invalid bearer token")
		case !scope.allows(need):
			writeError(w, http.StatusForbidden, "the token's scope is %s: %s %s needs %s", scope, r.Method, r.URL.Path, need)
		default:
			h(w, r)
		}
	}
}

// scopeOf finds the token's scope. Every configured token is compared, in
// constant time, whatever matches: the time taken says nothing about which
// token or how much of one matched.
func (s *Server) scopeOf(tok string) (Scope, bool) {
	sum := sha256.Sum256([]byte(tok))
	var scope Scope
	found := 0
	for _, t := range s.tokens {
		eq := subtle.ConstantTimeCompare(sum[:], t.sum[:])
		found |= eq
		if eq == 1 && (scope == "" || t.scope == ScopeAdmin) {
			scope = t.scope
		}
	}
	return scope, found == 1
}

// logged logs each request at debug level (method, path, status, time;
// never a header or the query string, which may hold label values), and
// recovers a panicking handler as a 500.
func (s *Server) logged(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				s.log.Error().Str("method", r.Method).Str("path", r.URL.Path).Interface("panic", p).Msg("API handler panicked")
				if !sw.wrote {
					writeError(sw, http.StatusInternalServerError, "internal error")
				}
			}
			s.log.Debug().Str("method", r.Method).Str("path", r.URL.Path).Int("status", sw.status).
				Dur("took", time.Since(start)).Msg("API request")
		}()
		h.ServeHTTP(sw, r)
	})
}

type statusWriter struct {
	http.ResponseWriter
	status int
	wrote  bool
}

func (w *statusWriter) WriteHeader(code int) {
	if !w.wrote {
		w.status, w.wrote = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	w.wrote = true
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// errorBody is every error's JSON.
type errorBody struct {
	Error string `json:"error"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

func writeError(w http.ResponseWriter, status int, format string, a ...any) {
	writeJSON(w, status, errorBody{Error: fmt.Sprintf(format, a...)})
}

// unavailable answers 503 for a part this mode does not have.
func unavailable(w http.ResponseWriter, what string) {
	writeError(w, http.StatusServiceUnavailable, "%s is not available in this mode", what)
}

func (s *Server) healthz(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

func (s *Server) metrics(w http.ResponseWriter, r *http.Request) {
	if s.deps.Metrics == nil {
		unavailable(w, "/metrics")
		return
	}
	promhttp.HandlerFor(s.deps.Metrics, promhttp.HandlerOpts{ErrorHandling: promhttp.ContinueOnError}).ServeHTTP(w, r)
}
