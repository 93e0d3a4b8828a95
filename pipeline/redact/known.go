package redact

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vigilops/vigil/event"
)

// A value that a field rule masks, hashes or drops is PII known to be in its
// event ("buyer.name", "shipping.address.street", "customer.phone"). Event
// redacts every other occurrence of it in the same event — in messages,
// bodies, URLs and nested JSON — whatever the detectors make of the text
// around it: case-insensitively, URL-encoded (through the decoded view of
// urlEncoded), JSON-escaped (\uXXXX, once or twice nested), and for phones
// and cards by their digits, with or without the country code or trunk 0.
// No pattern does this; it is cheap because the values are already in hand.

// knownValue is one value a field rule redacted.
type knownValue struct {
	kind Kind
	// forms are the spellings searched for, lower-cased: the value and its
	// JSON-escaped forms.
	forms []string
	// words are a name's own words (four bytes or more, capitalised),
	// searched on their own with word boundaries: "Sophie" of "Sophie Koch".
	words []string
	// digits is the value's digits when it is mostly digits (phones,
	// cards, ids): matched against digit groups.
	digits string
}

// knownSet holds an event's known values; pooled.
type knownSet struct {
	vals []knownValue
	buf  []byte
	// ids are digit strings a message template names as ids ({ItemId},
	// {ListingId}): the scanner's reading of them as phone numbers is
	// dropped in this event.
	ids []string
	// top holds the path facts collect looked up for the event's top-level
	// fields, by index, so fields need not look them up again.
	top []topPath
	// shared: top is a cached shape's (shapes.go), read only, one per
	// field of the event.
	shared bool
	skip   fieldSkips // with shared: the shape's masks of kept fields (speed27_shapes.go)
	// codes are the four- and five-digit one-time codes the detectors
	// found in the event's strings (cred23n_echo.go).
	codes []string
}

// topPath is a top-level field's path and its facts (Redactor.path).
type topPath struct {
	path string
	pi   pathInfo
}

var knownSets = sync.Pool{New: func() any { return new(knownSet) }}

func (ks *knownSet) reset() {
	for i := range ks.vals {
		ks.vals[i] = knownValue{forms: ks.vals[i].forms[:0], words: ks.vals[i].words[:0]}
	}
	ks.vals = ks.vals[:0]
	ks.ids = ks.ids[:0]
	clear(ks.top)
	ks.top = ks.top[:0]
	ks.codes = ks.codes[:0]
}

// dropIDs removes from sp the phone numbers that are ids of ks.
func (ks *knownSet) dropIDs(s string, sp []span) []span {
	out := sp[:0]
	for _, x := range sp {
		if x.kind == KindPhone && slices.Contains(ks.ids, s[x.start:x.end]) {
			continue
		}
		out = append(out, x)
	}
	return out
}

// minKnown is the shortest value searched for; shorter ones ("US", "Apt")
// would hit ordinary words.
const minKnown = 4

// add records v, redacted by a rule whose marker is of kind k.
func (ks *knownSet) add(k Kind, v string) {
	v = strings.TrimSpace(v)
	if len(v) < minKnown || len(v) > 512 || isWholeMarker(v) || isLiteral(v) {
		return
	}
	digits, alnum := 0, 0
	for i := 0; i < len(v); i++ {
		switch {
		case isDigit(v[i]):
			digits++
			alnum++
		case isAlpha(v[i]) || v[i] >= 0x80:
			alnum++
		}
	}
	if digits == alnum && digits < 7 && !(k == KindCredential && digits == 6 && len(v) == 6) {
		return // a postcode, a quantity, a house number: too common to chase (a six-digit one-time code is chased)
	}
	if len(ks.vals) == cap(ks.vals) {
		ks.vals = append(ks.vals, knownValue{})
	} else {
		ks.vals = ks.vals[:len(ks.vals)+1]
	}
	kv := &ks.vals[len(ks.vals)-1]
	kv.kind = k
	low := strings.ToLower(v)
	kv.forms = append(kv.forms, low)
	// JSON writers that escape non-ASCII escape each case differently
	// ("Ú" is \u00da, "ú" \u00fa): the escaped forms of the value as
	// written, in lower case and in upper case, once and twice nested.
	for _, variant := range []string{v, low, strings.ToUpper(v)} {
		if esc := strings.ToLower(jsonASCII(variant)); esc != low && !slices.Contains(kv.forms, esc) {
			kv.forms = append(kv.forms, esc, strings.ReplaceAll(esc, `\`, `\\`))
		}
	}
	if f, ok := foldLatin(low); ok && !slices.Contains(kv.forms, f) {
		kv.forms = append(kv.forms, f) // "rémi chevalier" written "remi chevalier"
	}
	if digits >= 7 && digits*10 >= alnum*6 {
		d := make([]byte, 0, digits)
		for i := 0; i < len(v); i++ {
			if isDigit(v[i]) {
				d = append(d, v[i])
			}
		}
		kv.digits = string(d)
	}
	if k == KindName {
		for _, w := range strings.Fields(v) {
			w = strings.TrimFunc(w, func(r rune) bool { return r < 0x80 && !isAlpha(byte(r)) })
			if len(w) >= minKnown && (isUpper(w[0]) || w[0] >= 0x80) && !particles[strings.ToLower(w)] && !notNames[strings.ToLower(w)] {
				kv.words = append(kv.words, w)
				if f, ok := foldLatin(w); ok {
					kv.words = append(kv.words, f)
				}
			}
		}
	}
}

// jsonASCII returns s with every non-ASCII rune, quote and backslash
// escaped as JSON writers that produce ASCII do ("José" → "jos\u00e9").
func jsonASCII(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 || s[i] == '"' || s[i] == '\\' {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x80:
			b.WriteRune(r)
		case r > 0xFFFF:
			r -= 0x10000
			writeU(&b, 0xD800+(r>>10))
			writeU(&b, 0xDC00+(r&0x3FF))
		default:
			writeU(&b, r)
		}
	}
	return b.String()
}

func writeU(b *strings.Builder, r rune) {
	b.WriteString(`\u`)
	for sh := 12; sh >= 0; sh -= 4 {
		b.WriteByte(hexDigits[(r>>sh)&15])
	}
}

// collect walks the fields as Event will and records the values that field
// rules mask, hash, partially reveal or drop.
func (r *Redactor) collect(prefix string, fs []event.Field, ks *knownSet) {
	for k := 0; k < len(fs); k++ {
		if prefix == "" && ks.shared {
			// a kept field holds nothing to collect (its rule is read below
			// otherwise): the shape's mask of them skips each run at once
			if k += ks.skip.keptRun(k); k >= len(fs) {
				break
			}
		}
		path := fs[k].Path
		if prefix != "" {
			path = prefix + path
		}
		v := &fs[k].Value
		var pi pathInfo
		if prefix == "" && ks.shared {
			pi = ks.top[k].pi // the event's shape (shapes.go)
		} else {
			pi = r.path(path)
			if prefix == "" {
				ks.top = append(ks.top, topPath{path, pi}) // for fields (apply.go)
			}
		}
		ru := pi.ru
		if ru == nil {
			if k, ok := r.implicitAt(path, pi, v); ok {
				ks.add(k, v.Str)
				continue
			}
		}
		if ru == nil || ru.Action == ActionScan {
			r.collectScanned(path, v, ks)
			continue
		}
		switch ru.Action {
		case ActionMask, ActionHash, ActionPartial, ActionDrop:
			_, kind := labelFor(ru, path)
			ks.addValue(kind, v)
		}
	}
}

func (r *Redactor) collectScanned(path string, v *event.Value, ks *knownSet) {
	switch v.Kind {
	case event.Object:
		if r.collectPair(path, v.Fields, ks) {
			return // {"key":"customer.email","value":…} (pairs.go)
		}
		if r.collectAudit(path, v.Fields, ks) {
			return // {"field":"phone","old_value":…} (audit_trail.go)
		}
		r.collect(path+".", v.Fields, ks)
	case event.Array:
		for k := range v.Items {
			if v.Items[k].Kind == event.Object || v.Items[k].Kind == event.Array {
				r.collectScanned(path, &v.Items[k], ks)
			}
		}
	}
}

func (ks *knownSet) addValue(k Kind, v *event.Value) {
	switch v.Kind {
	case event.String, event.Number:
		ks.add(k, v.Str)
	case event.Array:
		for i := range v.Items {
			ks.addValue(k, &v.Items[i])
		}
	case event.Object:
		for i := range v.Fields {
			ks.addValue(k, &v.Fields[i].Value)
		}
	}
}

// knownSpans appends to dst the occurrences of the known values in s.
func (ks *knownSet) knownSpans(dst []span, s string) []span {
	if len(s) < minKnown {
		return dst
	}
	low := s
	ascii := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		ks.buf = lower(ks.buf[:0], s)
		low = bytesToString(ks.buf)
	} else if l := strings.ToLower(s); len(l) == len(s) {
		low = l
	} else {
		ks.buf = lower(ks.buf[:0], s) // byte offsets must match: fold ASCII only
		low = bytesToString(ks.buf)
	}
	for i := range ks.vals {
		kv := &ks.vals[i]
		for _, f := range kv.forms {
			dst = findAll(dst, s, low, f, kv.kind, false)
		}
		if n := len(dst); len(kv.words) > 0 {
			for _, w := range kv.words {
				dst = findAll(dst, s, s, w, kv.kind, true)
			}
			extendKnownWords26(s, dst[n:]) // "to Kovács Ádám" beside a known "Kovács Gergely" (names26_known.go)
		}
		if kv.digits != "" {
			dst = digitMatches(dst, s, kv.digits, kv.kind)
		}
	}
	return dst
}

// findAll appends the occurrences of f in hay (a same-length view of s)
// that stand on word boundaries.
func findAll(dst []span, s, hay, f string, k Kind, word bool) []span {
	for off := 0; off+len(f) <= len(hay); {
		i := strings.Index(hay[off:], f)
		if i < 0 {
			break
		}
		st, en := off+i, off+i+len(f)
		off = st + 1
		if boundary(s, st, en, word) {
			dst = append(dst, span{start: st, end: en, kind: k})
			off = en
		}
	}
	return dst
}

// boundary reports whether s[st:en] is not glued to a word on either side:
// ASCII letters and digits, and for a name's word on its own, any letter.
func boundary(s string, st, en int, word bool) bool {
	if st > 0 {
		if isAlnum(s[st-1]) && isAlnum(s[st]) {
			return false
		}
		if word && s[st-1] >= 0x80 {
			if r, _ := utf8.DecodeLastRuneInString(s[:st]); unicode.IsLetter(r) || unicode.IsMark(r) {
				return false
			}
		}
	}
	if en < len(s) {
		if isAlnum(s[en-1]) && isAlnum(s[en]) {
			return false
		}
		if word && s[en] >= 0x80 {
			if r, _ := utf8.DecodeRuneInString(s[en:]); unicode.IsLetter(r) || unicode.IsMark(r) {
				return false
			}
		}
	}
	return true
}

// digitMatches appends the runs of digit chunks of s (digits joined by
// single spaces, dashes, dots, slashes or brackets, with a leading '+')
// whose digits are want, want without its country code (eight digits or
// more), or that with a trunk 0. A run may be part of a longer group:
// "q=639128183848 577032963244622176" gives up the phone, not the order id.
func digitMatches(dst []span, s, want string, k Kind) []span {
	type chunk struct{ st, en int }
	var chunks [24]chunk
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		if i > 0 && isAlpha(s[i-1]) {
			for i < len(s) && isAlnum(s[i]) {
				i++
			}
			continue
		}
		nc := 0
		for i < len(s) && isDigit(s[i]) && nc < len(chunks) {
			st := i
			for i < len(s) && isDigit(s[i]) {
				i++
			}
			chunks[nc] = chunk{st, i}
			nc++
			j := i
			if j < len(s) && s[j] == ')' {
				j++
			}
			if j < len(s) && (s[j] == ' ' || s[j] == '-' || s[j] == '.' || s[j] == '/' || s[j] == '(') {
				j++
			}
			if j < len(s) && s[j] == '(' {
				j++
			}
			if j == i || j >= len(s) || !isDigit(s[j]) {
				break
			}
			i = j
		}
		if i < len(s) && isAlpha(s[i]) {
			nc-- // the last chunk is glued to a word
		}
		for a := 0; a < nc; a++ {
			var d [40]byte
			nd := 0
			for b := a; b < nc && nd < len(d); b++ {
				nd += copy(d[nd:], s[chunks[b].st:chunks[b].en])
				if nd < 7 {
					continue
				}
				got := string(d[:nd])
				if got == want || nd >= 8 && nd < len(want) && strings.HasSuffix(want, got) ||
					nd >= 9 && got[0] == '0' && strings.HasSuffix(want, got[1:]) {
					st, en := chunks[a].st, chunks[b].en
					for st > 0 && (s[st-1] == '+' || s[st-1] == '(') {
						st--
					}
					if en < len(s) && s[en] == ')' && st < chunks[a].st {
						en++
					}
					dst = append(dst, span{start: st, end: en, kind: k})
					a = b
					break
				}
			}
		}
		if i < len(s) && isDigit(s[i]) {
			i++ // more than 24 chunks: a table, skipped
		}
	}
	return dst
}

// spansIn returns the occurrences of the known values in s, in s itself and
// in the decoded form of its URL-encoded tokens, sorted and merged.
func (ks *knownSet) spansIn(s string) []span {
	sp := ks.knownSpans(nil, s)
	if mayBeURLEncoded(s) {
		eachEncoded(s, func(st, en int) {
			sp = decoded(sp, s, st, en, func(dec string) []span { return ks.knownSpans(nil, dec) })
		})
	}
	if len(sp) > 1 {
		sortByStart(sp)
		out := sp[:1]
		for _, x := range sp[1:] {
			if last := &out[len(out)-1]; x.start < last.end {
				last.end = max(last.end, x.end)
				continue
			}
			out = append(out, x)
		}
		sp = out
	}
	return sp
}

// mergeSpans adds extra to the scanner's spans; overlapping spans become
// one covering both.
func (sc *scanner) mergeSpans(extra []span) {
	if len(extra) == 0 {
		return
	}
	all := append(sc.spans, extra...)
	sortByStart(all)
	out := all[:0]
	for _, x := range all {
		if n := len(out); n > 0 && x.start < out[n-1].end {
			if x.end > out[n-1].end {
				out[n-1].end = x.end
			}
			continue
		}
		out = append(out, x)
	}
	sc.spans = out
}
