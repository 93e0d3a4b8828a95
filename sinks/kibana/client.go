package kibana

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/vigilops/vigil/internal/backoff"
	"github.com/vigilops/vigil/internal/tlsx"
)

// Retries of a request Kibana could not serve (5xx, 429, a connection
// error or a timeout): at most DefaultAttempts tries in all, waiting
// DefaultBackoff between them.
var (
	DefaultAttempts = 5
	DefaultBackoff  = backoff.Policy{Min: 500 * time.Millisecond, Max: 8 * time.Second, Jitter: backoff.Equal}
)

// maxBody bounds the response bodies read.
const maxBody = 32 << 20

// Client talks to Kibana's HTTP API: data views and saved objects, in one
// space. It sends kbn-xsrf on every request.
type Client struct {
	cfg      Config
	base     string // scheme://host[/path], no trailing slash
	prefix   string // "" or /s/{space}
	hc       *http.Client
	retry    backoff.Policy
	attempts int
}

// Option changes a Client.
type Option func(*Client)

// WithRetry sets the backoff between tries and the number of tries in all
// (at least 1).
func WithRetry(p backoff.Policy, attempts int) Option {
	return func(c *Client) {
		c.retry = p
		c.attempts = max(1, attempts)
	}
}

// WithHTTPClient replaces the HTTP client (its Timeout is kept as given).
func WithHTTPClient(hc *http.Client) Option {
	return func(c *Client) { c.hc = hc }
}

// New returns a client of the Kibana at cfg.URL. Apply Config.WithDefaults
// first; New checks the config again and reads the CA file.
func New(cfg Config, opts ...Option) (*Client, error) {
	if errs := cfg.ValidateAt("kibana"); len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if cfg.URL == "" {
		return nil, errors.New("kibana.url: is required (or alerting.kibana_url)")
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = DefaultTimeout
	}
	c := &Client{
		cfg:      cfg,
		base:     strings.TrimRight(cfg.URL, "/"),
		retry:    DefaultBackoff,
		attempts: DefaultAttempts,
	}
	if cfg.Space != "" && cfg.Space != "default" {
		c.prefix = "/s/" + cfg.Space
	}
	tr := http.DefaultTransport.(*http.Transport).Clone()
	if cfg.CAFile != "" {
		pool, err := tlsx.CAPool(cfg.CAFile)
		if err != nil {
			return nil, fmt.Errorf("kibana.ca_file: %w", err)
		}
		tr.TLSClientConfig = &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}
	}
	c.hc = &http.Client{Transport: tr, Timeout: cfg.Timeout}
	for _, o := range opts {
		o(c)
	}
	return c, nil
}

// APIError is an answer of Kibana other than a success: the endpoint, the
// HTTP status and Kibana's own error and message
// ({"statusCode":400,"error":"Bad Request","message":"…"}).
type APIError struct {
	Method   string
	Endpoint string // the path (with the space prefix) and query
	Status   int
	Err      string // "Bad Request"
	Message  string
}

func (e *APIError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "kibana: %s %s: %d", e.Method, e.Endpoint, e.Status)
	if e.Err != "" {
		b.WriteString(" " + e.Err)
	} else if t := http.StatusText(e.Status); t != "" {
		b.WriteString(" " + t)
	}
	if e.Message != "" {
		b.WriteString(": " + e.Message)
	}
	switch e.Status {
	case http.StatusUnauthorized:
		b.WriteString(" (check kibana.username/password or kibana.api_key)")
	case http.StatusForbidden:
		b.WriteString(" (the user needs the privileges to manage data views and saved objects in this space)")
	}
	return b.String()
}

// Temporary reports whether another try may succeed: Kibana or a proxy
// was unavailable or overloaded.
func (e *APIError) Temporary() bool {
	return e.Status >= 500 || e.Status == http.StatusTooManyRequests || e.Status == http.StatusRequestTimeout
}

// IsNotFound reports whether err is Kibana's 404.
func IsNotFound(err error) bool {
	var ae *APIError
	return errors.As(err, &ae) && ae.Status == http.StatusNotFound
}

// retryable marks an error after which the whole step is tried again.
type retryable struct{ error }

func (r retryable) Unwrap() error { return r.error }

// temporary reports whether a failed try should be retried.
func temporary(err error) bool {
	var rt retryable
	if errors.As(err, &rt) {
		return true
	}
	var ae *APIError
	if errors.As(err, &ae) {
		return ae.Temporary()
	}
	var cv *tls.CertificateVerificationError
	var ua x509.UnknownAuthorityError
	var hn x509.HostnameError
	var ci x509.CertificateInvalidError
	if errors.As(err, &cv) || errors.As(err, &ua) || errors.As(err, &hn) || errors.As(err, &ci) {
		return false // the same certificate will be refused again
	}
	var ne net.Error
	if errors.As(err, &ne) {
		return true
	}
	var ue *url.Error
	return errors.As(err, &ue) || errors.Is(err, io.ErrUnexpectedEOF)
}

// retrying runs try until it succeeds, fails for good, or has been tried
// c.attempts times; a temporary failure waits c.retry's backoff.
func (c *Client) retrying(ctx context.Context, try func() error) error {
	var err error
	for n := 1; ; n++ {
		err = try()
		if err == nil || !temporary(err) || ctx.Err() != nil {
			return err
		}
		if n >= c.attempts {
			return fmt.Errorf("%w (gave up after %d tries)", err, n)
		}
		if !backoff.Sleep(ctx, c.retry.Delay(n)) {
			return fmt.Errorf("%w (then: %w)", err, ctx.Err())
		}
	}
}

// request is one call: a JSON body or a ready-made one.
type request struct {
	method      string
	path        string // under the space prefix, e.g. /api/data_views/data_view
	query       url.Values
	contentType string
	body        []byte
}

// do sends r once and decodes a 2xx JSON answer into out (when not nil).
// Other answers are *APIError.
func (c *Client) do(ctx context.Context, r request, out any) error {
	endpoint := c.prefix + r.path
	if len(r.query) > 0 {
		endpoint += "?" + r.query.Encode()
	}
	var body io.Reader
	if r.body != nil {
		body = bytes.NewReader(r.body)
	}
	req, err := http.NewRequestWithContext(ctx, r.method, c.base+endpoint, body)
	if err != nil {
		return fmt.Errorf("kibana: %s %s: %w", r.method, endpoint, err)
	}
	req.Header.Set("kbn-xsrf", "true")
	req.Header.Set("Accept", "application/json")
	if r.contentType != "" {
		req.Header.Set("Content-Type", r.contentType)
	}
	switch {
	case c.cfg.APIKey != "":
		req.Header.Set("Authorization", "ApiKey "+c.cfg.APIKey)
	case c.cfg.Username != "":
		req.SetBasicAuth(c.cfg.Username, c.cfg.Password)
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		// The URL holds no credentials (checked by ValidateAt).
		return fmt.Errorf("kibana: %s %s: %w", r.method, endpoint, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxBody))
	if err != nil {
		return fmt.Errorf("kibana: %s %s: reading the answer: %w", r.method, endpoint, err)
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return apiError(r.method, endpoint, resp.StatusCode, data)
	}
	if out == nil {
		return nil
	}
	if err := json.Unmarshal(data, out); err != nil {
		return fmt.Errorf("kibana: %s %s: %d but the answer is not the JSON expected: %v", r.method, endpoint, resp.StatusCode, err)
	}
	return nil
}

// apiError reads Kibana's error body; another body (a proxy's page) is
// quoted, shortened.
func apiError(method, endpoint string, status int, data []byte) *APIError {
	e := &APIError{Method: method, Endpoint: endpoint, Status: status}
	var kb struct {
		StatusCode int    `json:"statusCode"`
		Error      string `json:"error"`
		Message    string `json:"message"`
	}
	if json.Unmarshal(data, &kb) == nil && (kb.Error != "" || kb.Message != "") {
		e.Err, e.Message = kb.Error, clip(kb.Message, 1000)
		return e
	}
	if t := strings.TrimSpace(string(data)); t != "" {
		e.Message = clip(strings.Join(strings.Fields(t), " "), 200)
	}
	return e
}

func clip(s string, n int) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, s)
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xc0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}

// jsonRequest returns a request with v as its JSON body.
func jsonRequest(method, path string, v any) (request, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return request{}, err
	}
	return request{method: method, path: path, contentType: "application/json", body: b}, nil
}
