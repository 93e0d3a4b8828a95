package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/vigilops/vigil/alerting"
)

// Client talks to a running vigil's API (the CLI's `vigil alerts` and
// `vigil silence`).
type Client struct {
	// URL is the server's base URL, such as http://127.0.0.1:9464.
	URL string
	// Token is sent as a bearer token when set.
	Token string
	// HTTP is the client used (default: one with a 30 s timeout).
	HTTP *http.Client
}

// APIError is an error answer of the API.
type APIError struct {
	Status  int
	Message string
}

func (e *APIError) Error() string {
	return fmt.Sprintf("%d %s: %s", e.Status, http.StatusText(e.Status), e.Message)
}

// Alerts lists the alerts the matchers (filter syntax) and state select.
func (c *Client) Alerts(ctx context.Context, filters []string, state string) (AlertList, error) {
	q := url.Values{}
	for _, f := range filters {
		q.Add("filter", f)
	}
	if state != "" {
		q.Set("state", state)
	}
	var out AlertList
	err := c.do(ctx, http.MethodGet, "/api/v1/alerts", q, nil, &out)
	return out, err
}

// Ack acknowledges the firing alert with that fingerprint (needs an admin
// token); acknowledging it again returns the first acknowledgement.
func (c *Client) Ack(ctx context.Context, fingerprint, by, comment string) (AckAnswer, error) {
	var out AckAnswer
	err := c.do(ctx, http.MethodPost, "/api/v1/alerts/"+url.PathEscape(fingerprint)+"/ack", nil, PostAck{By: by, Comment: comment}, &out)
	return out, err
}

// Silences lists the silences (state "" for all).
func (c *Client) Silences(ctx context.Context, state string) (SilenceList, error) {
	q := url.Values{}
	if state != "" {
		q.Set("state", state)
	}
	var out SilenceList
	err := c.do(ctx, http.MethodGet, "/api/v1/silences", q, nil, &out)
	return out, err
}

// AddSilence adds a silence.
func (c *Client) AddSilence(ctx context.Context, s PostSilence) (alerting.SilenceInfo, error) {
	var out alerting.SilenceInfo
	err := c.do(ctx, http.MethodPost, "/api/v1/silences", nil, s, &out)
	return out, err
}

// ExpireSilence expires a silence.
func (c *Client) ExpireSilence(ctx context.Context, id string) (alerting.SilenceInfo, error) {
	var out alerting.SilenceInfo
	err := c.do(ctx, http.MethodDelete, "/api/v1/silences/"+url.PathEscape(id), nil, nil, &out)
	return out, err
}

// Ready asks /readyz; an unready server is not an error: its answer says
// why.
func (c *Client) Ready(ctx context.Context) (Readiness, error) {
	var out Readiness
	err := c.do(ctx, http.MethodGet, "/readyz", nil, nil, &out)
	var ae *APIError
	if errors.As(err, &ae) && ae.Status == http.StatusServiceUnavailable && out.Status != "" {
		return out, nil
	}
	return out, err
}

// do sends a request and decodes the JSON answer into out (also for a 503
// of /readyz, whose body is the answer).
// MarkDeploy writes a deploy marker through POST /api/v1/deploys.
func (c *Client) MarkDeploy(ctx context.Context, d PostDeploy) (Published, error) {
	var out Published
	err := c.do(ctx, http.MethodPost, "/api/v1/deploys", nil, d, &out)
	return out, err
}

// CheckDeploy asks GET /api/v1/deploys/{service}/check for the deploy
// gate's report (the JSON of vigil deploy check --report json); q holds
// since, version, window, baseline and skip.
func (c *Client) CheckDeploy(ctx context.Context, service string, q url.Values) (json.RawMessage, error) {
	var out json.RawMessage
	err := c.do(ctx, http.MethodGet, "/api/v1/deploys/"+url.PathEscape(service)+"/check", q, nil, &out)
	return out, err
}

func (c *Client) do(ctx context.Context, method, path string, q url.Values, body, out any) error {
	base, err := url.Parse(strings.TrimRight(c.URL, "/"))
	if err != nil || (base.Scheme != "http" && base.Scheme != "https") || base.Host == "" {
		return fmt.Errorf("--url: want the API's base URL such as http://%s, got %q", DefaultListen, c.URL)
	}
	u := base.JoinPath(path)
	if len(q) > 0 {
		u.RawQuery = q.Encode()
	}
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, u.String(), rd)
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("Accept", "application/json")
	if c.Token != "" {
		req.Header.Set("Authorization", "Bearer "+c.Token)
	}
	hc := c.HTTP
	if hc == nil {
		hc = &http.Client{Timeout: 30 * time.Second}
	}
	res, err := hc.Do(req)
	if err != nil {
		return fmt.Errorf("vigil API at %s: %w", base.Redacted(), err)
	}
	defer res.Body.Close()
	data, err := io.ReadAll(io.LimitReader(res.Body, 32<<20))
	if err != nil {
		return fmt.Errorf("vigil API at %s: %w", base.Redacted(), err)
	}
	if res.StatusCode >= 300 {
		var eb errorBody
		if json.Unmarshal(data, &eb) != nil || eb.Error == "" {
			eb.Error = strings.TrimSpace(string(data))
		}
		if out != nil && res.StatusCode == http.StatusServiceUnavailable {
			_ = json.Unmarshal(data, out)
		}
		return &APIError{Status: res.StatusCode, Message: eb.Error}
	}
	if out == nil {
		return nil
	}
	if err := json.Unmarshal(data, out); err != nil {
		return fmt.Errorf("vigil API at %s: %s %s: unexpected answer: %w", base.Redacted(), method, path, err)
	}
	return nil
}
