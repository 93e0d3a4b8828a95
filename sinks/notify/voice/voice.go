// Package voice holds vigil's phone-call notifiers, Twilio Programmable
// Voice (the Calls API with inline TwiML) and Aliyun voice notifications
// (Dyvmsapi SingleCallByTts), and what they share: the short spoken text,
// the retry-safe record of numbers already called, and an HTTP exchange
// that keeps the vendor's error body.
//
// A call wakes people at night: route only P0 alerts to these receivers
// (a route with matchers: [severity=P0] and continue: true). Each
// notification calls every configured number once, one call per number,
// and says only the worst severity, the rule, the values of a few labels
// (service.name by default) and how many alerts fire; never a summary, a
// sample or a link, which may hold text from logs. The text is cut at
// MaxSpeech characters.
//
// A voice receiver is told only about firing alerts: resolved
// notifications are not called (ReceiverConfig.WantsResolved is false for
// these channels, send_resolved: true is refused, and a batch without a
// firing alert is ignored here).
//
// When one number fails the others are still called, and the notification
// fails with every error. A retry of the same notification (same firing
// alerts) calls again only the numbers that did not take the call: a
// number already called for those alerts within CallWindow is skipped, so
// a retry never rings twice the people who were already reached.
//
// Phone numbers come from the configuration only and never appear in an
// error: they are masked (***0001) with the SMS receivers' Mask. The
// vendors' replies, which echo the numbers called, are not recorded as
// answers for `vigil alerts test`.
//
// This package sits beside sinks/notify/sms rather than inside it: it
// reuses that package's Aliyun RPC signer (Signature, Canonical,
// PercentEncode), Mask and Truncate, but a call differs from an SMS in
// what it says (a few words, never the summary), in whom it rings (one
// request per number, remembered across retries) and in which alerts it
// takes (firing only).
package voice

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/sinks/notify/internal/httpx"
	"github.com/vigilops/vigil/sinks/notify/internal/render"
	"github.com/vigilops/vigil/sinks/notify/sms"
)

// MaxSpeech caps the spoken text, in characters. Twilio's Twiml parameter
// holds at most 4000 characters (error 32018): the text twice, XML-escaped
// (at most five characters, "&#34;", or four bytes, an emoji, each), and
// the markup stay within it, counted in characters or in bytes.
const MaxSpeech = 300

// CallWindow is how long a number called for a notification's firing
// alerts is not called again for the same alerts (a retry of the same
// notification).
const CallWindow = 10 * time.Minute

// DefaultLabels are the labels whose values a call says when every firing
// alert of the notification has the same value.
var DefaultLabels = []string{"service.name"}

// Brief is what a call says about a notification.
type Brief struct {
	Severity string   // the worst firing severity, e.g. "P0"
	Rule     string   // the rule of the first firing alert of that severity
	Rules    int      // distinct rules firing
	Firing   int      // firing alerts
	Labels   []string // "service name amazon-api", for each label shared by the firing alerts
	Service  string   // the shared value of service.name, or ""
}

// Summarize returns the brief of a notification's firing alerts, and false
// when none fires. Every value is cleaned of control characters and cut to
// limit characters (no cut when limit is 0).
func Summarize(as []alert.Alert, labels []string, limit int) (Brief, bool) {
	var firing []alert.Alert
	for _, a := range as {
		if a.Status != alert.Resolved {
			firing = append(firing, a)
		}
	}
	if len(firing) == 0 {
		return Brief{}, false
	}
	cut := func(s string) string { return sms.Truncate(render.Clean(s), limit) }
	worst := render.Worst(firing)
	b := Brief{Severity: cut(string(worst)), Firing: len(firing)}
	rules := map[string]bool{}
	for _, a := range firing {
		if b.Rule == "" && a.Severity == worst {
			b.Rule = cut(a.Rule)
		}
		rules[a.Rule] = true
	}
	b.Rules = len(rules)
	for _, l := range labels {
		if v, ok := shared(firing, l); ok {
			b.Labels = append(b.Labels, strings.NewReplacer(".", " ", "_", " ").Replace(l)+" "+cut(v))
		}
	}
	if v, ok := shared(firing, "service.name"); ok {
		b.Service = cut(v)
	}
	return b, true
}

// shared returns the value of label l when every alert has the same
// non-empty one.
func shared(as []alert.Alert, l string) (string, bool) {
	v := as[0].Labels[l]
	if v == "" {
		return "", false
	}
	for _, a := range as[1:] {
		if a.Labels[l] != v {
			return "", false
		}
	}
	return v, true
}

// Speech is the spoken text of a brief, at most MaxSpeech characters:
// "vigil alert, severity P0. Rule checkout-errors, and 1 more rule.
// service name checkout. 3 alerts firing."
func (b Brief) Speech() string {
	var s strings.Builder
	s.WriteString("vigil alert, severity " + b.Severity + ". Rule " + b.Rule)
	switch b.Rules {
	case 0, 1:
	case 2:
		s.WriteString(", and 1 more rule")
	default:
		fmt.Fprintf(&s, ", and %d more rules", b.Rules-1)
	}
	s.WriteString(". ")
	if len(b.Labels) > 0 {
		s.WriteString(strings.Join(b.Labels, ", ") + ". ")
	}
	if b.Firing == 1 {
		s.WriteString("1 alert firing.")
	} else {
		s.WriteString(strconv.Itoa(b.Firing) + " alerts firing.")
	}
	return sms.Truncate(s.String(), MaxSpeech)
}

// calls remembers the numbers called for a notification's firing alerts,
// so that a retry of the notification calls only the others.
type calls struct {
	mu   sync.Mutex
	now  func() time.Time
	seen map[string]time.Time
}

func newCalls(now func() time.Time) *calls {
	if now == nil {
		now = time.Now
	}
	return &calls{now: now, seen: map[string]time.Time{}}
}

// batchKey names a notification by its firing alerts (fingerprint and
// start of each).
func batchKey(as []alert.Alert) string {
	var ks []string
	for _, a := range as {
		if a.Status != alert.Resolved {
			ks = append(ks, a.Fingerprint+"@"+a.StartsAt.UTC().Format(time.RFC3339Nano))
		}
	}
	slices.Sort(ks)
	return strings.Join(ks, ",")
}

// called reports whether number was called for batch within CallWindow.
func (c *calls) called(number, batch string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.now()
	for k, t := range c.seen {
		if now.Sub(t) >= CallWindow {
			delete(c.seen, k)
		}
	}
	_, ok := c.seen[number+"\x00"+batch]
	return ok
}

func (c *calls) done(number, batch string) {
	c.mu.Lock()
	c.seen[number+"\x00"+batch] = c.now()
	c.mu.Unlock()
}

// reply is a vendor's answer, whatever its status.
type reply struct {
	status int
	body   []byte
}

// post sends one form POST and returns the answer, 2xx or not (unlike
// httpx.Post, which keeps no error body: the vendors say in it whether a
// failure is worth a retry). An error is a failed exchange, worth a retry;
// it never carries the URL.
func post(ctx context.Context, client *http.Client, rawURL string, headers map[string]string, body []byte, timeout time.Duration) (*reply, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, errors.New("invalid URL")
	}
	if timeout <= 0 {
		timeout = httpx.DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, rawURL, bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("POST to %s: %w", u.Host, stripURL(err))
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("User-Agent", httpx.UserAgent)
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	if client == nil {
		client = http.DefaultClient
	}
	res, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("POST to %s: %w", u.Host, stripURL(err))
	}
	defer res.Body.Close()
	b, err := io.ReadAll(io.LimitReader(res.Body, httpx.MaxBody))
	if err != nil && res.StatusCode/100 == 2 {
		return nil, fmt.Errorf("POST to %s: reading response: %w", u.Host, stripURL(err))
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(res.Body, httpx.MaxBody))
	return &reply{status: res.StatusCode, body: b}, nil
}

func stripURL(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// vendorText cleans a vendor's message for an error: control characters
// escaped, every phone number masked (before the cut, which could leave
// part of a number), cut at 200 bytes.
func vendorText(s string, phones []string) string {
	return render.Truncate(render.MaskPhones(render.Clean(s), phones), 200)
}
