// Package sms holds vigil's SMS notifiers, Aliyun SMS (dysmsapi SendSms)
// and Twilio (Messages API), and what they share: a length limit and
// masking of phone numbers. SMS costs money and wakes people: route only
// P0 (severity=P0) to these receivers. Their rate limit is the
// dispatcher's, as for every receiver (alerting.RateLimit: 5 at once, then
// one a minute, by default); what goes beyond it waits and is sent as one
// digest.
//
// Phone numbers come from the configuration only and never appear in an
// error or a log line: Mask hides all but their last four digits.
package sms

import (
	"strings"
	"unicode/utf8"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/sinks/notify/internal/render"
)

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
