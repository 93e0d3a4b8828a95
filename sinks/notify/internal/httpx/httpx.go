// Package httpx is the HTTP plumbing shared by vigil's HTTP notifiers:
// one POST with a timeout, the retry verdict for its outcome, and errors
// that never carry the URL (webhook URLs often embed a token).
package httpx

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"
)

// ParseURL parses a receiver's URL, which must be absolute http or https.
// The error names the receiver kind, never the URL (it may embed a token).
func ParseURL(kind, raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, errors.New(kind + ": URL must be an absolute http or https URL")
	}
	return u, nil
}

// DefaultTimeout bounds one request when a notifier sets none.
const DefaultTimeout = 10 * time.Second

// MaxBody is how much of a response body is read.
const MaxBody = 64 << 10

// UserAgent is sent with every request.
const UserAgent = "vigil-alerting/1"

// Request is one POST.
type Request struct {
	Client      *http.Client // http.DefaultClient when nil
	URL         string
	ContentType string // application/json when empty
	Headers     map[string]string
	Body        []byte
	Timeout     time.Duration // DefaultTimeout when zero
}

// Response is a completed exchange with a 2xx status.
type Response struct {
	Status int
	Body   []byte // at most MaxBody bytes
}

// StatusError is a non-2xx answer. Body is the response body (at most
// MaxBody bytes), for notifiers whose vendor explains a refusal in it (an
// API's error code); Error never shows it.
type StatusError struct {
	Host   string
	Status int
	Body   []byte
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("POST to %s: HTTP %d %s", e.Host, e.Status, http.StatusText(e.Status))
}

// Retryable reports whether a status is worth retrying: 408, 429 and 5xx.
func Retryable(status int) bool {
	return status == http.StatusTooManyRequests || status == http.StatusRequestTimeout || status >= 500
}

// Post sends the request. It returns the response on a 2xx status;
// otherwise an error and whether trying again may help (connection errors,
// timeouts, 408, 429 and 5xx may; other statuses and bad requests do not).
func Post(ctx context.Context, r Request) (resp *Response, retry bool, err error) {
	u, err := url.Parse(r.URL)
	if err != nil {
		return nil, false, errors.New("invalid notification URL")
	}
	host := u.Host
	timeout := r.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, r.URL, bytes.NewReader(r.Body))
	if err != nil {
		return nil, false, fmt.Errorf("POST to %s: %w", host, stripURL(err))
	}
	ct := r.ContentType
	if ct == "" {
		ct = "application/json"
	}
	req.Header.Set("Content-Type", ct)
	req.Header.Set("User-Agent", UserAgent)
	for k, v := range r.Headers {
		req.Header.Set(k, v)
	}
	client := r.Client
	if client == nil {
		client = http.DefaultClient
	}
	res, err := client.Do(req)
	if err != nil {
		// Connection refused, reset, timeout: the receiver may come back.
		return nil, true, fmt.Errorf("POST to %s: %w", host, stripURL(err))
	}
	defer res.Body.Close()
	body, rerr := io.ReadAll(io.LimitReader(res.Body, MaxBody))
	_, _ = io.Copy(io.Discard, io.LimitReader(res.Body, MaxBody)) // let the connection be reused
	record(ctx, u, body)
	if res.StatusCode/100 != 2 {
		return nil, Retryable(res.StatusCode), &StatusError{Host: host, Status: res.StatusCode, Body: body}
	}
	if rerr != nil {
		return nil, true, fmt.Errorf("POST to %s: reading response: %w", host, stripURL(rerr))
	}
	return &Response{Status: res.StatusCode, Body: body}, false, nil
}

// stripURL unwraps a *url.Error, whose message holds the full URL.
func stripURL(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}
