package httpx

import (
	"context"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// MaxAnswer is how much of a receiver's answer is kept, in bytes.
const MaxAnswer = 300

// Answers collects what receivers answered to the requests Post sent with
// a context from WithAnswers: `vigil alerts test` shows it. Each answer is
// the response body (2xx or not), cleaned, cut at MaxAnswer bytes, with
// anything that looks like a token or secret masked.
type Answers struct {
	mu   sync.Mutex
	list []string
}

type answersKey struct{}

// WithAnswers returns a context whose Posts record their answers in the
// returned Answers.
func WithAnswers(ctx context.Context) (context.Context, *Answers) {
	a := &Answers{}
	return context.WithValue(ctx, answersKey{}, a), a
}

// Last returns the last answer recorded ("" when none: no request, or no
// response).
func (a *Answers) Last() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	if len(a.list) == 0 {
		return ""
	}
	return a.list[len(a.list)-1]
}

// All returns every answer recorded, in order.
func (a *Answers) All() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]string(nil), a.list...)
}

// record adds the answer to a request to u, when ctx asks for answers.
func record(ctx context.Context, u *url.URL, body []byte) {
	a, _ := ctx.Value(answersKey{}).(*Answers)
	if a == nil {
		return
	}
	s := Answer(u, body)
	a.mu.Lock()
	a.list = append(a.list, s)
	a.mu.Unlock()
}

var (
	// secretParam is a name that announces a secret, and its value, in a
	// query string, a form or JSON: access_token=…, "secret": "…".
	secretParam = regexp.MustCompile(`(?i)((?:access_?token|token|api_?key|key|secret|sign|signature|password|passwd|auth|authorization|sid|webhook)["']?\s*[:=]\s*["']?)([^"'&\s,;}]+)`)
	// opaque is a long run of token characters: a key, a signature.
	opaque = regexp.MustCompile(`[A-Za-z0-9+/_\-=]{32,}`)
)

// Answer cleans a response body for display: control characters become
// spaces, runs of spaces one, the request URL's query values and long
// path segments (where chat robots keep their tokens) and anything that
// looks like a token are masked, and the text is cut at MaxAnswer bytes
// with "…".
func Answer(u *url.URL, body []byte) string {
	s := string(body)
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "?")
	}
	if u != nil {
		for _, vs := range u.Query() {
			for _, v := range vs {
				if len(v) >= 6 {
					s = strings.ReplaceAll(s, v, "***")
				}
			}
		}
		for _, seg := range strings.Split(u.Path, "/") {
			if len(seg) >= 16 {
				s = strings.ReplaceAll(s, seg, "***")
			}
		}
		if u.User != nil {
			if p, ok := u.User.Password(); ok && p != "" {
				s = strings.ReplaceAll(s, p, "***")
			}
		}
	}
	s = secretParam.ReplaceAllString(s, "${1}***")
	s = opaque.ReplaceAllString(s, "***")
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > MaxAnswer {
		cut := MaxAnswer
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}
