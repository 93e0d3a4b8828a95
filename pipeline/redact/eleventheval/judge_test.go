package eleventheval

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/brianvoe/gofakeit/v7"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/pipeline/redact"
)

// line is one rendered log line with what was planted in it.
type line struct {
	idx      int
	ctx, loc string
	json     bool
	text, bg string // with PII; with placeholders
	pii      []planted
	traps    []trapVal
}

// render draws line i of the corpus for seed: context, locale, values.
func render(seed uint64, i int) line {
	mk := func(bg bool) (*B, string, bool, string) {
		src := rand.NewPCG(seed, uint64(i)*0x9E3779B97F4A7C15+1)
		rng := rand.New(src)
		b := &B{rng: rng, f: gofakeit.NewFaker(rand.NewPCG(seed^0xABCDEF, uint64(i)), false), bg: bg}
		c := contexts[i%len(contexts)]
		b.loc = locales[rng.IntN(len(locales))]
		s, js := c.fn(b)
		return b, s, js, c.name
	}
	b, s, js, name := mk(false)
	_, bgs, _, _ := mk(true)
	return line{idx: i, ctx: name, loc: b.loc.code, json: js, text: s, bg: bgs, pii: dedupe(b.pii), traps: dedupeT(b.traps)}
}

func dedupe(ps []planted) []planted {
	seen := map[string]bool{}
	var out []planted
	for _, p := range ps {
		k := p.kind + "\x00" + p.val
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, p)
	}
	return out
}

func dedupeT(ts []trapVal) []trapVal {
	seen := map[string]bool{}
	var out []trapVal
	for _, t := range ts {
		if seen[t.val] {
			continue
		}
		seen[t.val] = true
		out = append(out, t)
	}
	return out
}

// ---- normalisation ----

var markerRe = regexp.MustCompile(`\[(?:REDACTED|HASH)(?::[^\]\s"]{0,120})?\]`)

// norm undoes JSON escapes (nested), URL encoding and case, maps native
// digits to ASCII and removes the redactor's markers.
func norm(s string) string {
	s = markerRe.ReplaceAllString(s, "\x00")
	for i := 0; i < 4 && strings.IndexByte(s, '\\') >= 0; i++ {
		u := jsonUnescape(s)
		if u == s {
			break
		}
		s = u
	}
	for i := 0; i < 2 && strings.ContainsAny(s, "%+"); i++ {
		s = urlDecode(s)
	}
	s = markerRe.ReplaceAllString(s, "\x00")
	s = strings.ReplaceAll(s, "''", "'") // SQL literals
	s = strings.ToLower(s)
	return normDigits(s)
}

// normDigits maps every Unicode decimal digit to ASCII.
func normDigits(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= 0x80 && unicode.IsDigit(r) {
			return '0' + digitVal(r)
		}
		return r
	}, s)
}

func digitVal(r rune) rune {
	for z := r; z >= r-9; z-- {
		if !unicode.IsDigit(z) {
			return r - z - 1
		}
	}
	return 0
}

func jsonUnescape(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			sb.WriteByte(c)
			continue
		}
		n := s[i+1]
		switch n {
		case '"', '\\', '/':
			sb.WriteByte(n)
			i++
		case 'n':
			sb.WriteByte('\n')
			i++
		case 't':
			sb.WriteByte('\t')
			i++
		case 'r':
			sb.WriteByte('\r')
			i++
		case 'u':
			if i+6 <= len(s) {
				if v, err := strconv.ParseUint(s[i+2:i+6], 16, 32); err == nil {
					r := rune(v)
					adv := 5
					if r >= 0xD800 && r < 0xDC00 && i+12 <= len(s) && s[i+6] == '\\' && s[i+7] == 'u' {
						if v2, err := strconv.ParseUint(s[i+8:i+12], 16, 32); err == nil {
							r = 0x10000 + (r-0xD800)<<10 + (rune(v2) - 0xDC00)
							adv = 11
						}
					}
					sb.WriteRune(r)
					i += adv
					continue
				}
			}
			sb.WriteByte(c)
		default:
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func urlDecode(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '+' {
			sb.WriteByte(' ')
			continue
		}
		if c == '%' && i+2 < len(s) {
			h, ok1 := unhex(s[i+1])
			l, ok2 := unhex(s[i+2])
			if ok1 && ok2 {
				sb.WriteByte(h<<4 | l)
				i += 2
				continue
			}
		}
		sb.WriteByte(c)
	}
	out := sb.String()
	if !utf8.ValidString(out) {
		return strings.ToValidUTF8(out, "\uFFFD")
	}
	return out
}

// squeeze drops the separators people put between digits.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '-', '.', '/', '(', ')', '\t', '\n', '\u00a0', '\u202f', '+':
			return -1
		}
		return r
	}, s)
}

// ---- fragments ----

// digitMode says whether a value is matched on squeezed text.
func digitMode(p planted) bool {
	switch p.kind {
	case kPhone, kCard, kCNID, kIBAN:
		return true
	case kCred:
		return strings.HasPrefix(p.class, "otp")
	}
	return false
}

func windows(s string, n, stride int) []string {
	rs := []rune(s)
	if len(rs) <= n {
		return []string{s}
	}
	var out []string
	for i := 0; i+n <= len(rs); i += stride {
		out = append(out, string(rs[i:i+n]))
	}
	if (len(rs)-n)%stride != 0 {
		out = append(out, string(rs[len(rs)-n:]))
	}
	return out
}

// fragments are the pieces of a value whose survival is a leak.
func fragments(p planted) []string {
	switch p.kind {
	case kPhone, kCard, kCNID:
		return windows(squeeze(norm(p.val)), 6, 1)
	case kIBAN:
		c := squeeze(norm(p.val))
		return windows(c[4:], 6, 1)
	case kEmail:
		v := norm(p.val)
		at := strings.LastIndexByte(v, '@')
		local := v[:at]
		base, _, _ := strings.Cut(local, "+")
		base, _, _ = strings.Cut(base, " ") // '+' decoded as a space
		if runeLen(base) >= 4 {
			return []string{base}
		}
		return []string{v}
	case kName:
		return nameFrags(p.val)
	case kAddr:
		var out []string
		for _, f := range p.frags {
			out = append(out, norm(f))
		}
		return out
	case kCred:
		c := norm(p.val)
		if digitMode(p) {
			return windows(squeeze(c), 6, 1)
		}
		st := 1
		if runeLen(c) > 40 {
			st = 2
		}
		return windows(c, 6, st)
	}
	return nil
}

func nameFrags(v string) []string {
	v = norm(v)
	var out []string
	for _, w := range strings.FieldsFunc(v, func(r rune) bool { return r == ' ' || r == '-' || r == ',' }) {
		w = strings.Trim(w, ".'’")
		if particles[w] || w == "" {
			continue
		}
		rs := []rune(w)
		if isHanKana(rs[0]) {
			if len(rs) >= 2 {
				out = append(out, w)
			}
			continue
		}
		if len(rs) >= 4 {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		out = append(out, v)
	}
	return out
}

// ---- judging ----

// redactFunc redacts one raw line; bg reports the background rendering.
type redactFunc func(ln *line) (string, error)

var dec = event.NewDecoder(nil)

func eventJSON(raw string, r *redact.Redactor) (string, error) {
	var ev event.Event
	if err := dec.Decode([]byte(raw), &ev); err != nil {
		return "", err
	}
	if r != nil {
		r.Event(&ev)
	}
	return string(ev.JSON()), nil
}

func vigilRedactor(r *redact.Redactor) redactFunc {
	return func(ln *line) (string, error) {
		if ln.json {
			return eventJSON(ln.text, r)
		}
		return r.String(ln.text), nil
	}
}

func identityRedactor(ln *line) (string, error) {
	if ln.json {
		return eventJSON(ln.text, nil)
	}
	return ln.text, nil
}

// oracleRedactor replaces every planted value, in every encoding the
// contexts write, by a marker.
func oracleRedactor(ln *line) (string, error) {
	s := ln.text
	ps := append([]planted(nil), ln.pii...)
	sort.Slice(ps, func(i, j int) bool { return len(ps[i].emitted) > len(ps[j].emitted) })
	for _, p := range ps {
		m := "[REDACTED:" + p.kind + "]"
		e := p.emitted
		q1 := strings.Trim(q(e), `"`)
		q2 := strings.Trim(q(q1), `"`)
		a1 := strings.Trim(qa(e), `"`)
		forms := []string{e, q1, q2, a1, strings.Trim(q(a1), `"`), strings.Trim(strconv.Quote(e), `"`), strings.ReplaceAll(e, "'", "''")}
		for _, f := range forms {
			s = strings.ReplaceAll(s, f, m)
		}
	}
	if ln.json {
		return eventJSON(s, nil)
	}
	return s, nil
}

func background(ln *line) (string, error) {
	if ln.json {
		return eventJSON(ln.bg, nil)
	}
	return ln.bg, nil
}

type verdict struct {
	leaked  []bool
	leakAt  []string // the fragment found
	damaged []bool
}

// blanked removes other values' text so that a fragment shared with them
// is not counted for this one.
func blanked(s string, others []string) string {
	for _, o := range others {
		if len(o) >= 3 {
			s = strings.ReplaceAll(s, o, "\x00")
		}
	}
	return s
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// countTok counts the occurrences of sub in s that stand alone: not
// inside a longer run of letters and digits (a status code inside a phone
// number is not that status code).
func countTok(s, sub string) int {
	if sub == "" {
		return 0
	}
	first, _ := utf8.DecodeRuneInString(sub)
	last, _ := utf8.DecodeLastRuneInString(sub)
	n := 0
	for off := 0; ; {
		i := strings.Index(s[off:], sub)
		if i < 0 {
			return n
		}
		i += off
		ok := true
		if isWordRune(first) && i > 0 {
			if r, _ := utf8.DecodeLastRuneInString(s[:i]); isWordRune(r) {
				ok = false
			}
		}
		if end := i + len(sub); ok && isWordRune(last) && end < len(s) {
			if r, _ := utf8.DecodeRuneInString(s[end:]); isWordRune(r) {
				ok = false
			}
		}
		if ok {
			n++
		}
		off = i + 1
	}
}

// partOfOwn says whether o is a piece of the value itself or of one of
// its fragments: blanking it would hide the value's own text.
func partOfOwn(o, self string, frags []string) bool {
	if strings.Contains(self, o) {
		return true
	}
	for _, f := range frags {
		if strings.Contains(f, o) {
			return true
		}
	}
	return false
}

func judge(ln *line, red string) (verdict, error) {
	bgRaw, err := background(ln)
	if err != nil {
		return verdict{}, fmt.Errorf("background of line %d (%s): %w", ln.idx, ln.ctx, err)
	}
	rn, bn := norm(red), norm(bgRaw)
	rs, bs := squeeze(rn), squeeze(bn)
	v := verdict{leaked: make([]bool, len(ln.pii)), leakAt: make([]string, len(ln.pii)), damaged: make([]bool, len(ln.traps))}
	// what each value may be confused with
	texts := make([][]string, len(ln.pii))
	for i, p := range ln.pii {
		t := []string{norm(p.val), norm(p.emitted)}
		if p.kind != kPhone && p.kind != kCard && p.kind != kIBAN && p.kind != kCNID {
			t = append(t, fragments(p)...)
		}
		texts[i] = t
	}
	for i, p := range ln.pii {
		dm := digitMode(p)
		r, b := rn, bn
		if dm {
			r, b = rs, bs
		}
		frags := fragments(p)
		cand := false
		for _, f := range frags {
			if f != "" && strings.Count(r, f) > strings.Count(b, f) {
				cand = true
				break
			}
		}
		if !cand {
			continue
		}
		// blank the other values of the line (not those that hold this one
		// or are held by it: a street in its address, a given name in its name)
		self := norm(p.val)
		selfSq := squeeze(self)
		own := map[string]bool{}
		for _, f := range frags {
			own[f] = true
		}
		var others []string
		for j := range ln.pii {
			w := norm(ln.pii[j].val)
			if j == i || w == self || strings.Contains(w, self) || strings.Contains(self, w) {
				continue
			}
			if wsq := squeeze(w); dm && (strings.Contains(wsq, selfSq) || strings.Contains(selfSq, wsq)) {
				continue
			}
			for _, o := range texts[j] {
				if own[o] || partOfOwn(o, self, frags) {
					continue
				}
				if dm {
					o = squeeze(o)
					if len(o) < 6 {
						continue
					}
				}
				others = append(others, o)
			}
		}
		sort.Slice(others, func(a, b int) bool { return len(others[a]) > len(others[b]) })
		r, b = blanked(r, others), blanked(b, others)
		for _, f := range frags {
			if f != "" && strings.Count(r, f) > strings.Count(b, f) {
				v.leaked[i], v.leakAt[i] = true, f
				break
			}
		}
	}
	for i, t := range ln.traps {
		f := norm(t.val)
		if countTok(rn, f) < countTok(bn, f) {
			v.damaged[i] = true
		}
	}
	return v, nil
}
