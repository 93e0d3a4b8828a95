// Package sms holds vigil's SMS notifiers, Aliyun SMS (dysmsapi SendSms)
// and Twilio (Messages API), and what they share: a per-receiver token
// bucket, a length limit, and masking of phone numbers. SMS costs money
// and wakes people: route only P0 (severity=P0) to these receivers.
//
// Phone numbers come from the configuration only and never appear in an
// error or a log line: Mask hides all but their last four digits.
package sms

import (
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/sinks/notify/internal/render"
)

// Bucket is a token bucket: Burst tokens, refilled at one per Every.
type Bucket struct {
	mu     sync.Mutex
	burst  float64
	every  time.Duration
	now    func() time.Time
	tokens float64
	last   time.Time
}

// NewBucket returns a full bucket; now is time.Now when nil. A burst or
// interval of zero or less disables limiting (nil bucket).
func NewBucket(burst int, every time.Duration, now func() time.Time) *Bucket {
	if burst <= 0 || every <= 0 {
		return nil
	}
	if now == nil {
		now = time.Now
	}
	return &Bucket{burst: float64(burst), every: every, now: now, tokens: float64(burst), last: now()}
}

// Take removes n tokens if there are that many and reports whether it did.
// A nil bucket always allows.
func (b *Bucket) Take(n int) bool {
	if b == nil {
		return true
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	t := b.now()
	if el := t.Sub(b.last); el > 0 {
		b.tokens = min(b.burst, b.tokens+float64(el)/float64(b.every))
		b.last = t
	}
	if b.tokens < float64(n) {
		return false
	}
	b.tokens -= float64(n)
	return true
}

// Truncate cuts s to at most n characters (runes), ending it with "…" when
// cut.
func Truncate(s string, n int) string {
	if n <= 0 || utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// Mask hides a phone number but its last four digits: "***0100".
func Mask(phone string) string {
	if len(phone) <= 4 {
		return "***"
	}
	return "***" + phone[len(phone)-4:]
}

// maskAll replaces every number of phones in s by its mask.
func maskAll(s string, phones []string) string {
	for _, p := range phones {
		if p != "" {
			s = strings.ReplaceAll(s, p, Mask(p))
			if d := strings.TrimPrefix(p, "+"); d != p && d != "" {
				s = strings.ReplaceAll(s, d, Mask(d))
			}
		}
	}
	return s
}

// Status is "FIRING" when an alert of the batch fires, else "RESOLVED".
func Status(as []alert.Alert) string {
	if f, _ := render.Counts(as); f > 0 {
		return "FIRING"
	}
	return "RESOLVED"
}

// Text is the message body of an SMS: the headline, then one line per
// alert (severity, status, rule and summary), cut to limit characters.
func Text(as []alert.Alert, limit int) string {
	lines := []string{render.Title(as)}
	for i := range as {
		a := &as[i]
		st := "FIRING"
		if a.Status == alert.Resolved {
			st = "RESOLVED"
		}
		l := "[" + render.Clean(string(a.Severity)) + "] " + st + " " + render.Clean(a.Rule)
		if s := a.Annotations["summary"]; s != "" {
			l += ": " + render.Clean(s)
		}
		lines = append(lines, l)
	}
	return Truncate(strings.Join(lines, "\n"), limit)
}
